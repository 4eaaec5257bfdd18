"""Writing check-ins: one value per key result and day, replaced when written again.

A check-in may be dated on any day of its key result's cycle up to today. People's check-ins
(the check-in dialog, `okrdesk checkin`, a correction from History) pass today and are held to
okrdesk.domain.checkin_rules first; without today, `record_checkin` writes what it is given
(imports, undo, tests that build a history). A past check-in can be corrected (value,
confidence, comment, blockers, even its day) or deleted; each function returns what undo needs
to put the rows back exactly (same ids, same times).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy import CursorResult, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from okrdesk.domain import checkin_rules
from okrdesk.domain.okr_rules import Problem
from okrdesk.store import versions
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective
from okrdesk.store.words import OkrErrors
from okrdesk.store.workspace import notify


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
    import_batch_id: int | None = None
    version: int = 1


@dataclass(frozen=True)
class SeenDay:
    """A key result's check-in of one day as a screen read it: (id, version), or none.

    A guarded write (`seen=`) of that day is refused with versions.ConflictError when the
    day's check-in is no longer that one (someone wrote, corrected or deleted it since)."""

    checkin_id: int | None = None
    version: int | None = None

    @classmethod
    def of(cls, stored: StoredCheckIn | None) -> SeenDay:
        return cls() if stored is None else cls(stored.id, stored.version)


@dataclass(frozen=True)
class Written:
    """What write_checkin did: the check-in it replaced, and the one it wrote (id, version)."""

    replaced: StoredCheckIn | None
    checkin_id: int
    version: int
    values: CheckInValues


@dataclass(frozen=True)
class Correction:
    """What `correct_checkin` changed: the check-in as it was, and the one its new day held."""

    before: StoredCheckIn
    replaced: StoredCheckIn | None
    after: CheckInValues
    version: int = 0  # the corrected check-in's version


def stored_checkin(session: Session, key_result_id: int, day: dt.date) -> StoredCheckIn | None:
    """The key result's check-in of `day` as stored, or None."""
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
    return StoredCheckIn(row.id, values, row.created_at, row.import_batch_id, row.version)


def _check(session: Session, values: CheckInValues, today: dt.date | None) -> None:
    if today is not None:
        problems = checkin_problems(session, values, today)
        if problems:
            raise InvalidValuesError(problems)
    elif values.confidence is not None and not 0 <= values.confidence <= 10:
        raise ValueError(OkrErrors.tr("confidence must be between 0 and 10"))


def record_checkin(
    session: Session,
    values: CheckInValues,
    today: dt.date | None = None,
    author_id: int | None = None,
) -> StoredCheckIn | None:
    """Write a check-in; returns the one it replaced on that day, if any (for undo).

    With `today`, a check-in that breaks domain.checkin_rules (its day, value or confidence,
    or a closed cycle) is refused (InvalidValuesError) before anything is written.
    `author_id`, when given, is the person who wrote it (else values.author_id).
    """
    return write_checkin(session, values, today, author_id).replaced


def write_checkin(
    session: Session,
    values: CheckInValues,
    today: dt.date | None = None,
    author_id: int | None = None,
    seen: SeenDay | None = None,
) -> Written:
    """record_checkin, saying also what it wrote; with `seen` (the day as the screen read
    it), refused with versions.ConflictError when someone changed that day's check-in since.
    Check-ins of other key results or other days never conflict."""
    if author_id is not None:
        values = replace(values, author_id=author_id)
    _check(session, values, today)
    previous = stored_checkin(session, values.key_result_id, values.checked_on)
    if seen is not None and SeenDay.of(previous) != seen:
        raise _conflict(session, values, previous, seen)
    if previous is not None:
        deleted = session.execute(
            delete(CheckIn).where(CheckIn.id == previous.id, CheckIn.version == previous.version)
        )
        gone = cast(CursorResult, deleted).rowcount
        if gone != 1:
            raise _conflict(session, values, None, seen or SeenDay.of(previous))
    session.expire_all()
    # One more than the check-in it replaces: a day's versions never repeat.
    version = previous.version + 1 if previous is not None else 1
    row = values.__dict__ | {"version": version, "created_at": versions.now()}
    statement = insert(CheckIn).values(row).returning(CheckIn.id)
    if seen is None or previous is not None:
        # Unguarded, or the day's row is deleted and locked by us: nobody else can fill it.
        new_id = session.scalars(statement).one()
        notify.announce(session, notify.CHECKIN, values.key_result_id, values.author_id)
        return Written(previous, new_id, version, values)
    try:
        # Someone may have checked in that day since it was read: a conflict, kept apart
        # from the transaction so that theirs can still be read.
        with session.begin_nested():
            new_id = session.scalars(statement).one()
    except IntegrityError:
        raise _conflict(session, values, None, seen) from None
    notify.announce(session, notify.CHECKIN, values.key_result_id, values.author_id)
    return Written(previous, new_id, version, values)


def take_back_checkin(session: Session, written: Written) -> None:
    """Undo write_checkin: put back the check-in it replaced, or nothing. Refused
    (versions.ConflictError) when that day's check-in changed after it was written."""
    values = written.values
    now_there = stored_checkin(session, values.key_result_id, values.checked_on)
    if SeenDay.of(now_there) != SeenDay(written.checkin_id, written.version):
        raise _conflict(session, values, now_there, SeenDay()).for_undo()
    if written.replaced is None:
        remove_checkin(session, values.key_result_id, values.checked_on)
    else:
        restore_checkin(session, written.replaced)


