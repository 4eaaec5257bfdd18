"""KPIs (health metrics beside the OKRs) and their measured values.

Every writing function takes an open Session and never commits; each returns what its inverse
needs, so that an undo command can be built on it:

    create_kpi → delete_kpi → restore_kpi (same id, with its values)
    update_kpi(old values) → itself
    record_kpi_value → the value it replaced that day (None: there was none), which
        record_kpi_value puts back, or remove_kpi_value clears

An id that does not exist raises LookupError; values that domain.kpi refuses, and a name that
another KPI has, raise ValueError. Nothing is written before a check fails.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.domain.kpi import KpiStatus, KpiValues, kpi_status, validate_kpi
from okrdesk.store.rows import Row
from okrdesk.store.schema import Kpi, KpiValue, Team
from okrdesk.store.words import OkrErrors


@dataclass(frozen=True)
class KpiRow:
    """A KPI with every measured value, oldest first."""

    id: int
    name: str
    unit: str
    team_id: int | None
    team_name: str
    higher_is_better: bool
    green_threshold: float
    red_threshold: float
    points: tuple[tuple[dt.date, float], ...]

    @property
    def values(self) -> KpiValues:
        return KpiValues(
            self.name,
            self.unit,
            self.team_id,
            self.higher_is_better,
            self.green_threshold,
            self.red_threshold,
        )

    @property
    def latest(self) -> tuple[dt.date, float] | None:
        return self.points[-1] if self.points else None

    @property
    def status(self) -> KpiStatus | None:
        latest = self.latest
        return kpi_status(
            latest[1] if latest else None,
            self.green_threshold,
            self.red_threshold,
            self.higher_is_better,
        )


@dataclass(frozen=True)
class DeletedKpi:
    kpi: Row
    values: tuple[Row, ...]

    @property
    def id(self) -> int:
        return self.kpi["id"]


def list_kpis(connection: Connection) -> list[KpiRow]:
    """Every KPI by name, each with its values oldest first (two queries)."""
    points: dict[int, list[tuple[dt.date, float]]] = {}
    for kpi_id, day, value in connection.execute(
        select(KpiValue.kpi_id, KpiValue.measured_on, KpiValue.value).order_by(
            KpiValue.kpi_id, KpiValue.measured_on
        )
    ):
        points.setdefault(kpi_id, []).append((day, value))
    rows = connection.execute(
        select(
            Kpi.id,
            Kpi.name,
            Kpi.unit,
            Kpi.team_id,
            func.coalesce(Team.name, ""),
            Kpi.higher_is_better,
            Kpi.green_threshold,
            Kpi.red_threshold,
        )
        .outerjoin(Team, Kpi.team_id == Team.id)
        .order_by(Kpi.name, Kpi.id)
    )
    return [
        KpiRow(
            id_, name, unit, team, team_name, bool(higher), green, red, tuple(points.get(id_, ()))
        )
        for id_, name, unit, team, team_name, higher, green, red in rows
    ]


def create_kpi(session: Session, values: KpiValues) -> int:
    """Add a KPI; its new id."""
    _check(session, values, None)
    return session.scalars(insert(Kpi).values(_row(values)).returning(Kpi.id)).one()


def update_kpi(session: Session, kpi_id: int, values: KpiValues) -> KpiValues:
    """Change a KPI's fields; returns the previous values."""
    row = _one(session, kpi_id)
    _check(session, values, kpi_id)
    session.execute(
        update(Kpi).where(Kpi.id == kpi_id).values(_row(values) | {"version": Kpi.version + 1})
    )
    return KpiValues(
        row["name"],
        row["unit"],
        row["team_id"],
        bool(row["higher_is_better"]),
        row["green_threshold"],
        row["red_threshold"],
    )


def delete_kpi(session: Session, kpi_id: int) -> DeletedKpi:
    """Delete a KPI with its values; returns what restore_kpi needs."""
    row = _one(session, kpi_id)
    table = KpiValue.__table__
    values = [
        dict(v)
        for v in session.execute(
            select(table).where(table.c.kpi_id == kpi_id).order_by(table.c.id)
        ).mappings()
    ]
    session.execute(delete(KpiValue).where(KpiValue.kpi_id == kpi_id))
    session.execute(delete(Kpi).where(Kpi.id == kpi_id))
    return DeletedKpi(row, tuple(values))


def restore_kpi(session: Session, snapshot: DeletedKpi) -> None:
    """Put a deleted KPI and its values back with the same ids."""
    if session.scalar(select(Kpi.id).where(Kpi.id == snapshot.id)) is not None:
        raise ValueError(f"KPI {snapshot.id} exists already")
    session.execute(insert(Kpi.__table__), [snapshot.kpi])
    if snapshot.values:
        session.execute(insert(KpiValue.__table__), list(snapshot.values))


def record_kpi_value(session: Session, kpi_id: int, day: dt.date, value: float) -> float | None:
    """Write a KPI's value for a day (replacing that day's); returns the replaced value."""
    _one(session, kpi_id)
    if not math.isfinite(value):
        raise ValueError(OkrErrors.tr("a KPI value must be a finite number"))
    previous = session.scalar(
        select(KpiValue.value).where(KpiValue.kpi_id == kpi_id, KpiValue.measured_on == day)
    )
    if previous is None:
        session.execute(insert(KpiValue).values(kpi_id=kpi_id, measured_on=day, value=value))
    else:
        session.execute(
            update(KpiValue)
            .where(KpiValue.kpi_id == kpi_id, KpiValue.measured_on == day)
            .values(value=value, version=KpiValue.version + 1)
        )
    return previous


def remove_kpi_value(session: Session, kpi_id: int, day: dt.date) -> None:
    session.execute(delete(KpiValue).where(KpiValue.kpi_id == kpi_id, KpiValue.measured_on == day))


def _row(values: KpiValues) -> Row:
    return asdict(values) | {"name": values.name.strip()}


def _check(session: Session, values: KpiValues, kpi_id: int | None) -> None:
    problems = validate_kpi(values)
    if problems:
        raise ValueError("; ".join(f"{p.field}: {p.message}" for p in problems))
    team = values.team_id
    if team is not None and session.scalar(select(Team.id).where(Team.id == team)) is None:
        raise LookupError(f"no team with id {team}")
    same_name = session.scalar(select(Kpi.id).where(Kpi.name == values.name.strip()))
    if same_name is not None and same_name != kpi_id:
        message = OkrErrors.tr("another KPI is called {name}")
        raise ValueError(message.format(name=repr(values.name.strip())))


def _one(session: Session, kpi_id: int) -> Row:
    table = Kpi.__table__
    row = session.execute(select(table).where(table.c.id == kpi_id)).mappings().first()
    if row is None:
        raise LookupError(f"no KPI with id {kpi_id}")
    return dict(row)
