"""People and teams: who owns objectives and key results, and the teams they belong to.

Every change takes an open Session and never commits: the caller runs one user action in one
transaction. Each returns what its inverse needs, so an undo command can be built on it:

    create_team → delete_team        rename_team(old name) → itself
    create_person → delete_person    update_person(previous values) → itself
    delete_team → restore_team       delete_person → restore_person

A delete clears the links that point at the row, as the schema's ON DELETE SET NULL would
(owners of objectives, key results, initiatives, experiments and experiment tasks; authors of
check-ins, experiment decisions and key-result changes; teams of
objectives, KPIs and people), and its snapshot records them: restore puts the row back with
its id and every link. Names are required, at most 100 characters, and unique whatever their
case. Values are checked before anything is written: a refused value raises
InvalidValuesError naming the problems; an id that does not exist raises LookupError. A value
that is already stored is not checked again, so that undo can always put it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import Problem
from okrdesk.store import versions
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.rows import Row
from okrdesk.store.schema import (
    CheckIn,
    Experiment,
    ExperimentTask,
    Initiative,
    KeyResult,
    KeyResultChange,
    Kpi,
    Objective,
    Person,
    Team,
)
from okrdesk.store.words import PeopleErrors

NAME_MAX_LENGTH = 100  # the columns' length; PostgreSQL enforces it
EMAIL_MAX_LENGTH = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

# The columns that point at a person, and at a team, keyed by their table's name.
OWNER_LINKS = {
    "objectives": Objective.owner_id,
    "key_results": KeyResult.owner_id,
    "initiatives": Initiative.owner_id,
    "experiments": Experiment.owner_id,
    "experiment_tasks": ExperimentTask.owner_id,
}
# Who wrote a check-in, decided an experiment or changed a key result.
CHANGER_LINKS = {
    "objectives": Objective.changed_by_id,
    "key_results": KeyResult.changed_by_id,
    "experiments": Experiment.changed_by_id,
}
AUTHOR_LINKS = {
    "checkins": CheckIn.author_id,
    "experiments": Experiment.decided_by_id,
    "key_result_changes": KeyResultChange.author_id,
}
TEAM_LINKS = {"people": Person.team_id, "objectives": Objective.team_id, "kpis": Kpi.team_id}

Links = tuple[tuple[str, tuple[int, ...]], ...]  # (table, ids of its rows that pointed here)


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    people: int  # how many people belong to it
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    email: str
    team_id: int | None
    team_name: str  # "" without a team
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


@dataclass(frozen=True)
class PersonValues:
    """What the person editor edits."""

    name: str
    email: str = ""
    team_id: int | None = None


@dataclass(frozen=True)
class DeletedTeam:
    """A deleted team (every column) and the rows whose team_id pointed at it."""

    team: Row
    links: Links


@dataclass(frozen=True)
class DeletedPerson:
    """A deleted person (every column), the rows whose owner_id pointed at them, and the rows
    they were the author of."""

    person: Row
    links: Links
    authored: Links = ()
    changed: Links = ()  # rows they changed last (row_versions)


# -- reading ---------------------------------------------------------------------------------


def list_teams(connection: Connection | Session) -> list[TeamRow]:
    """Every team by name, with how many people belong to it."""
    members = func.count(Person.id)
    statement = (
        select(Team.id, Team.name, members, Team.version)
        .outerjoin(Person, Person.team_id == Team.id)
        .group_by(Team.id, Team.name, Team.version)
        .order_by(Team.name, Team.id)
    )
    return [TeamRow(*row) for row in connection.execute(statement)]


def list_people(connection: Connection | Session) -> list[PersonRow]:
    """Everyone by name, with their team's name."""
    statement = (
        select(
            Person.id,
            Person.name,
            Person.email,
            Person.team_id,
            func.coalesce(Team.name, ""),
            Person.version,
        )
        .outerjoin(Team, Person.team_id == Team.id)
        .order_by(Person.name, Person.id)
    )
    return [PersonRow(*row) for row in connection.execute(statement)]


