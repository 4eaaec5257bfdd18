"""The week planner on demo copies: the week's days and tasks, ticking, editing, moving an
experiment to another week by drag and drop, and undo of each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from okrdesk.domain.weeks import week_start_of
from okrdesk.store.experiments import records as experiments_store
from okrdesk.store.experiments.tasks import TaskRow, tasks_of
from okrdesk.store.people import list_people
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.experiments.board import WeekBoard
from okrdesk.ui.experiments.board_cells import dragged_experiment, experiment_mime
from tests.helpers import DEMO_DAY, click_ok, experiment_id, query, stored_experiments

MONDAY = week_start_of(DEMO_DAY)


def start_of(path: Path, experiment_id: int) -> str | None:
    """The experiment's start date (ISO) in the file, as the store reads it."""
    (row,) = [r for r in stored_experiments(path).values() if r.id == experiment_id]
    return None if row.start_date is None else row.start_date.isoformat()


def tasks(path: Path, experiment_id: int) -> dict[int, TaskRow]:
    """The experiment's tasks in the file by id, as the store's tasks_of reads them."""
    return {task.id: task for task in query(path, tasks_of, experiment_id)}


@pytest.fixture
def controller(demo_copy):
    controller = WorkspaceController()
    controller.open(demo_copy)
    yield controller
    controller.close()


@pytest.fixture
def board(qtbot, controller) -> WeekBoard:
    board = WeekBoard(controller)
    qtbot.addWidget(board)
    board.resize(1280, 700)
    board.show()
    qtbot.waitExposed(board)
    return board


def codes(board: WeekBoard) -> list[str]:
    return [row.experiment.code for row in board.rows]


def drop(target, mime) -> QDropEvent:
    """Drag enter then drop on `target`, as Qt delivers them, with a real QMimeData."""
    centre = QPointF(target.rect().center())
    actions = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        centre.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        centre, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, event)
    return event


def test_this_weeks_experiment_on_seven_days_with_today_highlighted(board):
    assert codes(board) == ["EXP-0004"]  # the demo's running experiment, Day 1 this Monday
    assert board.monday == MONDAY
    headers = [header.text() for header in board.day_headers]
    assert headers[0].startswith("Day 1\n") and headers[6].startswith("Day 7\n")
    today_column = (DEMO_DAY - MONDAY).days
    assert [bool(h.property("today")) for h in board.day_headers] == [
        column == today_column for column in range(7)
    ]
    exp = board.rows[0].experiment.id
    assert sorted(day for _, day in board.day_cards) == list(range(1, 8))
    assert board.day_cards[(exp, today_column + 1)].property("today")
    first_day = board.day_cards[(exp, 1)]
    assert [line.title_label.text() for line in first_day.lines] == [
        "Define the one variable, the hypothesis and the metric"
    ]
    assert not board.warning_label.isVisible()
    assert not board.this_week_button.isEnabled()


def test_previous_and_next_week(qtbot, board):
    with qtbot.waitSignal(board.week_changed) as changed:
        board.previous_button.click()
    assert changed.args == [MONDAY - dt.timedelta(weeks=1)]
    assert codes(board) == ["EXP-0003"]
    assert board.this_week_button.isEnabled()
    board.next_button.click()
    board.next_button.click()
    assert codes(board) == ["EXP-0005"]
    board.step_week(-5)
    assert codes(board) == []
    assert board.empty_label.isVisible()
    board.this_week_button.click()
    assert board.monday == MONDAY and codes(board) == ["EXP-0004"]


def test_tick_a_task_then_undo(board, controller, demo_copy):
    exp = board.rows[0].experiment.id
    line = board.day_cards[(exp, 7)].lines[0]
    task_id = line.task.id
    assert not line.check.isChecked()
    line.check.click()
    assert tasks(demo_copy, exp)[task_id].done
    line = board.day_cards[(exp, 7)].lines[0]  # the board was rebuilt from the file
    assert line.check.isChecked()
    assert line.title_label.objectName() == "taskDone"
    controller.undo_stack.undo()
    assert not tasks(demo_copy, exp)[task_id].done
    assert not board.day_cards[(exp, 7)].lines[0].check.isChecked()


def test_drag_an_experiment_onto_next_week_then_undo(qtbot, board, controller, demo_copy):
    exp = experiment_id(demo_copy, "EXP-0004")
    mime = experiment_mime(exp)
    assert dragged_experiment(mime) == exp
    event = drop(board.next_button, mime)
    assert event.isAccepted()
    start = start_of(demo_copy, exp)
    assert start == (MONDAY + dt.timedelta(weeks=1)).isoformat()
    assert codes(board) == []  # it left this week …
    board.step_week(1)
    assert codes(board) == ["EXP-0004", "EXP-0005"]  # … with its tasks, counted from Day 1
    assert len(board.day_cards) == 14
    # Two experiments on different steps (Lead → MQL, MQL → SQL): no warning.
    assert not board.warning_label.isVisible()
    assert controller.undo_stack.undoText().startswith("Move EXP-0004")
    controller.undo_stack.undo()
    start = start_of(demo_copy, exp)
    assert start == MONDAY.isoformat()
    assert codes(board) == ["EXP-0005"]


