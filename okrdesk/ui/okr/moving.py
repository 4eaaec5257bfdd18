"""Reordering the OKR tree: drag and drop, and Ctrl+Shift+Up/Down, each one undoable move.

Key results move within an objective or to another objective; objectives move among their
siblings, under another objective (aligning them) or back to the top level.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from okrdesk.store.okr import commands as okr_commands
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.nodes import GroupNode, KeyResultNode, Node, ObjectiveNode


def _kr_position(target: ObjectiveNode, row: int) -> int:
    """Where among the objective's key results a drop before child `row` lands."""
    children = target.children if row < 0 else target.children[:row]
    return sum(isinstance(child, KeyResultNode) for child in children)


class OkrMoving(QObject):
    def __init__(self, section: QWidget, controller: WorkspaceController) -> None:
        super().__init__(section)
        self._section = section
        self._controller = controller
        self.move_up_action = self._action(self.tr("Move &up"), -1, "Ctrl+Shift+Up")
        self.move_down_action = self._action(self.tr("Move do&wn"), 1, "Ctrl+Shift+Down")

    def _action(self, text: str, step: int, keys: str) -> QAction:
        action = QAction(text, self._section)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.move_by(step))
        self._section.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.move_up_action, self.move_down_action]

    def _writable(self) -> bool:
        cycle = self._section.selected_cycle()
        return cycle is not None and not cycle.closed and not self._controller.read_only

    def move_by(self, step: int) -> bool:
        """Swap the chosen item with its neighbour among its siblings."""
        node = self._section.current_node()
        if not self._writable():
            return False
        if isinstance(node, KeyResultNode):
            siblings = node.parent.key_result_nodes()
            position = siblings.index(node) + step
            if not 0 <= position < len(siblings):
                return False
            return self._move_key_result(node, node.row_data.objective_id, position)
        if isinstance(node, ObjectiveNode):
            siblings = sorted(
                self._section.children_of(node.row_data.parent_id),
                key=lambda n: n.row_data.position,
            )
            position = siblings.index(node) + step
            if not 0 <= position < len(siblings):
                return False
            return self._move_objective(node, node.row_data.parent_id, position)
        return False

    def drop(self, node: Node, target: Node, row: int) -> bool:
        """A dragged item let go on `target` (before its child `row`, or onto it when -1)."""
        if not self._writable():
            return False
        if isinstance(node, KeyResultNode):
            if isinstance(target, KeyResultNode):  # onto a key result: just before it
                target, row = target.parent, target.row()
            if not isinstance(target, ObjectiveNode):
                return False
            position = _kr_position(target, row)
            if target is node.parent and position > target.key_result_nodes().index(node):
                position -= 1  # the key result leaves its old place first
            return self._move_key_result(node, target.row_data.id, position)
        if isinstance(node, ObjectiveNode):
            if isinstance(target, ObjectiveNode) and row < 0:
                parent_id = target.row_data.id
                position = len(self._section.children_of(parent_id))
                if node.row_data.parent_id == parent_id:
                    position -= 1
                return self._move_objective(node, parent_id, position)
            if isinstance(target, GroupNode) or target.parent is None:
                return self._move_to_top_level(node, target, row)
        return False

    def _move_to_top_level(self, node: ObjectiveNode, target: Node, row: int) -> bool:
        """Top-level objectives are one list across the groups; find the place in it."""
        siblings = sorted(self._section.children_of(None), key=lambda n: n.row_data.position)
        if node in siblings:
            siblings.remove(node)
        position = len(siblings)
        if isinstance(target, GroupNode):
            before = target.children[row] if 0 <= row < len(target.children) else None
            rest = [child for child in target.children if child is not node]
            if before in siblings:
                position = siblings.index(before)
            elif rest and rest[-1] in siblings:
                position = siblings.index(rest[-1]) + 1
        return self._move_objective(node, None, position)

    def _move_key_result(self, node: KeyResultNode, objective_id: int, position: int) -> bool:
        if (objective_id, position) == (node.row_data.objective_id, node.row_data.position):
            return False
        text = self.tr("Move {title}").format(title=node.row_data.title)
        self._controller.undo_stack.push(
            store_commands.move(
                self._controller,
                text,
                okr_commands.move_key_result,
                node.row_data.id,
                (objective_id, position),
                tables=store_commands.OKR,
            )
        )
        return True

    def _move_objective(self, node: ObjectiveNode, parent_id: int | None, position: int) -> bool:
        if (parent_id, position) == (node.row_data.parent_id, node.row_data.position):
            return False
        if parent_id is not None and parent_id in self._descendants(node):
            return False
        text = self.tr("Move {title}").format(title=node.row_data.title)
        self._controller.undo_stack.push(
            store_commands.move(
                self._controller,
                text,
                okr_commands.move_objective,
                node.row_data.id,
                (parent_id, position),
                tables=store_commands.OKR,
            )
        )
        return True

    @staticmethod
    def _descendants(node: ObjectiveNode) -> set[int]:
        found: set[int] = {node.row_data.id}
        for child in node.aligned_nodes():
            found |= OkrMoving._descendants(child)
        return found
