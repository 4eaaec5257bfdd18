"""The verdict rules of DESIGN.md, table-driven, with the edge cases of small teams' traffic."""

from __future__ import annotations

import math

import pytest

from okrdesk.domain import stats
from okrdesk.domain.verdict import VerdictKind, pair_control_share, verdict

WINS = VerdictKind.VARIANT_WINS
LOSES = VerdictKind.VARIANT_LOSES
SAME = VerdictKind.NO_DIFFERENCE
SHORT = VerdictKind.NOT_ENOUGH_DATA
SRM = VerdictKind.SAMPLE_RATIO_MISMATCH
LEAD = VerdictKind.VARIANT_LEADING
TRAIL = VerdictKind.VARIANT_TRAILING


@pytest.mark.parametrize(
    ("control", "variant", "kwargs", "kind"),
    [
        # Evan Miller's chi-squared example scaled up: 14 % vs 20 % at 1000 each is clear.
        ((140, 1000), (200, 1000), {}, WINS),
        ((200, 1000), (140, 1000), {}, LOSES),
        # 14 % vs 20 % at 100 each: p = 0.26, nothing detectable.
        ((14, 100), (20, 100), {}, SHORT),  # 14 conversions: below 25
        ((30, 100), (36, 100), {}, SAME),
        # The demo's first experiment: 2.9 % vs 4.2 %, p ≈ 0.02 at one look, but the
        # always-valid p is 0.25: ahead at its end, not a win that survives daily looks.
        ((64, 2210), (92, 2185), {}, LEAD),
        # At alpha 1 % the same numbers are not enough.
        ((64, 2210), (92, 2185), {"alpha": 0.01}, SAME),
        # Exactly the minimum: 100 visitors and 25 conversions per arm.
        ((25, 100), (25, 100), {}, SAME),
        ((25, 100), (24, 100), {}, SHORT),
        ((25, 99), (30, 100), {}, SHORT),
        # n = 0 and tiny samples.
        ((0, 0), (0, 0), {}, SHORT),
        ((0, 0), (3, 5), {}, SHORT),
        ((1, 2), (2, 2), {}, SHORT),
        # 0 % and 100 %: no conversions is "not enough data", everyone converting can win.
        ((0, 500), (0, 500), {}, SHORT),
        ((500, 500), (500, 500), {}, SAME),
        ((30, 500), (500, 500), {}, WINS),
        ((500, 500), (30, 500), {}, LOSES),
        # Unequal planned split, met: no mismatch.
        ((240, 8000), (100, 2000), {"planned_control_share": 0.8}, WINS),
        ((240, 8000), (60, 2000), {"planned_control_share": 0.8}, SAME),
        # The same counts against a 50/50 plan: the split is broken, whatever the rates say.
        ((240, 8000), (100, 2000), {}, SRM),
        # Sample ratio mismatch wins over everything, even too little data.
        ((5, 200), (3, 20), {}, SRM),
        ((0, 40), (0, 0), {}, SRM),
        # A mild imbalance (p ≈ 0.03) is not a mismatch.
        ((100, 1000), (100, 1100), {}, SAME),
    ],
)
def test_verdict_kinds(control, variant, kwargs, kind):
    assert verdict(*control, *variant, **kwargs).kind == kind


def test_the_numbers_behind_a_win():
    result = verdict(140, 1000, 200, 1000)
    test = stats.proportion_test(140, 1000, 200, 1000)
    assert result.control_rate == 0.14
    assert result.variant_rate == 0.2
    assert result.diff == pytest.approx(0.06)
    assert result.ci == test.ci
    assert result.p_value == test.p_value < 0.001
    assert result.rel_lift == pytest.approx(6 / 14)
    assert result.chance_to_win == pytest.approx(stats.chance_to_win(140, 1000, 200, 1000))
    assert result.chance_to_win > 0.999
    assert result.srm_p_value == 1.0
    assert result.effective_n == 1000
    assert result.short_arms == ()


def test_an_arm_without_visitors_has_no_numbers():
    result = verdict(0, 0, 3, 5)
    assert (result.diff, result.ci, result.p_value, result.chance_to_win) == (None,) * 4
    assert result.variant_rate == 0.6
    assert result.effective_n == 0
    assert result.power is None and result.detectable_mde is None
    assert result.short_arms == ("control", "variant")


def test_power_for_the_planned_effect():
    # Evan Miller: 20 % baseline, +5 points, 80 % power, 5 % two-sided: 1030 per arm.
    planned = verdict(206, 1031, 250, 1031, planned_mde=0.05)
    assert planned.power == pytest.approx(0.8, abs=0.001)
    assert planned.had_power is True
    assert planned.detectable_mde == pytest.approx(0.05, abs=0.0005)
    # A quarter of the visitors: the test could not see +5 points; it could see about +10.
    short = verdict(52, 260, 60, 260, planned_mde=0.05)
    assert short.kind == SAME
    assert short.power == pytest.approx(stats.achieved_power(0.2, 0.05, 260), abs=1e-12)
    assert short.power < 0.4
    assert short.had_power is False
    assert 0.09 < short.detectable_mde < 0.11


def test_power_with_unequal_arms_uses_the_harmonic_mean():
    result = verdict(300, 1500, 100, 500, planned_control_share=0.75, planned_mde=0.05)
    assert result.effective_n == pytest.approx(750)
    assert result.power == pytest.approx(stats.achieved_power(0.2, 0.05, 750))


@pytest.mark.parametrize(
    ("control", "planned_mde"),
    [((0, 500), 0.05), ((500, 500), 0.05), ((450, 500), 0.2), ((10, 500), None)],
)
def test_no_power_without_a_plan_or_a_usable_rate(control, planned_mde):
    result = verdict(*control, 40, 500, planned_mde=planned_mde)
    assert result.power is None
    assert result.had_power is None


def test_detectable_effect_at_the_rate_edges():
    assert verdict(0, 500, 10, 500).detectable_mde is None
    assert verdict(500, 500, 499, 500).detectable_mde is None
    # Ten visitors per arm cannot detect anything short of 100 % from a 60 % baseline.
    assert verdict(6, 10, 6, 10).detectable_mde is None


@pytest.mark.parametrize(
    "args",
    [
        (5, 4, 1, 10),  # more conversions than visitors
        (-1, 10, 1, 10),
        (1, 10, 1.5, 10),
    ],
)
def test_impossible_counts_are_refused(args):
    with pytest.raises(ValueError):
        verdict(*args)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"planned_control_share": 0},
        {"planned_control_share": 1.2},
        {"planned_mde": 0.0},
        {"planned_mde": math.nan},
        {"alpha": 0},
    ],
)
def test_bad_plans_are_refused(kwargs):
    with pytest.raises(ValueError):
        verdict(30, 100, 30, 100, **kwargs)


def test_pair_control_share():
    assert pair_control_share(0.5, 1) == 0.5
    assert pair_control_share(0.5, 2) == pytest.approx(2 / 3)  # 50 : 25
    assert pair_control_share(1 / 3, 2) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        pair_control_share(0.5, 0)
