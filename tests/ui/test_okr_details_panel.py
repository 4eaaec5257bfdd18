"""Editing the selected objective or key result in the side panel, with Apply, Revert and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from okrdesk.store.okr.queries import KeyResultRow
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.okr.editors import KeyResultEditor, ObjectiveEditor
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from tests.helpers import current_key_results, current_objectives, rows

ROOT = QModelIndex()
CAC = "Reduce blended CAC from 420 € to 300 €"


def select(okrs, predicate) -> None:
    def walk(parent=ROOT):
        for row in range(okrs.proxy.rowCount(parent)):
            index = okrs.proxy.index(row, 0, parent)
            if predicate(index.data(NODE_ROLE)):
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    index = walk()
    assert index is not None
    okrs.tree.setCurrentIndex(index)


def is_kr(title):
    return lambda node: isinstance(node, KeyResultNode) and node.row_data.title == title


def button(editor, which):
    return editor.buttons.button(which)


APPLY = QDialogButtonBox.StandardButton.Ok
REVERT = QDialogButtonBox.StandardButton.Cancel


def named(path, title: str) -> list[KeyResultRow]:
    """The current cycle's key results called `title`, as the store's queries read them."""
    return [kr for kr in current_key_results(path).values() if kr.title == title]


def targets(path, title: str) -> list[float]:
    return [kr.target_value for kr in named(path, title)]


@pytest.fixture
def okrs(okrs):
    """The OKRs section (tests/ui/conftest.py) with the details tab showing."""
    okrs.side_tabs.setCurrentWidget(okrs.details)
    return okrs


def test_the_panel_follows_the_selection_and_applies_an_edit_as_one_undo_step(
    okrs, qtbot, window, demo_copy
):
    select(okrs, is_kr(CAC))
    editor = okrs.details.editor
    assert isinstance(editor, KeyResultEditor)
    assert editor.isVisible()
    assert button(editor, APPLY).text().replace("&", "") == "Apply"
    assert editor.title_edit.text() == CAC
    assert editor.kind_combo.currentData() == "decrease"

    editor.title_edit.setText("Reduce blended CAC to 280 €")
    editor.target_spin.setValue(280)
    qtbot.mouseClick(button(editor, APPLY), Qt.MouseButton.LeftButton)

    assert targets(demo_copy, CAC) == []
    assert targets(demo_copy, "Reduce blended CAC to 280 €") == [280.0]
    # The tree shows the new title and the row stays selected, with the panel on it.
    node = okrs.current_node()
    assert isinstance(node, KeyResultNode) and node.row_data.title == "Reduce blended CAC to 280 €"
    assert okrs.details.editor.title_edit.text() == "Reduce blended CAC to 280 €"

    window.controller.undo_stack.undo()
    assert targets(demo_copy, CAC) == [300.0]
    assert okrs.details.editor.title_edit.text() == CAC


def test_an_objective_is_edited_in_the_panel_too(okrs, qtbot, demo_copy):
    select(okrs, lambda node: isinstance(node, ObjectiveNode))
    editor = okrs.details.editor
    assert isinstance(editor, ObjectiveEditor)
    objective_id = okrs.current_node().row_data.id
    editor.description_edit.setPlainText("Why: the board asked for it.")
    qtbot.mouseClick(button(editor, APPLY), Qt.MouseButton.LeftButton)
    assert current_objectives(demo_copy)[objective_id].description == (
        "Why: the board asked for it."
    )


def test_an_invalid_edit_cannot_be_applied_and_is_not_saved_when_leaving(okrs, qtbot, demo_copy):
    before = rows(demo_copy, "SELECT * FROM key_results ORDER BY id")
    select(okrs, is_kr(CAC))
    editor = okrs.details.editor
    editor.target_spin.setValue(500)  # a decrease whose target is above its start

    qtbot.mouseClick(button(editor, APPLY), Qt.MouseButton.LeftButton)  # refused, saying why
    assert rows(demo_copy, "SELECT * FROM key_results ORDER BY id") == before
    assert "To decrease, the target must be below the start." in editor.problems_label.text()
    select(okrs, lambda node: isinstance(node, KeyResultNode) and node.row_data.title != CAC)
    assert okrs.details.notice.isVisibleTo(okrs.details)
    assert "not saved" in okrs.details.notice.text()
    assert rows(demo_copy, "SELECT * FROM key_results ORDER BY id") == before


def test_moving_to_another_row_saves_a_valid_edit_and_revert_puts_back_the_saved_values(
    okrs, qtbot, demo_copy
):
    select(okrs, is_kr(CAC))
    okrs.details.editor.weight_spin.setValue(2.5)
    select(okrs, lambda node: isinstance(node, KeyResultNode) and node.row_data.title != CAC)
    assert [kr.weight for kr in named(demo_copy, CAC)] == [2.5]

    select(okrs, is_kr(CAC))
    editor = okrs.details.editor
    assert editor.weight_spin.value() == 2.5
    editor.title_edit.setText("Something else")
    qtbot.mouseClick(button(editor, REVERT), Qt.MouseButton.LeftButton)
    assert okrs.details.editor.title_edit.text() == CAC
    assert okrs.details.editor.isVisible()


def test_escape_reverts_and_enter_applies(okrs, qtbot, demo_copy):
    select(okrs, is_kr(CAC))
    editor = okrs.details.editor
    editor.title_edit.setText("Typed but escaped")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    editor = okrs.details.editor
    assert editor.title_edit.text() == CAC and editor.isVisible()

    editor.title_edit.setText("Cut CAC to 300 €")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert named(demo_copy, "Cut CAC to 300 €")


def test_a_closed_cycle_is_not_editable_in_the_panel(okrs):
    closed = next(i for i, cycle in enumerate(okrs.cycles) if cycle.closed)
    okrs.cycle_combo.setCurrentIndex(closed)
    select(okrs, lambda node: isinstance(node, KeyResultNode))
    assert okrs.details.editor is None
    assert "closed" in okrs.details.hint.text()


def test_rows_chosen_under_another_tab_show_their_form_when_the_details_tab_opens(okrs, qtbot):
    okrs.side_tabs.setCurrentWidget(okrs.history)
    okrs.tree.setFocus()
    select(okrs, is_kr(CAC))
    for _ in range(3):
        qtbot.keyClick(okrs.tree, Qt.Key.Key_Down)
    chosen = okrs.current_node()
    assert okrs.history.title_label.text() == chosen.row_data.title
    # No form is made for a panel out of sight, row after row.
    assert okrs.details.findChildren(FormDialog) == []

    okrs.side_tabs.setCurrentWidget(okrs.details)
    editor = okrs.details.editor
    assert editor is not None and editor.isVisible()
    assert editor.title_edit.text() == chosen.row_data.title


def test_an_edit_left_for_another_tab_is_saved_when_the_row_changes(okrs, qtbot, demo_copy):
    select(okrs, is_kr(CAC))
    okrs.details.editor.weight_spin.setValue(2.5)
    okrs.side_tabs.setCurrentWidget(okrs.history)
    select(okrs, lambda node: isinstance(node, KeyResultNode) and node.row_data.title != CAC)
    assert [kr.weight for kr in named(demo_copy, CAC)] == [2.5]

    select(okrs, is_kr(CAC))
    okrs.side_tabs.setCurrentWidget(okrs.details)
    assert okrs.details.editor.weight_spin.value() == 2.5
