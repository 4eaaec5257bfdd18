"""Week-over-week and period comparison of step rates, and the weekly series a KR takes."""

import math

import pandas as pd
import pytest

from okrdesk.domain.funnel import (
    COMPARISON_COLUMNS,
    FUNNEL_METRICS,
    compare_periods,
    metric_series,
    week_over_week,
)
from tests.helpers import counts_frame, spend_frame

STAGES = ["Visit", "Form", "Lead", "Deal"]
WEEKS = [pd.Timestamp("2026-10-19") + pd.Timedelta(weeks=n) for n in range(5)]
NAN = float("nan")


def week_rows(week, segment, numbers):
    return [(week, segment, "", stage, n) for stage, n in zip(STAGES, numbers, strict=True)]


# Week 3 against week 4, two sources summed. Lead -> Deal: 5/83 before, 12/99 now is
# statsmodels' proportions_ztest example (p 0.15918129181156992).
PAIR = counts_frame(
    week_rows(WEEKS[3], "ads", [1000, 300, 60, 5])
    + week_rows(WEEKS[3], "organic", [1000, 100, 23, 0])
    + week_rows(WEEKS[4], "ads", [900, 200, 70, 7])
    + week_rows(WEEKS[4], "organic", [600, 100, 29, 5])
)


def test_week_over_week_by_hand():
    result = week_over_week(PAIR, STAGES, WEEKS[4].date())
    assert list(result.columns) == list(COMPARISON_COLUMNS)
    assert list(zip(result["from_stage"], result["to_stage"], strict=True)) == [
        ("Visit", "Form"),
        ("Form", "Lead"),
        ("Lead", "Deal"),
    ]
    visit = result.iloc[0]
    assert (visit["from_count"], visit["to_count"]) == (1500, 300)
    assert (visit["baseline_from_count"], visit["baseline_to_count"]) == (2000, 400)
    assert visit["rate"] == pytest.approx(0.2)
    assert visit["baseline_rate"] == pytest.approx(0.2)
    assert visit["change"] == pytest.approx(0.0)
    assert visit["p_value"] == pytest.approx(1.0)
    assert not visit["significant"]

    form = result.iloc[1]
    assert (form["baseline_to_count"], form["baseline_from_count"]) == (83, 400)
    assert (form["to_count"], form["from_count"]) == (99, 300)
    lead = result.iloc[2]
    assert (lead["baseline_to_count"], lead["baseline_from_count"]) == (5, 83)
    assert (lead["to_count"], lead["from_count"]) == (12, 99)
    assert lead["rate"] == pytest.approx(12 / 99)
    assert lead["change"] == pytest.approx(12 / 99 - 5 / 83)
    assert lead["relative_change"] == pytest.approx((12 / 99 - 5 / 83) / (5 / 83))
    assert lead["p_value"] == pytest.approx(0.15918129181156992, abs=1e-12)
    assert not lead["significant"]


def test_a_significant_drop_is_flagged():
    # 203/400 before, 179/300 now: R's prop.test example (X-squared 5.4979, p 0.01904).
    frame = counts_frame(
        week_rows(WEEKS[3], "", [400, 203, 0, 0]) + week_rows(WEEKS[4], "", [300, 179, 0, 0])
    )
    row = week_over_week(frame, STAGES, WEEKS[4]).iloc[0]
    assert row["p_value"] == pytest.approx(0.01904, abs=5e-6)
    assert row["significant"]
    assert not week_over_week(frame, STAGES, WEEKS[4], alpha=0.01).iloc[0]["significant"]


def test_undefined_rates_are_kept_and_never_significant():
    frame = counts_frame(
        week_rows(WEEKS[3], "", [100, 0, 0, 3]) + week_rows(WEEKS[4], "", [0, 0, 5, 2])
    )
    result = week_over_week(frame, STAGES, WEEKS[4])
    assert len(result) == 3
    visit, form, lead = (result.iloc[i] for i in range(3))
    assert math.isnan(visit["rate"]) and visit["baseline_rate"] == 0.0
    assert math.isnan(visit["change"]) and math.isnan(visit["p_value"])
    assert math.isnan(form["rate"]) and math.isnan(form["baseline_rate"])
    # 2 deals from 5 leads now; last week's 3 deals came from no leads: no baseline rate.
    assert lead["rate"] == pytest.approx(0.4)
    assert math.isnan(lead["baseline_rate"]) and math.isnan(lead["relative_change"])
    assert not result["significant"].any()


def test_a_missing_week_counts_zero():
    frame = counts_frame(week_rows(WEEKS[4], "", [100, 10, 5, 1]))
    result = week_over_week(frame, STAGES, WEEKS[4])
    assert list(result["baseline_from_count"]) == [0, 0, 0]
    assert result["baseline_rate"].isna().all()
    assert result["p_value"].isna().all()


