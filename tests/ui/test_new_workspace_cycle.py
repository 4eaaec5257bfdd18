"""File → New workspace and `okrdesk new` start the same first cycle on the same day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from okrdesk.cli import main
from okrdesk.store.okr.queries import list_cycles
from okrdesk.ui.common import clock
from tests.helpers import query
from tests.ui.test_main_window import accept_cycle_dialog


def first_cycle(path):
    return [(c.name, c.start_date, c.end_date) for c in query(path, list_cycles)]


def test_file_new_and_the_command_give_the_same_cycle(qtbot, window, tmp_path, monkeypatch):
    for day in ("2026-11-25", "2027-01-01", "2027-06-30"):
        monkeypatch.setenv("OKRDESK_TODAY", day)
        clock.pin(None)
        in_window = tmp_path / f"window-{day}.okrdesk"
        assert window.files.create_path(in_window) is None
        qtbot.mouseClick(window.welcome.cycle_button, Qt.MouseButton.LeftButton)
        accept_cycle_dialog(qtbot, window)
        window.controller.close()

        by_command = tmp_path / f"command-{day}.okrdesk"
        assert main(["new", str(by_command)]) == 0

        assert first_cycle(by_command) == first_cycle(in_window)
        assert len(first_cycle(by_command)) == 1
