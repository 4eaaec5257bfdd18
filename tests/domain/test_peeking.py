"""Seeded simulation: null experiments looked at every day are rarely called winners.

A smaller copy of tests/bench/peeking.py (which prints the full figures): a few thousand
null experiments, 5–20 % baseline, 100–600 visitors per arm a day, looked at daily for 14
days, one and three variants. The old rule (pooled z-test, no correction) is shown to fail
the same bound, so the test would fail on the rule as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from peeking import simulate


@pytest.mark.once
@pytest.mark.parametrize(("days", "variants", "seed"), [(14, 1, 11), (14, 3, 13), (7, 3, 17)])
def test_daily_looks_call_a_false_winner_at_most_5_percent_of_the_time(days, variants, seed):
    rates = simulate(runs=1000, days=days, variants=variants, seed=seed)
    assert rates.new_daily <= 0.05
    assert rates.new_daily_any_call <= 0.05
    # The rule as it was: daily looks without an always-valid test or Holm call too many.
    assert rates.old_daily > 0.05
