"""Reordering the OKR tree with the keyboard and by drag and drop; every move undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from okrdesk.ui.okr.nodes import GroupNode, KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from tests.helpers import current_key_results, current_objectives

ROOT = QModelIndex()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def find(model, predicate, parent=ROOT) -> QModelIndex | None:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if predicate(index.data(NODE_ROLE)):
            return index
        found = find(model, predicate, index)
        if found is not None:
            return found
    return None


def drag(okrs, source: QModelIndex, target: QModelIndex, row: int = -1) -> None:
    """What the view does on a drop: ask the model for the dragged data, then drop it
    (row and column -1 mean onto the target, as QAbstractItemView passes them)."""
    data = okrs.proxy.mimeData([source])
    column = -1 if row < 0 else 0
    okrs.proxy.dropMimeData(data, Qt.DropAction.MoveAction, row, column, target)


def tree(path: Path) -> dict[int, tuple[int | None, int]]:
    """(parent, position) of each objective of the open cycle, as the OKR screen reads them."""
    return {o.id: (o.parent_id, o.position) for o in current_objectives(path).values()}


def kr_order(path: Path, objective_id: int) -> list[int]:
    return [kr.id for kr in current_objectives(path)[objective_id].key_results]


def test_ctrl_shift_down_moves_a_key_result_below_its_neighbour(okrs, qtbot, window, demo_copy):
    index = find(
        okrs.proxy,
        lambda n: isinstance(n, KeyResultNode) and len(n.parent.key_result_nodes()) >= 2,
    )
    node = index.data(NODE_ROLE)
    objective_id = node.row_data.objective_id
    before = kr_order(demo_copy, objective_id)
    okrs.tree.setCurrentIndex(index)
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Down, CTRL_SHIFT)
    after = kr_order(demo_copy, objective_id)
    assert after == [before[1], before[0], *before[2:]]
    window.undo_action.trigger()
    assert kr_order(demo_copy, objective_id) == before


def test_dropping_a_key_result_on_another_objective_moves_it_there(okrs, window, demo_copy):
    source = find(okrs.proxy, lambda n: isinstance(n, KeyResultNode))
    node = source.data(NODE_ROLE)
    target = find(
        okrs.proxy,
        lambda n: isinstance(n, ObjectiveNode) and n.row_data.id != node.row_data.objective_id,
    )
    target_id = target.data(NODE_ROLE).row_data.id
    drag(okrs, source, target)
    assert kr_order(demo_copy, target_id)[-1] == node.row_data.id
    window.undo_action.trigger()
    moved_back = current_key_results(demo_copy)[node.row_data.id]
    assert moved_back.objective_id == node.row_data.objective_id


def test_dropping_an_objective_onto_another_aligns_it_and_onto_a_group_frees_it(
    okrs, window, demo_copy
):
    company = find(
        okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and n.row_data.level == "company"
    )
    aligned = find(okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and n.row_data.parent_id)
    node = aligned.data(NODE_ROLE)

    group = find(okrs.proxy, lambda n: isinstance(n, GroupNode))
    drag(okrs, aligned, group)
    assert current_objectives(demo_copy)[node.row_data.id].parent_id is None

    aligned = find(
        okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and n.row_data.id == node.row_data.id
    )
    company = find(
        okrs.proxy,
        lambda n: (
            isinstance(n, ObjectiveNode)
            and n.row_data.level == "company"
            and n.row_data.id != node.row_data.parent_id
        ),
    )
    new_parent = company.data(NODE_ROLE).row_data.id
    drag(okrs, aligned, company)
    assert current_objectives(demo_copy)[node.row_data.id].parent_id == new_parent

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert current_objectives(demo_copy)[node.row_data.id].parent_id == node.row_data.parent_id


def test_an_objective_cannot_be_dropped_under_its_own_aligned_objective(okrs, demo_copy):
    parent = find(okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and n.aligned_nodes())
    node = parent.data(NODE_ROLE)
    child_id = node.aligned_nodes()[0].row_data.id
    child = find(okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and n.row_data.id == child_id)
    before = tree(demo_copy)
    drag(okrs, parent, child)
    assert tree(demo_copy) == before


def test_dropping_between_rows_puts_a_key_result_there(okrs, window, demo_copy):
    objective = find(
        okrs.proxy, lambda n: isinstance(n, ObjectiveNode) and len(n.key_result_nodes()) >= 3
    )
    objective_id = objective.data(NODE_ROLE).row_data.id
    before = kr_order(demo_copy, objective_id)
    first = okrs.proxy.index(0, 0, objective)
    drag(okrs, first, objective, row=2)  # let go between the second and the third
    assert kr_order(demo_copy, objective_id) == [before[1], before[0], *before[2:]]
    window.undo_action.trigger()
    assert kr_order(demo_copy, objective_id) == before
