"""Who "me" is on this computer, the authors it signs, and a key result's unit and decimals."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from okrdesk.store.people import list_people
from okrdesk.ui.common.formatting import format_date, format_percent
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from okrdesk.ui.okr.editors import KeyResultEditor
from okrdesk.ui.okr.nodes import KeyResultNode
from tests.helpers import DEMO_DAY, query, rows


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def choose_me(qtbot, window, name: str) -> None:
    dialog = window.edit_workspace_settings()
    dialog.me_combo.setCurrentIndex(dialog.me_combo.findText(name))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


def test_me_defaults_to_the_first_person_and_is_kept_per_workspace(
    qtbot, window, demo_copy, tmp_path
):
    people = [person.name for person in query(demo_copy, list_people)]
    other = tmp_path / "other.okrdesk"
    shutil.copyfile(demo_copy, other)
    window.files.open_path(demo_copy)
    dialog = window.edit_workspace_settings()
    assert [dialog.me_combo.itemText(i) for i in range(dialog.me_combo.count())] == people
    assert dialog.me_combo.currentText() == people[0]
    dialog.reject()

    count = window.controller.undo_stack.count()
    choose_me(qtbot, window, people[2])
    # This computer's choice: not a change of the workspace, nothing to undo.
    assert window.controller.undo_stack.count() == count
    dialog = window.edit_workspace_settings()
    assert dialog.me_combo.currentText() == people[2]
    dialog.reject()

    window.files.open_path(other)
    dialog = window.edit_workspace_settings()
    assert dialog.me_combo.currentText() == people[0]
    dialog.reject()


def test_a_check_in_made_in_the_app_is_signed_by_me(qtbot, window, okrs, demo_copy):
    me = query(demo_copy, list_people)[1]
    choose_me(qtbot, window, me.name)
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    first = dialog.current().row_data
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    dialog.reject()
    newest = "SELECT author_id FROM checkins WHERE key_result_id = ? ORDER BY checked_on DESC"
    assert rows(demo_copy, newest, first.id)[0] == (me.id,)


def select_key_result(okrs, predicate) -> KeyResultNode:
    node = next(n for n in okrs.key_result_nodes() if predicate(n))
    assert okrs.select_key_result(node.row_data.id)
    return node


def test_the_editor_writes_unit_label_and_decimals_and_keeps_the_target_change(
    qtbot, window, okrs, demo_copy
):
    me = query(demo_copy, list_people)[3]
    choose_me(qtbot, window, me.name)
    node = select_key_result(
        okrs, lambda n: n.row_data.kind == "increase" and n.row_data.unit == "number"
    )
    kr = node.row_data
    assert kr.current is not None  # it has check-ins: a target change is kept
    okrs.editing.edit_selected()
    editor = visible(KeyResultEditor)
    assert editor.unit_label_edit.text() == ""
    assert editor.decimals_spin.text() == "Automatic"
    editor.unit_label_edit.setText("tickets")
    editor.decimals_spin.setValue(5)  # beyond its range: kept at 4
    assert editor.decimals_spin.value() == 4
    editor.target_spin.setValue(kr.target_value + 10)
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)

    stored = "SELECT unit_label, decimals, target_value FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, kr.id) == [("tickets", 4, kr.target_value + 10)]
    history = "SELECT field, old_value, new_value, author_id FROM key_result_changes"
    assert rows(demo_copy, history) == [
        ("unit_label", "", "tickets", me.id),
        ("decimals", None, "4", me.id),
        ("target_value", repr(kr.target_value), repr(kr.target_value + 10), me.id),
    ]
    # The editor opens again with what was saved; undo forgets the change and its history.
    okrs.editing.edit_selected()
    editor = visible(KeyResultEditor)
    assert (editor.unit_label_edit.text(), editor.decimals_spin.value()) == ("tickets", 4)
    editor.reject()
    window.undo_action.trigger()
    assert rows(demo_copy, stored, kr.id) == [("", None, kr.target_value)]
    assert rows(demo_copy, history) == []


def test_renaming_in_place_keeps_the_unit_label(qtbot, window, okrs, demo_copy):
    node = select_key_result(okrs, lambda n: n.row_data.kind == "increase")
    okrs.editing.edit_selected()
    editor = visible(KeyResultEditor)
    editor.unit_label_edit.setText("h")
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)
    fresh = next(n for n in okrs.key_result_nodes() if n.row_data.id == node.row_data.id)
    okrs.editing.rename(fresh, "Renamed in place")
    stored = "SELECT title, unit_label FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, node.row_data.id) == [("Renamed in place", "h")]


def test_history_shows_a_target_change_its_author_and_values_with_their_unit(
    qtbot, window, okrs, demo_copy
):
    me = query(demo_copy, list_people)[1]
    choose_me(qtbot, window, me.name)
    node = select_key_result(
        okrs, lambda n: n.row_data.kind == "increase" and n.row_data.unit == "number"
    )
    kr = node.row_data
    okrs.editing.edit_selected()
    editor = visible(KeyResultEditor)
    editor.unit_label_edit.setText("tickets")
    editor.decimals_spin.setValue(1)
    editor.target_spin.setValue(kr.target_value * 2)
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)
    assert okrs.select_key_result(kr.id)

    model = okrs.history.model
    shown = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    locale = QLocale()

    def measure(value: float) -> str:
        return locale.toString(float(value), "f", 1) + "\u00a0tickets"

    changes = [line for line in shown if line[3] == "Target changed"]
    assert changes == [
        [
            format_date(DEMO_DAY),
            f"{measure(kr.target_value)} → {measure(kr.target_value * 2)}",
            "",
            "Target changed",
            me.name,
        ]
    ]
    # One edit, three kept changes, newest first; they sort after the check-ins of their day.
    assert [line[1] for line in shown[1:3]] == ["automatic → 1", "none → tickets"]
    assert [line[3] for line in shown[:3]] == [
        "Target changed",
        "Decimals changed",
        "Unit label changed",
    ]
    assert shown[3][1] == measure(kr.current)
    # Its progress reads against the target of its day, before the change.
    before = (kr.current - kr.start_value) / (kr.target_value - kr.start_value)
    assert model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        f"{format_percent(before, 0)} of the way to {measure(kr.target_value)}, "
        "the target of that day"
    )
    assert f"to {measure(kr.target_value * 2)}" in okrs.history.detail_label.text()
    # The chart draws the target as it was, then as it is, on an axis named by the unit.
    targets = okrs.history.chart.targets
    assert set(targets.yData) == {kr.target_value, kr.target_value * 2}
    assert okrs.history.chart.getPlotItem().getAxis("left").labelText == "tickets"
    assert "the target as it was" in okrs.history.legend_label.text()

    # A check-in made now is signed by me and shows in History with the unit.
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    while dialog.current().row_data.id != kr.id:
        qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    assert dialog.value_spin.suffix() == "\u00a0tickets"
    assert dialog.value_spin.decimals() == 1
    assert "\u00a0tickets" in dialog.last_label.text()
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    dialog.reject()
    assert okrs.select_key_result(kr.id)
    top = [model.index(0, column).data() for column in range(model.columnCount())]
    assert top[0] == format_date(DEMO_DAY) and top[4] == me.name


def test_the_tree_tooltip_reads_start_to_target_in_the_unit(qtbot, okrs):
    node = select_key_result(
        okrs, lambda n: n.row_data.kind == "decrease" and n.row_data.unit == "number"
    )
    kr = node.row_data
    okrs.editing.edit_selected()
    editor = visible(KeyResultEditor)
    editor.unit_label_edit.setText("h")
    editor.decimals_spin.setValue(0)
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)
    assert okrs.select_key_result(kr.id)
    tip = okrs.tree.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole)
    locale = QLocale()

    def hours(value: float) -> str:
        return locale.toString(float(value), "f", 0) + "\u00a0h"

    expected = f"{hours(kr.start_value)} → {hours(kr.target_value)}, now {hours(kr.current)}"
    assert tip.splitlines() == [kr.title, expected]
