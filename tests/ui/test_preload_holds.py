"""A module asked for while a read the user waits for is under way is imported only once the
read is over: the read keeps the CPU, and nothing is on its way when the data shows."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from okrdesk.ui.common import preload


def test_an_import_asked_for_during_a_read_waits_for_its_end(qtbot, tmp_path, monkeypatch):
    (tmp_path / "okrdesk_later_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "okrdesk_later_module", raising=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    imported = []

    preload.hold()
    try:
        preload.import_soon(parent, "okrdesk_later_module", lambda: imported.append(True))
        qtbot.wait(3 * preload.AFTER_MS)
        assert "okrdesk_later_module" not in sys.modules
    finally:
        preload.release()
    qtbot.waitUntil(lambda: imported == [True], timeout=5_000)
    assert "okrdesk_later_module" in sys.modules
