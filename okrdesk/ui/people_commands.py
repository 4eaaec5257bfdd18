"""Undoable changes to people and teams: one QUndoCommand and one transaction each way.

The store functions return what undo needs (the previous values, a snapshot of what a delete
removed and unlinked); these commands keep it and call the inverse. Each tells the controller
every table it may have touched, owners and teams of other rows included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from okrdesk.store import people
from okrdesk.store.people import PersonValues
from okrdesk.ui.controller import WorkspaceController

PERSON_TABLES = frozenset({"people", *people.OWNER_LINKS})
TEAM_TABLES = frozenset({"teams", *people.TEAM_LINKS})


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleCommands", text)


class StoreCommand(QUndoCommand):
    def __init__(self, controller: WorkspaceController, text: str, tables: frozenset[str]):
        super().__init__(text)
        self._controller, self._tables = controller, tables

    def run(self, work: Callable[[Session], Any]) -> Any:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            result = work(session)
        self._controller.notify(self._tables)
        return result


class CreateCommand(StoreCommand):
    """Redo after undo restores the deleted snapshot, so the new row keeps its id."""

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        tables: frozenset[str],
        create: Callable[[Session], int],
        delete: Callable[[Session, int], Any],
        restore: Callable[[Session, Any], None],
    ) -> None:
        super().__init__(controller, text, tables)
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
    """`update(session, id, values)` returns the previous values, which undo writes back."""

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        tables: frozenset[str],
        update: Callable[[Session, int, Any], Any],
        item_id: int,
        values: Any,
    ) -> None:
        super().__init__(controller, text, tables)
        self._update, self._item_id, self._values = update, item_id, values
        self._previous: Any = None

    def redo(self) -> None:
        self._previous = self.run(lambda s: self._update(s, self._item_id, self._values))

    def undo(self) -> None:
        self.run(lambda s: self._update(s, self._item_id, self._previous))


class DeleteCommand(StoreCommand):
    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        tables: frozenset[str],
        delete: Callable[[Session, int], Any],
        restore: Callable[[Session, Any], None],
        item_id: int,
    ) -> None:
        super().__init__(controller, text, tables)
        self._delete, self._restore, self._item_id = delete, restore, item_id
        self._snapshot: Any = None

    def redo(self) -> None:
        self._snapshot = self.run(lambda session: self._delete(session, self._item_id))

    def undo(self) -> None:
        self.run(lambda session: self._restore(session, self._snapshot))


def new_team(controller: WorkspaceController, name: str) -> CreateCommand:
    return CreateCommand(
        controller,
        _tr("New team {name}").format(name=name),
        TEAM_TABLES,
        lambda session: people.create_team(session, name),
        people.delete_team,
        people.restore_team,
    )


def rename_team(controller: WorkspaceController, team_id: int, old: str, new: str) -> UpdateCommand:
    text = _tr("Rename team {old} to {new}").format(old=old, new=new)
    return UpdateCommand(controller, text, TEAM_TABLES, people.rename_team, team_id, new)


def delete_team(controller: WorkspaceController, team_id: int, name: str) -> DeleteCommand:
    text = _tr("Delete team {name}").format(name=name)
    return DeleteCommand(
        controller, text, TEAM_TABLES, people.delete_team, people.restore_team, team_id
    )


def new_person(controller: WorkspaceController, values: PersonValues) -> CreateCommand:
    return CreateCommand(
        controller,
        _tr("New person {name}").format(name=values.name),
        PERSON_TABLES,
        lambda session: people.create_person(session, values),
        people.delete_person,
        people.restore_person,
    )


def edit_person(
    controller: WorkspaceController, person_id: int, name: str, values: PersonValues
) -> UpdateCommand:
    text = _tr("Edit {name}").format(name=name)
    return UpdateCommand(controller, text, PERSON_TABLES, people.update_person, person_id, values)


def delete_person(controller: WorkspaceController, person_id: int, name: str) -> DeleteCommand:
    text = _tr("Delete {name}").format(name=name)
    return DeleteCommand(
        controller, text, PERSON_TABLES, people.delete_person, people.restore_person, person_id
    )
