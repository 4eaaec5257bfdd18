"""The verdict of an experiment in one word, with the numbers behind it.

A team looks at a running experiment every day, and an experiment may have several variants;
the verdict stays honest under both. Each variant is judged against the control, in this
order (README, "How okrdesk decides"):

1. sample ratio mismatch — the pair's arm sizes are off the planned split (chi-square
   p < 0.001): the assignment is broken, so no other number can be trusted;
2. not enough data — an arm has fewer than 100 visitors or 25 conversions;
3. variant wins / variant loses — on any day, when the comparison is decisive: both the
   always-valid p (domain.sequential) and the one-look p (Fisher's exact test for small tables,
   else the pooled z-test; domain.exact) are below alpha after Holm's step-down correction over
   the experiment's variants. The larger of the two p-values is the one Holm corrects, so a
   call needs both; by the sign of the difference;
4. variant leading / variant trailing — not decisive, by the sign of the difference: before
   the planned end or sample (see is_final) whenever the difference is not 0; after it only
   when the one-look p, Holm-corrected, is still below alpha (ahead, but not by enough for a
   call that survives daily looks);
5. otherwise no difference beyond noise.

Besides the verdict: whether the test had the power to see the effect it was planned for, at
the visitors it actually got (an unpowered "no difference" is not evidence of no effect, and
an unpowered win overstates the effect); low_power flags power below LOW_POWER, and every
sentence that says "wins" or "loses" then says so too.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from okrdesk.domain import exact, sequential, stats

# The power a test is planned with; below it, "no difference" says little.
PLANNED_POWER = 0.8
# Power "far below" the planned 80 %: a call made with less is flagged in the same sentence.
LOW_POWER = 0.5


class VerdictKind(str, Enum):
    """A verdict's kind; its value is the word stored and looked up in the label tables."""

    VARIANT_WINS = "variant_wins"
    VARIANT_LOSES = "variant_loses"
    VARIANT_LEADING = "variant_leading"
    VARIANT_TRAILING = "variant_trailing"
    NO_DIFFERENCE = "no_difference"
    NOT_ENOUGH_DATA = "not_enough_data"
    SAMPLE_RATIO_MISMATCH = "sample_ratio_mismatch"


