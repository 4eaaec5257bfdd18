"""False wins under daily looks: null experiments judged every day by the old and new rules.

Run as a plain script, not under pytest:

    .venv/bin/python tests/bench/peeking.py [--runs N] [--seed S]

Each simulated experiment has a control and one or three variants with the same true rate
(drawn between 5 % and 20 %), a few hundred visitors per arm a day (drawn between 100 and
600), and a planned end on Day 7 or Day 14. The team looks every day. A "false win" is any
variant called the winner on any look. Printed per setting:

- old rule, daily looks: pooled z-test p < 0.05 (and the data gate, no SRM), no correction;
- new rule, daily looks: domain.verdict.kinds, with final from domain.verdict.is_final;
- one look at the end: the old rule on the last day only (the classic fixed-horizon test);
- new rule, one look at the end.

tests/domain/test_peeking.py runs a smaller seeded copy of this as a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from okrdesk.domain import stats
from okrdesk.domain.verdict import VerdictKind, is_final, kinds, pair_control_share

START = dt.date(2026, 3, 2)
Arm = tuple[int, int]  # (conversions, visitors), cumulative


@dataclass(frozen=True)
class Rates:
    old_daily: float
    new_daily: float
    old_end: float
    new_end: float
    new_daily_any_call: float  # a win or a loss called on any look


def simulate(runs: int, days: int, variants: int, seed: int, lift: float = 0.0) -> Rates:
    """The share of experiments with a variant called the winner, per rule.

    lift: the variants' true relative lift (0: null experiments, the false-win rate; above 0
    the same shares are the power to call a real win).
    """
    rng = np.random.default_rng(seed)
    counts = {"old_daily": 0, "new_daily": 0, "old_end": 0, "new_end": 0, "any": 0}
    share = 1 / (variants + 1)
    for _ in range(runs):
        rate = rng.uniform(0.05, 0.20)
        traffic = rng.uniform(100, 600)
        visitors = rng.poisson(traffic, size=(days, variants + 1))
        rates = np.array([rate] + [rate * (1 + lift)] * variants)
        conversions = rng.binomial(visitors, rates)
        cum_n, cum_x = visitors.cumsum(axis=0), conversions.cumsum(axis=0)
        old_hit = new_hit = any_hit = False
        for day in range(days):
            arms = [(int(cum_x[day, a]), int(cum_n[day, a])) for a in range(variants + 1)]
            control, rest = arms[0], arms[1:]
            on = START + dt.timedelta(days=day + 1)  # the morning after `day`'s numbers
            final = is_final(START, days, on, control, rest)
            new = kinds(control, rest, share, final=final)
            old = old_rule(control, rest, share)
            old_hit |= old
            new_hit |= VerdictKind.VARIANT_WINS in new
            any_hit |= VerdictKind.VARIANT_WINS in new or VerdictKind.VARIANT_LOSES in new
            if day == days - 1:
                counts["old_end"] += old
                counts["new_end"] += VerdictKind.VARIANT_WINS in new
        counts["old_daily"] += old_hit
        counts["new_daily"] += new_hit
        counts["any"] += any_hit
    return Rates(
        counts["old_daily"] / runs,
        counts["new_daily"] / runs,
        counts["old_end"] / runs,
        counts["new_end"] / runs,
        counts["any"] / runs,
    )


def old_rule(control: Arm, variants: Sequence[Arm], control_share: float) -> bool:
    """The verdict before this change: a variant wins at pooled z p < 0.05, uncorrected."""
    pair_share = pair_control_share(control_share, len(variants))
    for x, n in variants:
        srm = stats.srm_p_value([control[1], n], [pair_share, 1 - pair_share])
        gate = all(
            arm_n >= stats.MIN_VISITORS_PER_ARM and arm_x >= stats.MIN_CONVERSIONS_PER_ARM
            for arm_x, arm_n in (control, (x, n))
        )
        test = stats.proportion_test(control[0], control[1], x, n)
        if srm >= stats.SRM_ALPHA and gate and test.significant and test.diff > 0:
            return True
    return False


SETTINGS = ((7, 1), (14, 1), (7, 3), (14, 3))


def main(argv: Sequence[str] | None = None, out: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args(argv)
    out(f"{args.runs} null experiments per setting, seed {args.seed}; false-win rates:")
    out("days variants | old daily | new daily | old one look | new one look | new any call")
    for days, variants in SETTINGS:
        r = simulate(args.runs, days, variants, args.seed + 100 * days + variants)
        out(
            f"{days:4d} {variants:8d} | {r.old_daily:9.2%} | {r.new_daily:9.2%} | "
            f"{r.old_end:12.2%} | {r.new_end:12.2%} | {r.new_daily_any_call:12.2%}"
        )
    out("")
    out("The price, power: one variant with a true +20 % relative lift, share called a win:")
    out("days | old daily | new daily | old one look | new one look")
    for days in (7, 14):
        r = simulate(args.runs // 4, days, 1, args.seed + days, lift=0.2)
        out(
            f"{days:4d} | {r.old_daily:9.2%} | {r.new_daily:9.2%} | "
            f"{r.old_end:12.2%} | {r.new_end:12.2%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
