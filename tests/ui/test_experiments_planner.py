"""The planner note's words for steps without data, at 0 %, and for effects past 100 %."""

from __future__ import annotations

from okrdesk.domain import stats
from okrdesk.store.experiments.planning import StepTraffic
from okrdesk.ui.experiments.planner import make_plan

STEP = "Lead → MQL"


def test_no_step_chosen_asks_for_one():
    plan = make_plan(None, "", 0.05, 7, 0.5)
    assert plan.text.startswith("Choose the funnel step") and not plan.warning


def test_a_step_without_counts_cannot_be_estimated():
    plan = make_plan(StepTraffic(0, 0, 0), STEP, 0.05, 7, 0.5)
    assert plan.warning
    assert plan.text.startswith("No funnel counts for Lead → MQL in the last 4 full weeks")


def test_a_rate_of_zero_cannot_be_tested():
    plan = make_plan(StepTraffic(4, 400, 0), STEP, 0.05, 7, 0.5)
    assert plan.warning
    assert "A rate of 0 % or 100 % cannot be tested" in plan.text


def test_an_effect_past_100_percent_is_refused():
    plan = make_plan(StepTraffic(4, 400, 360), STEP, 0.2, 7, 0.5)
    assert plan.warning
    assert "would take the rate past 100 %" in plan.text


def test_an_unequal_split_waits_for_the_smaller_arm():
    traffic = StepTraffic(4, 40_000, 1_200)  # 3 %, 10 000 a week
    even = make_plan(traffic, STEP, 0.01, 14, 0.5)
    uneven = make_plan(traffic, STEP, 0.01, 14, 0.8)
    days_even = stats.days_needed(0.03, 0.01, 10_000)
    days_uneven = stats.days_needed(0.03, 0.01, 10_000, split=(0.8, 0.2))
    assert days_uneven > days_even
    assert f"{days_even} days at this traffic" in even.text
    assert f"{days_uneven} days at this traffic" in uneven.text


def test_a_run_that_fits_in_14_days_suggests_the_longer_run():
    traffic = StepTraffic(4, 4_000, 1_200)  # 30 %, 1 000 a week
    days = stats.days_needed(0.3, 0.06, 1_000)
    assert 7 < days <= 14
    plan = make_plan(traffic, STEP, 0.06, 7, 0.5)
    assert plan.warning
    assert plan.text.endswith("Run it for 14 days instead of 7.")
    assert not make_plan(traffic, STEP, 0.06, 14, 0.5).warning


def test_the_long_run_suggestion_names_the_days_planned():
    traffic = StepTraffic(4, 4_000, 1_200)  # 30 %, 1 000 a week
    assert 5 < stats.days_needed(0.3, 0.06, 1_000) <= 14
    plan = make_plan(traffic, STEP, 0.06, 5, 0.5)
    assert plan.text.endswith("Run it for 14 days instead of 5.")
