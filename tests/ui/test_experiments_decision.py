"""Recording a decision: it is stored, listed in the learnings, found by search, undone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from okrdesk.store.experiments.results import arms_of
from okrdesk.store.experiments.tasks import tasks_of
from okrdesk.ui.experiments.decision_dialog import DecisionDialog
from okrdesk.ui.experiments.learnings import DECIDED_ON, DECISION
from tests.helpers import DEMO_DAY, experiment_id, query, stored_experiments


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    experiments = window.sections["experiments"]
    experiments.tabs.setCurrentWidget(experiments.learnings)
    return experiments


def test_a_roll_back_is_recorded_listed_and_found_and_keeps_every_record(
    section, window, demo_copy
):
    exp = experiment_id(demo_copy, "EXP-0003")  # the demo's analysed experiment
    before = (query(demo_copy, tasks_of, exp), query(demo_copy, arms_of, exp))
    assert all(before)  # what the decision must keep
    section.choose(exp)
    assert section.decide_button.isEnabled()
    section.decide_button.click()
    dialog = next(w for w in section.findChildren(DecisionDialog) if w.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no decision chosen yet
    dialog.buttons_by_decision["roll_back"].click()
    assert ok.isEnabled()
    dialog.learnings_edit.insertPlainText("Chat drew students asking about discounts.")
    dialog.accept()

    decided = stored_experiments(demo_copy)["EXP-0003"]
    assert decided.id == exp
    assert (decided.status, decided.decision, decided.learnings, decided.decided_on) == (
        "decided",
        "roll_back",
        "Chat drew students asking about discounts.",
        DEMO_DAY,
    )
    assert (query(demo_copy, tasks_of, exp), query(demo_copy, arms_of, exp)) == before

    learnings = section.learnings
    assert learnings.codes()[0] == "EXP-0003"  # the latest decision first
    assert learnings.proxy.index(0, DECISION).data() == "rolled back"
    learnings.search_edit.setText("DISCOUNTS")
    assert learnings.codes() == ["EXP-0003"]
    assert learnings.count_label.text() == f"1 of {learnings.model.rowCount()}"
    learnings.search_edit.setText("logos")  # matches the scaled experiment's title
    assert learnings.codes() == ["EXP-0001"]
    assert learnings.proxy.index(0, DECIDED_ON).data() != "—"

    window.undo_action.trigger()
    undone = stored_experiments(demo_copy)["EXP-0003"]
    assert (undone.status, undone.decision) == ("analysing", None)
    learnings.search_edit.clear()
    assert "EXP-0003" not in learnings.codes()


def test_an_idea_cannot_be_decided(section, demo_copy):
    section.choose(experiment_id(demo_copy, "EXP-0006"))
    assert not section.decide_button.isEnabled()
    assert section.editing.decide_current() is None
