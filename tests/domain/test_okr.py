import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain import okr
from okrdesk.domain.okr import (
    KrKind,
    Status,
    StatusRule,
    Thresholds,
    attainment,
    expected_progress,
    forecast,
    is_stretch_success,
    objective_progress,
    progress,
    score,
    score_colour,
    status,
)

# --- progress and attainment ---------------------------------------------------------------

P = pytest.param

KR_CASES = [
    # kind, start, target, current, attainment, progress
    P("increase", 0, 100, 40, 0.4, 0.4, id="increase-normal"),
    P("increase", 200, 500, 320, 0.4, 0.4, id="increase-from-baseline"),
    P("increase", -50, 0, -20, 0.6, 0.6, id="increase-negative-values"),
    P("increase", 0, 100, 100, 1.0, 1.0, id="increase-at-target"),
    P("increase", 0, 100, 150, 1.5, 1.0, id="increase-over-achieved"),
    P("increase", 0, 100, -10, 0.0, 0.0, id="increase-wrong-way"),
    P("increase", 0, 100, None, None, 0.0, id="increase-no-checkin"),
    P("increase", 10, 10, 10, None, 1.0, id="increase-zero-span-at-target"),
    P("increase", 10, 10, 12, None, 1.0, id="increase-zero-span-beyond"),
    P("increase", 10, 10, 9, None, 0.0, id="increase-zero-span-short"),
    P("increase", 10, 10, None, None, 0.0, id="increase-zero-span-no-checkin"),
    P("decrease", 420, 300, 360, 0.5, 0.5, id="decrease-cac-halfway"),
    P("decrease", 420, 300, 420, 0.0, 0.0, id="decrease-cac-at-start"),
    P("decrease", 420, 300, 300, 1.0, 1.0, id="decrease-cac-at-target"),
    P("decrease", 420, 300, 450, 0.0, 0.0, id="decrease-cac-wrong-way"),
    P("decrease", 420, 300, 280, 140 / 120, 1.0, id="decrease-cac-over-achieved"),
    P("decrease", 5, 2, 3.5, 0.5, 0.5, id="decrease-churn-percent"),
    P("decrease", 420, 300, None, None, 0.0, id="decrease-no-checkin"),
    P("decrease", 10, 10, 9, None, 1.0, id="decrease-zero-span-beyond"),
    P("decrease", 10, 10, 10, None, 1.0, id="decrease-zero-span-at-target"),
    P("decrease", 10, 10, 11, None, 0.0, id="decrease-zero-span-short"),
    P("stay_above", 0, 95, 95, 1.0, 1.0, id="stay-above-exactly-at-target"),
    P("stay_above", 0, 95, 99.9, 1.0, 1.0, id="stay-above-inside"),
    P("stay_above", 0, 95, 94.99, 0.0, 0.0, id="stay-above-outside"),
    P("stay_above", 99, 95, 96, 1.0, 1.0, id="stay-above-ignores-start"),
    P("stay_above", 0, 95, None, None, 0.0, id="stay-above-no-checkin"),
    P("stay_below", 0, 2, 2, 1.0, 1.0, id="stay-below-exactly-at-target"),
    P("stay_below", 0, 2, 0.5, 1.0, 1.0, id="stay-below-inside"),
    P("stay_below", 0, 2, 2.01, 0.0, 0.0, id="stay-below-outside"),
    P("stay_below", 5, 2, 1, 1.0, 1.0, id="stay-below-ignores-start"),
    P("stay_below", 0, 2, None, None, 0.0, id="stay-below-no-checkin"),
    P("binary", 0, 1, 0, 0.0, 0.0, id="binary-not-done"),
    P("binary", 0, 1, 1, 1.0, 1.0, id="binary-done"),
    P("binary", 0, 1, 0.5, 0.0, 0.0, id="binary-half-is-not-done"),
    P("binary", 0, 1, None, None, 0.0, id="binary-no-checkin"),
]


@pytest.mark.parametrize(("kind", "start", "target", "current", "attained", "expected"), KR_CASES)
def test_progress_and_attainment(kind, start, target, current, attained, expected):
    assert progress(kind, start, target, current) == pytest.approx(expected)
    if attained is None:
        assert attainment(kind, start, target, current) is None
    else:
        assert attainment(kind, start, target, current) == pytest.approx(attained)


