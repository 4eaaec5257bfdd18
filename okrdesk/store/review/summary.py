"""Counts that describe a workspace at a glance, for `okrdesk check` and the start screens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from okrdesk.store.okr.queries import CycleInfo
from okrdesk.store.schema import (
    Base,
    CheckIn,
    Cycle,
    Experiment,
    Funnel,
    FunnelCount,
    FunnelStage,
    KeyResult,
    Objective,
    WeeklyReview,
    WorkspaceSettings,
)


@dataclass(frozen=True)
class WorkspaceCounts:
    cycles: int
    objectives: int
    key_results: int
    checkins: int
    experiments: int
    funnel_weeks: int
    reviews: int

    @property
    def is_empty(self) -> bool:
        return self.cycles == 0 and self.objectives == 0 and self.funnel_weeks == 0


def _count(connection: Connection, model: type[Base]) -> int:
    return connection.scalar(select(func.count()).select_from(model)) or 0


def workspace_counts(connection: Connection) -> WorkspaceCounts:
    weeks = select(func.count(func.distinct(FunnelCount.week_start)))
    return WorkspaceCounts(
        cycles=_count(connection, Cycle),
        objectives=_count(connection, Objective),
        key_results=_count(connection, KeyResult),
        checkins=_count(connection, CheckIn),
        experiments=_count(connection, Experiment),
        funnel_weeks=connection.scalar(weeks) or 0,
        reviews=_count(connection, WeeklyReview),
    )


@dataclass(frozen=True)
class CycleSummary:
    name: str
    start_date: dt.date
    end_date: dt.date
    objectives: int
    key_results: int
    checkins_last_7_days: int


def cycle_summary(connection: Connection, cycle: CycleInfo, today: dt.date) -> CycleSummary:
    """Counts of a cycle's objectives, key results and last week's check-ins."""
    objective_ids = select(Objective.id).where(Objective.cycle_id == cycle.id)
    kr_ids = select(KeyResult.id).where(KeyResult.objective_id.in_(objective_ids))
    recent = select(func.count()).where(
        CheckIn.key_result_id.in_(kr_ids), CheckIn.checked_on > today - dt.timedelta(days=7)
    )
    return CycleSummary(
        name=cycle.name,
        start_date=cycle.start_date,
        end_date=cycle.end_date,
        objectives=connection.scalar(select(func.count()).select_from(objective_ids.subquery()))
        or 0,
        key_results=connection.scalar(select(func.count()).select_from(kr_ids.subquery())) or 0,
        checkins_last_7_days=connection.scalar(recent) or 0,
    )


def experiments_by_status(connection: Connection) -> dict[str, int]:
    rows = connection.execute(select(Experiment.status, func.count()).group_by(Experiment.status))
    return {status: count for status, count in rows}


def last_week_stage_totals(
    connection: Connection, before: dt.date
) -> tuple[list[str], dt.date | None, list[int]]:
    """The first funnel's stage names, its last week with counts that starts before `before`
    (None when none) and that week's total count of each stage."""
    funnel_id = connection.scalar(select(Funnel.id).order_by(Funnel.id).limit(1))
    if funnel_id is None:
        return [], None, []
    stages = connection.execute(
        select(FunnelStage.id, FunnelStage.name)
        .where(FunnelStage.funnel_id == funnel_id)
        .order_by(FunnelStage.position)
    ).all()
    names = [name for _id, name in stages]
    index = {stage_id: i for i, (stage_id, _name) in enumerate(stages)}
    week = connection.scalar(
        select(func.max(FunnelCount.week_start)).where(
            FunnelCount.stage_id.in_(index), FunnelCount.week_start < before
        )
    )
    if week is None:
        return names, None, []
    totals = stage_totals(connection, list(index), (week,))
    return names, week, [totals.get((stage_id, week), 0) for stage_id in index]


def stage_totals(
    connection: Connection, stage_ids: list[int], weeks: tuple[dt.date, ...]
) -> dict[tuple[int, dt.date], int]:
    """(stage id, week) → the stage's count that week, all segments and variants summed."""
    rows = connection.execute(
        select(FunnelCount.stage_id, FunnelCount.week_start, func.sum(FunnelCount.count))
        .where(FunnelCount.stage_id.in_(stage_ids), FunnelCount.week_start.in_(weeks))
        .group_by(FunnelCount.stage_id, FunnelCount.week_start)
    )
    return {(stage_id, week): int(total) for stage_id, week, total in rows}


@dataclass(frozen=True)
class CheckInLine:
    checked_on: dt.date
    key_result: str
    value: float
    kind: str
    unit: str
    confidence: int | None
    comment: str
    unit_label: str = ""  # shown after the value ("h", "NPS")
    decimals: int | None = None  # None: the unit's default


def latest_checkins(connection: Connection, limit: int = 8) -> list[CheckInLine]:
    rows = connection.execute(
        select(
            CheckIn.checked_on,
            KeyResult.title,
            CheckIn.value,
            KeyResult.kind,
            KeyResult.unit,
            CheckIn.confidence,
            CheckIn.comment,
            KeyResult.unit_label,
            KeyResult.decimals,
        )
        .join(KeyResult, CheckIn.key_result_id == KeyResult.id)
        .order_by(CheckIn.checked_on.desc(), CheckIn.id.desc())
        .limit(limit)
    )
    return [CheckInLine(*row) for row in rows]


@dataclass(frozen=True)
class DisplaySettings:
    currency: str = "EUR"
    at_risk_confidence: int = 4
    off_track_confidence: int = 2
    week_start: int = 0  # 0 = Monday


def display_settings(connection: Connection) -> DisplaySettings:
    """The workspace settings that change how values are shown."""
    row = connection.execute(
        select(
            WorkspaceSettings.currency,
            WorkspaceSettings.at_risk_confidence,
            WorkspaceSettings.off_track_confidence,
            WorkspaceSettings.week_start,
        )
    ).first()
    return DisplaySettings(*row) if row else DisplaySettings()
