"""An always-valid test of two conversion rates, and Holm's correction for several variants.

A fixed-sample test looked at every day calls a winner far more often than its 5 %: each look
is another chance for noise to cross the line. The always-valid test here may be looked at
after every visitor and still calls a winner among truly equal arms at most alpha of the time.

It is the mixture sequential probability ratio test in the form of an asymptotic confidence
sequence (Waudby-Smith et al., "Time-uniform central limit theory and asymptotic confidence
sequences", 2023, eq. 9 and its p-value), the method GrowthBook ships and close to Optimizely's
mSPRT. With n the visitors of both arms together and z the pooled two-proportion z statistic:

    e-value  E = exp(rho² n z² / (2 (n rho² + 1))) / sqrt(n rho² + 1)
    always-valid p = min(1, 1 / E)

By Ville's inequality P(E ever reaches 1/alpha | equal rates) <= alpha, so "p < alpha on some
day" happens at most alpha of the time, however often one looks. rho is fixed in advance: it
makes the test sharpest when the two arms hold SEQUENTIAL_TUNING_VISITORS visitors together,
rho² = (-2 log alpha + log(1 - 2 log alpha)) / SEQUENTIAL_TUNING_VISITORS (eq. 161), at
alpha = 0.05 whatever alpha a comparison later uses, so that Holm's levels do not change it.

Its confidence sequence of the difference (variant - control) is
diff ± sqrt(s² (2 (n rho² + 1) / (n² rho²)) log(sqrt(n rho² + 1) / alpha)), s² = n × the
unpooled variance of the difference: wider than the one-look interval, valid on every day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Visitors in the two arms together at which the test is sharpest (GrowthBook's default): a
# week or two of a few hundred visitors a day per arm.
SEQUENTIAL_TUNING_VISITORS = 5000
# The alpha rho is tuned for; fixed, so that the test does not depend on Holm's levels.
TUNING_ALPHA = 0.05


def mixing_rho_squared(tuning_visitors: float = SEQUENTIAL_TUNING_VISITORS) -> float:
    """rho² of the normal mixture that is sharpest at tuning_visitors (eq. 161)."""
    log_term = -2 * math.log(TUNING_ALPHA)
    return (log_term + math.log(log_term + 1)) / tuning_visitors


def always_valid_p(z: float | None, visitors: int) -> float | None:
    """The always-valid p-value of a pooled z statistic z at `visitors` (both arms together).

    None when there is no z (an arm without visitors).
    """
    if z is None or visitors <= 0:
        return None
    t_rho2 = visitors * mixing_rho_squared()
    log_e = t_rho2 * z * z / (2 * (t_rho2 + 1)) - 0.5 * math.log1p(t_rho2)
    return 1.0 if log_e <= 0 else math.exp(-log_e)


def always_valid_interval(
    control_conversions: int,
    control_n: int,
    variant_conversions: int,
    variant_n: int,
    alpha: float = 0.05,
) -> tuple[float, float] | None:
    """The confidence sequence of variant_rate - control_rate at level 1 - alpha, within the
    differences two rates can have (-1 to 1: a wider bound is no information, only noise).

    None when an arm has no visitors.
    """
    if control_n <= 0 or variant_n <= 0:
        return None
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, not {alpha!r}")
    rate_c = control_conversions / control_n
    rate_v = variant_conversions / variant_n
    n = control_n + variant_n
    variance = rate_c * (1 - rate_c) / control_n + rate_v * (1 - rate_v) / variant_n
    t_rho2 = n * mixing_rho_squared()
    half = math.sqrt(
        variance * n * 2 * (t_rho2 + 1) / (n * t_rho2) * math.log(math.sqrt(t_rho2 + 1) / alpha)
    )
    diff = rate_v - rate_c
    return max(-1.0, diff - half), min(1.0, diff + half)


def holm_adjusted(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjusted p-values, in the order given.

    Sorted ascending, the i-th smallest (i from 1) becomes max over j <= i of
    min(1, (k - j + 1) p_(j)); a comparison is significant at alpha when its adjusted p is
    below alpha. This keeps the chance of any false call among k comparisons at alpha, and
    with always-valid p-values it does so on every day at once.
    """
    k = len(p_values)
    order = sorted(range(k), key=lambda i: p_values[i])
    adjusted = [1.0] * k
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (k - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted
