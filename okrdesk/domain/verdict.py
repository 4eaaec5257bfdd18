"""The verdict of an experiment in one word, with the numbers behind it.

Rules of DESIGN.md (Experiments), in this order:
1. sample ratio mismatch — the arm sizes are off the planned split (chi-square p < 0.001): the
   assignment is broken, so no other number can be trusted;
2. not enough data — an arm has fewer than 100 visitors or 25 conversions;
3. variant wins / variant loses — the pooled z-test is significant at alpha, by the sign of
   the difference;
4. otherwise no difference that this test could detect.

Besides the verdict: whether the test had the power to see the effect it was planned for, at
the visitors it actually got (an unpowered "no difference" is not evidence of no effect).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from okrdesk.domain import stats

# The power a test is planned with; below it, "no difference" says little.
PLANNED_POWER = 0.8


class VerdictKind(StrEnum):
    VARIANT_WINS = "variant_wins"
    VARIANT_LOSES = "variant_loses"
    NO_DIFFERENCE = "no_difference"
    NOT_ENOUGH_DATA = "not_enough_data"
    SAMPLE_RATIO_MISMATCH = "sample_ratio_mismatch"


@dataclass(frozen=True)
class Verdict:
    """What the results of one variant against the control say.

    kind: the verdict (VerdictKind).
    control_rate, variant_rate, diff, ci, p_value, z, rel_lift: from stats.proportion_test
    (diff = variant − control, absolute; None where an arm has no visitors).
    chance_to_win: P(variant's true rate > control's), Beta(1, 1) priors; None without visitors.
    srm_p_value: chi-square p of the arm sizes against the planned split.
    effective_n: visitors per arm of the equal split with the same precision (the harmonic
    mean of the two arms), at which power and MDE are computed.
    planned_mde: the absolute effect the test was planned to detect (None: no plan).
    power: the power to detect planned_mde at effective_n and the control's rate (None when
    there is no plan or the rate is 0 % or 100 %, or the planned effect would leave 0–100 %).
    detectable_mde: the smallest increase detectable with 80 % power at effective_n (None when
    no increase short of 100 % is, or there is no rate to start from).
    had_power: power >= 80 % (None when power is None).
    short_arms: names ("control", "variant") of the arms below the minimum data.
    """

    kind: VerdictKind
    control_n: int
    control_conversions: int
    variant_n: int
    variant_conversions: int
    control_rate: float | None
    variant_rate: float | None
    diff: float | None
    ci: tuple[float, float] | None
    p_value: float | None
    z: float | None
    rel_lift: float | None
    chance_to_win: float | None
    srm_p_value: float
    alpha: float
    effective_n: float
    planned_mde: float | None
    power: float | None
    detectable_mde: float | None
    had_power: bool | None
    short_arms: tuple[str, ...]


def verdict(
    control_conversions: int,
    control_n: int,
    variant_conversions: int,
    variant_n: int,
    planned_control_share: float = 0.5,
    planned_mde: float | None = None,
    alpha: float = 0.05,
) -> Verdict:
    """Judge one variant against the control; counts are checked as in stats (ValueError)."""
    if not 0 < planned_control_share < 1:
        raise ValueError(
            f"the control's planned share must be between 0 and 1, not {planned_control_share!r}"
        )
    if planned_mde is not None and not (math.isfinite(planned_mde) and planned_mde != 0):
        raise ValueError(f"the planned effect must be a non-zero number, not {planned_mde!r}")
    test = stats.proportion_test(
        control_conversions, control_n, variant_conversions, variant_n, alpha
    )
    srm = stats.srm_p_value(
        [control_n, variant_n], [planned_control_share, 1 - planned_control_share]
    )
    short = tuple(
        name
        for name, conversions, n in (
            ("control", control_conversions, control_n),
            ("variant", variant_conversions, variant_n),
        )
        if n < stats.MIN_VISITORS_PER_ARM or conversions < stats.MIN_CONVERSIONS_PER_ARM
    )
    if srm < stats.SRM_ALPHA:
        kind = VerdictKind.SAMPLE_RATIO_MISMATCH
    elif short:
        kind = VerdictKind.NOT_ENOUGH_DATA
    elif test.significant and test.diff is not None and test.diff > 0:
        kind = VerdictKind.VARIANT_WINS
    elif test.significant and test.diff is not None and test.diff < 0:
        kind = VerdictKind.VARIANT_LOSES
    else:
        kind = VerdictKind.NO_DIFFERENCE

    effective_n = _harmonic_mean(int(control_n), int(variant_n))
    power = _power(test.control_rate, planned_mde, effective_n, alpha)
    detectable = _detectable(test.control_rate, effective_n, alpha)
    has_visitors = control_n > 0 and variant_n > 0
    return Verdict(
        kind=kind,
        control_n=int(control_n),
        control_conversions=int(control_conversions),
        variant_n=int(variant_n),
        variant_conversions=int(variant_conversions),
        control_rate=test.control_rate,
        variant_rate=test.variant_rate,
        diff=test.diff,
        ci=test.ci,
        p_value=test.p_value,
        z=test.z,
        rel_lift=test.rel_lift,
        chance_to_win=(
            stats.chance_to_win(control_conversions, control_n, variant_conversions, variant_n)
            if has_visitors
            else None
        ),
        srm_p_value=srm,
        alpha=alpha,
        effective_n=effective_n,
        planned_mde=planned_mde,
        power=power,
        detectable_mde=detectable,
        had_power=None if power is None else power >= PLANNED_POWER,
        short_arms=short,
    )


def pair_control_share(control_share: float, variants: int) -> float:
    """The control's planned share within the pair (control, one variant).

    With more than one variant the variants share 1 − control_share equally; restricted to the
    control and one variant, the control's share is control / (control + one variant's).
    """
    if variants < 1:
        raise ValueError("an experiment needs at least one variant")
    variant_share = (1 - control_share) / variants
    return control_share / (control_share + variant_share)


def _harmonic_mean(a: int, b: int) -> float:
    return 0.0 if a == 0 or b == 0 else 2 / (1 / a + 1 / b)


def _power(
    control_rate: float | None, planned_mde: float | None, n: float, alpha: float
) -> float | None:
    if planned_mde is None or control_rate is None or not 0 < control_rate < 1:
        return None
    if not 0 < control_rate + planned_mde < 1:
        return None
    return stats.achieved_power(control_rate, planned_mde, n, alpha)


def _detectable(control_rate: float | None, n: float, alpha: float) -> float | None:
    if control_rate is None or not 0 < control_rate < 1:
        return None
    return stats.mde(control_rate, n, alpha, PLANNED_POWER)
