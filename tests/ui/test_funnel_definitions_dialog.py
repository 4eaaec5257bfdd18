"""Funnels and stages edited in their dialog: every change one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from okrdesk.store.funnel.definitions import list_funnels
from tests.helpers import answer_next_question, query, rows, stage_names

FUNNEL = 3  # the funnel's row in the navigation


def undo_action(dialog):
    return next(
        a for a in dialog.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    )


@pytest.fixture
def dialog(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    dialog = window.sections["funnel"].edit_funnels()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def select(dialog, name: str) -> None:
    names = [s.name for s in dialog.stages_model.stages]
    dialog.stages_view.setCurrentIndex(dialog.stages_model.index(names.index(name)))


def shown(dialog) -> list[str]:
    model = dialog.stages_model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_a_stage_is_added_after_the_selected_one_renamed_and_undone(qtbot, dialog, demo_copy):
    before = stage_names(demo_copy)
    select(dialog, "Lead")
    editor = dialog.add_stage()
    editor.name_edit.setText("Lead")
    editor.accept()  # refused, saying why
    assert editor.isVisible()
    assert "already has a stage called “Lead”" in editor.problems_label.text()
    editor.name_edit.setText("Demo booked")
    editor.accept()
    assert shown(dialog) == [*before[:3], "Demo booked", *before[3:]]
    assert stage_names(demo_copy) == shown(dialog)
    select(dialog, "Demo booked")
    editor = dialog.rename_stage()
    editor.name_edit.setText("Demo")
    editor.accept()
    assert "Demo" in shown(dialog)
    undo_action(dialog).trigger()
    assert "Demo booked" in shown(dialog)
    undo_action(dialog).trigger()
    assert shown(dialog) == before == stage_names(demo_copy)


def test_stages_move_with_the_buttons_and_by_dragging(qtbot, dialog, demo_copy):
    before = stage_names(demo_copy)
    select(dialog, "MQL")
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert shown(dialog)[2] == "MQL"
    assert dialog.selected_stage().name == "MQL"
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert shown(dialog) == before
    # Dropping Visit below Deal, as a drag in the list does.
    model = dialog.stages_model
    data = model.mimeData([model.index(0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, len(before), 0, QModelIndex())
    assert shown(dialog) == [*before[1:], before[0]]
    assert stage_names(demo_copy) == shown(dialog)
    undo_action(dialog).trigger()
    undo_action(dialog).trigger()
    undo_action(dialog).trigger()
    assert stage_names(demo_copy) == before


def test_removing_a_stage_with_counts_asks_first_and_undo_brings_its_counts_back(
    qtbot, dialog, demo_copy
):
    counts = rows(demo_copy, "SELECT COUNT(*) FROM funnel_counts")[0][0]
    select(dialog, "MQL")
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    dialog.remove_stage()
    assert "MQL" in shown(dialog)
    assert "26 weeks" in seen[0]
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    dialog.remove_stage()
    assert "MQL" not in shown(dialog)
    assert rows(demo_copy, "SELECT COUNT(*) FROM funnel_counts")[0][0] < counts
    undo_action(dialog).trigger()
    assert "MQL" in shown(dialog)
    assert rows(demo_copy, "SELECT COUNT(*) FROM funnel_counts")[0][0] == counts


def test_a_stage_without_counts_goes_without_a_question(qtbot, dialog, demo_copy):
    select(dialog, "Deal")
    editor = dialog.add_stage()
    editor.name_edit.setText("Renewal")
    editor.accept()
    select(dialog, "Renewal")
    dialog.remove_stage()  # no box: nothing would be lost
    assert "Renewal" not in shown(dialog)


def test_funnels_are_created_renamed_and_deleted_and_the_screen_follows(
    qtbot, window, dialog, demo_copy
):
    section = window.sections["funnel"]
    editor = dialog.new_funnel()
    editor.name_edit.setText("Outbound")
    editor.accept()
    assert dialog.funnel_combo.currentText() == "Outbound"
    assert shown(dialog) == ["Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal"]
    combo = section.filters.funnel_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Inbound B2B", "Outbound"]
    editor = dialog.rename_funnel()
    editor.name_edit.setText("Outbound calls")
    editor.accept()
    assert combo.itemText(1) == "Outbound calls"
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    dialog.delete_funnel()
    assert "Outbound calls" in seen[0]
    assert combo.count() == 1
    undo_action(dialog).trigger()
    assert combo.count() == 2
    assert query(demo_copy, list_funnels)[-1].name == "Outbound calls"