def test_kind_may_be_the_enum_or_its_value():
    assert progress(KrKind.DECREASE, 420, 300, 360) == progress("decrease", 420, 300, 360)
    assert KrKind("stay_above") is KrKind.STAY_ABOVE
    assert [kind.value for kind in KrKind] == [
        "increase",
        "decrease",
        "stay_above",
        "stay_below",
        "binary",
    ]


@pytest.mark.parametrize(
    ("kind", "start", "target", "current"),
    [
        P("grow", 0, 10, 5, id="unknown-kind"),
        P("increase", 10, 0, 5, id="increase-target-below-start"),
        P("decrease", 0, 10, 5, id="decrease-target-above-start"),
        P("increase", 0, 10, math.nan, id="nan-current"),
        P("decrease", math.inf, 0, 5, id="infinite-start"),
    ],
)
def test_progress_refuses_what_it_cannot_judge(kind, start, target, current):
    with pytest.raises(ValueError):
        progress(kind, start, target, current)


values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
kinds = st.sampled_from(list(KrKind))


@given(kinds, values, values, st.none() | values)
def test_progress_is_always_between_0_and_1(kind, a, b, current):
    low, high = sorted((a, b))
    start, target = (high, low) if kind is KrKind.DECREASE else (low, high)
    assert 0.0 <= progress(kind, start, target, current) <= 1.0


@given(values, values, values, values)
def test_increase_progress_never_falls_as_current_rises(a, b, c1, c2):
    start, target = sorted((a, b))
    low, high = sorted((c1, c2))
    assert progress("increase", start, target, low) <= progress("increase", start, target, high)


@given(values, values, values, values)
def test_decrease_progress_never_rises_as_current_rises(a, b, c1, c2):
    target, start = sorted((a, b))
    low, high = sorted((c1, c2))
    assert progress("decrease", start, target, low) >= progress("decrease", start, target, high)


# --- objectives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        P([(0.5, 1)], 0.5, id="one-kr"),
        P([(0.5, 1), (1.0, 1)], 0.75, id="equal-weights"),
        P([(0.5, 1), (1.0, 3)], 0.875, id="weighted"),
        P([(0.2, 0.5), (0.8, 1.5)], 0.65, id="fractional-weights"),
        P([(0.0, 1), (0.0, 2)], 0.0, id="nothing-moved"),
        P([], None, id="no-krs"),
    ],
)
def test_objective_progress(pairs, expected):
    assert objective_progress(pairs) == pytest.approx(expected)
    assert objective_progress(iter(pairs)) == pytest.approx(expected)


@pytest.mark.parametrize("weight", [0, -1, math.nan], ids=["zero", "negative", "nan"])
def test_objective_progress_refuses_a_weight_that_is_not_positive(weight):
    with pytest.raises(ValueError):
        objective_progress([(0.5, 1), (0.5, weight)])


@pytest.mark.parametrize(
    ("signups", "cac", "expected"),
    [
        # Signups 200 → 500 (weight 1), CAC 420 → 300 (weight 2), by hand:
        P(320, 360, (0.4 * 1 + 0.5 * 2) / 3, id="both-moving"),
        # Over-achieving one KR (CAC attainment 1.17) does not make up for the other.
        P(320, 280, (0.4 * 1 + 1.0 * 2) / 3, id="cac-over-achieved"),
        # CAC got worse: that KR counts 0, never negative.
        P(320, 450, (0.4 * 1 + 0.0 * 2) / 3, id="cac-wrong-way"),
        P(500, 300, 1.0, id="both-done"),
    ],
)
def test_mixed_objective_increase_and_decrease(signups, cac, expected):
    pairs = [
        (progress("increase", 200, 500, signups), 1),
        (progress("decrease", 420, 300, cac), 2),
    ]
    assert objective_progress(pairs) == pytest.approx(expected)


