"""The OKR screen on the demo workspace: the tree, pace and status, the filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from okrdesk.domain.okr import Status
from okrdesk.store.okr.queries import cycle_objectives, key_result_history, list_cycles, people
from okrdesk.ui.common import clock
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import (
    CONFIDENCE,
    LAST_CHECKIN,
    NODE_ROLE,
    OWNER,
    PROGRESS,
    PROGRESS_ROLE,
    STATUS,
    TITLE,
)
from tests.helpers import DEMO_DAY, current_key_results, query

ROOT = QModelIndex()


def all_indexes(model, parent=ROOT) -> list[QModelIndex]:
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *all_indexes(model, index)]
    return found


def checkins_on(path, kr_id: int, day: dt.date) -> list[tuple]:
    """(value, confidence, comment) of the key result's check-in on `day`, if it has one."""
    history = query(path, key_result_history, kr_id)
    return [(p.value, p.confidence, p.comment) for p in history if p.checked_on == day]


def key_result_indexes(model) -> list[QModelIndex]:
    return [i for i in all_indexes(model) if isinstance(i.data(NODE_ROLE), KeyResultNode)]


def shown_rows(model, parent=ROOT, depth=0) -> list[tuple[int, str]]:
    """(depth, title) of every row the view can show, in order."""
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, TITLE, parent)
        lines.append((depth, index.data()))
        lines += shown_rows(model, index, depth + 1)
    return lines


def find_row(model, title: str, parent=ROOT) -> QModelIndex | None:
    for row in range(model.rowCount(parent)):
        index = model.index(row, TITLE, parent)
        if index.data() == title:
            return index
        found = find_row(model, title, index)
        if found is not None:
            return found
    return None


def test_the_current_cycle_shows_aligned_objectives_under_their_parents(okrs, demo_copy):
    assert okrs.cycle_combo.currentText() == okrs.selected_cycle().name
    assert not okrs.selected_cycle().closed
    lines = shown_rows(okrs.proxy)
    (current,) = [cycle for cycle in query(demo_copy, list_cycles) if not cycle.closed]
    objectives = query(demo_copy, cycle_objectives, current.id)
    company = [o.title for o in objectives if o.level == "company"]
    assert lines[0] == (0, "Company")
    assert [title for depth, title in lines if depth == 1] == company
    titles = {o.id: o.title for o in objectives}
    parent, child = next((titles[o.parent_id], o.title) for o in objectives if o.parent_id)
    parent_index = find_row(okrs.proxy, parent)
    child_index = find_row(okrs.proxy, child)
    assert child_index.parent() == parent_index


def test_key_results_show_owner_progress_pace_confidence_and_status(okrs, demo_copy):
    checked = [k for k in current_key_results(demo_copy).values() if k.kind == "decrease"]
    kr = max((k for k in checked if k.last_checkin), key=lambda k: k.last_checkin)
    index = find_row(okrs.proxy, kr.title)
    assert index is not None
    assert kr.owner_name and index.siblingAtColumn(OWNER).data() == kr.owner_name
    assert index.siblingAtColumn(CONFIDENCE).data() == str(kr.confidence)
    progress, expected = index.siblingAtColumn(PROGRESS).data(PROGRESS_ROLE)
    share = (kr.start_value - kr.current) / (kr.start_value - kr.target_value)
    assert progress == pytest.approx(min(max(share, 0), 1))
    assert 0 < expected < 1
    tooltip = index.siblingAtColumn(STATUS).data(Qt.ItemDataRole.ToolTipRole)
    status_text = index.siblingAtColumn(STATUS).data()
    assert tooltip.startswith(status_text + ":")