def test_a_drop_without_an_experiment_is_refused(board, controller):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("EXP-0004")
    centre = board.next_button.rect().center()
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(board.next_button, enter)
    assert not enter.isAccepted()
    assert controller.undo_stack.count() == 0


def test_move_to_previous_week_from_the_cards_menu(board, controller, demo_copy):
    exp = experiment_id(demo_copy, "EXP-0004")
    card = board.experiment_cards[exp]
    card.previous_action.trigger()
    start = start_of(demo_copy, exp)
    assert start == (MONDAY - dt.timedelta(weeks=1)).isoformat()
    # Now it shares last week with EXP-0003 … on another step, so still no warning.
    board.step_week(-1)
    assert sorted(codes(board)) == ["EXP-0003", "EXP-0004"]
    assert not board.warning_label.isVisible()


def test_two_experiments_on_one_funnel_step_get_a_warning(board, controller, demo_copy):
    # EXP-0006 (an idea) tests Visit → Form submitted, like last week's EXP-0003.
    idea = experiment_id(demo_copy, "EXP-0006")
    with controller.workspace.session() as session, session.begin():
        experiments_store.schedule_experiment(session, idea, MONDAY - dt.timedelta(days=5))
    board.step_week(-1)
    assert codes(board) == ["EXP-0003", "EXP-0006"]
    assert board.warning_label.isVisible()
    text = board.warning_label.text()
    assert "EXP-0003, EXP-0006" in text and "Visit → Form submitted" in text
    assert "one variable at a time" in text
    # Started on a Wednesday: its Day 1 is the Wednesday column, Days 6-7 are next week.
    assert sorted(day for e, day in board.day_cards if e == idea) == [1, 2, 3, 4, 5]
    assert board.day_cards[(idea, 1)].day_label.text() == "Day 1"
    board.step_week(1)
    assert "EXP-0006" in codes(board)
    assert sorted(day for e, day in board.day_cards if e == idea) == [6, 7]
    assert board.warning_label.isHidden()


def test_add_edit_and_delete_a_task_each_undoable(qtbot, board, controller, demo_copy):
    exp = board.rows[0].experiment.id
    people = {person.name: person.id for person in query(demo_copy, list_people)}
    dialog = board.add_task(exp, 4)
    assert dialog.owner_combo.currentText() == "Priya Raman"  # the experiment's owner
    dialog.title_edit.setText("Ask sales which leads came from the link")
    click_ok(dialog)
    titles = [line.title_label.text() for line in board.day_cards[(exp, 4)].lines]
    assert titles[-1] == "Ask sales which leads came from the link"
    new_task = board.day_cards[(exp, 4)].lines[-1].task

    dialog = board.edit_task(new_task)
    dialog.title_edit.setText("Ask sales about the link's leads")
    dialog.owner_combo.setCurrentText("Bence Kovács")
    click_ok(dialog)
    stored = tasks(demo_copy, exp)[new_task.id]
    assert (stored.title, stored.owner_id) == (
        "Ask sales about the link's leads",
        people["Bence Kovács"],
    )
    line = board.day_cards[(exp, 4)].lines[-1]
    assert line.owner_label.text() == "Bence Kovács"

    board.delete_task(line.task)
    assert new_task.id not in tasks(demo_copy, exp)
    assert len(board.day_cards[(exp, 4)].lines) == 1
    controller.undo_stack.undo()  # the delete
    assert board.day_cards[(exp, 4)].lines[-1].task.id == new_task.id
    controller.undo_stack.undo()  # the edit
    controller.undo_stack.undo()  # the add
    assert new_task.id not in tasks(demo_copy, exp)
    assert len(board.day_cards[(exp, 4)].lines) == 1


def test_click_chooses_and_double_click_opens_the_experiment(qtbot, board, demo_copy):
    exp = experiment_id(demo_copy, "EXP-0004")
    card = board.experiment_cards[exp]
    with qtbot.waitSignal(board.experiment_chosen) as chosen:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert chosen.args == [exp]
    with qtbot.waitSignal(board.experiment_activated) as activated:
        qtbot.mouseDClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert activated.args == [exp]


def test_a_decided_experiment_stays_in_its_week(board, controller, demo_copy):
    board.step_week(-2)
    assert codes(board) == ["EXP-0002"]
    exp = board.rows[0].experiment.id
    assert not board.experiment_cards[exp].movable
    drop(board.next_button, experiment_mime(exp))
    assert controller.undo_stack.count() == 0
