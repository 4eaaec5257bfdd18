"""The Review screen on the demo workspace: its blocks, weeks, and what the meeting writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from okrdesk.domain.review import iso_week_label, write_brief
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.store.review.data import default_week, load_review, saved_review
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.review.section import ReviewSection
from tests.helpers import DEMO_DAY, query, stored_experiments


def expected_review(path: Path, week: dt.date | None = None):
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            return load_review(connection, week or default_week(connection, DEMO_DAY), DEMO_DAY)
    finally:
        workspace.close()


def saved_row(path: Path, week: dt.date) -> tuple | None:
    """(brief, decisions, notes, next experiment id) the meeting of `week` saved, or None."""
    found = query(path, saved_review, week)
    return dataclasses.astuple(found) if found else None


@pytest.fixture
def review(qtbot, window, demo_copy) -> ReviewSection:
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("review"))
    section = window.sections["review"]
    assert isinstance(section, ReviewSection)
    return section


def column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_blocks_show_the_numbers_of_the_last_full_week(review, demo_copy):
    expected = expected_review(demo_copy)
    fmt = LocaleFormat(QLocale(), expected.currency)
    assert review.week == expected.week
    assert iso_week_label(expected.week) in review.week_combo.currentText()

    cycle = expected.cycle
    assert cycle is not None
    assert fmt.percent(cycle.progress, 0) in review.variance.cycle_label.text()
    assert fmt.percent(cycle.expected, 0) in review.variance.cycle_label.text()

    funnel = review.variance.funnel_model
    assert funnel.rowCount() == len(expected.funnel_steps)
    significant = expected.significant_steps
    assert significant, "the demo week has a significant funnel change"
    row = list(expected.funnel_steps).index(significant[0])
    assert funnel.index(row, 4).data() == fmt.points(significant[0].change)
    assert funnel.index(row, 6).data() == "Significant"
    noise = [i for i, step in enumerate(expected.funnel_steps) if not step.significant]
    assert all(funnel.index(i, 6).data() == "Noise" for i in noise)

    assert column(review.variance.behind_model, 0) == [k.title for k in expected.behind]
    reasons = column(review.variance.behind_model, 4)
    assert all("behind pace" in reason or "onfidence" in reason for reason in reasons)
    moved = [k.title for k in expected.changed_key_results]
    assert column(review.variance.changed_model, 0) == moved
    assert review.variance.stale_model.rowCount() == len(expected.needs_update)

    experiments = review.experiments.model
    assert column(experiments, 0) == [
        e.code for e in expected.experiments for _ in e.variants or (None,)
    ]
    first = expected.experiments[0]
    assert experiments.index(0, 5).data() == fmt.points(first.variants[0].diff)
    assert fmt.percent(first.control_rate) in experiments.index(0, 3).data()

    assert review.brief.edit.toPlainText() == write_brief(expected, fmt)
    assert not review.brief.rewrite_button.isEnabled()
    proposal = expected.next_step
    assert proposal.proposed
    assert proposal.experiment_code in review.next_step.proposal_label.text()


def test_switching_weeks_browses_past_reviews(qtbot, review, demo_copy):
    shown = review.week
    review.previous_button.click()
    assert review.week == shown - dt.timedelta(weeks=1)
    assert iso_week_label(review.week) in review.week_combo.currentText()
    expected = expected_review(demo_copy, review.week)
    assert review.experiments.model.rowCount() == sum(
        len(e.variants) or 1 for e in expected.experiments
    )
    # The week before was reviewed in the demo: its meeting's words come back.
    brief, decisions, notes, _next = saved_row(demo_copy, review.week)
    assert review.next_step.decisions_edit.toPlainText() == decisions
    assert review.next_step.notes_edit.toPlainText() == notes
    assert review.brief.edit.toPlainText() == brief

    oldest = review.week_combo.count() - 1
    review.week_combo.setCurrentIndex(oldest)
    review.week_combo.activated.emit(oldest)
    assert review.week == dt.date.fromordinal(review.week_combo.itemData(oldest))
    assert review.week < shown - dt.timedelta(weeks=1)

    review.next_button.click()
    review.next_button.click()
    review.set_week(shown)
    assert review.week == shown


def test_notes_and_brief_are_saved_for_the_week_and_undo(qtbot, window, review, demo_copy):
    week = review.week
    assert saved_row(demo_copy, week) is None
    review.next_step.notes_edit.setFocus()
    review.next_step.notes_edit.insertPlainText("Call the agency on Tuesday — Zoë")
    qtbot.waitUntil(lambda: saved_row(demo_copy, week) is not None)
    assert saved_row(demo_copy, week)[2] == "Call the agency on Tuesday — Zoë"
    assert saved_row(demo_copy, week)[0] == ""  # the written brief is not copied

    brief = review.brief.edit
    brief.moveCursor(brief.textCursor().MoveOperation.End)
    brief.insertPlainText("\n\nWe agreed to fix the MQL hand-off first.")
    review.save_now()  # what leaving the box does
    assert saved_row(demo_copy, week)[0].endswith("We agreed to fix the MQL hand-off first.")
    assert review.brief.rewrite_button.isEnabled()

    review.brief.rewrite_button.click()
    assert saved_row(demo_copy, week)[0] == ""
    assert "MQL hand-off" not in brief.toPlainText()

    window.undo_action.trigger()  # the rewrite
    assert "MQL hand-off" in saved_row(demo_copy, week)[0]
    assert "MQL hand-off" in brief.toPlainText()
    window.undo_action.trigger()  # the brief edit
    window.undo_action.trigger()  # the notes: no row was there before
    assert saved_row(demo_copy, week) is None
    assert review.next_step.notes_edit.toPlainText() == ""
    window.redo_action.trigger()
    assert saved_row(demo_copy, week)[2] == "Call the agency on Tuesday — Zoë"


def test_typing_in_decisions_is_one_undo_step(qtbot, window, review, demo_copy):
    week = review.week
    box = review.next_step.decisions_edit
    box.insertPlainText("Scale")
    review.save_now()
    box.insertPlainText(" the chat")
    review.save_now()
    assert saved_row(demo_copy, week)[1] == "Scale the chat"
    window.undo_action.trigger()
    assert saved_row(demo_copy, week) is None
    assert box.toPlainText() == ""


def test_leaving_the_week_saves_what_was_typed(qtbot, review, demo_copy):
    week = review.week
    review.next_step.decisions_edit.insertPlainText("Keep the chat")
    review.previous_button.click()
    assert saved_row(demo_copy, week)[1] == "Keep the chat"
    review.next_button.click()
    assert review.next_step.decisions_edit.toPlainText() == "Keep the chat"


def test_choosing_next_weeks_experiment_persists(qtbot, window, review, demo_copy):
    week = review.week
    combo = review.next_step.experiment_combo
    code, experiment_id = min(
        (row.code, row.id) for row in stored_experiments(demo_copy).values() if row.status == "idea"
    )
    index = combo.findData(experiment_id)
    assert index > 0 and code in combo.itemText(index)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert saved_row(demo_copy, week)[3] == experiment_id
    assert not review.next_step.proposal_label.isVisible()
    assert f"Next step: {code}" in review.brief.edit.toPlainText()
    window.undo_action.trigger()
    assert saved_row(demo_copy, week) is None
    assert combo.currentData() is None


def test_new_experiment_becomes_next_weeks(qtbot, review, demo_copy):
    week = review.week
    dialog = review.new_experiment()
    assert dialog is not None
    dialog.title_edit.setText("Shorter demo form")
    dialog.accept()
    (new_id,) = [
        row.id
        for row in stored_experiments(demo_copy).values()
        if row.values.title == "Shorter demo form"
    ]
    assert saved_row(demo_copy, week)[3] == new_id
    assert review.next_step.experiment_combo.currentData() == new_id


def test_closing_the_window_keeps_what_was_just_typed(qtbot, window, review, demo_copy):
    week = review.week
    review.next_step.notes_edit.insertPlainText("Typed a moment before quitting")
    window.close()
    assert saved_row(demo_copy, week)[2] == "Typed a moment before quitting"


def test_a_workspace_without_data_shows_empty_blocks(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    window.show_section(list(window.sections).index("review"))
    review = window.sections["review"]
    assert review.variance.cycle_label.text() == "No cycle covers this week."
    assert review.variance.funnel_empty.isVisible()
    assert not review.variance.funnel_table.isVisible()
    assert review.experiments.empty.isVisible()
    assert review.next_step.experiment_combo.count() == 1  # "No experiment chosen"
    assert "No cycle covers this week." in review.brief.edit.toPlainText()


def test_saving_notes_reads_only_the_meeting_again(qtbot, review, demo_copy):
    resets = []
    review.variance.funnel_model.modelReset.connect(lambda: resets.append(1))
    review.next_step.notes_edit.insertPlainText("Short meeting")
    review.save_now()
    assert saved_row(demo_copy, review.week)[2] == "Short meeting"
    assert resets == []  # the week's numbers were not read again
    review.previous_button.click()
    assert resets == [1]


def test_next_stops_at_the_week_under_way(qtbot, review):
    assert review.next_button.isEnabled()
    review.next_button.click()
    assert not review.next_button.isEnabled()
    assert review.week <= DEMO_DAY < review.week + dt.timedelta(weeks=1)
