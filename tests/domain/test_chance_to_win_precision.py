"""chance_to_win stays within 1e-6 of the truth up to a billion visitors per arm.

The reference sums the same series in 50-digit decimal arithmetic, with log-gamma from
Stirling's series to 8 terms (error below 1e-40 from x = 1000 on): independent of the float
code's log-beta and of its summation.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest

from okrdesk.domain.stats import chance_to_win

_PI = Decimal("3.14159265358979323846264338327950288419716939937510")
_BERNOULLI = [(1, 6), (-1, 30), (1, 42), (-1, 30), (5, 66), (-691, 2730), (7, 6), (-3617, 510)]


def _log_gamma(x: int) -> Decimal:
    value, shift = Decimal(x), Decimal(0)
    while value < 1000:
        shift += value.ln()
        value += 1
    total = (value - Decimal("0.5")) * value.ln() - value + (2 * _PI).ln() / 2
    for k, (num, den) in enumerate(_BERNOULLI, 1):
        total += Decimal(num) / Decimal(den) / (2 * k * (2 * k - 1) * value ** (2 * k - 1))
    return total - shift


def _log_beta(a: int, b: int) -> Decimal:
    return _log_gamma(a) + _log_gamma(b) - _log_gamma(a + b)


def _reference(x_c: int, n_c: int, x_v: int, n_v: int) -> float:
    """P(p_V > p_C): Evan Miller's sum over i < a_V, from its largest term outwards."""
    a_a, b_a, a_b, b_b = 1 + x_c, 1 + n_c - x_c, 1 + x_v, 1 + n_v - x_v
    with localcontext() as context:
        context.prec = 50
        total = a_a + b_a + b_b

        def ratio(i: int) -> Decimal:
            return Decimal((a_a + i) * (b_b + i)) / Decimal((total + i) * (i + 1))

        peak = min(a_b - 1, max(0, (a_a * b_b - total) // (b_a + 1) + 1))
        log_peak = (
            _log_beta(a_a + peak, b_a + b_b)
            - Decimal(b_b + peak).ln()
            - _log_beta(1 + peak, b_b)
            - _log_beta(a_a, b_a)
        )
        tiny, sum_ = Decimal("1e-45"), Decimal(1)
        term = Decimal(1)
        for i in range(peak, a_b - 1):
            term *= ratio(i)
            sum_ += term
            if term < tiny:
                break
        term = Decimal(1)
        for i in range(peak - 1, -1, -1):
            term /= ratio(i)
            sum_ += term
            if term < tiny:
                break
        return float(log_peak.exp() * sum_)


@pytest.mark.once
@pytest.mark.parametrize(
    "arms",
    [
        # A billion per arm: the old lgamma differences were off by 2.9e-6 here.
        (100_000_000, 10**9, 100_010_000, 10**9),
        (499_990_000, 10**9, 500_000_000, 10**9),
        # The truth is 8e-26: the answer must be that small, not the rounding error of 1 - x.
        (100_000_000, 10**9, 100_059_720, 1_002_000_000),
        # Rare conversions among a billion, and a million per arm.
        (5, 10**9, 12, 10**9),
        (30_000, 10**6, 30_400, 10**6),
    ],
)
def test_chance_to_win_is_exact_to_1e_6_up_to_a_billion_visitors(arms):
    truth = _reference(*arms)
    assert chance_to_win(*arms) == pytest.approx(truth, abs=5e-7, rel=1e-6)