def owned_by(connection: Connection | Session, person_id: int) -> dict[str, int]:
    """{table: how many of its rows the person owns}, tables with none left out."""
    counts = {
        table: connection.scalar(select(func.count()).where(column == person_id)) or 0
        for table, column in OWNER_LINKS.items()
    }
    return {table: count for table, count in counts.items() if count}


def in_team(connection: Connection | Session, team_id: int) -> dict[str, int]:
    """{table: how many of its rows belong to the team}, tables with none left out."""
    counts = {
        table: connection.scalar(select(func.count()).where(column == team_id)) or 0
        for table, column in TEAM_LINKS.items()
    }
    return {table: count for table, count in counts.items() if count}


# -- checks ----------------------------------------------------------------------------------


def name_problems(name: str, taken: Iterable[str]) -> list[Problem]:
    """What is wrong with a team's or person's name, given the names others already have."""
    stripped = name.strip()
    if not stripped:
        return [Problem("name", "name_required", PeopleErrors.tr("Give a name."))]
    if len(name) > NAME_MAX_LENGTH:
        too_long = PeopleErrors.tr("The name is longer than 100 characters.")
        return [Problem("name", "name_too_long", too_long)]
    if stripped.casefold() in {other.strip().casefold() for other in taken}:
        taken_text = PeopleErrors.tr("The name {name} is taken.").format(name=repr(stripped))
        return [Problem("name", "name_taken", taken_text)]
    return []


def email_problems(email: str) -> list[Problem]:
    if len(email) > EMAIL_MAX_LENGTH:
        too_long = PeopleErrors.tr("The e-mail address is too long.")
        return [Problem("email", "email_too_long", too_long)]
    if email and not _EMAIL.fullmatch(email):
        invalid = PeopleErrors.tr("{email} is not an e-mail address.").format(email=repr(email))
        return [Problem("email", "email_invalid", invalid)]
    return []


def validate_person(values: PersonValues, taken: Iterable[str]) -> list[Problem]:
    """A new person's problems; `taken` are the names of everyone else."""
    return name_problems(values.name, taken) + email_problems(values.email)


def _raise(problems: Sequence[Problem]) -> None:
    if problems:
        raise InvalidValuesError(problems)


def _other_names(session: Session, model: Any, id_: int | None) -> list[str]:
    statement = select(model.name)
    if id_ is not None:
        statement = statement.where(model.id != id_)
    return list(session.scalars(statement))


def _row(session: Session, model: Any, id_: int, what: str) -> Row:
    table = model.__table__
    row = session.execute(select(table).where(table.c.id == id_)).mappings().one_or_none()
    if row is None:
        raise LookupError(f"no {what} with id {id_}")
    return dict(row)


def _require_team(session: Session, team_id: int | None) -> None:
    if team_id is not None and session.get(Team, team_id) is None:
        raise LookupError(f"no team with id {team_id}")


# -- teams -----------------------------------------------------------------------------------


def create_team(session: Session, name: str) -> int:
    """Add a team; its new id."""
    _raise(name_problems(name, _other_names(session, Team, None)))
    return session.scalars(insert(Team).values(name=name).returning(Team.id)).one()


def rename_team(session: Session, team_id: int, name: str, seen_version: int | None = None) -> str:
    """Give a team another name; returns the previous one. With `seen_version`, the team as a
    screen read it: changed since, versions.ConflictError and nothing written; saved, it is
    at `seen_version` + 1."""
    versions.expect(session, Team, team_id, seen_version, {"name": name})
    previous = _row(session, Team, team_id, "team")["name"]
    if name != previous:
        _raise(name_problems(name, _other_names(session, Team, team_id)))
    if name != previous or seen_version is not None:
        versions.write(session, Team, team_id, {"name": name}, seen_version)
    return previous


