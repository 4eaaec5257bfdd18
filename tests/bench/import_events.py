"""Import benchmark: `okrdesk import` of a million raw events and of a 288-row long counts file,
as whole processes, against floors run as processes of their own.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/import_events.py [--rows N] [--runs N]
        [--only events|counts]

It writes the raw-event CSV of tests/bench/event_files.py (lead id, timestamp, stage, source,
variant, revenue) and a long counts file (week, stage, variant, count; 24 weeks × 6 stages ×
2 variants), then times, interleaved after one untimed warm-up of each,

    okrdesk import WORKSPACE.okrdesk FILE --funnel Inbound --shape events|counts

into a fresh copy of a new workspace each run, against two floors, both plain pandas with its
defaults:
- read: `read_csv` (with `parse_dates`) and the weekly distinct leads per stage, source and
  variant (for the counts file, the weekly sum per stage and variant);
- the same job: that, plus what okrdesk keeps so that weekly files add up (each lead's first
  moment at each stage; the lead's source is that of its first event) and writing both tables
  into a new SQLite file with `to_sql`.
It prints the medians of wall-clock and CPU seconds, the peak memory of every process and the
ratios against the 1.5× target. It is a report, not a gate: it exits 0 whatever the ratios, and
1 only when a child process fails.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import whole

TARGET_RATIO = 1.5

FLOOR_READ_EVENTS = """\
import sys

import pandas as pd

events = pd.read_csv(sys.argv[1], parse_dates=["timestamp"])
week = events["timestamp"].dt.to_period("W-SUN").dt.start_time.rename("week")
counts = events.groupby([week, "stage", "source", "variant"])["lead_id"].nunique()
print(len(counts))
"""

FLOOR_JOB_EVENTS = """\
import sqlite3
import sys

import pandas as pd

events = pd.read_csv(sys.argv[1], parse_dates=["timestamp"])
events["source"] = events.groupby("lead_id")["source"].transform("first")
events["week"] = events["timestamp"].dt.to_period("W-SUN").dt.start_time
counts = events.groupby(["week", "stage", "source", "variant"])["lead_id"].nunique()
firsts = events.groupby(["lead_id", "stage"])["timestamp"].min()
with sqlite3.connect(sys.argv[2]) as database:
    counts.rename("count").reset_index().to_sql("counts", database, index=False)
    firsts.reset_index().to_sql("lead_stages", database, index=False)
"""

FLOOR_READ_COUNTS = """\
import sys

import pandas as pd

rows = pd.read_csv(sys.argv[1], parse_dates=["week"])
print(len(rows.groupby(["week", "stage", "variant"])["count"].sum()))
"""

FLOOR_JOB_COUNTS = """\
import sqlite3
import sys

import pandas as pd

rows = pd.read_csv(sys.argv[1], parse_dates=["week"])
counts = rows.groupby(["week", "stage", "variant"])["count"].sum()
with sqlite3.connect(sys.argv[2]) as database:
    counts.reset_index().to_sql("counts", database, index=False)
"""


def bench(
    label: str,
    shape: str,
    data: Path,
    floors: tuple[str, str],
    scratch: Path,
    env: dict[str, str],
    runs: int,
) -> None:
    empty = scratch / "empty.okrdesk"
    workspace = scratch / "import.okrdesk"
    floor_db = scratch / "floor.sqlite"
    commands = {}
    for name, script in zip(("floor: read", "floor: the same job"), floors, strict=True):
        path = scratch / f"{shape}-{name.split()[-1]}.py"
        path.write_text(script, encoding="utf-8")
        commands[name] = [sys.executable, str(path), str(data), str(floor_db)]
    commands["okrdesk import"] = [
        *okrdesk(),
        *("import", str(workspace), str(data), "--funnel", "Inbound", "--shape", shape),
    ]

    def fresh(_name: str) -> None:
        shutil.copyfile(empty, workspace)
        floor_db.unlink(missing_ok=True)

    timings = whole.interleaved(commands, env, runs, before=fresh)
    print(f"\n{label}, medians of {runs} interleaved runs each")
    read, job, ours = timings.values()
    print(whole.line("floor: read_csv + groupby", read))
    print(whole.line("floor: the same job, written with to_sql", job))
    print(whole.line("okrdesk import, against the read floor", ours, read))
    print(whole.line("okrdesk import, against the same-job floor", ours, job))
    print(whole.verdict(ours, read, TARGET_RATIO) + " (read floor)")
    print(whole.verdict(ours, job, TARGET_RATIO) + " (same-job floor)")


def okrdesk() -> list[str]:
    return [sys.executable, "-m", "okrdesk"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="raw events (default 1M)")
    parser.add_argument(
        "--only",
        choices=("events", "counts"),
        help="time only this file's import (the counts file's takes some 30 s, the events' 4 min)",
    )
    args = whole.parse(parser, argv)

    writer = Path(__file__).with_name("event_files.py")
    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
        events, counts = scratch / "events.csv", scratch / "counts.csv"
        try:
            whole.run([*okrdesk(), "new", str(scratch / "empty.okrdesk")], env)
            if args.only != "counts":
                written = subprocess.run(
                    [sys.executable, str(writer), "events", str(events), str(args.rows)],
                    check=True, capture_output=True, text=True,
                ).stdout.strip()  # fmt: skip
                size = events.stat().st_size / 2**20
                bench(
                    f"{int(written):,} raw events ({size:.1f} MB)",
                    "events",
                    events,
                    (FLOOR_READ_EVENTS, FLOOR_JOB_EVENTS),
                    scratch,
                    env,
                    args.runs,
                )
            if args.only != "events":
                subprocess.run([sys.executable, str(writer), "counts", str(counts)], check=True)
                bench(
                    "288-row long counts file",
                    "counts",
                    counts,
                    (FLOOR_READ_COUNTS, FLOOR_JOB_COUNTS),
                    scratch,
                    env,
                    args.runs,
                )
        except whole.ChildFailed as failure:
            print(f"import benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
