"""Each step of a funnel compared with a baseline, from the stages' total counts alone.

Standard library only, so that the weekly review (and its report) compares two weeks without
pandas; okrdesk.domain.funnel.compare_periods builds its frame from the same rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from okrdesk.domain.stats import proportion_test


class StepComparison(NamedTuple):
    """One step (from_stage → to_stage) now against the baseline; undefined rates are NaN."""

    from_stage: str
    to_stage: str
    from_count: int
    to_count: int
    rate: float
    baseline_from_count: int
    baseline_to_count: int
    baseline_rate: float
    change: float
    relative_change: float
    p_value: float
    significant: bool


def compare_steps(
    stages: Sequence[str],
    totals: Sequence[int],
    baseline_totals: Sequence[int],
    alpha: float = 0.05,
) -> list[StepComparison]:
    """Each step's rate from `totals` (one count per stage, in funnel order) against its rate
    from `baseline_totals`, with the pooled two-proportion z-test (baseline as control).

    change = rate - baseline_rate, relative_change = change / baseline_rate. Undefined rates
    are NaN and their step is never significant; so is a step whose later stage outnumbers the
    earlier one (not a proportion, so no test).
    """
    steps = []
    for i in range(1, len(stages)):
        n_now, x_now = totals[i - 1], totals[i]
        n_base, x_base = baseline_totals[i - 1], baseline_totals[i]
        rate = x_now / n_now if n_now else math.nan
        base_rate = x_base / n_base if n_base else math.nan
        change = rate - base_rate
        p_value = math.nan
        significant = False
        if n_now and n_base and x_now <= n_now and x_base <= n_base:
            test = proportion_test(x_base, n_base, x_now, n_now, alpha=alpha)
            if test.p_value is not None:
                p_value = test.p_value
            significant = bool(test.significant)
        steps.append(
            StepComparison(
                from_stage=stages[i - 1],
                to_stage=stages[i],
                from_count=n_now,
                to_count=x_now,
                rate=rate,
                baseline_from_count=n_base,
                baseline_to_count=x_base,
                baseline_rate=base_rate,
                change=change,
                relative_change=change / base_rate if base_rate else math.nan,
                p_value=p_value,
                significant=significant,
            )
        )
    return steps