def test_a_stale_key_result_needs_an_update(okrs):
    stale = [
        i
        for i in key_result_indexes(okrs.model)
        if i.siblingAtColumn(STATUS).data() == "Needs update"
    ]
    assert stale
    assert "No check-in for" in stale[0].siblingAtColumn(STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_filter_by_status_keeps_only_matching_key_results(okrs, qtbot):
    okrs.status_combo.setCurrentIndex(okrs.status_combo.findData(Status.OFF_TRACK))
    key_result_rows = key_result_indexes(okrs.proxy)
    assert key_result_rows
    assert len(key_result_rows) < len(key_result_indexes(okrs.model))
    assert {i.siblingAtColumn(STATUS).data() for i in key_result_rows} == {"Off track"}


def test_search_and_owner_filters(okrs, qtbot, demo_copy):
    qtbot.keyClicks(okrs.search_edit, "speed-to-lead")
    titles = [title for _depth, title in shown_rows(okrs.proxy)]
    assert any("speed-to-lead" in t for t in titles)
    assert not any("NPS" in t for t in titles)
    okrs.search_edit.clear()

    owner = "Eszter Szabó"
    assert owner in [name for _id, name in query(demo_copy, people)]
    okrs.owner_combo.setCurrentIndex(okrs.owner_combo.findData(owner))
    shown = shown_rows(okrs.proxy)
    assert any("NPS" in title for _d, title in shown)
    assert not any("speed-to-lead" in title for _d, title in shown)
    okrs.owner_combo.setCurrentIndex(0)
    assert len(shown_rows(okrs.proxy)) > len(shown)


def test_ctrl_f_focuses_the_search_box(okrs, qtbot):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert okrs.search_edit.hasFocus()


def test_the_closed_cycle_can_be_chosen(okrs, demo_copy):
    closed = next(cycle for cycle in query(demo_copy, list_cycles) if cycle.closed)
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.findText(closed.name + " (closed)"))
    assert okrs.selected_cycle().closed
    titles = [t for _d, t in shown_rows(okrs.proxy)]
    expected = {o.title for o in query(demo_copy, cycle_objectives, closed.id)}
    assert expected and expected <= set(titles)


def open_checkin(okrs, qtbot) -> CheckInDialog:
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    return dialog


def test_weekly_check_in_with_the_keyboard_saves_each_key_result(okrs, qtbot, window, demo_copy):
    today = DEMO_DAY
    dialog = open_checkin(okrs, qtbot)
    first = dialog.current().row_data
    before = checkins_on(demo_copy, first.id, today)
    assert dialog.step_label.text().startswith("Key result 1 of ")
    assert first.kind != "binary"  # the demo's first key result takes a number

    dialog.value_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.value_spin.lineEdit(), "231000")
    qtbot.keyClick(dialog.value_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.confidence_spin
    dialog.confidence_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.confidence_spin.lineEdit(), "8")
    qtbot.keyClick(dialog.confidence_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.comment_edit
    qtbot.keyClicks(dialog.comment_edit, "Two annual upgrades closed")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)

    saved = checkins_on(demo_copy, first.id, today)
    assert saved == [(231000.0, 8, "Two annual upgrades closed")]
    assert dialog.step_label.text().startswith("Key result 2 of ")
    assert dialog.current().row_data.id != first.id
    assert okrs.proxy.rowCount() > 0  # the tree reloaded behind the dialog

    dialog.reject()
    window.undo_action.trigger()
    assert checkins_on(demo_copy, first.id, today) == before
    window.redo_action.trigger()
    assert checkins_on(demo_copy, first.id, today) == saved


def test_check_in_one_owners_key_results(okrs, qtbot):
    dialog = open_checkin(okrs, qtbot)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("Eszter Szabó"))
    count = int(dialog.step_label.text().split(" of ")[1])
    assert count == sum(
        1 for n in okrs.key_result_nodes() if n.row_data.owner_name == "Eszter Szabó"
    )
    assert dialog.current().row_data.owner_name == "Eszter Szabó"
    dialog.reject()


def test_check_in_is_not_offered_for_a_closed_cycle(okrs):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)
    assert okrs.selected_cycle().closed
    assert not okrs.checkin_button.isEnabled()
    assert okrs.start_checkin() is None


def test_choosing_a_key_result_shows_its_history(okrs, demo_copy):
    kr_id, title = min(
        (kr.id, kr.title) for kr in current_key_results(demo_copy).values() if kr.kind == "increase"
    )
    checkins = [p.checked_on for p in query(demo_copy, key_result_history, kr_id)]
    assert okrs.select_key_result(kr_id)
    panel = okrs.history
    assert panel.title_label.text() == title
    assert panel.model.rowCount() == len(checkins)
    assert len(panel.chart.values.xData) == len(checkins)
    assert len(panel.chart.pace.xData) == 2
    assert "forecast at the cycle's end" in panel.legend_label.text()
    assert panel.model.index(0, 0).data() == QLocale().toString(max(checkins), "d MMM yyyy")


