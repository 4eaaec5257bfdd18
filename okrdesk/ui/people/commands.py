"""Undoable changes to people and teams: one QUndoCommand and one transaction each way.

The store functions return what undo needs (the previous values, a snapshot of what a delete
removed and unlinked); these commands keep it and call the inverse. Each tells the controller
every table it may have touched, owners and teams of other rows included.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okrdesk.store import people
from okrdesk.store.people import PersonValues
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController

PERSON_TABLES = frozenset({"people", *people.OWNER_LINKS})
TEAM_TABLES = frozenset({"teams", *people.TEAM_LINKS})


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleCommands", text)


class TeamCreate(store_commands.CreateCommand):
    tables = TEAM_TABLES


class TeamUpdate(store_commands.UpdateCommand):
    tables = TEAM_TABLES


class TeamDelete(store_commands.DeleteCommand):
    tables = TEAM_TABLES


class PersonCreate(store_commands.CreateCommand):
    tables = PERSON_TABLES


class PersonUpdate(store_commands.UpdateCommand):
    tables = PERSON_TABLES


class PersonDelete(store_commands.DeleteCommand):
    tables = PERSON_TABLES


def new_team(controller: WorkspaceController, name: str) -> TeamCreate:
    return TeamCreate(
        controller,
        _tr("New team {name}").format(name=name),
        lambda session: people.create_team(session, name),
        people.delete_team,
        people.restore_team,
    )


def rename_team(controller: WorkspaceController, team_id: int, old: str, new: str) -> TeamUpdate:
    text = _tr("Rename team {old} to {new}").format(old=old, new=new)
    return TeamUpdate(controller, text, people.rename_team, team_id, new)


def delete_team(controller: WorkspaceController, team_id: int, name: str) -> TeamDelete:
    text = _tr("Delete team {name}").format(name=name)
    return TeamDelete(controller, text, people.delete_team, people.restore_team, team_id)


def new_person(controller: WorkspaceController, values: PersonValues) -> PersonCreate:
    return PersonCreate(
        controller,
        _tr("New person {name}").format(name=values.name),
        lambda session: people.create_person(session, values),
        people.delete_person,
        people.restore_person,
    )


def edit_person(
    controller: WorkspaceController, person_id: int, name: str, values: PersonValues
) -> PersonUpdate:
    text = _tr("Edit {name}").format(name=name)
    return PersonUpdate(controller, text, people.update_person, person_id, values)


def delete_person(controller: WorkspaceController, person_id: int, name: str) -> PersonDelete:
    text = _tr("Delete {name}").format(name=name)
    return PersonDelete(controller, text, people.delete_person, people.restore_person, person_id)
