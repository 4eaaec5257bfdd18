"""Verdicts that stay honest under daily looks, several variants and small samples."""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import pytest

from okrdesk.domain import exact, sequential, stats
from okrdesk.domain.verdict import VerdictKind, is_final, planned_sample, verdict, verdicts

WINS = VerdictKind.VARIANT_WINS
LOSES = VerdictKind.VARIANT_LOSES
LEAD = VerdictKind.VARIANT_LEADING
TRAIL = VerdictKind.VARIANT_TRAILING
SAME = VerdictKind.NO_DIFFERENCE


# --- 1. no wins from peeking ------------------------------------------------------------------


def test_a_running_experiment_at_p_003_is_leading_not_winning():
    # 25.0 % vs 29.6 % at 1000 each: the one-look p is 0.02, the always-valid p is 0.3.
    result = verdict(250, 1000, 296, 1000, final=False)
    assert result.p_value < 0.05
    assert result.always_valid_p > 0.05
    assert result.kind == LEAD
    assert verdict(296, 1000, 250, 1000, final=False).kind == TRAIL


def test_before_the_end_any_non_decisive_difference_is_leading_or_trailing():
    assert verdict(250, 1000, 255, 1000, final=False).kind == LEAD
    assert verdict(255, 1000, 250, 1000, final=False).kind == TRAIL
    assert verdict(250, 1000, 250, 1000, final=False).kind == SAME
    # At the end a small, noisy difference is no difference.
    assert verdict(250, 1000, 255, 1000, final=True).kind == SAME


def test_a_decisive_result_wins_on_any_day():
    # 25 % vs 33 %: always-valid p = 0.006, so calling it early is honest.
    early = verdict(250, 1000, 330, 1000, final=False)
    assert early.always_valid_p < 0.01
    assert early.kind == WINS
    assert verdict(330, 1000, 250, 1000, final=False).kind == LOSES


def test_always_valid_p_by_hand():
    # rho² = (-2 ln 0.05 + ln(1 - 2 ln 0.05)) / 5000; n = 2000 visitors, z = 3.
    rho2 = (-2 * math.log(0.05) + math.log(1 - 2 * math.log(0.05))) / 5000
    t = 2000 * rho2
    expected = math.sqrt(t + 1) * math.exp(-t * 9 / (2 * (t + 1)))
    assert sequential.always_valid_p(3.0, 2000) == pytest.approx(expected, rel=1e-12)
    assert sequential.always_valid_p(0.0, 2000) == 1.0
    assert sequential.always_valid_p(None, 0) is None


def test_the_confidence_sequence_is_wider_than_the_one_look_interval():
    one_look = stats.proportion_test(250, 1000, 296, 1000).ci
    low, high = sequential.always_valid_interval(250, 1000, 296, 1000)
    assert low < one_look[0] < one_look[1] < high
    assert low < 0 < high  # not decisive


@pytest.mark.parametrize(
    ("start", "on", "arms", "mde", "final"),
    [
        # A 7-day test from 2 March: its last day is 8 March, final from 9 March.
        (dt.date(2026, 3, 2), dt.date(2026, 3, 8), (100, 1000), None, False),
        (dt.date(2026, 3, 2), dt.date(2026, 3, 9), (100, 1000), None, True),
        # The planned sample reached early: 10 % + 3 points needs 1,630 per arm.
        (dt.date(2026, 3, 2), dt.date(2026, 3, 4), (200, 2000), 0.03, True),
        (dt.date(2026, 3, 2), dt.date(2026, 3, 4), (100, 1000), 0.03, False),
        # No start date: only the sample can make it final.
        (None, dt.date(2026, 3, 4), (100, 1000), None, False),
    ],
)
def test_is_final(start, on, arms, mde, final):
    assert is_final(start, 7, on, arms, [arms], mde) is final


def test_planned_sample_is_the_planners_sample_size():
    assert planned_sample(0.1, 0.03) == stats.sample_size(0.1, 0.03) == 1630
    assert planned_sample(None, 0.03) is None
    assert planned_sample(0.1, None) is None
    assert planned_sample(0.99, 0.03) is None


# --- 2. several variants ----------------------------------------------------------------------


