"""Undoable changes to people and teams: one StoreCommand and one transaction each way.

The store functions return what undo needs (the previous values, a snapshot of what a delete
removed and unlinked); these commands keep it and call the inverse. Each tells the controller
every table it may have touched, owners and teams of other rows included
(store_commands.PEOPLE and TEAMS). An edit names the version of the row the dialog read
(okrdesk.ui.row_edits): someone else's change since is shown, never overwritten.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import QWidget

from okrdesk.reports.text import Context
from okrdesk.store import people
from okrdesk.store.people import PersonRow, PersonValues, TeamRow
from okrdesk.store.schema import Person, Team
from okrdesk.ui import row_edits, store_commands
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
    controller: WorkspaceController, parent: QWidget, team: TeamRow, new: str
) -> store_commands.StoreCommand:
    """`new` for the name of the team as read (`team`, with its version)."""
    text = PeopleCommands.tr("Rename team {old} to {new}").format(old=team.name, new=new)
    return row_edits.guarded_update(
        controller,
        parent,
        text,
        people.rename_team,
        team.id,
        new,
        team.version,
        model=Team,
        seen={"name": team.name},
        fields=("name",),
        make=lambda fields: fields["name"],
        tables=store_commands.TEAMS,
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
    controller: WorkspaceController, parent: QWidget, person: PersonRow, values: PersonValues
) -> store_commands.StoreCommand:
    """`values` over the person as read (`person`, with its version)."""
    text = PeopleCommands.tr("Edit {name}").format(name=person.name)
    seen = PersonValues(person.name, person.email, person.team_id)
    return row_edits.guarded_update(
        controller,
        parent,
        text,
        people.update_person,
        person.id,
        values,
        person.version,
        model=Person,
        seen=asdict(seen),
        fields=PERSON_FIELDS,
        make=lambda fields: PersonValues(**fields),
        tables=store_commands.PEOPLE,
    )


PERSON_FIELDS = tuple(PersonValues.__dataclass_fields__)


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
