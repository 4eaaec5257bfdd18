"""Reading a cycle's objectives and key results, with each key result's latest check-in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, select
from sqlalchemy.orm import aliased

from okrdesk.domain.okr import Thresholds
from okrdesk.store.schema import (
    CheckIn,
    Cycle,
    KeyResult,
    Objective,
    Person,
    Team,
    WorkspaceSettings,
)


@dataclass(frozen=True)
class CycleInfo:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    closed: bool


@dataclass(frozen=True)
class KeyResultRow:
    id: int
    objective_id: int
    title: str
    kind: str
    unit: str
    start_value: float
    target_value: float
    weight: float
    owner_id: int | None
    owner_name: str
    position: int
    current: float | None  # the latest check-in's value, None before the first check-in
    confidence: int | None
    last_checkin: dt.date | None
    budget: float | None = None
    cost: float | None = None
    grade: float | None = None  # given when the cycle was closed
    unit_label: str = ""  # shown after values ("h", "NPS")
    decimals: int | None = None  # None: the unit's default
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    parent_id: int | None
    level: str
    title: str
    owner_id: int | None
    owner_name: str
    team_id: int | None
    team_name: str
    status: str
    position: int
    key_results: tuple[KeyResultRow, ...]
    description: str = ""
    grade: float | None = None
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


def list_cycles(connection: Connection) -> list[CycleInfo]:
    """Every cycle, newest first."""
    rows = connection.execute(
        select(Cycle.id, Cycle.name, Cycle.start_date, Cycle.end_date, Cycle.closed_at).order_by(
            Cycle.start_date.desc(), Cycle.id.desc()
        )
    )
    return [
        CycleInfo(id, name, start, end, closed is not None) for id, name, start, end, closed in rows
    ]


def current_cycle_info(connection: Connection, today: dt.date) -> CycleInfo | None:
    """The cycle containing today (the latest to start, if several), else the newest."""
    cycles = list_cycles(connection)
    running = [c for c in cycles if c.start_date <= today <= c.end_date]
    return running[0] if running else (cycles[0] if cycles else None)


def _key_result_rows(connection: Connection, chosen: ColumnElement[bool]) -> list[KeyResultRow]:
    """The key results `chosen` selects, with their latest check-in."""
    # Each key result's latest day on its own: the unique index of (key result, day) goes
    # straight to it, where a grouped maximum read every check-in of the key results (a
    # year of weekly check-ins of 2,500 key results: 10 ms instead of 35).
    latest_day = (
        select(func.max(CheckIn.checked_on))
        .where(CheckIn.key_result_id == KeyResult.id)
        .correlate(KeyResult)
        .scalar_subquery()
    )
    latest = aliased(CheckIn)
    owner = aliased(Person)
    # Unpacked into the row dataclasses by position.
    rows: Iterable[Sequence[Any]] = connection.execute(
        select(
            KeyResult.id,
            KeyResult.objective_id,
            KeyResult.title,
            KeyResult.kind,
            KeyResult.unit,
            KeyResult.start_value,
            KeyResult.target_value,
            KeyResult.weight,
            KeyResult.owner_id,
            func.coalesce(owner.name, ""),
            KeyResult.position,
            latest.value,
            latest.confidence,
            latest.checked_on,
            KeyResult.budget,
            KeyResult.cost,
            KeyResult.grade,
            KeyResult.unit_label,
            KeyResult.decimals,
            KeyResult.version,
        )
        .join(Objective, KeyResult.objective_id == Objective.id)
        .outerjoin(owner, KeyResult.owner_id == owner.id)
        .outerjoin(
            latest, and_(latest.key_result_id == KeyResult.id, latest.checked_on == latest_day)
        )
        .where(chosen)
        .order_by(KeyResult.objective_id, KeyResult.position, KeyResult.id)
    )
    return [KeyResultRow(*row) for row in rows]


def _key_results(connection: Connection, cycle_id: int) -> dict[int, list[KeyResultRow]]:
    by_objective: dict[int, list[KeyResultRow]] = {}
    for key_result in _key_result_rows(connection, Objective.cycle_id == cycle_id):
        by_objective.setdefault(key_result.objective_id, []).append(key_result)
    return by_objective


def key_result_rows(connection: Connection, key_result_ids: Iterable[int]) -> list[KeyResultRow]:
    """These key results as cycle_objectives reads them (after a check-in of theirs)."""
    return _key_result_rows(connection, KeyResult.id.in_(sorted(set(key_result_ids))))


def count_key_results(connection: Connection, cycle_id: int) -> int:
    """How many key results the cycle's objectives have."""
    count = connection.scalar(
        select(func.count(KeyResult.id))
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id)
    )
    return int(count or 0)


def cycle_objectives(connection: Connection, cycle_id: int) -> list[ObjectiveRow]:
    """The cycle's objectives in their manual order, each with its key results in order."""
    key_results = _key_results(connection, cycle_id)
    owner = aliased(Person)
    rows: Iterable[Sequence[Any]] = connection.execute(
        select(
            Objective.id,
            Objective.parent_id,
            Objective.level,
            Objective.title,
            Objective.owner_id,
            func.coalesce(owner.name, ""),
            Objective.team_id,
            func.coalesce(Team.name, ""),
            Objective.status,
            Objective.position,
            Objective.description,
            Objective.grade,
            Objective.version,
        )
        .outerjoin(owner, Objective.owner_id == owner.id)
        .outerjoin(Team, Objective.team_id == Team.id)
        .where(Objective.cycle_id == cycle_id)
        .order_by(Objective.position, Objective.id)
    )
    return [
        ObjectiveRow(*(*row[:-3], tuple(key_results.get(row[0], ())), *row[-3:])) for row in rows
    ]


def status_thresholds(connection: Connection) -> Thresholds:
    """The workspace's status thresholds (DESIGN.md's defaults until someone edits them)."""
    row = connection.execute(
        select(
            WorkspaceSettings.at_risk_gap,
            WorkspaceSettings.off_track_gap,
            WorkspaceSettings.at_risk_confidence,
            WorkspaceSettings.off_track_confidence,
            WorkspaceSettings.stale_days,
        )
    ).first()
    return Thresholds(*row) if row else Thresholds()


@dataclass(frozen=True)
class HistoryPoint:
    checked_on: dt.date
    value: float
    confidence: int | None
    comment: str
    blockers: str
    automatic: bool
    author_name: str = ""  # who wrote it; "" when unknown
    id: int = 0
    version: int = 1  # as read: a correction names it (okrdesk.store.versions)


def key_result_history(connection: Connection, key_result_id: int) -> list[HistoryPoint]:
    """A key result's check-ins, oldest first."""
    rows = connection.execute(
        select(
            CheckIn.checked_on,
            CheckIn.value,
            CheckIn.confidence,
            CheckIn.comment,
            CheckIn.blockers,
            CheckIn.automatic,
            func.coalesce(Person.name, ""),
            CheckIn.id,
            CheckIn.version,
        )
        .outerjoin(Person, CheckIn.author_id == Person.id)
        .where(CheckIn.key_result_id == key_result_id)
        .order_by(CheckIn.checked_on)
    )
    return [HistoryPoint(*row) for row in rows]


def people(connection: Connection) -> list[tuple[int, str]]:
    """(id, name) of everyone, by name."""
    return [
        (id_, name)
        for id_, name in connection.execute(select(Person.id, Person.name).order_by(Person.name))
    ]


def teams(connection: Connection) -> list[tuple[int, str]]:
    return [
        (id_, name)
        for id_, name in connection.execute(select(Team.id, Team.name).order_by(Team.name))
    ]
