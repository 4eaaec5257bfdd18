"""The window on a team workspace in a PostgreSQL database (tests/pg.py): opened from its address,
remembered among the recent workspaces, and refused with the reason when the server is away."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QApplication, QMessageBox

from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import ServerUnreachableError
from okrdesk.ui import settings
from okrdesk.ui.main_window import MainWindow
from tests.helpers import shown_section


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _message_boxes() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_team_workspace_opens_and_is_remembered_by_its_address(qtbot, pg_server) -> None:
    url = pg_server.new_database("okrdesk_demo")
    window = _window(qtbot)
    try:
        assert window.files.open_path(url) is None
        assert isinstance(window.controller.path, ServerAddress)
        assert window.statusBar().currentMessage() == url
        window.show_section(1)
        assert shown_section(window) == "okrs"
        assert settings.RECENT_WORKSPACES.get()[0] == url
    finally:
        window.controller.close()
        window.close()


def test_an_unreachable_server_leaves_the_welcome_screen_and_says_why(qtbot) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://anna@127.0.0.1:{port}/team"
    window = _window(qtbot)
    try:
        error = window.files.open_path(url)
        assert isinstance(error, ServerUnreachableError)
        assert shown_section(window) == "welcome"
        (message,) = [text for text in _message_boxes() if url in text]
        assert f"{url} cannot be opened: the server cannot be reached (" in message
    finally:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox):
                box.close()
        window.close()
