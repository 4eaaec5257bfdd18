"""What the experiment editor needs to read: its choices and the traffic on a funnel step.

The planner takes the step's baseline rate and weekly traffic from the last full weeks of
`funnel_counts` (activity view, every source and variant together): plain SQL sums.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from okrdesk.domain import weeks
from okrdesk.domain.experiment_plan import StepTraffic as StepTraffic
from okrdesk.store.schema import (
    Cycle,
    Funnel,
    FunnelCount,
    FunnelStage,
    KeyResult,
    Objective,
    WorkspaceSettings,
)

PLANNING_WEEKS = 4


@dataclass(frozen=True)
class FunnelChoice:
    id: int
    name: str
    stages: tuple[tuple[int, str], ...]  # (id, name) in funnel order


@dataclass(frozen=True)
class KeyResultChoice:
    id: int
    title: str
    cycle_name: str


def funnel_choices(connection: Connection) -> list[FunnelChoice]:
    """Every funnel by name, with its stages in order."""
    rows = connection.execute(
        select(Funnel.id, Funnel.name, FunnelStage.id, FunnelStage.name)
        .outerjoin(FunnelStage, FunnelStage.funnel_id == Funnel.id)
        .order_by(Funnel.name, Funnel.id, FunnelStage.position)
    )
    funnels: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for funnel_id, funnel_name, stage_id, stage_name in rows:
        _, stages = funnels.setdefault(funnel_id, (funnel_name, []))
        if stage_id is not None:
            stages.append((stage_id, stage_name))
    return [FunnelChoice(id_, name, tuple(stages)) for id_, (name, stages) in funnels.items()]


def key_result_choices(connection: Connection) -> list[KeyResultChoice]:
    """Every key result, newest cycle first, in objective and key result order."""
    rows = connection.execute(
        select(KeyResult.id, KeyResult.title, Cycle.name)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .join(Cycle, Objective.cycle_id == Cycle.id)
        .order_by(
            Cycle.start_date.desc(), Cycle.id, Objective.position, Objective.id, KeyResult.position
        )
    )
    return [KeyResultChoice(*row) for row in rows]


def week_start_of(connection: Connection, day: dt.date) -> dt.date:
    """The first day of the week holding `day`, by the workspace's week start (Monday = 0)."""
    return weeks.week_start_of(day, connection.scalar(select(WorkspaceSettings.week_start)) or 0)


def step_traffic(
    connection: Connection,
    from_stage_id: int,
    to_stage_id: int,
    today: dt.date,
    weeks: int = PLANNING_WEEKS,
) -> StepTraffic:
    """Sums over the last `weeks` full weeks before today's week that have counts."""
    this_week = week_start_of(connection, today)
    recent = list(
        connection.scalars(
            select(FunnelCount.week_start)
            .where(FunnelCount.stage_id == from_stage_id, FunnelCount.week_start < this_week)
            .group_by(FunnelCount.week_start)
            .order_by(FunnelCount.week_start.desc())
            .limit(weeks)
        )
    )
    if not recent:
        return StepTraffic(0, 0, 0)
    totals = dict(
        connection.execute(
            select(FunnelCount.stage_id, func.sum(FunnelCount.count))
            .where(
                FunnelCount.stage_id.in_([from_stage_id, to_stage_id]),
                FunnelCount.week_start.in_(recent),
            )
            .group_by(FunnelCount.stage_id)
        ).all()
    )
    return StepTraffic(
        len(recent), int(totals.get(from_stage_id) or 0), int(totals.get(to_stage_id) or 0)
    )