@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0.01, 100)), min_size=1))
def test_objective_progress_lies_between_its_krs(pairs):
    result = objective_progress(pairs)
    low = min(value for value, _ in pairs)
    high = max(value for value, _ in pairs)
    assert low - 1e-9 <= result <= high + 1e-9


# --- expected progress ---------------------------------------------------------------------

Q1_2023 = (date(2023, 1, 1), date(2023, 3, 31))  # 90 days
Q1_2024 = (date(2024, 1, 1), date(2024, 3, 31))  # 91 days, leap year


@pytest.mark.parametrize(
    ("cycle", "on", "expected"),
    [
        P(Q1_2023, date(2022, 12, 31), 0.0, id="day-before-start"),
        P(Q1_2023, date(2022, 6, 1), 0.0, id="long-before-start"),
        P(Q1_2023, date(2023, 1, 1), 1 / 90, id="first-day"),
        P(Q1_2023, date(2023, 2, 14), 45 / 90, id="halfway"),
        P(Q1_2023, date(2023, 3, 30), 89 / 90, id="day-before-end"),
        P(Q1_2023, date(2023, 3, 31), 1.0, id="last-day"),
        P(Q1_2023, date(2023, 4, 1), 1.0, id="day-after-end"),
        P(Q1_2023, date(2023, 3, 1), 60 / 90, id="march-first-common-year"),
        P(Q1_2024, date(2024, 2, 29), 60 / 91, id="leap-day"),
        P(Q1_2024, date(2024, 3, 1), 61 / 91, id="march-first-leap-year"),
        P(Q1_2024, date(2024, 3, 31), 1.0, id="leap-year-last-day"),
        P((date(2024, 5, 6), date(2024, 5, 6)), date(2024, 5, 6), 1.0, id="one-day-cycle"),
        P((date(2024, 5, 6), date(2024, 5, 6)), date(2024, 5, 5), 0.0, id="one-day-cycle-before"),
    ],
)
def test_expected_progress(cycle, on, expected):
    assert expected_progress(*cycle, on) == pytest.approx(expected)


def test_expected_progress_refuses_a_cycle_that_ends_before_it_starts():
    with pytest.raises(ValueError):
        expected_progress(date(2024, 3, 31), date(2024, 1, 1), date(2024, 2, 1))


dates = st.dates(date(2000, 1, 1), date(2100, 1, 1))


@given(dates, st.integers(0, 400), dates, st.integers(1, 30))
def test_expected_progress_never_falls_as_days_pass(start, length, on, step):
    end = start + timedelta(days=length)
    later = on + timedelta(days=step)
    assert 0.0 <= expected_progress(start, end, on) <= expected_progress(start, end, later) <= 1


# --- status --------------------------------------------------------------------------------

TODAY = date(2024, 5, 15)
STRICT = Thresholds(
    at_risk_gap=0.1, off_track_gap=0.3, at_risk_confidence=6, off_track_confidence=3, stale_days=7
)
D = Thresholds()

