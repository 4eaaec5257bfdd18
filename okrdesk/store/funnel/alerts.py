"""Funnel steps whose conversion rate dropped significantly last week, for the dashboard.

The dashboard is on the start-up path, so this reads plain SQL sums and tests them with the
standard-library statistics of domain.stats: no pandas here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import Connection, func, select

from okrdesk.domain.stats import proportion_test
from okrdesk.domain.weeks import last_full_week
from okrdesk.store.schema import Funnel, FunnelCount, FunnelStage, WorkspaceSettings

ALPHA = 0.05  # DESIGN: a week-over-week change is flagged at p < 0.05


@dataclass(frozen=True)
class Alert:
    """A step (from_stage → to_stage, adjacent stages) whose rate fell in `week`.

    rate and previous_rate are fractions (to / from) of `week` and of the week before;
    change = rate - previous_rate (negative); p_value of the pooled two-proportion test.
    The counts are summed over every segment and variant.
    """

    funnel_id: int
    funnel: str
    from_stage: str
    to_stage: str
    week: dt.date
    rate: float
    previous_rate: float
    change: float
    p_value: float
    from_count: int
    to_count: int
    previous_from_count: int
    previous_to_count: int


def significant_drops(connection: Connection, today: dt.date) -> list[Alert]:
    """Every funnel step whose rate fell from the week before to the last full week, with
    p < ALPHA; funnels by name, steps in stage order.

    A stage with no count in a week where the stage before it had people counts 0 there: a
    step that fell to nobody is the loudest drop, not a silent one. A step whose earlier stage
    had nobody in either week (a week without data) alerts nothing.
    """
    week_start = connection.scalar(select(WorkspaceSettings.week_start)) or 0
    week = last_full_week(today, week_start)
    previous = week - dt.timedelta(weeks=1)
    stages = connection.execute(
        select(
            Funnel.id.label("funnel_id"),
            Funnel.name.label("funnel"),
            FunnelStage.id.label("stage_id"),
            FunnelStage.name.label("stage"),
        )
        .join(FunnelStage, FunnelStage.funnel_id == Funnel.id)
        .order_by(Funnel.name, FunnelStage.position)
    ).all()
    totals: dict[tuple[dt.date, int], int] = {
        (row_week, stage_id): int(total)
        for row_week, stage_id, total in connection.execute(
            select(FunnelCount.week_start, FunnelCount.stage_id, func.sum(FunnelCount.count))
            .where(FunnelCount.week_start.in_((week, previous)))
            .group_by(FunnelCount.week_start, FunnelCount.stage_id)
        )
    }
    alerts = []
    for before, after in pairwise(stages):
        if before.funnel_id != after.funnel_id:  # one funnel's last stage, the next's first
            continue
        from_id, to_id = before.stage_id, after.stage_id
        counts = [totals.get((w, s), 0) for w in (previous, week) for s in (from_id, to_id)]
        old_from, old_to, new_from, new_to = counts
        if not old_from or not new_from:
            continue
        if old_to > old_from or new_to > new_from:  # not a proportion: data out of order
            continue
        test = proportion_test(old_to, old_from, new_to, new_from, ALPHA)
        if not test.significant or test.diff is None or test.diff >= 0:
            continue
        # A significant test has both rates and a p-value; this only tells the type checker.
        if test.variant_rate is None or test.control_rate is None or test.p_value is None:
            continue
        alerts.append(
            Alert(
                funnel_id=before.funnel_id,
                funnel=before.funnel,
                from_stage=before.stage,
                to_stage=after.stage,
                week=week,
                rate=test.variant_rate,
                previous_rate=test.control_rate,
                change=test.diff,
                p_value=test.p_value,
                from_count=new_from,
                to_count=new_to,
                previous_from_count=old_from,
                previous_to_count=old_to,
            )
        )
    return alerts