def test_the_history_stays_after_a_check_in(okrs, qtbot, demo_copy):
    first = okrs.key_result_nodes()[0].row_data
    today = DEMO_DAY
    existed = len(checkins_on(demo_copy, first.id, today))
    okrs.select_key_result(first.id)
    before = okrs.history.model.rowCount()
    dialog = open_checkin(okrs, qtbot)
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    dialog.reject()
    assert len(checkins_on(demo_copy, first.id, today)) == 1
    assert okrs.history.title_label.text() == first.title
    assert okrs.history.model.rowCount() == before + (1 - existed)


def test_a_closed_cycles_grades_show_in_the_tooltips(okrs, demo_copy):
    closed = next(cycle for cycle in query(demo_copy, list_cycles) if cycle.closed)
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.findText(closed.name + " (closed)"))
    title, grade = next(
        (kr.title, kr.grade)
        for objective in query(demo_copy, cycle_objectives, closed.id)
        for kr in objective.key_results
        if kr.grade is not None
    )
    index = find_row(okrs.proxy, title)
    tooltip = index.siblingAtColumn(STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Graded {QLocale().toString(grade, 'f', 1)} at the cycle's close" in tooltip


def test_kpis_are_reachable_in_a_cycle_without_objectives(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    window.new_cycle()
    dialog = next(w for w in window.findChildren(QDialog) if w.isVisible())
    dialog.accept()
    window.show_section(1)
    okrs = window.sections["okrs"]
    assert okrs.empty_label.isVisible()
    assert not okrs.tree.isVisible()
    assert okrs.splitter.isVisible()


def test_a_check_in_dated_after_today_reads_today(okrs):
    """A check-in after the day okrdesk takes for today (an import, a pinned clock) is no
    negative count of days: "Checked in" reads "today", as the status judges it."""
    clock.pin(DEMO_DAY - dt.timedelta(days=5))
    okrs.reload()
    texts = [index.siblingAtColumn(LAST_CHECKIN).data() for index in all_indexes(okrs.tree.model())]
    assert "today" in texts
    assert not [text for text in texts if text and "%" in text]


def test_a_filter_that_hides_the_chosen_key_result_empties_its_panels(okrs, qtbot):
    chosen = okrs.key_result_nodes()[0].row_data
    assert okrs.select_key_result(chosen.id)
    assert okrs.history.title_label.text() == chosen.title
    qtbot.keyClicks(okrs.search_edit, "NPS")
    assert not okrs.tree.currentIndex().isValid()
    assert okrs.history.title_label.text() == "Choose a key result to see its check-ins."
    assert not okrs.history.table.isVisible()


def test_typing_further_keeps_what_was_folded_and_clearing_unfolds_it(okrs, qtbot):
    view = okrs.tree.model()
    qtbot.keyClicks(okrs.search_edit, "r")
    folded = next(
        index
        for index in all_indexes(view)
        if index.column() == TITLE
        and view.rowCount(index)
        and "re" in index.data().casefold()
        and index.parent().isValid()  # an objective: under a group, with key results
    )
    title = folded.data()
    okrs.tree.collapse(folded)
    qtbot.keyClicks(okrs.search_edit, "e")  # "re": fewer rows, none back
    again = find_row(view, title)
    assert again is not None and not okrs.tree.isExpanded(again)
    okrs.search_edit.clear()  # every row back: unfolded, as a filter shows them
    assert okrs.tree.isExpanded(find_row(view, title))


def test_key_results_are_leaves_and_objectives_are_not(okrs, qtbot):
    """The tree need not ask whether a key result's row unfolds (a big cycle's layout then
    makes thousands fewer calls), editable or not; an objective's row still unfolds."""
    for editable in (True, False):
        okrs.model.editable = editable
        leaf = Qt.ItemFlag.ItemNeverHasChildren
        assert all(i.flags() & leaf for i in key_result_indexes(okrs.tree.model()))
        objectives = [i for i in all_indexes(okrs.tree.model()) if okrs.tree.model().rowCount(i)]
        assert objectives and not any(i.flags() & leaf for i in objectives)
    assert all(okrs.tree.isExpanded(i) for i in objectives)
