"""Funnel metrics from weekly counts, against numbers computed by hand."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain.funnel import (
    METRIC_COLUMNS,
    collapse,
    empty_counts,
    metrics,
    unit_economics,
)
from tests.helpers import counts_frame, spend_frame

STAGES = ["Visit", "Lead", "Deal"]
W1 = pd.Timestamp("2026-11-02")
W2 = pd.Timestamp("2026-11-09")
NAN = float("nan")


def same(actual, expected):
    """Equal numbers, or both undefined (NaN)."""
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected, strict=True):
        if isinstance(e, float) and math.isnan(e):
            assert math.isnan(a), f"{list(actual)} != {expected}"
        else:
            assert a == pytest.approx(e), f"{list(actual)} != {expected}"


@pytest.mark.parametrize(
    ("stage_counts", "step", "overall", "drop"),
    [
        # 1000 visits, 40 leads, 10 deals.
        (
            {"Visit": 1000, "Lead": 40, "Deal": 10},
            [NAN, 0.04, 0.25],
            [1, 0.04, 0.01],
            [NAN, 960, 30],
        ),
        # A missing stage counts 0; a later stage above an earlier one gives no negative drop.
        ({"Visit": 200, "Deal": 5}, [NAN, 0.0, NAN], [1, 0.0, 0.025], [NAN, 200, 0]),
        # Nothing entered: every rate is undefined, never 0.
        ({"Visit": 0, "Lead": 0, "Deal": 0}, [NAN, NAN, NAN], [NAN, NAN, NAN], [NAN, 0, 0]),
        ({"Lead": 4, "Deal": 2}, [NAN, NAN, 0.5], [NAN, NAN, NAN], [NAN, 0, 2]),
        ({"Visit": 10, "Lead": 10, "Deal": 10}, [NAN, 1.0, 1.0], [1, 1, 1], [NAN, 0, 0]),
    ],
)
def test_one_week_by_hand(stage_counts, step, overall, drop):
    frame = counts_frame([(W1, "", "", stage, n) for stage, n in stage_counts.items()])
    result = metrics(frame, STAGES)
    assert list(result.columns) == list(METRIC_COLUMNS)
    assert list(result["stage"]) == STAGES
    assert list(result["count"]) == [stage_counts.get(s, 0) for s in STAGES]
    same(result["step_conversion"], step)
    same(result["overall_conversion"], overall)
    same(result["drop_off"], drop)


def test_rows_per_week_segment_and_variant_in_stage_order():
    frame = counts_frame(
        [
            (W2, "ads", "B", "Lead", 6),
            (W2, "ads", "B", "Visit", 60),
            (W1, "ads", "A", "Deal", 1),
            (W1, "ads", "A", "Lead", 5),
            (W1, "ads", "A", "Visit", 50),
            (W1, "organic", "", "Visit", 80),
            (W1, "organic", "", "Lead", 2),
            (W1, "organic", "", "Unknown stage", 99),
        ]
    )
    result = metrics(frame, STAGES)
    keys = list(
        zip(result["week"], result["segment"], result["variant"], result["stage"], strict=True)
    )
    assert keys == [
        (W1, "ads", "A", "Visit"),
        (W1, "ads", "A", "Lead"),
        (W1, "ads", "A", "Deal"),
        (W1, "organic", "", "Visit"),
        (W1, "organic", "", "Lead"),
        (W1, "organic", "", "Deal"),
        (W2, "ads", "B", "Visit"),
        (W2, "ads", "B", "Lead"),
        (W2, "ads", "B", "Deal"),
    ]
    assert list(result["count"]) == [50, 5, 1, 80, 2, 0, 60, 6, 0]
    same(result["step_conversion"], [NAN, 0.1, 0.2, NAN, 0.025, 0.0, NAN, 0.1, 0.0])
    same(result["drop_off"], [NAN, 45, 4, NAN, 78, 2, NAN, 54, 6])
    assert result["count"].dtype == np.int64
    assert result["week"].dtype.kind == "M"


def test_duplicate_rows_are_summed_and_missing_segments_are_none():
    frame = counts_frame(
        [(W1, None, None, "Visit", 30), (W1, "", "", "Visit", 20), (W1, "", "", "Lead", 5)]
    )
    result = metrics(frame, STAGES)
    assert list(result["segment"]) == ["", "", ""]
    assert list(result["count"]) == [50, 5, 0]


def test_no_counts_gives_an_empty_frame_with_the_columns():
    result = metrics(empty_counts(), STAGES)
    assert result.empty
    assert list(result.columns) == list(METRIC_COLUMNS)


@pytest.mark.parametrize("stages", [[], ["Visit", "Visit"]])
def test_bad_stage_lists_are_refused(stages):
    with pytest.raises(ValueError):
        metrics(empty_counts(), stages)


def test_collapse_sums_sources_and_variants_into_all():
    frame = counts_frame(
        [
            (W1, "ads", "A", "Visit", 50),
            (W1, "ads", "B", "Visit", 40),
            (W1, "organic", "", "Visit", 10),
            (W1, "ads", "A", "Lead", 9),
            (W2, "organic", "", "Visit", 7),
        ]
    )
    everything = collapse(frame)
    assert list(everything.columns) == list(frame.columns)
    assert set(everything["segment"]) == {""} and set(everything["variant"]) == {""}
    totals = {
        (w, s): n
        for w, s, n in zip(
            everything["week"], everything["stage"], everything["count"], strict=True
        )
    }
    assert totals == {(W1, "Visit"): 100, (W1, "Lead"): 9, (W2, "Visit"): 7}

    by_segment = collapse(frame, keep=("week", "segment"))
    rows = set(
        zip(
            by_segment["segment"],
            by_segment["variant"],
            by_segment["stage"],
            by_segment["count"],
            strict=True,
        )
    )
    assert (("ads", "", "Visit", 90) in rows) and (("organic", "", "Visit", 10) in rows)

    result = metrics(everything, STAGES)
    assert list(result["count"][:3]) == [100, 9, 0]
    assert result["step_conversion"].iloc[1] == pytest.approx(0.09)


def test_collapse_sums_spend_too():
    spend = spend_frame([(W1, "ads", "A", 100.0, 50.0), (W1, "ads", "B", 20.5, 0.0)])
    total = collapse(spend, keep=("week", "segment"))
    assert list(total.itertuples(index=False, name=None)) == [(W1, "ads", "", 120.5, 50.0)]


def test_collapse_refuses_unknown_dimensions():
    with pytest.raises(ValueError):
        collapse(empty_counts(), keep=("stage",))


def test_unit_economics_by_hand():
    counts = counts_frame(
        [
            (W1, "ads", "", "Visit", 1000),
            (W1, "ads", "", "Lead", 40),
            (W1, "ads", "", "Deal", 4),
            (W1, "organic", "", "Visit", 500),
            (W1, "organic", "", "Lead", 10),
            (W2, "ads", "", "Visit", 300),  # no leads, no deals that week
        ]
    )
    spend = spend_frame(
        [
            (W1, "ads", "", 800.0, 2000.0),
            (W1, "organic", "", 0.0, 900.0),
            (W2, "ads", "", 150.0, 0.0),
            (W2, "referral", "", 0.0, 0.0),  # spend row, no counts
        ]
    )
    result = unit_economics(counts, spend, STAGES, "Lead", "Deal")
    assert list(result.columns) == [
        "week",
        "segment",
        "spend",
        "revenue",
        "leads",
        "deals",
        "cost_per_lead",
        "cac",
        "roi",
    ]
    by_key = {(r.week, r.segment): r for r in result.itertuples(index=False)}
    assert list(by_key) == [(W1, "ads"), (W1, "organic"), (W2, "ads"), (W2, "referral")]
    ads = by_key[(W1, "ads")]
    assert (ads.leads, ads.deals) == (40, 4)
    assert ads.cost_per_lead == pytest.approx(20.0)  # 800 / 40
    assert ads.cac == pytest.approx(200.0)  # 800 / 4
    assert ads.roi == pytest.approx(1.5)  # (2000 - 800) / 800
    organic = by_key[(W1, "organic")]
    assert organic.cost_per_lead == 0.0
    assert math.isnan(organic.cac) and math.isnan(organic.roi)  # no deals, no spend
    late = by_key[(W2, "ads")]
    assert math.isnan(late.cost_per_lead) and math.isnan(late.cac)
    assert late.roi == pytest.approx(-1.0)
    nothing = by_key[(W2, "referral")]
    assert (nothing.leads, nothing.deals, nothing.spend) == (0, 0, 0.0)


def test_unit_economics_over_all_weeks_per_segment():
    counts = counts_frame(
        [(W1, "ads", "", "Lead", 10), (W2, "ads", "", "Lead", 30), (W2, "ads", "", "Deal", 2)]
    )
    spend = spend_frame([(W1, "ads", "", 100.0, 0.0), (W2, "ads", "", 300.0, 1000.0)])
    result = unit_economics(counts, spend, STAGES, "Lead", "Deal", keep=("segment",))
    row = result.iloc[0]
    assert (row["segment"], row["spend"], row["leads"], row["deals"]) == ("ads", 400.0, 40, 2)
    assert row["cost_per_lead"] == pytest.approx(10.0)
    assert row["cac"] == pytest.approx(200.0)
    assert row["roi"] == pytest.approx(1.5)


def test_unit_economics_refuses_a_stage_outside_the_funnel():
    with pytest.raises(ValueError, match="MQL"):
        unit_economics(empty_counts(), spend_frame([]), STAGES, "MQL", "Deal")


def test_collapse_over_every_week_still_feeds_the_metrics():
    frame = counts_frame(
        [
            (W1, "ads", "", "Visit", 100),
            (W2, "organic", "", "Visit", 50),
            (W2, "ads", "", "Lead", 15),
        ]
    )
    total = collapse(frame, keep=())
    assert total["week"].isna().all()
    result = metrics(total, STAGES)
    assert list(result["count"]) == [150, 15, 0]
    assert result["step_conversion"].iloc[1] == pytest.approx(0.1)


@given(
    st.lists(
        st.lists(st.integers(min_value=0, max_value=10_000), min_size=3, max_size=3),
        min_size=1,
        max_size=6,
    )
)
def test_rates_chain_and_drop_offs_never_go_negative(weeks):
    frame = counts_frame(
        [
            (W1 + pd.Timedelta(weeks=w), "", "", stage, n)
            for w, numbers in enumerate(weeks)
            for stage, n in zip(STAGES, numbers, strict=True)
        ]
    )
    result = metrics(frame, STAGES)
    assert len(result) == 3 * len(weeks)
    assert (result["drop_off"].dropna() >= 0).all()
    for w in range(len(weeks)):
        rows = result.iloc[3 * w : 3 * w + 3]
        step, overall = rows["step_conversion"].to_numpy(), rows["overall_conversion"].to_numpy()
        # Where every rate is defined, the overall rate is the product of the steps.
        if not np.isnan(overall[2]) and not np.isnan(step[1:]).any():
            assert overall[2] == pytest.approx(step[1] * step[2])
        assert np.isnan(overall).all() == (weeks[w][0] == 0)
