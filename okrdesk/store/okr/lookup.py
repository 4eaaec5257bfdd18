"""Finding one key result by what a person types: its id or its exact title."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from okrdesk.store.cleaning import cut
from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective
from okrdesk.store.words import OkrErrors


@dataclass(frozen=True)
class KeyResultFacts:
    """What a check-in needs to know about its key result."""

    id: int
    title: str
    kind: str
    unit: str
    cycle_name: str
    cycle_start: dt.date
    cycle_end: dt.date
    cycle_closed: bool
    last_confidence: int | None  # of the latest check-in, None before the first
    unit_label: str = ""
    decimals: int | None = None


class KeyResultNotFoundError(LookupError):
    """No key result, or more than one, answers to the text given."""


def find_key_result(connection: Connection, text: str) -> KeyResultFacts:
    """The key result whose id is `text`, else the only one titled exactly `text`.

    Raises KeyResultNotFoundError when none matches, or when several share the title (the
    message lists their ids, to pick one).
    """
    query = (
        select(
            KeyResult.id,
            KeyResult.title,
            KeyResult.kind,
            KeyResult.unit,
            KeyResult.unit_label,
            KeyResult.decimals,
            Cycle.name,
            Cycle.start_date,
            Cycle.end_date,
            Cycle.closed_at,
        )
        .join(Objective, KeyResult.objective_id == Objective.id)
        .join(Cycle, Objective.cycle_id == Cycle.id)
    )
    text = text.strip()
    by_title = query.where(KeyResult.title == text).order_by(KeyResult.id)
    rows = (
        connection.execute(query.where(KeyResult.id == int(text))).all() if text.isdigit() else ()
    )
    if not rows:
        rows = connection.execute(by_title).all()
    if not rows:
        message = OkrErrors.tr('no key result with the id or title "{text}"')
        raise KeyResultNotFoundError(message.format(text=cut(text)))
    if len(rows) > 1:
        ids = ", ".join(str(row.id) for row in rows)
        message = OkrErrors.tr(
            '%n key result(s) are titled "{text}" (ids {ids}); give the id', None, len(rows)
        )
        raise KeyResultNotFoundError(message.format(text=cut(text), ids=ids))
    kr_id, title, kind, unit, unit_label, decimals, cycle_name, start, end, closed_at = rows[0]
    confidence = connection.scalar(
        select(CheckIn.confidence)
        .where(CheckIn.key_result_id == kr_id)
        .order_by(CheckIn.checked_on.desc())
        .limit(1)
    )
    closed = closed_at is not None
    return KeyResultFacts(
        kr_id, title, kind, unit, cycle_name, start, end, closed, confidence, unit_label, decimals
    )
