"""The planner's rules without a window: which case a plan is, with its numbers."""

from __future__ import annotations

import pytest

from okrdesk.domain import stats
from okrdesk.domain.experiment_plan import StepTraffic, plan_experiment

THIRTY_PERCENT = StepTraffic(4, 4_000, 1_200)  # 30 %, 1 000 a week


@pytest.mark.parametrize(
    ("traffic", "mde", "case", "warning"),
    [
        (None, 0.05, "no_step", False),
        (StepTraffic(0, 0, 0), 0.05, "no_counts", True),
        (StepTraffic(4, 400, 0), 0.05, "untestable_rate", True),
        (THIRTY_PERCENT, None, "no_effect", False),
        (StepTraffic(4, 400, 360), 0.2, "past_bounds", True),
        (THIRTY_PERCENT, 0.2, "fits", False),
        (THIRTY_PERCENT, 0.06, "too_long", True),
    ],
)
def test_each_case_and_whether_it_warns(traffic, mde, case, warning):
    plan = plan_experiment(traffic, mde, stats.MAX_PLANNED_DAYS, 0.5)
    assert (plan.case, plan.warning) == (case, warning)


def test_a_plan_that_does_not_fit_the_week_counts_its_days_and_suggests_the_long_run():
    days = stats.days_needed(0.3, 0.06, 1_000)
    assert stats.MAX_PLANNED_DAYS < days <= stats.LONG_RUN_DAYS
    plan = plan_experiment(THIRTY_PERCENT, 0.06, stats.MAX_PLANNED_DAYS, 0.5)
    assert (plan.days, plan.per_arm) == (days, stats.sample_size(0.3, 0.06))
    assert plan.long_run == "fits_long_run"
    assert plan_experiment(THIRTY_PERCENT, 0.06, stats.LONG_RUN_DAYS, 0.5).case == "fits"
    too_small = plan_experiment(THIRTY_PERCENT, 0.01, stats.MAX_PLANNED_DAYS, 0.5)
    assert too_small.long_run == "long_run_too_short"


def test_a_long_plan_has_no_long_run_to_suggest():
    plan = plan_experiment(THIRTY_PERCENT, 0.01, stats.LONG_RUN_DAYS, 0.5)
    assert plan.case == "too_long" and plan.long_run == ""