def put_back_checkin(session: Session, stored: StoredCheckIn) -> None:
    """Undo delete_checkin: put the check-in back; refused (versions.ConflictError) when
    someone wrote a check-in of that key result and day since."""
    values = stored.values
    now_there = stored_checkin(session, values.key_result_id, values.checked_on)
    if now_there is not None:
        raise _conflict(session, values, now_there, SeenDay()).for_undo()
    restore_checkin(session, stored)


def _conflict(
    session: Session, values: CheckInValues, found: StoredCheckIn | None, seen: SeenDay
) -> versions.ConflictError:
    """The conflict of writing `values` over the day's check-in now (re-read when unknown)."""
    if found is None:
        found = stored_checkin(session, values.key_result_id, values.checked_on)
    row_id = found.id if found is not None else seen.checkin_id
    conflict = versions.conflict(session, CheckIn, row_id or 0, seen.version, values.__dict__)
    return versions.ConflictError(conflict)


def correct_checkin(
    session: Session,
    key_result_id: int,
    day: dt.date,
    values: CheckInValues,
    today: dt.date | None = None,
    seen_version: int | None = None,
) -> Correction:
    """Change the check-in of `day` to `values`, keeping its id and creation time.

    A corrected check-in is the user's own, no longer automatic. Moved to a day that already
    has a check-in, it replaces that one, as a new check-in on that day would. With
    `seen_version`, refused (versions.ConflictError) when the check-in changed since.
    """
    before = stored_checkin(session, key_result_id, day)
    if seen_version is not None and (before is None or before.version != seen_version):
        seen = SeenDay(before.id if before else None, seen_version)
        raise _conflict(session, replace(values, key_result_id=key_result_id), before, seen)
    if before is None:
        raise LookupError(f"no check-in of key result {key_result_id} on {day}")
    author = values.author_id if values.author_id is not None else before.values.author_id
    after = replace(values, key_result_id=key_result_id, automatic=False, author_id=author)
    _check(session, after, today)
    replaced = None
    if after.checked_on != day:
        replaced = stored_checkin(session, key_result_id, after.checked_on)
        remove_checkin(session, key_result_id, after.checked_on)
    row = session.get(CheckIn, before.id)
    assert row is not None
    for name, value in after.__dict__.items():
        setattr(row, name, value)
    # The mapper's version counter checks the row is still as read, and moves it on.
    session.flush()
    notify.announce(session, notify.CHECKIN, key_result_id, after.author_id)
    return Correction(before=before, replaced=replaced, after=after, version=row.version)


def undo_correction(session: Session, correction: Correction) -> None:
    """Put back what `correct_checkin` changed, exactly; refused (versions.ConflictError)
    when the corrected check-in changed after the correction."""
    after = correction.after
    if correction.version:
        now_there = stored_checkin(session, after.key_result_id, after.checked_on)
        if SeenDay.of(now_there) != SeenDay(correction.before.id, correction.version):
            raise _conflict(session, after, now_there, SeenDay()).for_undo()
    remove_checkin(session, after.key_result_id, after.checked_on)
    restore_checkin(session, correction.before)
    if correction.replaced is not None:
        restore_checkin(session, correction.replaced)


def delete_checkin(
    session: Session, key_result_id: int, day: dt.date, seen_version: int | None = None
) -> StoredCheckIn:
    """Delete the key result's check-in of `day`; returns it as it was (for undo). With
    `seen_version`, refused (versions.ConflictError) when the check-in changed since."""
    stored = stored_checkin(session, key_result_id, day)
    if seen_version is not None and (stored is None or stored.version != seen_version):
        seen = SeenDay(stored.id if stored else None, seen_version)
        values = CheckInValues(key_result_id, day, 0.0)
        raise _conflict(session, values, stored, seen)
    if stored is None:
        raise LookupError(f"no check-in of key result {key_result_id} on {day}")
    remove_checkin(session, key_result_id, day)
    return stored


def checkin_problems(session: Session, values: CheckInValues, today: dt.date) -> list[Problem]:
    """What stops these values from being a check-in as of `today` (domain.checkin_rules)."""
    row = session.execute(
        select(
            KeyResult.kind,
            KeyResult.unit,
            KeyResult.decimals,
            Cycle.start_date,
            Cycle.end_date,
            Cycle.closed_at,
        )
        .join(Objective, KeyResult.objective_id == Objective.id)
        .join(Cycle, Objective.cycle_id == Cycle.id)
        .where(KeyResult.id == values.key_result_id)
    ).first()
    if row is None:
        return [Problem("key_result_id", "missing", f"no key result {values.key_result_id}")]
    kind, unit, decimals, start, end, closed_at = row
    # The day first: a closed cycle refuses whatever the value.
    return (
        checkin_rules.day_problems(
            values.checked_on, start, end, today, closed=closed_at is not None
        )
        + checkin_rules.value_problems(kind, unit, values.value, decimals)
        + checkin_rules.confidence_problems(values.confidence)
    )


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
        [
            {
                "id": stored.id,
                "created_at": stored.created_at,
                "import_batch_id": stored.import_batch_id,
                "version": stored.version,
                **stored.values.__dict__,
            }
        ],
    )
