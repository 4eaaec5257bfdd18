"""The raw-event CSV the import benchmarks and the server import tests read: leads going down
the six default stages over 26 weeks, as a CRM exports them (one row per lead and stage reached;
the source given with the first event only)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
# The share of leads at one stage that reach the next.
STEP_RATES = (0.45, 0.7, 0.5, 0.45, 0.3)
SOURCES = ("google_ads", "linkedin", "newsletter", "organic", "referral", "partners")


def write_events(path: Path, rows: int, seed: int = 20261125) -> int:
    """A raw-event CSV of about `rows` rows over 26 weeks; returns the exact row count."""
    rng = np.random.default_rng(seed)
    leads = int(rows / (1 + sum(np.cumprod(STEP_RATES))))
    start = np.datetime64("2026-05-25T00:00")
    entered = start + rng.integers(0, 26 * 7 * 24 * 60, leads).astype("timedelta64[m]")
    reached = np.ones(leads, dtype=np.int64)  # how many stages each lead reached
    alive = np.ones(leads, dtype=bool)
    for rate in STEP_RATES:
        alive &= rng.random(leads) < rate
        reached += alive
    first_row = np.cumsum(reached) - reached
    lead_of_row = np.repeat(np.arange(leads), reached)
    stage_of_row = np.arange(len(lead_of_row)) - np.repeat(first_row, reached)
    # Rows go lead by lead, stage by stage: each stage comes some hours after the one before.
    delays = rng.exponential(30, len(lead_of_row)).astype(np.int64)
    delays[stage_of_row == 0] = 0
    running = np.cumsum(delays)
    cumulative = (running - np.repeat(running[first_row], reached)).astype("timedelta64[h]")
    moments = entered[lead_of_row] + cumulative
    source = np.array(SOURCES)[rng.integers(0, len(SOURCES), leads)][lead_of_row]
    source[stage_of_row > 0] = ""  # CRMs give the source with the first event only
    variant = np.where(rng.random(leads) < 0.5, "A", "B")[lead_of_row]
    revenue = np.where(
        stage_of_row == len(STAGES) - 1,
        np.round(rng.normal(4000, 900, len(lead_of_row)), 2),
        np.nan,
    )
    frame = pd.DataFrame(
        {
            "lead_id": np.char.add("L", lead_of_row.astype(str)),
            "timestamp": pd.to_datetime(moments).strftime("%Y-%m-%d %H:%M:%S"),
            "stage": np.array(STAGES)[stage_of_row],
            "source": source,
            "variant": variant,
            "revenue": revenue,
        }
    )
    frame.to_csv(path, index=False)
    return len(frame)


def write_long_counts(path: Path, weeks: int = 24) -> int:
    """A long counts file: week, stage, variant, count, for `weeks` weeks (288 rows for 24)."""
    rng = np.random.default_rng(7)
    rows = []
    for week in pd.date_range("2026-06-01", periods=weeks, freq="W-MON"):
        for variant in ("A", "B"):
            reached = int(rng.integers(4_000, 6_000))
            for stage, rate in zip(STAGES, (1.0, *STEP_RATES), strict=True):
                reached = int(reached * rate)
                rows.append((week.date().isoformat(), stage, variant, reached))
    pd.DataFrame(rows, columns=["week", "stage", "variant", "count"]).to_csv(path, index=False)
    return len(rows)


if __name__ == "__main__":
    # python tests/bench/event_files.py events|counts PATH [ROWS]: written in a process of its
    # own, so that a benchmark's process stays small (tests/bench/whole.py).
    import sys

    kind, target = sys.argv[1], Path(sys.argv[2])
    written = (
        write_events(target, int(sys.argv[3])) if kind == "events" else write_long_counts(target)
    )
    print(written)
