"""Fisher's exact test of two arms' conversion rates, and when okrdesk uses it.

Standard library only. The z-test's normal approximation is poor for small tables: at the data
gate, 25 of 100 against 38 of 100, it gives p = 0.048 where the exact test gives 0.067. The
rule (McDonald, Handbook of Biological Statistics, "exact test of independence"; Cochran's
rule for the expected counts): use the exact test when the table holds fewer than 1,000
visitors in all, or when any expected count of the 2×2 table (converted / not converted ×
control / variant, under "no difference") is below 5. Larger tables keep the pooled z-test,
which then agrees with the exact test to about the third decimal.
"""

from __future__ import annotations

import math

# The exact test is used below this many visitors in the two arms together...
EXACT_BELOW_VISITORS = 1000
# ...or when any expected count of the 2×2 table is below this (Cochran's rule).
MIN_EXPECTED_COUNT = 5.0
# Tables as likely as the observed one count as "as extreme" (SciPy's relative tolerance).
_TIE_TOLERANCE = 1e-7


def needs_exact_test(
    control_conversions: int, control_n: int, variant_conversions: int, variant_n: int
) -> bool:
    """True when the 2×2 table is small enough that the p-value comes from fisher_exact."""
    total = control_n + variant_n
    if total == 0:
        return False
    if total < EXACT_BELOW_VISITORS:
        return True
    converted = control_conversions + variant_conversions
    expected = (
        n * column / total
        for n in (control_n, variant_n)
        for column in (converted, total - converted)
    )
    return min(expected) < MIN_EXPECTED_COUNT


def fisher_exact(
    control_conversions: int, control_n: int, variant_conversions: int, variant_n: int
) -> float:
    """Two-sided p-value of Fisher's exact test for the 2×2 table of two arms.

    With every margin fixed, the control's conversions follow a hypergeometric law; the
    p-value is the probability of every table no more likely than the observed one (the
    "minimum likelihood" definition R and SciPy use). Probabilities are walked from the mode
    with the exact ratio of neighbouring terms, so no factorial is ever formed.
    """
    x, n_c, n_v = control_conversions, control_n, variant_n
    if not (0 <= x <= n_c and 0 <= variant_conversions <= n_v):
        raise ValueError("conversions must be between 0 and the arm's visitors")
    converted = x + variant_conversions
    low, high = max(0, converted - n_v), min(n_c, converted)
    if low == high:
        return 1.0

    def ratio(k: int) -> float:  # P(k + 1) / P(k)
        return (n_c - k) * (converted - k) / ((k + 1) * (n_v - converted + k + 1))

    mode = min(high, max(low, (n_c + 1) * (converted + 1) // (n_c + n_v + 2)))
    weights = {mode: 1.0}
    weight = 1.0
    for k in range(mode, high):
        weight *= ratio(k)
        if weight == 0.0:
            break
        weights[k + 1] = weight
    weight = 1.0
    for k in range(mode - 1, low - 1, -1):
        weight /= ratio(k)
        if weight == 0.0:
            break
        weights[k] = weight
    observed = weights.get(x, 0.0)
    limit = observed * (1 + _TIE_TOLERANCE)
    extreme = math.fsum(w for w in weights.values() if w <= limit)
    return min(1.0, extreme / math.fsum(weights.values()))