def test_a_later_stage_above_the_earlier_is_not_tested():
    frame = counts_frame(
        week_rows(WEEKS[3], "", [100, 120, 0, 0]) + week_rows(WEEKS[4], "", [100, 90, 0, 0])
    )
    row = week_over_week(frame, STAGES, WEEKS[4]).iloc[0]
    assert row["baseline_rate"] == pytest.approx(1.2)
    assert row["change"] == pytest.approx(-0.3)
    assert math.isnan(row["p_value"]) and not row["significant"]


def test_trailing_mean_pools_the_four_weeks_before():
    rows = []
    for week, (visits, forms) in zip(
        WEEKS[:4], [(100, 50), (100, 50), (100, 50), (100, 53)], strict=True
    ):
        rows += week_rows(week, "", [visits, forms, 0, 0])
    rows += week_rows(WEEKS[4], "", [300, 179, 0, 0])
    frame = counts_frame(rows)
    trailing = compare_periods(frame, STAGES, WEEKS[4], baseline="trailing_mean", weeks=4)
    row = trailing.iloc[0]
    assert (row["baseline_from_count"], row["baseline_to_count"]) == (400, 203)
    assert row["baseline_rate"] == pytest.approx(203 / 400)
    assert row["p_value"] == pytest.approx(0.01904, abs=5e-6)
    assert row["significant"]

    previous = compare_periods(frame, STAGES, WEEKS[4], baseline="previous")
    assert previous.iloc[0]["baseline_rate"] == pytest.approx(0.53)
    two = compare_periods(frame, STAGES, WEEKS[4], baseline="trailing_mean", weeks=2)
    assert two.iloc[0]["baseline_from_count"] == 200


def test_compare_periods_refuses_an_unknown_baseline():
    with pytest.raises(ValueError):
        compare_periods(PAIR, STAGES, WEEKS[4], baseline="median")


# Two weeks, two sources; spend only on ads.
SERIES_COUNTS = counts_frame(
    week_rows(WEEKS[0], "ads", [1000, 100, 40, 4])
    + week_rows(WEEKS[0], "organic", [1000, 60, 10, 1])
    + week_rows(WEEKS[1], "ads", [500, 0, 0, 0])
)
SERIES_SPEND = spend_frame(
    [
        (WEEKS[0], "ads", "", 800.0, 2000.0),
        (WEEKS[0], "organic", "", 0.0, 1000.0),
        (WEEKS[1], "ads", "", 400.0, 0.0),
        (WEEKS[2], "ads", "", 100.0, 0.0),  # spend before the counts arrive
    ]
)


@pytest.mark.parametrize(
    ("metric", "from_stage", "to_stage", "segment", "expected"),
    [
        ("step_rate", None, "Form", "", [160 / 2000, 0.0, NAN]),
        ("step_rate", None, "Lead", "ads", [0.4, NAN, NAN]),
        ("step_rate", "Visit", "Deal", "", [5 / 2000, 0.0, NAN]),
        ("overall_rate", None, "Lead", "organic", [0.01]),
        ("stage_count", None, "Lead", "", [50, 0, 0]),
        ("cost_per_lead", None, None, "", [800 / 50, NAN, NAN]),
        ("cost_per_lead", None, "Form", "ads", [8.0, NAN, NAN]),
        ("cac", None, None, "ads", [200.0, NAN, NAN]),
        ("roi", None, None, "", [(3000 - 800) / 800, -1.0, -1.0]),
        ("roi", None, None, "organic", [NAN]),
        ("revenue", None, None, "", [3000.0, 0.0, 0.0]),
        ("spend", None, None, "ads", [800.0, 400.0, 100.0]),
    ],
)
def test_metric_series_by_hand(metric, from_stage, to_stage, segment, expected):
    series = metric_series(
        SERIES_COUNTS, SERIES_SPEND, STAGES, metric, from_stage, to_stage, segment=segment
    )
    assert series.name == metric
    assert list(series.index) == WEEKS[: len(expected)]
    for actual, wanted in zip(series, expected, strict=True):
        if math.isnan(wanted):
            assert math.isnan(actual)
        else:
            assert actual == pytest.approx(wanted)


def test_metric_names_match_the_schema():
    from okrdesk.store.schema import FUNNEL_METRICS as STORED

    assert FUNNEL_METRICS == STORED


@pytest.mark.parametrize(
    ("metric", "to_stage"),
    [("step_rate", None), ("stage_count", "Churned"), ("conversion", "Lead")],
)
def test_metric_series_refuses_what_it_cannot_compute(metric, to_stage):
    with pytest.raises(ValueError):
        metric_series(SERIES_COUNTS, SERIES_SPEND, STAGES, metric, to_stage=to_stage)


def test_weeks_given_as_dates_work_like_timestamps():
    frame = PAIR.assign(week=PAIR["week"].dt.date)
    by_date = week_over_week(frame, STAGES, WEEKS[4].date())
    assert by_date.equals(week_over_week(PAIR, STAGES, WEEKS[4]))
    spend = SERIES_SPEND.assign(week=SERIES_SPEND["week"].dt.date)
    series = metric_series(SERIES_COUNTS, spend, STAGES, "spend", segment="ads")
    assert list(series) == [800.0, 400.0, 100.0]