def delete_team(session: Session, team_id: int) -> DeletedTeam:
    """Delete a team; its people, objectives and KPIs keep going without a team."""
    row = _row(session, Team, team_id, "team")
    links = _unlink(session, TEAM_LINKS, team_id)
    session.execute(delete(Team).where(Team.id == team_id))
    return DeletedTeam(team=row, links=links)


def restore_team(session: Session, snapshot: DeletedTeam) -> None:
    """Put back a deleted team with its id, and the links to it."""
    row = snapshot.team
    if session.get(Team, row["id"]) is not None:
        raise ValueError(f"team {row['id']} exists already")
    _raise(name_problems(row["name"], _other_names(session, Team, None)))
    session.execute(insert(Team.__table__), [row])
    _relink(session, TEAM_LINKS, snapshot.links, row["id"])


# -- people ----------------------------------------------------------------------------------


def create_person(session: Session, values: PersonValues) -> int:
    """Add a person; their new id."""
    _raise(validate_person(values, _other_names(session, Person, None)))
    _require_team(session, values.team_id)
    row = {"name": values.name, "email": values.email, "team_id": values.team_id}
    return session.scalars(insert(Person).values(row).returning(Person.id)).one()


def update_person(
    session: Session, person_id: int, values: PersonValues, seen_version: int | None = None
) -> PersonValues:
    """Change a person's name, e-mail and team; returns the previous values. With
    `seen_version`, the person as a screen read them: changed since, versions.ConflictError
    and nothing written; saved, they are at `seen_version` + 1."""
    changes = {"name": values.name, "email": values.email, "team_id": values.team_id}
    versions.expect(session, Person, person_id, seen_version, changes)
    row = _row(session, Person, person_id, "person")
    previous = PersonValues(row["name"], row["email"], row["team_id"])
    problems = []
    if values.name != previous.name:
        problems += name_problems(values.name, _other_names(session, Person, person_id))
    if values.email != previous.email:
        problems += email_problems(values.email)
    _raise(problems)
    _require_team(session, values.team_id)
    versions.write(session, Person, person_id, changes, seen_version)
    return previous


def delete_person(session: Session, person_id: int) -> DeletedPerson:
    """Delete a person; what they owned keeps going without an owner."""
    row = _row(session, Person, person_id, "person")
    links = _unlink(session, OWNER_LINKS, person_id)
    authored = _unlink(session, AUTHOR_LINKS, person_id)
    changed = _unlink(session, CHANGER_LINKS, person_id)
    session.execute(delete(Person).where(Person.id == person_id))
    return DeletedPerson(person=row, links=links, authored=authored, changed=changed)


def restore_person(session: Session, snapshot: DeletedPerson) -> None:
    """Put back a deleted person with their id, their team, and what they owned."""
    row = snapshot.person
    if session.get(Person, row["id"]) is not None:
        raise ValueError(f"person {row['id']} exists already")
    _raise(name_problems(row["name"], _other_names(session, Person, None)))
    _require_team(session, row["team_id"])
    session.execute(insert(Person.__table__), [row])
    _relink(session, OWNER_LINKS, snapshot.links, row["id"])
    _relink(session, AUTHOR_LINKS, snapshot.authored, row["id"])
    _relink(session, CHANGER_LINKS, snapshot.changed, row["id"])


# -- links -----------------------------------------------------------------------------------


def _unlink(session: Session, columns: dict[str, Any], target: int) -> Links:
    """Clear every link to `target`; (table, ids of the rows that had it) per table."""
    links = []
    for table, column in columns.items():
        model = column.class_
        ids = tuple(session.scalars(select(model.id).where(column == target).order_by(model.id)))
        if ids:
            session.execute(update(model).where(model.id.in_(ids)).values({column.key: None}))
            links.append((table, ids))
    return tuple(links)


def _relink(session: Session, columns: dict[str, Any], links: Links, target: int) -> None:
    for table, ids in links:
        column = columns[table]
        model = column.class_
        session.execute(update(model).where(model.id.in_(ids)).values({column.key: target}))