STATUS_CASES = [
    # progress, expected, confidence, days since check-in (None: never), thresholds, rule
    P(0.5, 0.5, 7, 3, D, StatusRule.ON_TRACK, id="on-pace"),
    P(0.5, 0.7, 5, 3, D, StatusRule.ON_TRACK, id="behind-by-exactly-at-risk-gap"),
    P(0.7, 0.9, 5, 3, D, StatusRule.ON_TRACK, id="exact-gap-despite-float-noise"),
    P(0.5, 0.71, 5, 3, D, StatusRule.AT_RISK_PACE, id="behind-more-than-at-risk-gap"),
    P(0.5, 0.9, 5, 3, D, StatusRule.AT_RISK_PACE, id="behind-by-exactly-off-track-gap"),
    P(0.5, 0.91, 5, 3, D, StatusRule.OFF_TRACK_PACE, id="behind-more-than-off-track-gap"),
    P(0.5, 0.5, 4, 3, D, StatusRule.AT_RISK_CONFIDENCE, id="confidence-4"),
    P(0.5, 0.5, 3, 3, D, StatusRule.AT_RISK_CONFIDENCE, id="confidence-3"),
    P(0.5, 0.5, 2, 3, D, StatusRule.OFF_TRACK_CONFIDENCE, id="confidence-2-no-gap"),
    P(0.5, 0.5, 0, 3, D, StatusRule.OFF_TRACK_CONFIDENCE, id="confidence-0"),
    P(0.5, 0.5, None, 3, D, StatusRule.ON_TRACK, id="unknown-confidence-not-used"),
    P(0.5, 0.8, None, 3, D, StatusRule.AT_RISK_PACE, id="unknown-confidence-pace-still-used"),
    P(0.9, 0.3, 10, 3, D, StatusRule.ON_TRACK, id="ahead-of-pace"),
    # precedence
    P(1.0, 0.5, 1, 60, D, StatusRule.DONE, id="done-beats-stale-and-low-confidence"),
    P(1.0, 1.0, None, None, D, StatusRule.DONE, id="done-beats-no-checkin"),
    P(1.0, 0.2, 7, 3, D, StatusRule.DONE, id="done-ahead-of-pace"),
    P(0.0, 0.1, 8, None, D, StatusRule.NO_CHECKIN, id="never-checked-in"),
    P(0.5, 0.5, 8, 14, D, StatusRule.ON_TRACK, id="silent-exactly-stale-days"),
    P(0.5, 0.5, 8, 15, D, StatusRule.STALE, id="silent-one-day-more"),
    P(0.1, 0.9, 1, 20, D, StatusRule.STALE, id="stale-beats-behind-and-low-confidence"),
    P(0.1, 0.9, 4, 3, D, StatusRule.OFF_TRACK_PACE, id="off-track-pace-beats-at-risk-confidence"),
    P(0.5, 0.8, 1, 3, D, StatusRule.OFF_TRACK_CONFIDENCE, id="off-track-conf-beats-at-risk-pace"),
    P(0.1, 0.9, 1, 3, D, StatusRule.OFF_TRACK_PACE, id="pace-before-confidence-in-a-level"),
    P(0.5, 0.5, 7, -2, D, StatusRule.ON_TRACK, id="checkin-dated-after-today"),
    # editable thresholds
    P(0.5, 0.65, 8, 3, STRICT, StatusRule.AT_RISK_PACE, id="strict-at-risk-gap"),
    P(0.5, 0.85, 8, 3, STRICT, StatusRule.OFF_TRACK_PACE, id="strict-off-track-gap"),
    P(0.5, 0.5, 6, 3, STRICT, StatusRule.AT_RISK_CONFIDENCE, id="strict-at-risk-confidence"),
    P(0.5, 0.5, 3, 3, STRICT, StatusRule.OFF_TRACK_CONFIDENCE, id="strict-off-track-confidence"),
    P(0.5, 0.5, 8, 8, STRICT, StatusRule.STALE, id="strict-stale-days"),
    P(0.5, 0.5, 7, 7, STRICT, StatusRule.ON_TRACK, id="strict-all-fine"),
]

STATUS_OF_RULE = {
    StatusRule.DONE: Status.DONE,
    StatusRule.NO_CHECKIN: Status.NEEDS_UPDATE,
    StatusRule.STALE: Status.NEEDS_UPDATE,
    StatusRule.OFF_TRACK_PACE: Status.OFF_TRACK,
    StatusRule.OFF_TRACK_CONFIDENCE: Status.OFF_TRACK,
    StatusRule.AT_RISK_PACE: Status.AT_RISK,
    StatusRule.AT_RISK_CONFIDENCE: Status.AT_RISK,
    StatusRule.ON_TRACK: Status.ON_TRACK,
}


def _status(value, expected, confidence, days_ago, thresholds=D):
    last = None if days_ago is None else TODAY - timedelta(days=days_ago)
    return status(value, expected, confidence, last, TODAY, thresholds)


@pytest.mark.parametrize(
    ("value", "expected", "confidence", "days_ago", "thresholds", "code"), STATUS_CASES
)
def test_status_rules_and_precedence(value, expected, confidence, days_ago, thresholds, code):
    result = _status(value, expected, confidence, days_ago, thresholds)
    assert result.code is code
    assert result.status is STATUS_OF_RULE[code]