@dataclass(frozen=True)
class Verdict:
    """What the results of one variant against the control say.

    kind: the verdict (VerdictKind).
    control_rate, variant_rate, diff, ci, z, rel_lift: from stats.proportion_test
    (diff = variant − control, absolute; ci is the one-look Wald interval; None where an arm
    has no visitors).
    p_value: the one-look p: Fisher's exact test when exact.needs_exact_test, else the pooled
    z-test's; test says which ("fisher" or "z").
    always_valid_p, always_valid_ci: domain.sequential's p and confidence sequence.
    decisive_p: max(p_value, always_valid_p) after Holm's correction over `comparisons`
    variants; the variant wins or loses when it is below alpha.
    rel_lift_ci: interval of the relative lift (stats.lift_interval).
    chance_to_win: P(variant's true rate > control's), Beta(1, 1) priors; None without visitors.
    srm_p_value: chi-square p of the arm sizes against the planned split.
    final: the experiment reached its planned end or sample (is_final).
    effective_n: visitors per arm of the equal split with the same precision (the harmonic
    mean of the two arms), at which power and MDE are computed.
    planned_mde: the absolute effect the test was planned to detect (None: no plan).
    power: the power to detect planned_mde at effective_n and the control's rate (None when
    there is no plan or the rate is 0 % or 100 %, or the planned effect would leave 0–100 %).
    detectable_mde: the smallest increase detectable with 80 % power at effective_n (None when
    no increase short of 100 % is, or there is no rate to start from).
    had_power: power >= 80 %; low_power: power < LOW_POWER (both None when power is None).
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
    test: str
    z: float | None
    always_valid_p: float | None
    always_valid_ci: tuple[float, float] | None
    decisive_p: float | None
    comparisons: int
    rel_lift: float | None
    rel_lift_ci: tuple[float, float] | None
    chance_to_win: float | None
    srm_p_value: float
    alpha: float
    final: bool
    effective_n: float
    planned_mde: float | None
    power: float | None
    detectable_mde: float | None
    had_power: bool | None
    low_power: bool | None
    short_arms: tuple[str, ...]


def verdict(
    control_conversions: int,
    control_n: int,
    variant_conversions: int,
    variant_n: int,
    planned_control_share: float = 0.5,
    planned_mde: float | None = None,
    alpha: float = 0.05,
    *,
    final: bool = True,
) -> Verdict:
    """Judge one variant against the control; counts are checked as in stats (ValueError).

    planned_control_share is the control's share within this pair (pair_control_share).
    """
    return verdicts(
        (control_conversions, control_n),
        [(variant_conversions, variant_n)],
        planned_control_share,
        planned_mde,
        alpha,
        final=final,
    )[0]


def verdicts(
    control: tuple[int, int],
    variants: Sequence[tuple[int, int]],
    control_share: float = 0.5,
    planned_mde: float | None = None,
    alpha: float = 0.05,
    *,
    final: bool = True,
) -> list[Verdict]:
    """Judge every variant against the control, Holm-corrected over the variants.

    control and each variant are (conversions, visitors); control_share is the control's
    planned share of the whole experiment (its pair shares follow from it).
    """
    _check_plan(control_share, planned_mde, variants)
    parts, decisive, one_look = _compare(control, variants, control_share, alpha)
    return [
        _judge(part, decisive_p, one_look_p, len(variants), planned_mde, alpha, final)
        for part, decisive_p, one_look_p in zip(parts, decisive, one_look, strict=True)
    ]


def kinds(
    control: tuple[int, int],
    variants: Sequence[tuple[int, int]],
    control_share: float = 0.5,
    alpha: float = 0.05,
    *,
    final: bool = True,
) -> list[VerdictKind]:
    """The kinds verdicts() gives, by the same rule, without the numbers around them (no
    chance to win, power or intervals): fast enough for simulations of many looks."""
    _check_plan(control_share, None, variants)
    parts, decisive, one_look = _compare(control, variants, control_share, alpha)
    return [
        _kind(part, decisive_p, one_look_p, alpha, final)
        for part, decisive_p, one_look_p in zip(parts, decisive, one_look, strict=True)
    ]


def _check_plan(
    control_share: float, planned_mde: float | None, variants: Sequence[tuple[int, int]]
) -> None:
    if not 0 < control_share < 1:
        raise ValueError(
            f"the control's planned share must be between 0 and 1, not {control_share!r}"
        )
    if planned_mde is not None and not (math.isfinite(planned_mde) and planned_mde != 0):
        raise ValueError(f"the planned effect must be a non-zero number, not {planned_mde!r}")
    if not variants:
        raise ValueError("an experiment needs at least one variant")


def _compare(
    control: tuple[int, int],
    variants: Sequence[tuple[int, int]],
    control_share: float,
    alpha: float,
) -> tuple[list[_Pair], list[float], list[float]]:
    """Each variant against the control, and the Holm-adjusted decisive and one-look p's."""
    share = pair_control_share(control_share, len(variants))
    parts = [_pair(control, variant, share, alpha) for variant in variants]
    decisive = sequential.holm_adjusted([p.worst_p for p in parts])
    one_look = sequential.holm_adjusted([p.one_look_p for p in parts])
    return parts, decisive, one_look


@dataclass(frozen=True)
class _Pair:
    control: tuple[int, int]
    variant: tuple[int, int]
    test: stats.ProportionTest
    p_value: float | None
    exact: bool
    always_valid_p: float | None
    srm: float

    @property
    def one_look_p(self) -> float:
        return 1.0 if self.p_value is None else self.p_value

    @property
    def worst_p(self) -> float:
        return max(self.one_look_p, 1.0 if self.always_valid_p is None else self.always_valid_p)


def _pair(control: tuple[int, int], variant: tuple[int, int], share: float, alpha: float) -> _Pair:
    (x_c, n_c), (x_v, n_v) = control, variant
    test = stats.proportion_test(x_c, n_c, x_v, n_v, alpha)
    use_exact = test.p_value is not None and exact.needs_exact_test(x_c, n_c, x_v, n_v)
    p_value = exact.fisher_exact(x_c, n_c, x_v, n_v) if use_exact else test.p_value
    return _Pair(
        control=(int(x_c), int(n_c)),
        variant=(int(x_v), int(n_v)),
        test=test,
        p_value=p_value,
        exact=use_exact,
        always_valid_p=sequential.always_valid_p(test.z, int(n_c) + int(n_v)),
        srm=stats.srm_p_value([n_c, n_v], [share, 1 - share]),
    )


