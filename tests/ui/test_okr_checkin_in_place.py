"""A check-in saved on the OKR screen changes its key result's row and the objectives above it
where they are: the tree keeps what the user folded, and shows what reading the workspace again
would show, after undo and redo too."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from okrdesk.domain.okr import Status
from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.ui import undo
from okrdesk.ui.common.formatting import format_percent
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.tree_model import COLUMNS, NODE_ROLE
from tests.helpers import DEMO_DAY

ROOT = QModelIndex()


def indexes(model, parent=ROOT) -> list[QModelIndex]:
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found += [index, *indexes(model, index)]
    return found


def shown_texts(okrs) -> list[tuple]:
    """Every row the tree shows, as the texts and tooltips of its cells."""
    return [
        tuple(
            index.siblingAtColumn(column).data(role)
            for column in range(COLUMNS)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        )
        for index in indexes(okrs.proxy)
    ]


def row_of(okrs, kind: type, item_id: int) -> QModelIndex:
    (index,) = [
        i
        for i in indexes(okrs.proxy)
        if isinstance(i.data(NODE_ROLE), kind) and i.data(NODE_ROLE).row_data.id == item_id
    ]
    return index


def checked_in_by_hand(okrs) -> list[KeyResultNode]:
    """The key results that take a check-in typed in (not those a funnel checks in)."""
    bound = okrs.binding.marks.texts
    return [n for n in okrs.key_result_nodes() if n.row_data.id not in bound]


def check_in(window, node: KeyResultNode, value: float, confidence: int) -> None:
    values = CheckInValues(node.row_data.id, DEMO_DAY, value, confidence, "")
    command = undo.record_checkin_command(window.controller, values, node.row_data.title)
    window.controller.undo_stack.push(command)
    assert command.error is None


def test_a_check_in_changes_its_rows_and_keeps_the_folding(okrs, window):
    node = next(
        n
        for n in checked_in_by_hand(okrs)
        if n.row_data.kind == "increase" and n.progress < 1 and isinstance(n.parent, ObjectiveNode)
    )
    objective = node.parent
    other = next(n for n in okrs.objective_nodes() if n is not objective and n.children)
    folded = row_of(okrs, ObjectiveNode, other.row_data.id)
    okrs.tree.collapse(folded)

    def texts(kind: type, item_id: int) -> list[str]:
        index = row_of(okrs, kind, item_id)
        return [index.siblingAtColumn(column).data() for column in range(COLUMNS)]

    before = texts(KeyResultNode, node.row_data.id)
    objective_before = texts(ObjectiveNode, objective.row_data.id)

    check_in(window, node, node.row_data.target_value, 9)

    after = texts(KeyResultNode, node.row_data.id)
    assert after != before
    assert after[2] == format_percent(1.0, 0)
    assert after[4:] == ["9", "today"]
    assert texts(ObjectiveNode, objective.row_data.id)[2] != objective_before[2]
    assert not okrs.tree.isExpanded(row_of(okrs, ObjectiveNode, other.row_data.id))
    in_place = shown_texts(okrs)
    okrs.reload()
    assert shown_texts(okrs) == in_place


def test_undo_and_redo_of_a_check_in_show_in_the_tree(okrs, window):
    node = next(n for n in checked_in_by_hand(okrs) if n.row_data.kind == "increase")
    before = shown_texts(okrs)
    check_in(window, node, node.row_data.target_value, 10)
    saved = shown_texts(okrs)
    assert saved != before

    window.undo_action.trigger()
    assert shown_texts(okrs) == before
    window.redo_action.trigger()
    assert shown_texts(okrs) == saved


def test_a_check_in_brings_its_row_under_the_status_filter_unfolded(okrs, window):
    okrs.status_combo.setCurrentIndex(okrs.status_combo.findData(Status.ON_TRACK))
    node = next(
        n
        for n in checked_in_by_hand(okrs)
        if n.row_data.kind == "increase"
        and n.status.status is not Status.ON_TRACK
        and n.parent.status is not Status.ON_TRACK
        and all(k.status.status is not Status.ON_TRACK for k in n.parent.key_result_nodes())
    )
    hidden = {i.data(NODE_ROLE) for i in indexes(okrs.proxy)}
    assert node not in hidden and node.parent not in hidden

    row = node.row_data
    share = min(node.expected + 0.1, 0.9)
    on_pace = round(row.start_value + (row.target_value - row.start_value) * share, 2)
    check_in(window, node, on_pace, 9)

    shown = row_of(okrs, KeyResultNode, node.row_data.id)
    assert shown.siblingAtColumn(3).data() == "On track"
    above = shown.parent()
    while above.isValid():
        assert okrs.tree.isExpanded(above)
        above = above.parent()

    window.undo_action.trigger()
    assert node not in {i.data(NODE_ROLE) for i in indexes(okrs.proxy)}