@pytest.mark.parametrize(
    ("value", "expected", "confidence", "days_ago", "thresholds", "rule"),
    [
        P(1.0, 0.5, 7, 3, D, "Target reached: done", id="done"),
        P(0.0, 0.1, None, None, D, "No check-in yet: needs update", id="no-checkin"),
        P(
            0.5,
            0.5,
            7,
            16,
            D,
            "No check-in for 16 days (more than 14): needs update",
            id="stale",
        ),
        P(0.3, 0.75, 7, 3, D, "Behind pace by 0.45 (more than 0.40): off track", id="off-pace"),
        P(0.5, 0.5, 2, 3, D, "Confidence 2 (2 or less): off track", id="off-confidence"),
        P(0.5, 0.77, 7, 3, D, "Behind pace by 0.27 (more than 0.20): at risk", id="risk-pace"),
        P(0.5, 0.5, 4, 3, D, "Confidence 4 (4 or less): at risk", id="risk-confidence"),
        P(0.45, 0.5, 7, 3, D, "Behind pace by 0.05 (0.20 or less): on track", id="slightly-behind"),
        P(0.6, 0.5, 7, 3, D, "Ahead of pace by 0.10: on track", id="ahead"),
        P(0.5, 0.5, 7, 3, D, "On pace: on track", id="on-pace"),
        P(
            0.5,
            0.5,
            8,
            8,
            STRICT,
            "No check-in for 8 days (more than 7): needs update",
            id="edited",
        ),
    ],
)
def test_status_rule_text_names_the_rule_and_its_numbers(
    value, expected, confidence, days_ago, thresholds, rule
):
    assert _status(value, expected, confidence, days_ago, thresholds).rule == rule


def test_status_exposes_the_facts_it_judged_on():
    behind = _status(0.5, 0.77, 7, 3)
    assert behind.gap == pytest.approx(0.27)
    assert (behind.days_silent, behind.confidence, behind.threshold) == (3, 7, 0.2)

    stale = _status(0.5, 0.5, 7, 16)
    assert (stale.code, stale.days_silent, stale.threshold) == (StatusRule.STALE, 16, 14)

    never = _status(0.0, 0.1, None, None)
    assert (never.days_silent, never.confidence, never.threshold) == (None, None, None)

    doubtful = _status(0.5, 0.5, 2, 3)
    assert (doubtful.confidence, doubtful.threshold) == (2, 2)


def test_default_thresholds_are_design_md_s():
    assert Thresholds() == Thresholds(
        at_risk_gap=0.2,
        off_track_gap=0.4,
        at_risk_confidence=4,
        off_track_confidence=2,
        stale_days=14,
    )


# --- score ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        P(0.65, 0.7, id="half-rounds-up"),
        P(0.649, 0.6, id="just-below-half"),
        P(0.7 - 0.05, 0.7, id="computed-half-with-float-noise"),
        P(0.05, 0.1, id="0.05-rounds-up"),
        P(0.04999, 0.0, id="just-below-0.05"),
        P(0.15, 0.2, id="0.15"),
        P(0.25, 0.3, id="0.25"),
        P(0.35, 0.4, id="0.35"),
        P(0.45, 0.5, id="0.45"),
        P(0.55, 0.6, id="0.55"),
        P(0.85, 0.9, id="0.85"),
        P(0.95, 1.0, id="0.95"),
        P(1 / 3, 0.3, id="a-third"),
        P(2 / 3, 0.7, id="two-thirds"),
        P(1.0, 1.0, id="one"),
        P(1.2, 1.0, id="above-one-clamped"),
        P(0.0, 0.0, id="zero"),
        P(-0.1, 0.0, id="below-zero-clamped"),
    ],
)
def test_score_in_tenths_half_up(value, expected):
    assert score(value) == expected


def test_score_refuses_nan():
    with pytest.raises(ValueError):
        score(math.nan)


@given(st.floats(-10, 10))
def test_score_is_a_tenth_between_0_and_1(value):
    result = score(value)
    assert 0.0 <= result <= 1.0
    assert result == round(result, 1)


