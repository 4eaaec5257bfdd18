"""Open demo builds the demo in the application's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests.helpers import rows


@pytest.fixture
def hungarian():
    before = QLocale()
    QLocale.setDefault(QLocale("hu_HU"))
    yield
    QLocale.setDefault(before)


def test_open_demo_builds_the_demo_in_the_application_language(qtbot, window, tmp_path, hungarian):
    from okrdesk.ui.demo_task import build_demo_in_background

    target = tmp_path / "demo.okrdesk"
    task = build_demo_in_background(window, window.controller, window.files.open_path, target)
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert window.controller.path == target
    assert rows(target, "SELECT name, currency FROM workspace_settings") == [
        ("Adatfény Kft. — bemutató", "HUF")
    ]
