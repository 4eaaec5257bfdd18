"""Experiment statistics: z-test, Bayesian chance to win, sample ratio mismatch, planning.

Standard library only. Arms are "control" and "variant"; a difference is always variant minus
control. Counts must be whole, non-negative numbers with conversions <= visitors; anything else
raises ValueError. An arm with no visitors is not an error: the result says "no answer" (None)
so the results screen can say "not enough data yet".
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from statistics import NormalDist

# No verdict before each arm has this many visitors and conversions (DESIGN, Experiments).
MIN_VISITORS_PER_ARM = 100
MIN_CONVERSIONS_PER_ARM = 25
# A sample ratio mismatch is flagged when the chi-square p-value is below this.
SRM_ALPHA = 0.001
# The weekly cadence: a plan that needs more days than this gets a warning.
MAX_PLANNED_DAYS = 7
# The longer run the planner suggests when a test does not fit in the weekly cadence.
LONG_RUN_DAYS = 14

_NORMAL = NormalDist()


@dataclass(frozen=True)
class ProportionTest:
    """Pooled two-proportion z-test (two-sided) with a Wald interval of the difference.

    control_rate, variant_rate: conversions / visitors of each arm.
    diff: variant_rate - control_rate (absolute, in rate units: 0.01 is one point).
    ci: Wald interval of diff at 1 - alpha, unpooled standard error, as (low, high).
    rel_lift: diff / control_rate; None when the control rate is 0.
    z, p_value: pooled z statistic and its two-sided p-value.
    significant: p_value < alpha (False whenever p_value is None).
    Every number is None when an arm has no visitors.
    """

    control_rate: float | None
    variant_rate: float | None
    diff: float | None
    ci: tuple[float, float] | None
    rel_lift: float | None
    z: float | None
    p_value: float | None
    significant: bool
    alpha: float


def proportion_test(
    control_conversions: int,
    control_n: int,
    variant_conversions: int,
    variant_n: int,
    alpha: float = 0.05,
) -> ProportionTest:
    """Compare the variant's conversion rate with the control's.

    When both arms are at 0 % (or both at 100 %) the pooled standard error is 0: there is no
    evidence of a difference, so z = 0 and p = 1. The Wald interval then collapses to (0, 0),
    as the Wald formula does at 0 % and 100 %; the minimum-data rule keeps such results from
    becoming a verdict.
    """
    x_c, n_c = _arm(control_conversions, control_n, "control")
    x_v, n_v = _arm(variant_conversions, variant_n, "variant")
    _check_probability(alpha, "alpha")
    if n_c == 0 or n_v == 0:
        return ProportionTest(
            control_rate=x_c / n_c if n_c else None,
            variant_rate=x_v / n_v if n_v else None,
            diff=None,
            ci=None,
            rel_lift=None,
            z=None,
            p_value=None,
            significant=False,
            alpha=alpha,
        )
    rate_c, rate_v = x_c / n_c, x_v / n_v
    diff = rate_v - rate_c
    pooled = (x_c + x_v) / (n_c + n_v)
    pooled_se = math.sqrt(pooled * (1 - pooled) * (1 / n_c + 1 / n_v))
    if pooled_se == 0:
        z, p_value = 0.0, 1.0
    else:
        z = diff / pooled_se
        # erfc keeps tiny p-values accurate where 1 - cdf would round to 0.
        p_value = math.erfc(abs(z) / math.sqrt(2))
    wald_se = math.sqrt(rate_c * (1 - rate_c) / n_c + rate_v * (1 - rate_v) / n_v)
    margin = _z_two_sided(alpha) * wald_se
    return ProportionTest(
        control_rate=rate_c,
        variant_rate=rate_v,
        diff=diff,
        ci=(diff - margin, diff + margin),
        rel_lift=diff / rate_c if rate_c else None,
        z=z,
        p_value=p_value,
        significant=p_value < alpha,
        alpha=alpha,
    )


def lift_interval(
    control_conversions: int,
    control_n: int,
    variant_conversions: int,
    variant_n: int,
    alpha: float = 0.05,
) -> tuple[float, float] | None:
    """Interval of the relative lift (variant_rate / control_rate - 1) at 1 - alpha.

    The delta method on the log of the rate ratio (Katz et al. 1978):
    log(r_V / r_C) ± z sqrt(1/x_V - 1/n_V + 1/x_C - 1/n_C), then exp(.) - 1. It is not
    symmetric around the lift (a ratio is skewed) and stays above -100 %. None when an arm
    has no conversions (the ratio or its log is undefined).
    """
    x_c, n_c = _arm(control_conversions, control_n, "control")
    x_v, n_v = _arm(variant_conversions, variant_n, "variant")
    _check_probability(alpha, "alpha")
    if x_c == 0 or x_v == 0:
        return None
    log_ratio = math.log((x_v / n_v) / (x_c / n_c))
    se = math.sqrt(max(0.0, 1 / x_v - 1 / n_v + 1 / x_c - 1 / n_c))
    margin = _z_two_sided(alpha) * se
    return math.expm1(log_ratio - margin), math.expm1(log_ratio + margin)


def wilson_interval(conversions: int, n: int, alpha: float = 0.05) -> tuple[float, float] | None:
    """Wilson score interval of one arm's rate (stays inside [0, 1]); None when n is 0."""
    x, n = _arm(conversions, n, "arm")
    _check_probability(alpha, "alpha")
    if n == 0:
        return None
    z = _z_two_sided(alpha)
    rate = x / n
    scale = 1 + z * z / n
    centre = (rate + z * z / (2 * n)) / scale
    half = z / scale * math.sqrt(rate * (1 - rate) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def chance_to_win(
    control_conversions: int, control_n: int, variant_conversions: int, variant_n: int
) -> float:
    """P(variant's true rate > control's) with independent Beta(1, 1) priors, exactly.

    Evan Miller's closed form (evanmiller.org/bayesian-ab-testing.html):
    P = sum_{i=0}^{a_B-1} B(a_A+i, b_A+b_B) / ((b_B+i) B(1+i, b_B) B(a_A, b_A)),
    with a = 1 + conversions and b = 1 + non-conversions. The probability is summed directly,
    never as 1 minus its complement, so a tiny chance stays tiny instead of becoming the
    rounding error of a number near 1. Of the two direct forms (the sum above, and the same
    sum on the non-conversions: p_V > p_C  <=>  q_C > q_V with q ~ Beta(b, a)) the one with
    fewer terms is used, and only the terms that matter are summed (see _sum_beats). Ties
    have probability 0.

    Accuracy: the sum's peak term is computed from log-beta values without cancelling
    lgamma's of 10^9-sized numbers (_log_beta), so the relative error is about 1e-7 at
    10^9 visitors per arm and 1e-12 at thousands; the absolute error is therefore below
    1e-6 up to 10^9 visitors per arm (checked against 50-digit sums in the tests).
    """
    x_c, n_c = _arm(control_conversions, control_n, "control")
    x_v, n_v = _arm(variant_conversions, variant_n, "variant")
    a_c, b_c = 1 + x_c, 1 + n_c - x_c
    a_v, b_v = 1 + x_v, 1 + n_v - x_v
    if (a_c, b_c) == (a_v, b_v):
        return 0.5
    # With q = 1 - p: p_V > p_C  <=>  q_C > q_V, and q ~ Beta(b, a).
    fewer_terms = (a_c, b_c, a_v, b_v) if a_v <= b_c else (b_v, a_v, b_c, a_c)
    return min(1.0, max(0.0, _sum_beats(*fewer_terms)))


def srm_p_value(observed_counts: Sequence[int], planned_weights: Sequence[float]) -> float:
    """Chi-square goodness-of-fit p-value of the arm sizes against the planned split.

    Weights are normalised (50/50, 1:1 and 0.5/0.5 are the same plan); df = arms - 1.
    No visitors at all gives 1.0: nothing observed, nothing mismatched.
    """
    if len(observed_counts) != len(planned_weights):
        raise ValueError("one planned weight is needed per arm")
    if len(observed_counts) < 2:
        raise ValueError("a split needs at least two arms")
    counts = [_count(c, "visitors") for c in observed_counts]
    weights = [float(w) for w in planned_weights]
    if not all(math.isfinite(w) and w > 0 for w in weights):
        raise ValueError("planned weights must be positive numbers")
    total = sum(counts)
    if total == 0:
        return 1.0
    weight_sum = math.fsum(weights)
    chi2 = math.fsum(
        (c - total * w / weight_sum) ** 2 / (total * w / weight_sum)
        for c, w in zip(counts, weights, strict=True)
    )
    return chi_square_sf(chi2, len(counts) - 1)


def chi_square_sf(x: float, df: int) -> float:
    """P(X >= x) for X ~ chi-square(df): the regularized upper incomplete gamma Q(df/2, x/2)."""
    if df < 1:
        raise ValueError("degrees of freedom must be at least 1")
    if math.isnan(x):
        raise ValueError("chi-square statistic is not a number")
    if x <= 0:
        return 1.0
    if df == 1:
        return math.erfc(math.sqrt(x / 2))
    if df == 2:
        return math.exp(-x / 2)
    return _gamma_q(df / 2, x / 2)


def sample_size(
    baseline_rate: float, mde_abs: float, alpha: float = 0.05, power: float = 0.8
) -> int:
    """Visitors needed per arm to detect an absolute change of mde_abs (two-sided test).

    n = (z_{1-alpha/2} sqrt(2p(1-p)) + z_{power} sqrt(p(1-p) + (p+d)(1-p-d)))^2 / d^2,
    rounded up (DESIGN, Experiments). Evan Miller's calculator uses the same formula but
    shows it rounded to nearest, and for a baseline above 50 % it mirrors the baseline
    (p -> 1 - p, same delta), so it plans the drop p -> p - delta there; this plans the change
    as given. mde_abs may be negative (planning for a drop).
    """
    _check_plan(baseline_rate, mde_abs)
    n = _n_continuous(baseline_rate, mde_abs, alpha, power)
    # Leave room for float noise so an exact whole number is not pushed up by one.
    return math.ceil(n - 1e-9)


def mde(
    baseline_rate: float, n_per_arm: float, alpha: float = 0.05, power: float = 0.8
) -> float | None:
    """Smallest absolute increase the test can detect with n_per_arm visitors per arm.

    The inverse of sample_size's formula taken as a continuous function of the effect, solved
    by bisection; the answer d satisfies sample_size(baseline_rate, d) <= n_per_arm. None when
    no increase short of a 100 % rate is detectable (or n_per_arm is 0).
    """
    _check_rate(baseline_rate)
    _check_probability(alpha, "alpha")
    _check_probability(power, "power")
    if n_per_arm < 0 or math.isnan(n_per_arm):
        raise ValueError("visitors per arm cannot be negative")
    ceiling = 1 - baseline_rate
    if n_per_arm == 0 or _n_continuous(baseline_rate, ceiling, alpha, power) > n_per_arm:
        return None
    # The required n falls steadily as the effect grows, so bisection brackets the answer.
    low, high = 0.0, ceiling
    for _ in range(200):
        middle = (low + high) / 2
        if middle in (low, high):
            break
        if _n_continuous(baseline_rate, middle, alpha, power) > n_per_arm:
            low = middle
        else:
            high = middle
    return high


def achieved_power(
    baseline_rate: float, mde_abs: float, n_per_arm: float, alpha: float = 0.05
) -> float:
    """Power of the two-sided test to detect mde_abs with n_per_arm visitors per arm.

    The formula of sample_size solved for z_{power}, so achieved_power at sample_size's n is
    at least the power that was planned.
    """
    _check_plan(baseline_rate, mde_abs)
    _check_probability(alpha, "alpha")
    if n_per_arm < 0 or math.isnan(n_per_arm):
        raise ValueError("visitors per arm cannot be negative")
    p, d = baseline_rate, abs(mde_abs)
    sd_null = math.sqrt(2 * p * (1 - p))
    sd_alt = math.sqrt(p * (1 - p) + (p + mde_abs) * (1 - p - mde_abs))
    return _NORMAL.cdf((d * math.sqrt(n_per_arm) - _z_two_sided(alpha) * sd_null) / sd_alt)


def days_needed(
    baseline_rate: float,
    mde_abs: float,
    weekly_traffic: float,
    arms: int = 2,
    alpha: float = 0.05,
    power: float = 0.8,
    split: Sequence[float] | None = None,
) -> int:
    """Whole days until every arm has sample_size visitors, at the current weekly traffic.

    weekly_traffic is the number of visitors entering the tested funnel step per week, all of
    them shared between the arms. split gives the planned weights (one per arm, normalised);
    without it the arms share equally. The smallest arm decides, since each arm needs the full
    per-arm sample. Raises ValueError when there is no traffic.
    """
    if arms < 2:
        raise ValueError("an experiment needs at least two arms")
    weights = [1.0] * arms if split is None else [float(w) for w in split]
    if len(weights) != arms:
        raise ValueError("one planned weight is needed per arm")
    if not all(math.isfinite(w) and w > 0 for w in weights):
        raise ValueError("planned weights must be positive numbers")
    if not math.isfinite(weekly_traffic) or weekly_traffic <= 0:
        raise ValueError("weekly traffic must be a positive number")
    n_per_arm = sample_size(baseline_rate, mde_abs, alpha, power)
    # Exact fractions: 700 visitors a week for 500 per arm is 10 days, not 10.000000001.
    smallest_share = Fraction(min(weights)) / sum(Fraction(w) for w in weights)
    daily_in_smallest_arm = Fraction(weekly_traffic) * smallest_share / 7
    return math.ceil(n_per_arm / daily_in_smallest_arm)


def _sum_beats(a_a: int, b_a: int, a_b: int, b_b: int) -> float:
    """P(X_B > X_A) for X_A ~ Beta(a_a, b_a), X_B ~ Beta(a_b, b_b), whole-number parameters.

    The terms t_i of Evan Miller's sum have the ratio
    r_i = t_{i+1} / t_i = (a_a + i)(b_b + i) / ((a_a + b_a + b_b + i)(i + 1)),
    which falls as i grows, so the terms rise to a single peak and then fall. Start at the
    peak (found from r_i = 1, its log evaluated with lgamma) and walk both ways with the ratio
    until the remaining terms, bounded by a geometric series, cannot change the sum. For
    millions of visitors this touches thousands of terms instead of hundreds of thousands.
    """
    last = a_b - 1
    total = a_a + b_a + b_b

    def ratio(i: int) -> float:
        return (a_a + i) * (b_b + i) / ((total + i) * (i + 1))

    # r_i >= 1 exactly when i <= (a_a*b_b - total) / (b_a + 1).
    peak = min(last, max(0, (a_a * b_b - total) // (b_a + 1) + 1))
    log_peak = (
        _log_beta(a_a + peak, b_a + b_b)
        - math.log(b_b + peak)
        - _log_beta(1 + peak, b_b)
        - _log_beta(a_a, b_a)
    )
    eps = 1e-17  # the sum is at least the peak term, 1
    terms = [1.0]  # relative to the peak term
    term = 1.0
    for i in range(peak, last):  # upwards: t_{i+1} = t_i * r_i
        term *= ratio(i)
        terms.append(term)
        r = ratio(i + 1)
        if r < 1 and term * r / (1 - r) < eps:
            break
    term = 1.0
    for i in range(peak - 1, -1, -1):  # downwards: t_i = t_{i+1} / r_i
        term /= ratio(i)
        terms.append(term)
        q = 1 / ratio(i - 1) if i > 0 else 0.0
        if q < 1 and term * q / (1 - q) < eps:
            break
    return math.exp(log_peak + math.log(math.fsum(terms)))


def _gamma_q(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) (Numerical Recipes gammq)."""
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:
        # Series for P(a, x); Q = 1 - P is not small here, so nothing cancels badly.
        term = total = 1 / a
        denominator = a
        for _ in range(10_000):
            denominator += 1
            term *= x / denominator
            total += term
            if abs(term) < abs(total) * 1e-16:
                return max(0.0, 1 - total * math.exp(log_prefix))
        raise ArithmeticError("incomplete gamma series did not converge")
    # Continued fraction for Q(a, x), modified Lentz.
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            return min(1.0, math.exp(log_prefix) * h)
    raise ArithmeticError("incomplete gamma continued fraction did not converge")


def _n_continuous(p: float, d: float, alpha: float, power: float) -> float:
    _check_probability(alpha, "alpha")
    _check_probability(power, "power")
    sd_null = math.sqrt(2 * p * (1 - p))
    sd_alt = math.sqrt(p * (1 - p) + (p + d) * (1 - p - d))
    return (_z_two_sided(alpha) * sd_null + _NORMAL.inv_cdf(power) * sd_alt) ** 2 / d**2


def _z_two_sided(alpha: float) -> float:
    return _NORMAL.inv_cdf(1 - alpha / 2)


def _log_beta(a: float, b: float) -> float:
    """log B(a, b) without the cancellation of lgamma(a) + lgamma(b) - lgamma(a + b).

    For a billion, lgamma is about 2e10, so the plain difference loses everything below 1e-5.
    Stirling's form lgamma(x) = (x - 1/2) log x - x + log(2 pi)/2 + delta(x) lets the large
    terms cancel algebraically (the -x's exactly, the logs through log1p), leaving terms of
    the size of the answer plus the small corrections delta.
    """
    small, large = min(a, b), max(a, b)
    if large < _STIRLING_FROM:
        return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    total = a + b
    if small < _STIRLING_FROM:
        # lgamma(small) + [lgamma(large) - lgamma(total)], the bracket by Stirling.
        return (
            math.lgamma(small)
            - (large - 0.5) * math.log1p(small / large)
            - small * math.log(total)
            + small
            + _stirling_delta(large)
            - _stirling_delta(total)
        )
    return (
        -(a - 0.5) * math.log1p(b / a)
        - (b - 0.5) * math.log1p(a / b)
        - 0.5 * math.log(total)
        + _HALF_LOG_2PI
        + _stirling_delta(a)
        + _stirling_delta(b)
        - _stirling_delta(total)
    )


# Below this lgamma itself is exact to ~1e-13; above, Stirling's corrections are (error < 1e-20).
_STIRLING_FROM = 100.0
_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)


def _stirling_delta(x: float) -> float:
    """lgamma(x) - ((x - 1/2) log x - x + log(2 pi)/2) for x >= 100: the first five terms
    of Stirling's series, error below 1e-25."""
    inverse = 1 / x
    square = inverse * inverse
    return inverse * (
        1 / 12 - square * (1 / 360 - square * (1 / 1260 - square * (1 / 1680 - square / 1188)))
    )


def _arm(conversions: int, n: int, name: str) -> tuple[int, int]:
    x = _count(conversions, f"{name} conversions")
    n = _count(n, f"{name} visitors")
    if x > n:
        raise ValueError(f"{name} has more conversions ({x}) than visitors ({n})")
    return x, n


def _count(value: float, name: str) -> int:
    """A whole, non-negative count; integral floats (from summed columns) are accepted."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a count, not {value!r}")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{name} must be a whole number, not {value!r}")
        value = int(value)
    try:
        count = operator.index(value)
    except TypeError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None
    if count < 0:
        raise ValueError(f"{name} cannot be negative ({count})")
    return count


def _check_probability(value: float, name: str) -> None:
    if not 0 < value < 1:
        raise ValueError(f"{name} must be between 0 and 1, not {value!r}")


def _check_rate(baseline_rate: float) -> None:
    if not 0 < baseline_rate < 1:
        raise ValueError(f"baseline rate must be between 0 and 1, not {baseline_rate!r}")


def _check_plan(baseline_rate: float, mde_abs: float) -> None:
    _check_rate(baseline_rate)
    if mde_abs == 0 or math.isnan(mde_abs):
        raise ValueError("the minimum detectable effect cannot be 0")
    if not 0 < baseline_rate + mde_abs < 1:
        raise ValueError(
            f"baseline {baseline_rate!r} plus effect {mde_abs!r} must stay between 0 and 1"
        )
