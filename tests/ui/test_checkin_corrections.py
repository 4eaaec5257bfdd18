"""Back-dated check-ins and corrections of past ones, driven from the OKR screen of the demo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox

from okrdesk.domain.okr import expected_progress
from okrdesk.store.okr.queries import key_result_history
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_kr_value
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from tests.helpers import DEMO_DAY, answer_next_question, current_key_results, query, rows

CHECKIN = (
    "SELECT id, key_result_id, checked_on, value, confidence, comment, blockers, automatic, "
    "import_batch_id, created_at FROM checkins WHERE key_result_id = ? ORDER BY checked_on"
)
LONG_COMMENT = (
    "The enterprise pilot converted to paid after legal signed off, two retail customers "
    "downgraded to the starter plan, and the spring cohort's expansions landed a week early."
)


def open_checkin(okrs, qtbot) -> CheckInDialog:
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    return next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())


def step_day(qtbot, dialog: CheckInDialog, key: Qt.Key, times: int) -> None:
    """Arrow keys on the day of the check-in-date field, as a user changes it."""
    dialog.date_edit.setFocus()
    dialog.date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    for _ in range(times):
        qtbot.keyClick(dialog.date_edit, key)


def type_value(qtbot, dialog: CheckInDialog, text: str) -> None:
    dialog.value_spin.setFocus()
    dialog.value_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.value_spin.lineEdit(), text)


def click_history_row(qtbot, okrs, day: dt.date) -> None:
    table = okrs.history.table
    (row,) = [
        r
        for r in range(okrs.history.model.rowCount())
        if okrs.history.model.row(r).checked_on == day
    ]
    rect = table.visualRect(okrs.history.model.index(row, 0))
    table.setFocus()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert okrs.history.current_point().checked_on == day


def test_a_check_in_dated_in_the_past_takes_its_place_in_date_order(okrs, qtbot, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    okrs.select_key_result(first.id)
    before = rows(demo_copy, CHECKIN, first.id)
    dialog = open_checkin(okrs, qtbot)
    assert dialog.current().row_data.id == first.id
    assert dialog.date_edit.date().toPython() == DEMO_DAY  # today by default
    step_day(qtbot, dialog, Qt.Key.Key_Down, 7)  # a week ago, a Wednesday without a check-in
    cycle = okrs.selected_cycle()
    share = expected_progress(cycle.start_date, cycle.end_date, dt.date(2026, 11, 18))
    expected = first.start_value + (first.target_value - first.start_value) * share
    assert dialog.expected_label.text() == format_kr_value(expected, first.kind, first.unit, "EUR")
    label = dialog._form.labelForField(dialog.expected_label).text()
    assert label == "Expected on 18 Nov 2026:"
    type_value(qtbot, dialog, "205000")
    qtbot.keyClick(dialog.value_spin, Qt.Key.Key_Return)
    dialog.reject()

    saved = rows(demo_copy, CHECKIN, first.id)
    assert len(saved) == len(before) + 1
    assert [(r[2], r[3]) for r in saved if r[2] == "2026-11-18"] == [("2026-11-18", 205000.0)]
    # The latest check-in by date still sets the current value, progress and status.
    assert current_key_results(demo_copy)[first.id].current == before[-1][3]
    assert okrs.key_result_nodes()[0].row_data.current == before[-1][3]
    history = query(demo_copy, key_result_history, first.id)
    assert [p.checked_on for p in history] == sorted(p.checked_on for p in history)
    days = [okrs.history.model.row(r).checked_on for r in range(okrs.history.model.rowCount())]
    assert days == sorted(days, reverse=True) and dt.date(2026, 11, 18) in days
    assert list(okrs.history.chart.values.yData).index(205000.0) == days[::-1].index(
        dt.date(2026, 11, 18)
    )


def test_the_day_stays_within_the_cycle_and_never_after_today(okrs, qtbot, demo_copy):
    cycle = okrs.selected_cycle()
    dialog = open_checkin(okrs, qtbot)
    assert dialog.date_edit.minimumDate().toPython() == cycle.start_date
    assert dialog.date_edit.maximumDate().toPython() == DEMO_DAY
    step_day(qtbot, dialog, Qt.Key.Key_Up, 3)  # tomorrow is not offered
    assert dialog.date_edit.date().toPython() == DEMO_DAY
    dialog.date_edit.setDate(dt.date(2026, 9, 1))  # typed before the cycle: held at its start
    assert dialog.date_edit.date().toPython() == cycle.start_date
    dialog.reject()


def test_a_check_in_on_a_day_that_has_one_replaces_it_until_undone(okrs, qtbot, window, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    before = rows(demo_copy, CHECKIN, first.id)
    dialog = open_checkin(okrs, qtbot)
    step_day(qtbot, dialog, Qt.Key.Key_Down, 9)  # Monday 16 Nov, which has a check-in
    (old,) = [r for r in before if r[2] == "2026-11-16"]
    value = format_kr_value(old[3], first.kind, first.unit, "EUR")
    assert dialog.note_label.isVisible()
    assert dialog.note_label.text() == (
        f"16 Nov 2026 already has a check-in ({value}): saving replaces it, one check-in a day."
    )
    type_value(qtbot, dialog, "206500")
    qtbot.keyClick(dialog.value_spin, Qt.Key.Key_Return)
    dialog.reject()
    after = rows(demo_copy, CHECKIN, first.id)
    assert len(after) == len(before)
    assert [r[3] for r in after if r[2] == "2026-11-16"] == [206500.0]
    window.undo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == before


def test_editing_a_past_check_in_from_the_history_and_undoing_it(okrs, qtbot, window, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    okrs.select_key_result(first.id)
    before = rows(demo_copy, CHECKIN, first.id)
    (old,) = [r for r in before if r[2] == "2026-11-09"]
    click_history_row(qtbot, okrs, dt.date(2026, 11, 9))
    assert okrs.history.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in okrs.history.table.actions()] == ["&Edit…", "&Delete"]
    qtbot.keyClick(okrs.history.table, Qt.Key.Key_Return)  # Enter opens it, as Edit… does
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    assert dialog.date_edit.date().toPython() == dt.date(2026, 11, 9)
    assert dialog.value_spin.value() == old[3]
    assert dialog.confidence_spin.value() == old[4]
    assert dialog.comment_edit.text() == old[5]
    type_value(qtbot, dialog, "204200")
    dialog.comment_edit.setFocus()
    dialog.comment_edit.selectAll()
    qtbot.keyClicks(dialog.comment_edit, "Recounted after the CRM sync")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    after = rows(demo_copy, CHECKIN, first.id)
    (corrected,) = [r for r in after if r[2] == "2026-11-09"]
    assert corrected == (*old[:3], 204200.0, old[4], "Recounted after the CRM sync", *old[6:])
    assert [r for r in after if r[2] != "2026-11-09"] == [r for r in before if r[2] != "2026-11-09"]
    window.undo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == before
    window.redo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == after


def test_moving_a_check_in_to_another_day_with_the_edit_action(okrs, qtbot, window, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    okrs.select_key_result(first.id)
    before = rows(demo_copy, CHECKIN, first.id)
    click_history_row(qtbot, okrs, dt.date(2026, 11, 23))
    okrs.history.edit_action.trigger()
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    step_day(qtbot, dialog, Qt.Key.Key_Up, 1)  # entered on Monday, meant for Tuesday
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    after = rows(demo_copy, CHECKIN, first.id)
    assert [r[2] for r in after][-1] == "2026-11-24"
    assert after[-1][0] == before[-1][0] and after[-1][3] == before[-1][3]
    window.undo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == before


def test_deleting_a_past_check_in_asks_first_and_undoes(okrs, qtbot, window, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    okrs.select_key_result(first.id)
    before = rows(demo_copy, CHECKIN, first.id)
    (old,) = [r for r in before if r[2] == "2026-11-16"]
    click_history_row(qtbot, okrs, dt.date(2026, 11, 16))
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(okrs.history.table, Qt.Key.Key_Delete)
    value = format_kr_value(old[3], first.kind, first.unit, "EUR")
    assert seen == [f"Delete the check-in of 16 Nov 2026 (value {value})?"]
    assert rows(demo_copy, CHECKIN, first.id) == before

    click_history_row(qtbot, okrs, dt.date(2026, 11, 16))
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(okrs.history.table, Qt.Key.Key_Delete)
    after = rows(demo_copy, CHECKIN, first.id)
    assert after == [r for r in before if r[2] != "2026-11-16"]
    assert first.id in current_key_results(demo_copy)  # the key result chosen in the tree stays
    assert okrs.history.model.rowCount() == len(before) - 1
    window.undo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == before
    window.redo_action.trigger()
    assert rows(demo_copy, CHECKIN, first.id) == after


def test_a_closed_cycles_check_ins_cannot_be_changed(okrs, qtbot):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)
    assert okrs.selected_cycle().closed
    okrs.select_key_result(okrs.key_result_nodes()[0].row_data.id)
    assert okrs.history.model.rowCount() > 0
    assert not okrs.history.edit_action.isEnabled()
    assert not okrs.history.delete_action.isEnabled()


def test_a_long_comment_shows_whole_in_the_history(okrs, qtbot, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    okrs.select_key_result(first.id)
    dialog = open_checkin(okrs, qtbot)
    qtbot.keyClicks(dialog.comment_edit, LONG_COMMENT)
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    dialog.reject()
    assert rows(demo_copy, CHECKIN, first.id)[-1][5] == LONG_COMMENT

    table = okrs.history.table
    index = okrs.history.model.index(0, 3)
    assert index.data() == LONG_COMMENT
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG_COMMENT
    width = table.columnWidth(3)
    assert width < table.fontMetrics().horizontalAdvance(LONG_COMMENT)  # it has to wrap
    wrapped = table.fontMetrics().boundingRect(
        QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, LONG_COMMENT
    )
    assert table.rowHeight(0) >= wrapped.height()


def test_a_cycle_that_has_not_begun_takes_no_check_in_yet(okrs, qtbot, demo_copy):
    clock.pin(dt.date(2026, 9, 20))  # the last weeks of Q3; Q4 is chosen to plan ahead
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.findText("2026 Q4"))
    before = rows(demo_copy, "SELECT COUNT(*) FROM checkins")
    dialog = open_checkin(okrs, qtbot)
    assert not dialog.date_edit.isEnabled()
    assert dialog.problem_label.isVisible()
    assert (
        dialog.problem_label.text() == "The cycle starts on 1 Oct 2026: check-ins open on that day."
    )
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.value_spin, Qt.Key.Key_Return)
    assert rows(demo_copy, "SELECT COUNT(*) FROM checkins") == before
    dialog.reject()
