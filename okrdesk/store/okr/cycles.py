"""Cycles: the quarter a set of objectives belongs to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from okrdesk.store.schema import Cycle


def quarter_of(day: dt.date) -> tuple[str, dt.date, dt.date]:
    """Name, first and last day of the calendar quarter containing `day`."""
    quarter = (day.month - 1) // 3
    start = dt.date(day.year, quarter * 3 + 1, 1)
    next_start = (
        dt.date(day.year + 1, 1, 1) if quarter == 3 else dt.date(day.year, quarter * 3 + 4, 1)
    )
    return f"{day.year} Q{quarter + 1}", start, next_start - dt.timedelta(days=1)


def create_cycle(session: Session, name: str, start: dt.date, end: dt.date) -> int:
    cycle = Cycle(name=name.strip(), start_date=start, end_date=end)
    session.add(cycle)
    session.flush()
    return cycle.id


def delete_cycle(session: Session, cycle_id: int) -> None:
    session.execute(delete(Cycle).where(Cycle.id == cycle_id))


def cycle_names(connection: Connection) -> set[str]:
    return set(connection.scalars(select(Cycle.name)))
