"""Writing weekly check-ins: one value per key result and day, replaced when written again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from okrdesk.store.schema import CheckIn


@dataclass(frozen=True)
class CheckInValues:
    key_result_id: int
    checked_on: dt.date
    value: float
    confidence: int | None = None
    comment: str = ""
    blockers: str = ""
    automatic: bool = False
    author_id: int | None = None  # the person who wrote it; None: unknown or automatic


@dataclass(frozen=True)
class StoredCheckIn:
    """A check-in row exactly as stored, to put it back on undo."""

    id: int
    values: CheckInValues
    created_at: dt.datetime


def _stored(session: Session, key_result_id: int, day: dt.date) -> StoredCheckIn | None:
    row = session.scalar(
        select(CheckIn).where(CheckIn.key_result_id == key_result_id, CheckIn.checked_on == day)
    )
    if row is None:
        return None
    values = CheckInValues(
        key_result_id=row.key_result_id,
        checked_on=row.checked_on,
        value=row.value,
        confidence=row.confidence,
        comment=row.comment,
        blockers=row.blockers,
        automatic=row.automatic,
        author_id=row.author_id,
    )
    return StoredCheckIn(id=row.id, values=values, created_at=row.created_at)


def record_checkin(
    session: Session, values: CheckInValues, author_id: int | None = None
) -> StoredCheckIn | None:
    """Write a check-in; returns the one it replaced on that day, if any (for undo).

    `author_id`, when given, is the person who wrote it (else values.author_id).
    """
    if author_id is not None:
        values = replace(values, author_id=author_id)
    if values.confidence is not None and not 0 <= values.confidence <= 10:
        raise ValueError("confidence must be between 0 and 10")
    previous = _stored(session, values.key_result_id, values.checked_on)
    remove_checkin(session, values.key_result_id, values.checked_on)
    session.add(CheckIn(**values.__dict__))
    session.flush()
    return previous


def remove_checkin(session: Session, key_result_id: int, day: dt.date) -> None:
    session.execute(
        delete(CheckIn).where(CheckIn.key_result_id == key_result_id, CheckIn.checked_on == day)
    )
    session.expire_all()


def restore_checkin(session: Session, stored: StoredCheckIn) -> None:
    """Put a check-in back exactly as it was (same id, same creation time)."""
    remove_checkin(session, stored.values.key_result_id, stored.values.checked_on)
    session.execute(
        insert(CheckIn),
        [{"id": stored.id, "created_at": stored.created_at, **stored.values.__dict__}],
    )
