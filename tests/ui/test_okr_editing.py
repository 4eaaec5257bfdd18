"""Writing objectives and key results on the OKR screen, with the keyboard, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from okrdesk.store.okr.queries import key_result_history
from okrdesk.ui.okr.editors import KeyResultEditor, ObjectiveEditor
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from tests.helpers import (
    answer_next_question,
    current_key_results,
    current_objectives,
    ok_button,
    query,
    visible,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROOT = QModelIndex()


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
    okrs.tree.setFocus()


def test_ctrl_n_writes_a_new_objective_and_undo_redo_keep_its_id(okrs, qtbot, window, demo_copy):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL)
    editor = visible(ObjectiveEditor)
    assert editor.problems_label.isHidden()  # nothing said before OK
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)  # no title yet: refused
    assert editor.isVisible()
    assert "Give it a title." in editor.problems_label.text()
    qtbot.keyClicks(editor.title_edit, "Win the Krakow market")
    editor.team_combo.setCurrentIndex(editor.team_combo.findText("Sales"))
    assert editor.problems_label.isHidden()
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)

    def krakow() -> list[tuple[int, str]]:
        listed = current_objectives(demo_copy).values()
        return [(o.id, o.level) for o in listed if o.title == "Win the Krakow market"]

    created = krakow()
    assert created and created[0][1] == "team"
    assert any(n.row_data.title == "Win the Krakow market" for n in okrs.objective_nodes())

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert krakow() == []
    assert not any(n.row_data.title == "Win the Krakow market" for n in okrs.objective_nodes())
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert krakow() == created


def test_a_new_key_result_is_validated_before_it_can_be_saved(okrs, qtbot, demo_copy):
    select(okrs, lambda node: isinstance(node, ObjectiveNode))
    objective_id = okrs.current_node().row_data.id
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL_SHIFT)
    editor = visible(KeyResultEditor)
    qtbot.keyClicks(editor.title_edit, "Cut churn from 3 % to 1.5 %")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("decrease"))
    editor.unit_combo.setCurrentIndex(editor.unit_combo.findData("percent"))
    editor.start_spin.setValue(1.5)
    editor.target_spin.setValue(3)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert "target must be below the start" in editor.problems_label.text()
    editor.start_spin.setValue(3)
    editor.target_spin.setValue(1.5)
    assert editor.problems_label.isHidden()
    assert editor.start_spin.suffix() == "%"  # as the tree writes a rate, "3.1%"
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)

    saved = [
        (kr.objective_id, kr.kind, kr.unit, kr.start_value, kr.target_value)
        for kr in current_key_results(demo_copy).values()
        if kr.title == "Cut churn from 3 % to 1.5 %"
    ]
    assert saved == [(objective_id, "decrease", "percent", 3.0, 1.5)]


def test_f2_renames_in_place_and_undo_puts_the_title_back(okrs, qtbot, window, demo_copy):
    select(okrs, lambda node: isinstance(node, KeyResultNode))
    node = okrs.current_node()
    old_title = node.row_data.title
    qtbot.keyClick(okrs.tree, Qt.Key.Key_F2)
    editor = okrs.tree.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Grow MRR to 240 000 ")
    editor.insert("€")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def title() -> str:
        return current_key_results(demo_copy)[node.row_data.id].title

    # The view commits an in-place edit on its next turn of the event loop.
    qtbot.waitUntil(lambda: title() == "Grow MRR to 240 000 €")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert title() == old_title


def test_enter_opens_the_editor_of_a_key_result(okrs, qtbot, demo_copy):
    select(okrs, lambda node: isinstance(node, KeyResultNode) and node.row_data.kind == "increase")
    node = okrs.current_node()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Return)
    editor = visible(KeyResultEditor)
    assert editor.title_edit.text() == node.row_data.title
    editor.target_spin.setValue(node.row_data.target_value + 10)
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)
    target = current_key_results(demo_copy)[node.row_data.id].target_value
    assert target == node.row_data.target_value + 10


def test_delete_asks_when_check_ins_would_go_and_undo_brings_them_back(
    okrs, qtbot, window, demo_copy
):
    select(okrs, lambda node: isinstance(node, KeyResultNode) and node.row_data.current is not None)
    kr_id = okrs.current_node().row_data.id
    before = len(query(demo_copy, key_result_history, kr_id))
    assert before > 0

    asked = []
    okrs.editing.delete_action.triggered.connect(lambda: asked.append(True))
    answer_next_question(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Delete)
    assert asked  # the key reached the Delete action, whose question was cancelled
    assert len(query(demo_copy, key_result_history, kr_id)) == before

    answer_next_question(QMessageBox.StandardButton.Yes)
    # Offscreen, nothing gives the window its activation back after a modal box, so the
    # second Delete goes through the action the key reached above.
    okrs.editing.delete_action.trigger()
    assert kr_id not in current_key_results(demo_copy)
    assert query(demo_copy, key_result_history, kr_id) == []

    window.undo_action.trigger()
    assert len(query(demo_copy, key_result_history, kr_id)) == before


def test_changing_alignment_is_one_undo_step(okrs, qtbot, window, demo_copy):
    select(okrs, lambda n: isinstance(n, ObjectiveNode) and n.row_data.parent_id is not None)
    node = okrs.current_node()
    old_parent = node.row_data.parent_id
    okrs.editing.edit_selected()
    editor = visible(ObjectiveEditor)
    editor.parent_combo.setCurrentIndex(editor.parent_combo.findData(None))
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_End)  # the title opens selected, as in Qt
    qtbot.keyClicks(editor.title_edit, " now")
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)

    def stored() -> tuple[int | None, str]:
        objective = current_objectives(demo_copy)[node.row_data.id]
        return objective.parent_id, objective.title

    assert stored() == (None, node.row_data.title + " now")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored() == (old_parent, node.row_data.title)


def test_a_closed_cycle_cannot_be_edited(okrs):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)
    assert okrs.selected_cycle().closed
    assert not okrs.new_objective_button.isEnabled()
    assert not okrs.editing.new_objective_action.isEnabled()
    assert okrs.editing.new_objective() is None


def test_an_objective_without_enough_key_results_shows_a_warning(okrs, qtbot, demo_copy):
    okrs.editing.new_objective()
    editor = visible(ObjectiveEditor)
    qtbot.keyClicks(editor.title_edit, "Open a second shop")
    qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)

    def index_of(title):
        stack = [ROOT]
        while stack:
            parent = stack.pop()
            for row in range(okrs.proxy.rowCount(parent)):
                index = okrs.proxy.index(row, 0, parent)
                if index.data() == title:
                    return index
                stack.append(index)
        return None

    new = index_of("Open a second shop")
    assert new.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "fewer than 2" in new.data(Qt.ItemDataRole.ToolTipRole)
    fine = next(n for n in okrs.objective_nodes() if 2 <= len(n.key_result_nodes()) <= 5)
    healthy = index_of(fine.row_data.title)
    assert healthy.data(Qt.ItemDataRole.DecorationRole) is None