def _judge(
    pair: _Pair,
    decisive_p: float,
    one_look_p: float,
    comparisons: int,
    planned_mde: float | None,
    alpha: float,
    final: bool,
) -> Verdict:
    (x_c, n_c), (x_v, n_v) = pair.control, pair.variant
    test = pair.test
    kind = _kind(pair, decisive_p, one_look_p, alpha, final)
    effective_n = _harmonic_mean(n_c, n_v)
    power = _power(test.control_rate, planned_mde, effective_n, alpha)
    has_visitors = n_c > 0 and n_v > 0
    return Verdict(
        kind=kind,
        control_n=n_c,
        control_conversions=x_c,
        variant_n=n_v,
        variant_conversions=x_v,
        control_rate=test.control_rate,
        variant_rate=test.variant_rate,
        diff=test.diff,
        ci=test.ci,
        p_value=pair.p_value,
        test="fisher" if pair.exact else "z",
        z=test.z,
        always_valid_p=pair.always_valid_p,
        always_valid_ci=sequential.always_valid_interval(x_c, n_c, x_v, n_v, alpha),
        decisive_p=decisive_p if has_visitors else None,
        comparisons=comparisons,
        rel_lift=test.rel_lift,
        rel_lift_ci=stats.lift_interval(x_c, n_c, x_v, n_v, alpha) if has_visitors else None,
        chance_to_win=stats.chance_to_win(x_c, n_c, x_v, n_v) if has_visitors else None,
        srm_p_value=pair.srm,
        alpha=alpha,
        final=final,
        effective_n=effective_n,
        planned_mde=planned_mde,
        power=power,
        detectable_mde=_detectable(test.control_rate, effective_n, alpha),
        had_power=None if power is None else power >= PLANNED_POWER,
        low_power=None if power is None else power < LOW_POWER,
        short_arms=_short_arms(pair),
    )


def _short_arms(pair: _Pair) -> tuple[str, ...]:
    return tuple(
        name
        for name, (conversions, n) in (("control", pair.control), ("variant", pair.variant))
        if n < stats.MIN_VISITORS_PER_ARM or conversions < stats.MIN_CONVERSIONS_PER_ARM
    )


def _kind(
    pair: _Pair, decisive_p: float, one_look_p: float, alpha: float, final: bool
) -> VerdictKind:
    diff = pair.test.diff or 0.0
    if pair.srm < stats.SRM_ALPHA:
        return VerdictKind.SAMPLE_RATIO_MISMATCH
    if _short_arms(pair):
        return VerdictKind.NOT_ENOUGH_DATA
    if decisive_p < alpha and diff != 0:
        return VerdictKind.VARIANT_WINS if diff > 0 else VerdictKind.VARIANT_LOSES
    if diff != 0 and (not final or one_look_p < alpha):
        return VerdictKind.VARIANT_LEADING if diff > 0 else VerdictKind.VARIANT_TRAILING
    return VerdictKind.NO_DIFFERENCE


def planned_sample(control_rate: float | None, planned_mde: float | None) -> int | None:
    """Visitors per arm the experiment was planned with: stats.sample_size for planned_mde at
    the control's rate (the baseline is not stored, so the observed control rate stands in
    for it); None without a plan or a usable rate."""
    if planned_mde is None or control_rate is None or not 0 < control_rate < 1:
        return None
    if not 0 < control_rate + planned_mde < 1:
        return None
    return stats.sample_size(control_rate, planned_mde)


def is_final(
    start: dt.date | None,
    duration_days: int,
    on: dt.date,
    control: tuple[int, int],
    variants: Sequence[tuple[int, int]],
    planned_mde: float | None = None,
) -> bool:
    """Has the experiment reached its planned end or its planned sample on day `on`?

    The end: `on` is on or after start + duration_days, the day after the run's last day
    (Day 7 of a 7-day test is still running; its numbers are final the next morning). The
    sample: every arm has planned_sample visitors. Before either, a result that is not
    decisive reads "leading"/"trailing". Arms are (conversions, visitors).
    """
    if start is not None and on >= start + dt.timedelta(days=duration_days):
        return True
    if not variants:
        return False
    conversions, visitors = control
    needed = planned_sample(conversions / visitors if visitors else None, planned_mde)
    smallest = min(n for _, n in (control, *variants))
    return needed is not None and smallest >= needed


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
