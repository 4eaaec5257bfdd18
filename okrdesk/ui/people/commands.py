"""Undoable changes to people and teams: one StoreCommand and one transaction each way.

The store functions return what undo needs (the previous values, a snapshot of what a delete
removed and unlinked); these commands keep it and call the inverse. Each tells the controller
every table it may have touched, owners and teams of other rows included
(store_commands.PEOPLE and TEAMS).
"""

from __future__ import annotations

from okrdesk.reports.text import Context
from okrdesk.store import people
from okrdesk.store.people import PersonValues
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController


class PeopleCommands(Context):
    """Sentences of this module, in the `PeopleCommands` translation context."""


def new_team(controller: WorkspaceController, name: str) -> store_commands.StoreCommand:
    return store_commands.create(
        controller,
        PeopleCommands.tr("New team {name}").format(name=name),
        lambda session: people.create_team(session, name),
        people.delete_team,
        people.restore_team,
        tables=store_commands.TEAMS,
    )


def rename_team(
    controller: WorkspaceController, team_id: int, old: str, new: str
) -> store_commands.StoreCommand:
    text = PeopleCommands.tr("Rename team {old} to {new}").format(old=old, new=new)
    return store_commands.update(
        controller, text, people.rename_team, team_id, new, tables=store_commands.TEAMS
    )


def delete_team(
    controller: WorkspaceController, team_id: int, name: str
) -> store_commands.StoreCommand:
    text = PeopleCommands.tr("Delete team {name}").format(name=name)
    return store_commands.delete(
        controller,
        text,
        people.delete_team,
        people.restore_team,
        team_id,
        tables=store_commands.TEAMS,
    )


def new_person(
    controller: WorkspaceController, values: PersonValues
) -> store_commands.StoreCommand:
    return store_commands.create(
        controller,
        PeopleCommands.tr("New person {name}").format(name=values.name),
        lambda session: people.create_person(session, values),
        people.delete_person,
        people.restore_person,
        tables=store_commands.PEOPLE,
    )


def edit_person(
    controller: WorkspaceController, person_id: int, name: str, values: PersonValues
) -> store_commands.StoreCommand:
    text = PeopleCommands.tr("Edit {name}").format(name=name)
    return store_commands.update(
        controller, text, people.update_person, person_id, values, tables=store_commands.PEOPLE
    )


def delete_person(
    controller: WorkspaceController, person_id: int, name: str
) -> store_commands.StoreCommand:
    text = PeopleCommands.tr("Delete {name}").format(name=name)
    return store_commands.delete(
        controller,
        text,
        people.delete_person,
        people.restore_person,
        person_id,
        tables=store_commands.PEOPLE,
    )
