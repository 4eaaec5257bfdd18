"""What the demo's build steps share: its dates, the ids written so far, and row helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from okrdesk.store.demo.content import Content
from okrdesk.store.okr.cycles import quarter_of
from okrdesk.store.rows import Row


@dataclass(frozen=True)
class Dates:
    today: dt.date
    this_monday: dt.date
    start: dt.date
    end: dt.date
    name: str
    prev_start: dt.date
    prev_end: dt.date
    prev_name: str


@dataclass
class Ids:
    """What the steps share: the content being written and the ids written so far."""

    c: Content
    teams: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    krs: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)
    funnel: int = 0
    experiments: list[int] = field(default_factory=list)
    # KR key -> {checked_on: value}, for the KPI that mirrors a key result.
    series: dict[str, dict[dt.date, float]] = field(default_factory=dict)
    # week_start -> (count per stage, revenue), for the review briefs.
    weeks: dict[dt.date, tuple[list[int], float]] = field(default_factory=dict)


def mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every Monday from `first` to `last`, both included."""
    day = first + dt.timedelta(days=-first.weekday() % 7)
    result = []
    while day <= last:
        result.append(day)
        day += dt.timedelta(weeks=1)
    return result


def dates_of(today: dt.date) -> Dates:
    name, start, end = quarter_of(today)
    prev_name, prev_start, prev_end = quarter_of(start - dt.timedelta(days=1))
    this_monday = today - dt.timedelta(days=today.weekday())
    return Dates(today, this_monday, start, end, name, prev_start, prev_end, prev_name)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 6)


def fields(spec: Any, *names: str) -> Row:
    return {name: getattr(spec, name) for name in names}


def insert_rows(session: Session, model: type[Any], rows: Sequence[Row]) -> list[int]:
    """Bulk insert and return the new ids in the order of `rows`."""
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def bulk(session: Session, model: type[Any], rows: Sequence[Row]) -> None:
    if rows:  # an empty parameter list would run one INSERT without values
        session.execute(insert(model), rows)