@pytest.mark.parametrize(
    ("value", "colour", "stretch_success"),
    [
        P(1.0, "green", False, id="1.0"),
        P(0.8, "green", False, id="0.8"),
        P(0.7, "green", True, id="0.7"),
        P(0.6, "yellow", True, id="0.6"),
        P(0.5, "yellow", False, id="0.5"),
        P(0.4, "yellow", False, id="0.4"),
        P(0.3, "red", False, id="0.3"),
        P(0.0, "red", False, id="0.0"),
        P(0.65, "green", True, id="0.65-rounds-to-0.7"),
        P(0.55, "yellow", True, id="0.55-rounds-to-0.6"),
        P(0.35, "yellow", False, id="0.35-rounds-to-0.4"),
        P(0.75, "green", False, id="0.75-rounds-to-0.8"),
    ],
)
def test_score_colour_and_stretch_success(value, colour, stretch_success):
    assert score_colour(value) == colour
    assert is_stretch_success(value) is stretch_success


# --- forecast ------------------------------------------------------------------------------

DAY0 = date(2024, 1, 1)


def _days(*pairs):
    return [(DAY0 + timedelta(days=day), value) for day, value in pairs]


@pytest.mark.parametrize(
    ("checkins", "end_day", "expected"),
    [
        P(_days((0, 0), (7, 10), (14, 20)), 70, 100.0, id="perfect-line"),
        P(_days((14, 20), (0, 0), (7, 10)), 70, 100.0, id="order-does-not-matter"),
        P(_days((0, 420), (7, 390), (14, 360)), 42, 240.0, id="decreasing-cac"),
        P(_days((0, 5), (30, 5)), 90, 5.0, id="flat"),
        # x̄ 1.5, ȳ 2.75, Sxx 5, Sxy 5.5: slope 1.1, intercept 1.1; at day 10: 12.1.
        P(_days((0, 1), (1, 3), (2, 2), (3, 5)), 10, 12.1, id="noisy-line"),
        P(_days((0, 1), (0, 3), (2, 4)), 4, 6.0, id="two-on-one-date-plus-another"),
        P(_days((0, 10), (7, 20)), 7, 20.0, id="end-on-last-checkin"),
        P(_days((0, 10)), 90, None, id="one-point"),
        P([], 90, None, id="no-points"),
        P(_days((5, 10), (5, 20)), 90, None, id="same-date"),
        P(_days((5, 10), (5, 20), (5, 30)), 90, None, id="all-on-one-date"),
    ],
)
def test_forecast(checkins, end_day, expected):
    result = forecast(checkins, DAY0 + timedelta(days=end_day))
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


# --- key result status per kind -----------------------------------------------------------

CYCLE = (date(2026, 10, 1), date(2026, 12, 31))  # 92 days


def _kr_status(kind, target, current, confidence, on, checked=None, start=0.0, **kwargs):
    """A KR's status on `on` with its latest check-in on `checked` (default: that day)."""
    last = None if current is None else (checked or on)
    return okr.key_result_status(
        kind, start, target, current, confidence, last, CYCLE, on, **kwargs
    )


@pytest.mark.parametrize("kind", ["stay_above", "stay_below"])
@pytest.mark.parametrize("day", [1, 5, 18, 40, 91])
def test_a_stay_key_result_outside_its_range_is_off_track_at_once(kind, day):
    on = CYCLE[0] + timedelta(days=day - 1)
    outside = 90.0 if kind == "stay_above" else 3.5
    result = _kr_status(kind, 95.0 if kind == "stay_above" else 3.0, outside, 8, on)
    assert (result.status, result.code) == (Status.OFF_TRACK, StatusRule.OUTSIDE_RANGE)
    assert result.rule.endswith(": off track") and "Outside its range" in result.rule


@pytest.mark.parametrize("day", [1, 46, 91])
def test_a_stay_key_result_inside_its_range_is_on_track_until_the_cycle_ends(day):
    on = CYCLE[0] + timedelta(days=day - 1)
    result = _kr_status("stay_below", 3.0, 2.4, 8, on)
    assert (result.status, result.code) == (Status.ON_TRACK, StatusRule.INSIDE_RANGE)
    assert result.threshold == 3.0


