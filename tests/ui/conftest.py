"""UI fixtures: okrdesk's QApplication, clean settings, the screens' clock pinned to DEMO_DAY
(the day the session's demo, tests/conftest.py's `demo_file`, is built for), and workspace
files under tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from okrdesk.store.workspace.files import Workspace, open_workspace
from okrdesk.ui.app import create_app
from okrdesk.ui.common import clock
from okrdesk.ui.main_window import MainWindow
from tests.helpers import DEMO_DAY


@pytest.fixture(scope="session", autouse=True)
def okrdesk_app():
    return create_app([])


@pytest.fixture(autouse=True)
def clean_settings():
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def demo_day():
    """Every screen sees DEMO_DAY as today, whatever the system date; the clock is free after."""
    clock.pin(DEMO_DAY)
    yield DEMO_DAY
    clock.pin(None)


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, target)
    return target


@pytest.fixture
def empty_file(tmp_path: Path, new_workspace_file) -> Path:
    """A new workspace named "Acme Sales" (tests/conftest.py's new_workspace_file)."""
    return new_workspace_file(tmp_path / "empty.okrdesk", "Acme Sales")


@pytest.fixture
def window(qtbot) -> MainWindow:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.controller.close()


@pytest.fixture
def okrs(qtbot, window, demo_copy):
    """The OKRs section of the window, on a copy of the demo."""
    window.files.open_path(demo_copy)
    window.show_section(1)
    return window.sections["okrs"]


@pytest.fixture
def anna(demo_copy: Path) -> Iterator[Workspace]:
    """Anna's okrdesk on the same copy of the demo: another person's saves."""
    second = open_workspace(demo_copy)
    yield second
    second.close()
