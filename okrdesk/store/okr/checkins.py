"""Writing weekly check-ins: one value per key result and day, replaced when written again.

`record_valid_checkin` is the way in for people (the check-in dialog, `okrdesk checkin`): it
applies okrdesk.domain.checkin_rules first. `record_checkin` writes what it is given (imports,
undo, tests that build a history).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from okrdesk.domain import checkin_rules
from okrdesk.domain.okr_rules import Problem
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective


@dataclass(frozen=True)
class CheckInValues:
    key_result_id: int
    checked_on: dt.date
    value: float
    confidence: int | None = None
    comment: str = ""
    blockers: str = ""
    automatic: bool = False


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
    )
    return StoredCheckIn(id=row.id, values=values, created_at=row.created_at)


def record_checkin(session: Session, values: CheckInValues) -> StoredCheckIn | None:
    """Write a check-in; returns the one it replaced on that day, if any (for undo)."""
    if values.confidence is not None and not 0 <= values.confidence <= 10:
        raise ValueError("confidence must be between 0 and 10")
    previous = _stored(session, values.key_result_id, values.checked_on)
    remove_checkin(session, values.key_result_id, values.checked_on)
    session.add(CheckIn(**values.__dict__))
    session.flush()
    return previous


def checkin_problems(session: Session, values: CheckInValues, today: dt.date) -> list[Problem]:
    """What stops these values from being a check-in as of `today` (domain.checkin_rules)."""
    row = session.execute(
        select(KeyResult.kind, KeyResult.unit, Cycle.start_date, Cycle.end_date, Cycle.closed_at)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .join(Cycle, Objective.cycle_id == Cycle.id)
        .where(KeyResult.id == values.key_result_id)
    ).first()
    if row is None:
        return [Problem("key_result_id", "missing", f"no key result {values.key_result_id}")]
    kind, unit, start, end, closed_at = row
    # The day first: a closed cycle refuses whatever the value.
    return (
        checkin_rules.day_problems(
            values.checked_on, start, end, today, closed=closed_at is not None
        )
        + checkin_rules.value_problems(kind, unit, values.value)
        + checkin_rules.confidence_problems(values.confidence)
    )


def record_valid_checkin(
    session: Session, values: CheckInValues, today: dt.date
) -> StoredCheckIn | None:
    """record_checkin after the rules of a person's check-in; InvalidValuesError if broken."""
    problems = checkin_problems(session, values, today)
    if problems:
        raise InvalidValuesError(problems)
    return record_checkin(session, values)


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
