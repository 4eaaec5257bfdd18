"""The Experiments screen as a whole: the chosen experiment, the week picker, the board's
activation, and a new experiment planned at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from okrdesk.store.experiments.records import next_code
from okrdesk.store.experiments.tasks import tasks_of
from okrdesk.ui.experiments.editor import ExperimentEditor
from okrdesk.ui.experiments.section import BACKLOG, BOARD
from tests.helpers import DEMO_DAY, query, stored_experiments


def experiment(path: Path, code: str) -> tuple[int, str | None]:
    """(id, start date ISO or None) of the experiment `code`, as the store reads it."""
    row = stored_experiments(path)[code]
    return row.id, None if row.start_date is None else row.start_date.isoformat()


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    return window.sections["experiments"]


def test_the_row_chosen_in_the_backlog_shows_its_results_and_status(section, demo_copy):
    section.tabs.setCurrentIndex(BACKLOG)
    section.backlog.show_all_check.setChecked(True)
    exp_id, start = experiment(demo_copy, "EXP-0003")
    section.backlog.select(exp_id)
    assert section.current_id == exp_id
    assert section.results.experiment_id == exp_id
    first = dt.date.fromisoformat(start)
    assert section.chosen_label.text().startswith("EXP-0003 · Analysing · ")
    assert section.decide_button.isEnabled() and section.edit_button.isEnabled()
    assert f"{first.day} " in section.chosen_label.text()


def test_the_week_picker_and_the_board_show_the_same_week(section, demo_copy):
    section.tabs.setCurrentIndex(BOARD)
    tab = section.board_tab
    assert tab.picker.isVisible()
    _, start = experiment(demo_copy, "EXP-0005")  # planned for next week
    day = dt.date.fromisoformat(start) + dt.timedelta(days=3)
    tab.week_edit.setDate(QDate(day))
    monday = day - dt.timedelta(days=day.weekday())
    assert tab.board.monday == monday
    assert tab.week_edit.date().toPython() == monday
    tab.board.step_week(-1)  # the board's own Previous week
    assert tab.week_edit.date().toPython() == monday - dt.timedelta(days=7)
    section.tabs.setCurrentIndex(BACKLOG)
    assert not tab.picker.isVisible()


def test_double_clicking_an_experiment_on_the_board_opens_its_editor(section, demo_copy):
    exp_id, _ = experiment(demo_copy, "EXP-0004")
    section.board_tab.board.experiment_activated.emit(exp_id)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExperimentEditor)
    assert dialog.code_edit.text() == "EXP-0004"
    assert section.current_id == exp_id
    dialog.reject()


def test_a_new_experiment_planned_at_once_gets_its_day_tasks_in_one_undo_step(
    section, window, demo_copy
):
    code = query(demo_copy, next_code)
    dialog = section.editing.new_experiment()
    dialog.title_edit.setText("Exit-intent offer on pricing")
    dialog.scheduled_check.setChecked(True)
    assert dialog.status() == "planned"  # a date plans an idea
    dialog.accept()
    exp_id, start = experiment(demo_copy, code)
    assert start == DEMO_DAY.isoformat()
    assert len(query(demo_copy, tasks_of, exp_id)) == 7
    window.undo_action.trigger()
    assert code not in stored_experiments(demo_copy)
    assert query(demo_copy, tasks_of, exp_id) == []


def test_on_opening_the_screen_shows_this_weeks_running_experiment(section, demo_copy):
    running, _ = experiment(demo_copy, "EXP-0004")
    assert section.current_id == running
    assert section.results.experiment_id == running
    assert section.chosen_label.text().startswith("EXP-0004 · Running")


def test_a_click_on_the_board_shows_that_experiments_results(section, demo_copy):
    planned, start = experiment(demo_copy, "EXP-0005")
    section.board_tab.set_week(dt.date.fromisoformat(start))
    section.board_tab.board.experiment_chosen.emit(planned)
    assert section.current_id == planned
    assert section.results.experiment_id == planned
    assert section.chosen_label.text().startswith("EXP-0005 · Planned")


def test_marking_the_running_experiment_as_analysing_is_one_undo_step(section, window, demo_copy):
    running, _ = experiment(demo_copy, "EXP-0004")
    section.choose(running)
    assert section.advance_button.isVisible()
    assert section.advance_button.text() == "&Mark as analysing"
    section.advance_button.click()
    assert stored_experiments(demo_copy)["EXP-0004"].status == "analysing"
    assert not section.advance_button.isVisible()  # what follows is a decision
    assert section.chosen_label.text().startswith("EXP-0004 · Analysing")
    window.undo_action.trigger()
    assert stored_experiments(demo_copy)["EXP-0004"].status == "running"
    assert section.advance_button.isVisible()
