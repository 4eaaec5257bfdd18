"""Can a planned experiment show its effect in time? The planner's rules (DESIGN, Planning).

From a funnel step's baseline rate and weekly traffic (the last full weeks that have counts),
`stats.sample_size` gives the visitors each arm needs and `stats.days_needed` the days at that
traffic, the smaller arm setting the pace. More days than planned is a warning, with
DESIGN.md's suggestions: a bigger change, a higher-traffic step, or a 14-day run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from okrdesk.domain import stats


@dataclass(frozen=True)
class StepTraffic:
    """A funnel step over the last full weeks that have counts.

    weeks: how many weeks were summed (0 when the step has no data yet).
    entered, converted: totals reaching the from stage and the to stage in those weeks.
    """

    weeks: int
    entered: int
    converted: int

    @property
    def weekly_traffic(self) -> float:
        return self.entered / self.weeks if self.weeks else 0.0

    @property
    def baseline_rate(self) -> float | None:
        """converted / entered; None when nothing entered (a rate of 0/0 is undefined)."""
        return self.converted / self.entered if self.entered else None


# What the plan found, in the order the rules ask:
#   no_step: no funnel step chosen; no_counts: the step has no counts in the planning weeks;
#   untestable_rate: its rate is 0 or 1; no_effect: no planned effect yet (only what the
#   duration can show); past_bounds: the planned effect takes the rate past 0 or 100 %;
#   fits: the sample fits in the duration; too_long: it needs more days than planned.
PlanCase: TypeAlias = Literal[
    "no_step", "no_counts", "untestable_rate", "no_effect", "past_bounds", "fits", "too_long"
]
# For a plan that is too long and shorter than LONG_RUN_DAYS: "fits_long_run" when a run of
# LONG_RUN_DAYS would be enough, "long_run_too_short" when even that is not.
LongRun: TypeAlias = Literal["", "fits_long_run", "long_run_too_short"]


@dataclass(frozen=True)
class ExperimentPlan:
    """The planner's verdict and its numbers; None where a case has no such number.

    detectable: the smallest change the planned duration can show (None: none at all);
    per_arm: visitors each arm needs for planned_mde; days: days needed at this traffic.
    """

    case: PlanCase
    duration_days: int
    traffic: StepTraffic | None = None
    planned_mde: float | None = None
    detectable: float | None = None
    per_arm: int | None = None
    days: int | None = None
    long_run: LongRun = ""

    @property
    def warning(self) -> bool:
        """The test cannot end within its duration, or cannot be planned at all."""
        return self.case in ("no_counts", "untestable_rate", "past_bounds", "too_long")


def plan_experiment(
    traffic: StepTraffic | None,
    planned_mde: float | None,
    duration_days: int,
    control_share: float,
) -> ExperimentPlan:
    """The plan of a test on a step with this traffic, effect, duration and control share."""
    if traffic is None:
        return ExperimentPlan("no_step", duration_days)
    rate = traffic.baseline_rate
    if traffic.weeks == 0 or rate is None:
        return ExperimentPlan("no_counts", duration_days, traffic)
    if not 0 < rate < 1:
        return ExperimentPlan("untestable_rate", duration_days, traffic)
    weekly = traffic.weekly_traffic
    split = (control_share, 1 - control_share)
    in_duration = weekly * duration_days / 7 * min(split)
    detectable = stats.mde(rate, in_duration) if in_duration >= 1 else None
    if planned_mde is None:
        return ExperimentPlan("no_effect", duration_days, traffic, detectable=detectable)
    if not 0 < rate + planned_mde < 1:
        return ExperimentPlan("past_bounds", duration_days, traffic, planned_mde, detectable)
    per_arm = stats.sample_size(rate, planned_mde)
    days = stats.days_needed(rate, planned_mde, weekly, split=split)
    case: PlanCase = "fits" if days <= duration_days else "too_long"
    long_run: LongRun = ""
    if case == "too_long" and duration_days < stats.LONG_RUN_DAYS:
        long_run = "fits_long_run" if days <= stats.LONG_RUN_DAYS else "long_run_too_short"
    return ExperimentPlan(
        case, duration_days, traffic, planned_mde, detectable, per_arm, days, long_run
    )
