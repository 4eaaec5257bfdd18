"""A read-only workspace in the window: it says so, and nothing in it can be changed."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from okrdesk.store.workspace.files import create_workspace, open_workspace
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.undo import add_cycle_command
from tests.helpers import sha256_of, shown_section
from tests.read_only import read_only


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_workspace_opens_read_only_with_edits_off(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "demo.okrdesk"
    shutil.copyfile(demo_file, path)
    digest = sha256_of(path)
    with read_only(path if what == "file" else folder):
        assert window.files.open_path(path) is None

        assert window.controller.read_only
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_banner.isVisible()
        assert "Read-only" in window.read_only_banner.text()
        assert shown_section(window) == "dashboard"  # it shows what it holds
        assert all(not action.isEnabled() for action in window.edit_actions())
        assert not window.welcome.cycle_button.isEnabled()
        assert window.export_review_action.isEnabled()
        assert window.import_file() is None
        assert window.show_import_history() is None

        window.show_section(1)
        okrs = window.sections["okrs"]
        assert okrs.selected_cycle() is not None and okrs.key_result_nodes()
        for button in (okrs.new_objective_button, okrs.new_key_result_button):
            assert not button.isEnabled()
        assert not okrs.checkin_button.isEnabled()
        assert not okrs.editing.edit_action.isEnabled()
        assert not okrs.cycle_close.close_action.isEnabled()
        okrs.side_tabs.setCurrentWidget(okrs.kpis)
        assert not okrs.kpis.new_button.isEnabled()
        window.show_section(2)
        experiments = window.sections["experiments"]
        assert not experiments.editing.new_action.isEnabled()
        assert not experiments.editing.delete_action.isEnabled()
        window.show_section(3)
        funnel = window.sections["funnel"]
        assert not funnel.filters.import_button.isEnabled()
        assert not funnel.filters.edit_funnels_button.isEnabled()
        window.show_section(4)
        review = window.sections["review"]
        assert review.brief.edit.isReadOnly() and review.next_step.notes_edit.isReadOnly()
        assert not review.next_step.new_button.isEnabled()
        assert review.export_button.isEnabled()

        # A command that reaches the undo stack anyway is not run.
        command = add_cycle_command(
            window.controller, "2099 Q1", dt.date(2099, 1, 1), dt.date(2099, 3, 31)
        )
        window.controller.undo_stack.push(command)
        assert window.controller.undo_stack.count() == 0
        assert not window.undo_action.isEnabled()
        assert "read-only" in window.statusBar().currentMessage()

        window.controller.close()
        assert sha256_of(path) == digest
        assert sorted(p.name for p in folder.iterdir()) == [path.name]


def test_a_writable_workspace_has_no_banner(qtbot, window: MainWindow, empty_file: Path) -> None:
    window.files.open_path(empty_file)
    assert not window.controller.read_only
    assert not window.read_only_banner.isVisible()
    assert "(read-only)" not in window.windowTitle()
    assert all(action.isEnabled() for action in window.edit_actions())


def test_a_hostile_file_is_explained_in_the_window(qtbot, window: MainWindow, tmp_path: Path):
    from tests.store.hostile_workspaces import added_trigger
    from tests.ui.test_main_window import message_boxes

    path = tmp_path / "client.okrdesk"
    create_workspace(path, "Client").close()
    added_trigger(path)
    error = window.files.open_path(path)
    assert error is not None
    assert window.controller.workspace is None
    (box,) = message_boxes()
    assert "was changed outside okrdesk" in box.text()
    assert 'an extra trigger "rename_workspace"' in box.text()
    box.close()
    with pytest.raises(Exception, match="extra trigger"):
        open_workspace(path)


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_no_button_key_or_tick_edits_a_read_only_workspace(
    qtbot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, path)
    digest = sha256_of(path)
    opened: list[str] = []

    def close_modal() -> None:  # a question box would wait for an answer forever
        box = QApplication.activeModalWidget()
        if box is not None:
            opened.append(type(box).__name__)
            box.close()

    closer = QTimer(window)
    closer.timeout.connect(close_modal)
    closer.start(20)

    def press(widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        widget.setFocus()
        qtbot.keyClick(widget, key, modifier)
        opened.extend(type(w).__name__ for w in visible_dialogs())

    with read_only(path):
        assert window.files.open_path(path) is None
        assert window.controller.read_only

        window.show_section(list(window.sections).index("experiments"))
        experiments = window.sections["experiments"]
        board = experiments.board_tab.board
        assert board.day_cards and board.experiment_cards  # this week's experiment
        for day in board.day_cards.values():
            assert not day.add_button.isEnabled()
            assert all(not line.check.isEnabled() for line in day.lines)
        for card in board.experiment_cards.values():
            assert not card.next_action.isEnabled() and not card.previous_action.isEnabled()
        backlog = experiments.backlog
        experiments.tabs.setCurrentWidget(backlog)
        assert backlog.codes()
        backlog.table.selectRow(0)
        assert experiments.current_id is not None
        for button in (
            backlog.new_button,
            backlog.edit_button,
            backlog.delete_button,
            backlog.plan_button,
            experiments.edit_button,
            experiments.decide_button,
        ):
            assert not button.isEnabled(), button.text()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not experiments.advance_button.isVisible()
        for action in backlog.table.actions():
            assert not action.isEnabled(), action.text()
        press(backlog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        press(backlog.table, Qt.Key.Key_Delete)
        press(backlog.table, Qt.Key.Key_Return)
        backlog.table.doubleClicked.emit(backlog.table.currentIndex())
        experiments.tabs.setCurrentWidget(experiments.learnings)
        if experiments.learnings.model.rowCount():
            experiments.learnings.table.selectRow(0)
            experiments.learnings.table.doubleClicked.emit(
                experiments.learnings.table.currentIndex()
            )
        opened.extend(type(w).__name__ for w in visible_dialogs())

        window.show_section(list(window.sections).index("okrs"))
        okrs = window.sections["okrs"]
        node = okrs.key_result_nodes()[0]
        assert okrs.select_key_result(node.row_data.id)
        assert not okrs.binding.bind_action.isEnabled()
        assert okrs.binding.open_dialog() is None
        press(okrs.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert okrs.editing.edit_selected() is None
        okrs.side_tabs.setCurrentWidget(okrs.details)
        assert okrs.details.editor is None
        assert "read-only" in okrs.details.hint.text()
        okrs.side_tabs.setCurrentWidget(okrs.kpis)
        kpis = okrs.kpis
        assert kpis.model.rowCount()
        kpis.table.selectRow(0)
        for button in (kpis.edit_button, kpis.delete_button, kpis.record_button):
            assert not button.isEnabled(), button.text()
        press(kpis.table, Qt.Key.Key_Delete)
        press(kpis.table, Qt.Key.Key_Return)
        assert kpis.record_value() is None and kpis.edit_selected() is None

        window.show_section(list(window.sections).index("review"))
        review = window.sections["review"]
        assert not review.next_step.experiment_combo.isEnabled()
        assert review.new_experiment() is None

        window.team_action.trigger()
        team = window.dashboards["team"]
        qtbot.waitExposed(team)
        tasks = team.blocks["tasks"].model
        assert tasks.rowCount()
        for row in range(tasks.rowCount()):
            index = tasks.index(row, 0)
            assert not tasks.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
            assert not tasks.setData(
                index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
        team.close()

        closer.stop()
        assert opened == []
        assert window.controller.undo_stack.count() == 0
        assert "read-only" not in window.statusBar().currentMessage()  # nothing was refused
        window.controller.close()
        assert sha256_of(path) == digest