@pytest.mark.parametrize("on", [CYCLE[1], CYCLE[1] + timedelta(days=10)])
def test_a_stay_key_result_inside_its_range_at_the_cycle_end_is_done(on):
    result = _kr_status("stay_above", 95.0, 96.0, 3, on, checked=CYCLE[1])
    assert (result.status, result.code) == (Status.DONE, StatusRule.DONE_INSIDE_RANGE)
    outside = _kr_status("stay_above", 95.0, 94.0, 9, on, checked=CYCLE[1])
    assert outside.status is Status.OFF_TRACK


def test_a_stay_key_result_keeps_silence_and_confidence_rules():
    on = date(2026, 11, 1)
    assert _kr_status("stay_below", 3.0, None, None, on).code is StatusRule.NO_CHECKIN
    stale = _kr_status("stay_below", 3.0, 3.5, 8, on, checked=on - timedelta(days=15))
    assert stale.code is StatusRule.STALE  # silence is never green, nor a stale breach
    doubtful = _kr_status("stay_below", 3.0, 2.0, 2, on)
    assert (doubtful.status, doubtful.code) == (Status.OFF_TRACK, StatusRule.OFF_TRACK_CONFIDENCE)
    assert _kr_status("stay_below", 3.0, 2.0, 4, on).code is StatusRule.AT_RISK_CONFIDENCE


@pytest.mark.parametrize("day", [1, 37, 60, 91])
def test_a_binary_key_result_before_its_due_date_follows_confidence_not_pace(day):
    on = CYCLE[0] + timedelta(days=day - 1)
    sure = _kr_status("binary", 1, 0, 7, on, start=0)
    assert (sure.status, sure.code) == (Status.ON_TRACK, StatusRule.BEFORE_DUE)
    assert sure.due == CYCLE[1] and sure.rule == "Not done yet, due 2026-12-31: on track"
    assert _kr_status("binary", 1, 0, 4, on).status is Status.AT_RISK
    assert _kr_status("binary", 1, 0, 2, on).status is Status.OFF_TRACK
    assert _kr_status("binary", 1, 0, None, on).status is Status.ON_TRACK


def test_a_binary_key_result_not_done_by_its_due_date_is_off_track():
    result = _kr_status("binary", 1, 0, 9, CYCLE[1])
    assert (result.status, result.code) == (Status.OFF_TRACK, StatusRule.PAST_DUE)
    assert result.rule == "Not done by its due date 2026-12-31: off track"
    due = date(2026, 11, 15)
    assert _kr_status("binary", 1, 0, 9, due - timedelta(days=1), due=due).status is (
        Status.ON_TRACK
    )
    assert _kr_status("binary", 1, 0, 9, due, due=due).code is StatusRule.PAST_DUE


def test_a_done_binary_key_result_is_done_even_when_silent_or_late():
    late = CYCLE[1] + timedelta(days=30)
    result = _kr_status("binary", 1, 1, 1, late, checked=CYCLE[0])
    assert (result.status, result.code) == (Status.DONE, StatusRule.DONE)
    silent = _kr_status("binary", 1, 0, 9, date(2026, 11, 1), checked=date(2026, 10, 2))
    assert silent.code is StatusRule.STALE


@pytest.mark.parametrize(
    ("kind", "start", "target", "current", "expected_status"),
    [
        ("increase", 0, 100, 100, Status.DONE),
        ("increase", 0, 100, 10, Status.OFF_TRACK),
        ("decrease", 10, 5, 9.9, Status.OFF_TRACK),
        ("binary", 0, 1, 1, Status.DONE),
        ("stay_above", 0, 95, 96, Status.ON_TRACK),
        ("stay_below", 0, 3, 2, Status.ON_TRACK),
    ],
)
def test_increase_and_decrease_keep_the_pace_rule(kind, start, target, current, expected_status):
    on = date(2026, 12, 1)  # 62 of 92 days: behind by more than 0.4 is off track
    result = _kr_status(kind, target, current, 8, on, start=start)
    assert result.status is expected_status
    if kind in ("increase", "decrease") and expected_status is Status.OFF_TRACK:
        assert result == okr.status(
            okr.progress(kind, start, target, current),
            okr.expected_progress(*CYCLE, on),
            8,
            on,
            on,
        )
