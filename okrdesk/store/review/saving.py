"""Saving what a review meeting wrote against the version its screen read (no lost update).

A week's meeting row is made by its first save. The screen reads the row's version with its
words (0: no row yet) and each save names it: a row someone else saved first, or made first,
or deleted since, is a conflict (okrdesk.store.versions) and nothing is written. Undo names the
version its save left, so that it never overwrites someone else's later words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from sqlalchemy import Connection, Row, delete, insert, select
from sqlalchemy.orm import Session

from okrdesk.store import versions
from okrdesk.store.review.data import SavedReview, meeting_week_of
from okrdesk.store.schema import WeeklyReview
from okrdesk.store.versions import Conflict, ConflictError

KIND = versions.KINDS[WeeklyReview]


@dataclass(frozen=True)
class ReviewEdit:
    """What a save replaced (None: it made the row) and the row's version after it."""

    previous: SavedReview | None
    version: int


def review_version(connection: Connection | Session, week: dt.date) -> int:
    """The version of the saved meeting of `week`'s review; 0 when nothing is saved yet."""
    found = connection.scalar(
        select(WeeklyReview.version).where(WeeklyReview.week_start == meeting_week_of(week))
    )
    return int(found or 0)


def save_review_at(
    session: Session, week: dt.date, values: SavedReview, seen_version: int, title: str = ""
) -> ReviewEdit:
    """Save the meeting's words over the row read at `seen_version` (0: none was saved);
    `title` names the review in a conflict."""
    fields = asdict(values)
    row = _row(session, week)
    if row is None:
        if seen_version:
            raise ConflictError(Conflict(KIND, None, title, seen_version, None, fields))
        session.execute(insert(WeeklyReview), [{"week_start": meeting_week_of(week), **fields}])
        return ReviewEdit(None, 1)
    row_id, _version, brief, decisions, notes, next_experiment_id = row
    try:
        new = versions.write(session, WeeklyReview, row_id, fields, seen_version)
    except ConflictError as error:
        raise ConflictError(replace(error.conflict, title=title)) from error
    return ReviewEdit(SavedReview(brief, decisions, notes, next_experiment_id), new)


def restore_review_at(
    session: Session, week: dt.date, edit: ReviewEdit, seen_version: int, title: str = ""
) -> int:
    """Undo save_review_at over the row its save left at `seen_version`: the earlier words
    back, or no row when the save made it; the row's version after (0: no row)."""
    if edit.previous is not None:
        return save_review_at(session, week, edit.previous, seen_version, title).version
    row = _row(session, week)
    if row is None or row[1] != seen_version:
        yours = asdict(SavedReview())
        if row is None:
            raise ConflictError(Conflict(KIND, None, title, seen_version, None, yours))
        raise ConflictError(
            versions.conflict(session, WeeklyReview, row[0], seen_version, yours, title)
        )
    session.execute(delete(WeeklyReview).where(WeeklyReview.id == row[0]))
    return 0


def _row(session: Session, week: dt.date) -> Row[int, int, str, str, str, int | None] | None:
    return session.execute(
        select(
            WeeklyReview.id,
            WeeklyReview.version,
            WeeklyReview.brief,
            WeeklyReview.decisions,
            WeeklyReview.notes,
            WeeklyReview.next_experiment_id,
        ).where(WeeklyReview.week_start == meeting_week_of(week))
    ).first()
