"""A key result's change history: written by update_key_result once the key result has a
check-in, read by the History panel (domain.kr_history holds the rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from okrdesk.domain.kr_history import KrChange, tracked_changes
from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.schema import CheckIn, KeyResultChange, Person


def has_checkins(session: Session | Connection, key_result_id: int) -> bool:
    statement = select(CheckIn.id).where(CheckIn.key_result_id == key_result_id).limit(1)
    return session.execute(statement).first() is not None


def record_changes(
    session: Session,
    key_result_id: int,
    before: KeyResultValues,
    after: KeyResultValues,
    author_id: int | None = None,
    changed_at: dt.datetime | None = None,
) -> tuple[int, ...]:
    """Keep the tracked fields that change, if the key result has a check-in; their ids.

    `changed_at` is UTC without a time zone, as every stored time (default: now)."""
    found = tracked_changes(before, after)
    if not found or not has_checkins(session, key_result_id):
        return ()
    rows = [
        {
            "key_result_id": key_result_id,
            "field": field,
            "old_value": old,
            "new_value": new,
            "author_id": author_id,
            **({} if changed_at is None else {"changed_at": changed_at}),
        }
        for field, old, new in found
    ]
    statement = insert(KeyResultChange).returning(KeyResultChange.id)
    return tuple(session.scalars(statement, rows))


def forget_changes(session: Session, change_ids: Sequence[int]) -> None:
    """Remove kept changes (an undone edit)."""
    if change_ids:
        session.execute(delete(KeyResultChange).where(KeyResultChange.id.in_(change_ids)))


def list_changes(connection: Session | Connection, key_result_id: int) -> list[KrChange]:
    """The key result's kept changes, oldest first, with the author's name ("" for none)."""
    author = aliased(Person)
    statement = (
        select(
            KeyResultChange.field,
            KeyResultChange.old_value,
            KeyResultChange.new_value,
            KeyResultChange.changed_at,
            KeyResultChange.author_id,
            func.coalesce(author.name, ""),
        )
        .outerjoin(author, KeyResultChange.author_id == author.id)
        .where(KeyResultChange.key_result_id == key_result_id)
        .order_by(KeyResultChange.changed_at, KeyResultChange.id)
    )
    return [KrChange(*row) for row in connection.execute(statement)]
