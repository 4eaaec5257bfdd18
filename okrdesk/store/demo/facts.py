"""The numbers the demo's texts quote, computed from the demo's own data.

A learning or a review brief that quotes a rate, a lift or a p-value fills it from the arms or
the funnel weeks it talks about, so the text always agrees with what the screens compute
(the pooled two-proportion z-test of domain.stats, as the review and the results panel use).
Standard library only: the demo must build in well under two seconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from okrdesk.domain.stats import proportion_test

ALPHA = 0.05  # a funnel step "moved beyond noise" below this p-value, as the review flags it

Arm = tuple[int, int, int | None, float | None]  # visitors, conversions, SQLs, deal value


def percent(share: float) -> str:
    """0.02896 → "2.9 %", as the demo's texts write rates."""
    return f"{100 * share:.1f} %"


def p_text(p: float) -> str:
    """ "p = 0.019" or "p < 0.001", as the review writes p-values."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def experiment_facts(arms: Sequence[Arm]) -> dict[str, str]:
    """What a text may quote about a two-arm experiment: each arm's rate, conversions and
    SQLs, the relative lift (signed and as a size) and the p-value."""
    (control_n, control_x, control_sqls, _), (variant_n, variant_x, variant_sqls, _) = arms
    test = proportion_test(control_x, control_n, variant_x, variant_n)
    lift = test.rel_lift or 0.0
    return {
        "control_rate": percent(test.control_rate or 0.0),
        "variant_rate": percent(test.variant_rate or 0.0),
        "lift": ("+" if lift > 0 else "−" if lift < 0 else "") + percent(abs(lift)),
        "lift_size": percent(abs(lift)),
        "p": p_text(test.p_value if test.p_value is not None else 1.0),
        "control_conversions": str(control_x),
        "variant_conversions": str(variant_x),
        "control_sqls": str(control_sqls),
        "variant_sqls": str(variant_sqls),
    }


def funnel_moves(stages: Sequence[str], before: Sequence[int], now: Sequence[int]) -> str:
    """The week's step changes beyond noise (p < ALPHA) against the week before, as a
    sentence: "Form submitted → Lead fell from 81.2 % to 68.7 % (p = 0.007)." """
    moves = []
    for i in range(1, len(stages)):
        if not (before[i - 1] and now[i - 1]):
            continue
        test = proportion_test(before[i], before[i - 1], now[i], now[i - 1])
        if test.p_value is None or test.p_value >= ALPHA:
            continue
        verb = "rose" if (test.diff or 0.0) > 0 else "fell"
        moves.append(
            f"{stages[i - 1]} → {stages[i]} {verb} from {percent(test.control_rate or 0.0)} "
            f"to {percent(test.variant_rate or 0.0)} ({p_text(test.p_value)})"
        )
    if not moves:
        return "No step moved beyond noise."
    return "; ".join(moves) + "."
