"""Undoable edits over store functions: one QUndoCommand and one transaction each way.

The store functions return what undo needs (previous values, a snapshot of what a delete
removed, where a moved item was); these commands keep it and call the inverse, then tell the
controller which tables changed (`tables`, set by each area's subclasses).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from okrdesk.ui.controller import WorkspaceController


class StoreCommand(QUndoCommand):
    #: The tables the screens are told changed after each step.
    tables: frozenset[str] = frozenset()

    def __init__(self, controller: WorkspaceController, text: str) -> None:
        super().__init__(text)
        self._controller = controller

    def run(self, work: Callable[[Session], Any]) -> Any:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            result = work(session)
        self._controller.notify(self.tables)
        return result


class CreateCommand(StoreCommand):
    """Redo after undo restores the deleted snapshot, so the item keeps its id."""

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        create: Callable[[Session], int],
        delete: Callable[[Session, int], Any],
        restore: Callable[[Session, Any], None],
    ) -> None:
        super().__init__(controller, text)
        self._create, self._delete, self._restore = create, delete, restore
        self._snapshot: Any = None
        self.item_id: int | None = None

    def redo(self) -> None:
        if self._snapshot is None:
            self.item_id = self.run(self._create)
        else:
            self.run(lambda session: self._restore(session, self._snapshot))

    def undo(self) -> None:
        self._snapshot = self.run(lambda session: self._delete(session, self.item_id))


class UpdateCommand(StoreCommand):
    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        update: Callable[[Session, int, Any], Any],
        item_id: int,
        values: Any,
    ) -> None:
        super().__init__(controller, text)
        self._update, self._item_id, self._values = update, item_id, values
        self._previous: Any = None

    def redo(self) -> None:
        self._previous = self.run(
            lambda session: self._update(session, self._item_id, self._values)
        )

    def undo(self) -> None:
        self.run(lambda session: self._update(session, self._item_id, self._previous))


class DeleteCommand(StoreCommand):
    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        delete: Callable[[Session, int], Any],
        restore: Callable[[Session, Any], None],
        item_id: int,
    ) -> None:
        super().__init__(controller, text)
        self._delete, self._restore, self._item_id = delete, restore, item_id
        self._snapshot: Any = None

    def redo(self) -> None:
        self._snapshot = self.run(lambda session: self._delete(session, self._item_id))

    def undo(self) -> None:
        self.run(lambda session: self._restore(session, self._snapshot))


class MoveCommand(StoreCommand):
    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        move: Callable[[Session, int, Any, int], tuple[Any, int]],
        item_id: int,
        target: tuple[Any, int],
    ) -> None:
        super().__init__(controller, text)
        self._move, self._item_id, self._target = move, item_id, target
        self._origin: tuple[Any, int] | None = None

    def redo(self) -> None:
        self._origin = self.run(lambda session: self._move(session, self._item_id, *self._target))

    def undo(self) -> None:
        self.run(lambda session: self._move(session, self._item_id, *self._origin))