def test_holm_adjusted_by_hand():
    # Sorted 0.01, 0.03, 0.04 → 3 × 0.01, max(0.03, 2 × 0.03), max(0.06, 1 × 0.04).
    assert sequential.holm_adjusted([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert sequential.holm_adjusted([0.5, 0.9]) == pytest.approx([1.0, 1.0])
    assert sequential.holm_adjusted([]) == []


def test_several_variants_are_holm_corrected():
    # One variant at 25 % vs 31.5 % wins alone (decisive p 0.03), not as one of three.
    control, best = (250, 1000), (315, 1000)
    alone = verdict(*control, *best)
    assert alone.kind == WINS
    three = verdicts(control, [best, (255, 1000), (245, 1000)], control_share=0.25)
    assert [v.comparisons for v in three] == [3, 3, 3]
    assert three[0].decisive_p == pytest.approx(min(1.0, 3 * alone.decisive_p))
    assert three[0].kind == LEAD  # still ahead at one look, not a call
    assert [v.kind for v in three[1:]] == [SAME, SAME]


def test_every_variant_gets_its_own_verdict():
    results = verdicts((250, 1000), [(400, 1000), (100, 1000), (10, 1000)], control_share=0.25)
    assert [v.kind for v in results] == [WINS, LOSES, VerdictKind.NOT_ENOUGH_DATA]
    assert [v.variant_n for v in results] == [1000, 1000, 1000]


# --- 3. small samples -------------------------------------------------------------------------


def _fisher_by_fractions(x_c: int, n_c: int, x_v: int, n_v: int) -> float:
    converted, total = x_c + x_v, n_c + n_v
    probability = {
        k: Fraction(math.comb(n_c, k) * math.comb(n_v, converted - k), math.comb(total, converted))
        for k in range(max(0, converted - n_v), min(n_c, converted) + 1)
    }
    observed = probability[x_c]
    return float(sum(p for p in probability.values() if p <= observed))


@pytest.mark.parametrize(
    "table",
    [
        (25, 100, 38, 100),
        (3, 10, 7, 10),
        (0, 5, 5, 5),
        (1, 2, 1, 2),
        (10, 1000, 25, 1000),
        (12, 40, 12, 40),
        (7, 300, 1, 200),
    ],
)
def test_fisher_exact_equals_the_exact_rational_sum(table):
    assert exact.fisher_exact(*table) == pytest.approx(_fisher_by_fractions(*table), rel=1e-9)


def test_fisher_at_the_data_gate():
    # The exact rational sum of the hypergeometric tables gives 0.06731; the z-test says 0.048.
    assert exact.fisher_exact(25, 100, 38, 100) == pytest.approx(0.06731, abs=1e-5)
    assert stats.proportion_test(25, 100, 38, 100).p_value == pytest.approx(0.048, abs=1e-3)
    result = verdict(25, 100, 38, 100)
    assert result.test == "fisher"
    assert result.p_value == pytest.approx(0.06731, abs=1e-5)
    assert result.kind == SAME  # the z-test alone called a win


def test_when_the_exact_test_is_used():
    assert exact.needs_exact_test(25, 100, 38, 100)  # 200 visitors
    assert not exact.needs_exact_test(100, 1000, 120, 1000)
    # Large arms, rare conversions: an expected count below 5.
    assert exact.needs_exact_test(2, 5000, 6, 5000)
    assert verdict(250, 1000, 296, 1000).test == "z"


def test_low_power_is_flagged():
    # Planned +5 points at 25 %, 120 visitors per arm: about 15 % power.
    result = verdict(30, 120, 70, 120, planned_mde=0.05)
    assert result.kind == WINS
    assert result.power < 0.5
    assert result.low_power is True
    assert verdict(250, 1000, 330, 1000, planned_mde=0.05).low_power is False
    assert verdict(250, 1000, 330, 1000).low_power is None


# --- 8b. the relative lift's interval ---------------------------------------------------------


def test_lift_interval_by_hand():
    # 14 % vs 20 % at 1000 each: log(20/14) ± 1.96 sqrt(1/200 - 1/1000 + 1/140 - 1/1000).
    se = math.sqrt(1 / 200 - 1 / 1000 + 1 / 140 - 1 / 1000)
    z = 1.959963984540054
    low, high = stats.lift_interval(140, 1000, 200, 1000)
    assert low == pytest.approx(math.exp(math.log(20 / 14) - z * se) - 1, rel=1e-12)
    assert high == pytest.approx(math.exp(math.log(20 / 14) + z * se) - 1, rel=1e-12)
    assert low < 200 / 140 - 1 < high
    assert stats.lift_interval(0, 100, 5, 100) is None
    assert verdict(140, 1000, 200, 1000).rel_lift_ci == (low, high)


def test_the_always_valid_interval_stays_within_the_differences_rates_can_have():
    # 6 of 18 against 8 of 17: the mixture's bound alone would reach -162 to +190 points.
    low, high = sequential.always_valid_interval(6, 18, 8, 17)
    assert (low, high) == (-1.0, 1.0)
    low, high = sequential.always_valid_interval(250, 1000, 296, 1000)
    assert -1.0 < low < high < 1.0
