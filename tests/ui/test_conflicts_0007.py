"""No lost update on the weekly review and the cycle's retrospective: a save over someone
else's change shows theirs beside yours (keep theirs, or theirs then mine); an undo over a
later change is refused in words. The other person is a second workspace on the same file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from okrdesk.store.okr import cycle_close
from okrdesk.store.review.data import SavedReview
from okrdesk.store.review.saving import review_version, save_review_at
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from okrdesk.ui.okr.close.close_dialog import CloseCycleDialog
from okrdesk.ui.review.section import ReviewSection
from tests.helpers import click_ok, read, rows, run, visible

STORED_REVIEW = "SELECT decisions, notes FROM weekly_reviews WHERE week_start = ?"
STORED_RETRO = "SELECT what_helped, lessons, closed_at IS NOT NULL FROM cycles WHERE id = ?"


@pytest.fixture
def review(qtbot, window, demo_copy) -> ReviewSection:
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("review"))
    return window.sections["review"]


def _table(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    model = dialog.table.model()
    return {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }


def _meeting(review: ReviewSection) -> str:
    """The day the week's meeting row is stored under (the week after the reviewed one)."""
    return (review.week + dt.timedelta(weeks=1)).isoformat()


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_review_notes_over_annas_decisions_show_theirs_and_yours(
    qtbot, review, demo_copy, anna, choice
):
    week = review.week
    seen = read(anna, review_version, week)  # what my screen read too: nothing saved yet
    run(anna, save_review_at, week, SavedReview(decisions="Anna's decisions"), seen)

    review.next_step.notes_edit.setFocus()
    review.next_step.notes_edit.insertPlainText("My notes")
    review.save_now()

    dialog = visible(ConflictDialog)
    table = _table(dialog)
    assert table["Decisions"] == ("Anna's decisions", "—")
    assert table["Notes"] == ("—", "My notes")
    assert rows(demo_copy, STORED_REVIEW, _meeting(review)) == [("Anna's decisions", "")]
    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, STORED_REVIEW, _meeting(review)) == [("Anna's decisions", "")]
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # Theirs (her decisions), then mine (my notes): nothing of either is lost.
        assert rows(demo_copy, STORED_REVIEW, _meeting(review)) == [
            ("Anna's decisions", "My notes")
        ]
        review.controller.undo_stack.undo()
        assert rows(demo_copy, STORED_REVIEW, _meeting(review)) == [("Anna's decisions", "")]


def test_undoing_review_notes_over_annas_later_words_is_refused(qtbot, review, demo_copy, anna):
    review.next_step.notes_edit.setFocus()
    review.next_step.notes_edit.insertPlainText("My notes")
    review.save_now()
    week = review.week
    version = read(anna, review_version, week)
    run(anna, save_review_at, week, SavedReview("", "Anna's", "My notes", None), version)

    refused: list[str] = []
    review.controller.undo_stack.store_refused.connect(lambda _t, error: refused.append(error))
    review.controller.undo_stack.undo()

    assert rows(demo_copy, STORED_REVIEW, _meeting(review)) == [("Anna's", "My notes")]
    assert len(refused) == 1 and "nothing was undone" in str(refused[0])
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "nothing was undone" in box.text()


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_closing_over_annas_retrospective_shows_theirs_and_yours(
    qtbot, okrs, demo_copy, anna, choice
):
    cycle = okrs.selected_cycle()
    assert not cycle.closed
    okrs.cycle_close.close_cycle()
    dialog = visible(CloseCycleDialog)  # my screen read the cycle
    with anna.session() as session:
        seen = cycle_close.cycle_version(session, cycle.id)
    run(anna, cycle_close.write_retrospective, cycle.id, "Anna's", "", "", seen_version=seen)

    qtbot.keyClicks(dialog.lessons_edit, "My lesson")
    dialog.carry_check.setChecked(False)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    conflict = visible(ConflictDialog)
    assert cycle.name in conflict.header.text()
    table = _table(conflict)
    assert table["What helped"] == ("Anna's", "—")
    assert table["Lessons"] == ("—", "My lesson")
    assert rows(demo_copy, STORED_RETRO, cycle.id) == [("Anna's", "", 0)]  # not closed
    if choice == "keep":
        qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, STORED_RETRO, cycle.id) == [("Anna's", "", 0)]
    else:
        qtbot.mouseClick(conflict.apply_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, STORED_RETRO, cycle.id) == [("Anna's", "My lesson", 1)]
        okrs.controller.undo_stack.undo()
        assert rows(demo_copy, STORED_RETRO, cycle.id) == [("Anna's", "", 0)]


def test_two_edits_of_one_key_result_undo_one_after_the_other(okrs, demo_copy):
    """My own later edit, undone first, is no one else's change: the earlier one undoes too."""
    from tests.ui.test_conflicts import _edit_target, _first_key_result

    row = _first_key_result(okrs).row_data
    click_ok(_edit_target(okrs, _first_key_result(okrs), row.target_value + 50))
    click_ok(_edit_target(okrs, _first_key_result(okrs), row.target_value + 70))
    stored = "SELECT target_value FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, row.id) == [(row.target_value + 70,)]
    refused: list[str] = []
    okrs.controller.undo_stack.store_refused.connect(lambda _t, error: refused.append(error))
    okrs.controller.undo_stack.undo()
    okrs.controller.undo_stack.undo()
    assert refused == []
    assert rows(demo_copy, stored, row.id) == [(row.target_value,)]
    okrs.controller.undo_stack.redo()
    okrs.controller.undo_stack.redo()
    assert rows(demo_copy, stored, row.id) == [(row.target_value + 70,)]


def test_a_close_and_a_reopen_of_mine_undo_one_after_the_other(qtbot, okrs, demo_copy):
    cycle = okrs.selected_cycle()
    okrs.cycle_close.close_cycle()
    dialog = visible(CloseCycleDialog)
    qtbot.keyClicks(dialog.lessons_edit, "My lesson")
    dialog.carry_check.setChecked(False)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    okrs.cycle_close.reopen_cycle()
    assert rows(demo_copy, STORED_RETRO, cycle.id) == [("", "My lesson", 0)]
    refused: list[str] = []
    okrs.controller.undo_stack.store_refused.connect(lambda _t, error: refused.append(error))
    okrs.controller.undo_stack.undo()  # the reopen: closed again
    assert rows(demo_copy, STORED_RETRO, cycle.id) == [("", "My lesson", 1)]
    okrs.controller.undo_stack.undo()  # the close
    assert refused == []
    assert rows(demo_copy, STORED_RETRO, cycle.id) == [("", "", 0)]
