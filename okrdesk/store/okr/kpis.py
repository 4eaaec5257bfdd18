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
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from okrdesk.domain.kpi import KpiStatus, KpiValues, kpi_status, validate_kpi
from okrdesk.store import versions
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
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)
    value_versions: tuple[tuple[dt.date, int], ...] = ()  # each point's version, as read

    def value_version(self, day: dt.date) -> int:
        """The version of the day's value as read; 0 when there was none."""
        return dict(self.value_versions).get(day, 0)

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
    marks: dict[int, list[tuple[dt.date, int]]] = {}
    for kpi_id, day, value, version in connection.execute(
        select(KpiValue.kpi_id, KpiValue.measured_on, KpiValue.value, KpiValue.version).order_by(
            KpiValue.kpi_id, KpiValue.measured_on
        )
    ):
        points.setdefault(kpi_id, []).append((day, value))
        marks.setdefault(kpi_id, []).append((day, version))
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
            Kpi.version,
        )
        .outerjoin(Team, Kpi.team_id == Team.id)
        .order_by(Kpi.name, Kpi.id)
    )
    return [
        KpiRow(
            id_,
            name,
            unit,
            team,
            team_name,
            bool(higher),
            green,
            red,
            tuple(points.get(id_, ())),
            version,
            tuple(marks.get(id_, ())),
        )
        for id_, name, unit, team, team_name, higher, green, red, version in rows
    ]


def create_kpi(session: Session, values: KpiValues) -> int:
    """Add a KPI; its new id."""
    _check(session, values, None)
    return session.scalars(insert(Kpi).values(_row(values)).returning(Kpi.id)).one()


def update_kpi(
    session: Session, kpi_id: int, values: KpiValues, seen_version: int | None = None
) -> KpiValues:
    """Change a KPI's fields; returns the previous values. With `seen_version`, the KPI as a
    screen read it: changed since, versions.ConflictError and nothing written; saved, it is at
    `seen_version` + 1."""
    versions.expect(session, Kpi, kpi_id, seen_version, _row(values))
    row = _one(session, kpi_id)
    _check(session, values, kpi_id)
    versions.write(session, Kpi, kpi_id, _row(values), seen_version)
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


def record_kpi_value(
    session: Session,
    kpi_id: int,
    day: dt.date,
    value: float,
    seen_version: int | None = None,
) -> float | None:
    """Write a KPI's value for a day (replacing that day's); returns the replaced value.

    With `seen_version`, the day's value as a screen read it (0: it read none): a value
    someone else wrote or changed since is a versions.ConflictError, nothing written; saved,
    the value is at `seen_version` + 1."""
    kpi = _one(session, kpi_id)
    if not math.isfinite(value):
        raise ValueError(OkrErrors.tr("a KPI value must be a finite number"))
    found = _value_row(session, kpi_id, day)
    _expect_value(session, kpi, found, seen_version, {"measured_on": day, "value": value})
    if found is None:
        session.execute(insert(KpiValue).values(kpi_id=kpi_id, measured_on=day, value=value))
        return None
    versions.write(session, KpiValue, found.id, {"value": value}, seen_version)
    return found.value


def remove_kpi_value(
    session: Session, kpi_id: int, day: dt.date, seen_version: int | None = None
) -> None:
    """Clear a KPI's value of a day; with `seen_version`, only the value as it was read."""
    if seen_version is not None:
        found = _value_row(session, kpi_id, day)
        yours = {"measured_on": day, "value": None}
        _expect_value(session, _one(session, kpi_id), found, seen_version, yours)
    session.execute(delete(KpiValue).where(KpiValue.kpi_id == kpi_id, KpiValue.measured_on == day))


def _value_row(session: Session, kpi_id: int, day: dt.date) -> Any:
    return session.execute(
        select(KpiValue.id, KpiValue.value, KpiValue.version).where(
            KpiValue.kpi_id == kpi_id, KpiValue.measured_on == day
        )
    ).first()


def _expect_value(
    session: Session, kpi: Row, found: Any, seen_version: int | None, yours: Row
) -> None:
    """The day's value is still the one read at `seen_version` (0: none), else a conflict."""
    if seen_version is None or (found is None and seen_version == 0):
        return
    if found is None:  # someone removed the value read
        kind = versions.KINDS[KpiValue]
        gone = versions.Conflict(kind, None, kpi["name"], seen_version, None, dict(yours))
        raise versions.ConflictError(gone)
    versions.expect(session, KpiValue, found.id, seen_version, yours)


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
