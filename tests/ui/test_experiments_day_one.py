"""An experiment's days begin on its Day 1: it is not marked running, nor decided, before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shiboken6 import isValid

from okrdesk.ui.common import clock
from okrdesk.ui.experiments.decision_dialog import DecisionDialog
from tests.helpers import answer_next_question, stored_experiments


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    return window.sections["experiments"]


def status(path: Path, code: str) -> str:
    return stored_experiments(path)[code].status


def test_marking_a_planned_experiment_running_before_its_day_1_is_refused_with_the_reason(
    section, demo_copy
):
    planned = stored_experiments(demo_copy)["EXP-0005"]  # the demo's plan for next week
    assert planned.status == "planned" and planned.start_date > clock.today()
    section.choose(planned.id)
    assert section.advance_button.text() == "&Mark as running"
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Ok, seen)
    section.advance_button.click()
    assert status(demo_copy, "EXP-0005") == "planned"
    (text,) = seen
    assert "EXP-0005 starts on" in text and "Plan for week" in text


def test_the_editor_will_not_set_running_before_day_1_and_says_why(section, demo_copy):
    planned = stored_experiments(demo_copy)["EXP-0005"]
    dialog = section.editing.edit(planned.id)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("running"))
    ok.click()  # refused, saying why
    assert dialog.isVisible()
    assert "Day 1 is" in dialog.problems_label.text()
    dialog.start_edit.setDate(QDate(clock.today()))  # start it now instead
    assert dialog.problems_label.text() == ""
    dialog.reject()


def test_deciding_with_a_date_before_day_1_asks_first(section, demo_copy):
    running = stored_experiments(demo_copy)["EXP-0004"]  # began this Monday
    section.choose(running.id)
    section.decide_button.click()
    dialog = next(w for w in section.findChildren(DecisionDialog) if w.isVisible())
    dialog.buttons_by_decision["iterate"].click()
    dialog.date_edit.setDate(QDate(running.start_date - dt.timedelta(days=3)))
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, seen)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(seen) == 1 and "EXP-0004 starts on" in seen[0]
    assert dialog.isVisible()  # still open, to change the date or cancel
    assert status(demo_copy, "EXP-0004") == "running"

    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(seen) == 2
    assert stored_experiments(demo_copy)["EXP-0004"].decision == "iterate"


def test_deciding_on_or_after_day_1_asks_nothing(section, demo_copy):
    running = stored_experiments(demo_copy)["EXP-0004"]
    section.choose(running.id)
    dialog = section.editing.decide_current()
    dialog.buttons_by_decision["scale"].click()
    dialog.date_edit.setDate(QDate(running.start_date))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not isValid(dialog) or not dialog.isVisible()
    assert stored_experiments(demo_copy)["EXP-0004"].decision == "scale"
