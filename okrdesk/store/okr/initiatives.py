"""Initiatives under a key result: the work planned to move it (title, owner, due date, done).

Every writing function takes an open Session and never commits; each returns what its inverse
needs, so that an undo command can be built on it:

    create_initiative → delete_initiative → restore_initiative (same id)
    update_initiative(old values) → itself

An id that does not exist (the initiative's, its key result's or its owner's) raises
LookupError; a blank or too long title raises ValueError. Nothing is written before a check
fails.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from okrdesk.store import versions
from okrdesk.store.rows import Row
from okrdesk.store.schema import Initiative, KeyResult, Person

TITLE_MAX_LENGTH = 300


@dataclass(frozen=True)
class InitiativeValues:
    title: str
    owner_id: int | None = None
    due_date: dt.date | None = None
    done: bool = False


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    key_result_id: int
    title: str
    owner_id: int | None
    owner_name: str
    due_date: dt.date | None
    done: bool
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)

    @property
    def values(self) -> InitiativeValues:
        return InitiativeValues(self.title, self.owner_id, self.due_date, self.done)

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


def key_result_initiatives(connection: Connection, key_result_id: int) -> list[InitiativeRow]:
    """A key result's initiatives: open ones first, then by due date (none last), then id."""
    owner = aliased(Person)
    rows = connection.execute(
        select(
            Initiative.id,
            Initiative.key_result_id,
            Initiative.title,
            Initiative.owner_id,
            func.coalesce(owner.name, ""),
            Initiative.due_date,
            Initiative.done,
            Initiative.version,
        )
        .outerjoin(owner, Initiative.owner_id == owner.id)
        .where(Initiative.key_result_id == key_result_id)
        .order_by(
            Initiative.done,
            Initiative.due_date.is_(None),
            Initiative.due_date,
            Initiative.id,
        )
    )
    return [InitiativeRow(*row[:-2], bool(row[-2]), row[-1]) for row in rows]


def create_initiative(session: Session, key_result_id: int, values: InitiativeValues) -> int:
    """Add an initiative under a key result; its new id."""
    _check(session, values)
    if session.scalar(select(KeyResult.id).where(KeyResult.id == key_result_id)) is None:
        raise LookupError(f"no key result with id {key_result_id}")
    row = _row(values) | {"key_result_id": key_result_id}
    return session.scalars(insert(Initiative).values(row).returning(Initiative.id)).one()


def update_initiative(
    session: Session,
    initiative_id: int,
    values: InitiativeValues,
    seen_version: int | None = None,
) -> InitiativeValues:
    """Change an initiative's fields; returns the previous values. With `seen_version`, the
    initiative as a screen read it: changed since, versions.ConflictError and nothing written;
    saved, it is at `seen_version` + 1."""
    versions.expect(session, Initiative, initiative_id, seen_version, _row(values))
    row = _one(session, initiative_id)
    _check(session, values)
    versions.write(session, Initiative, initiative_id, _row(values), seen_version)
    return InitiativeValues(row["title"], row["owner_id"], row["due_date"], bool(row["done"]))


def delete_initiative(session: Session, initiative_id: int) -> Row:
    """Delete an initiative; returns its whole row for restore_initiative."""
    row = _one(session, initiative_id)
    session.execute(delete(Initiative).where(Initiative.id == initiative_id))
    return row


def restore_initiative(session: Session, snapshot: Row) -> None:
    """Put a deleted initiative back with the same id."""
    if session.scalar(select(Initiative.id).where(Initiative.id == snapshot["id"])) is not None:
        raise ValueError(f"initiative {snapshot['id']} exists already")
    session.execute(insert(Initiative.__table__), [snapshot])


def _row(values: InitiativeValues) -> Row:
    return asdict(values) | {"title": values.title.strip()}


def _check(session: Session, values: InitiativeValues) -> None:
    if not values.title.strip():
        raise ValueError("an initiative needs a title")
    if len(values.title.strip()) > TITLE_MAX_LENGTH:
        raise ValueError(f"the title is longer than {TITLE_MAX_LENGTH} characters")
    owner = values.owner_id
    if owner is not None and session.scalar(select(Person.id).where(Person.id == owner)) is None:
        raise LookupError(f"no person with id {values.owner_id}")


def _one(session: Session, initiative_id: int) -> Row:
    table = Initiative.__table__
    row = session.execute(select(table).where(table.c.id == initiative_id)).mappings().first()
    if row is None:
        raise LookupError(f"no initiative with id {initiative_id}")
    return dict(row)
