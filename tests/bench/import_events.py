"""Import benchmark: a 1,000,000-row raw-event CSV imported into a workspace, against floors.

Run as a plain script, not under pytest:

    .venv/bin/python tests/bench/import_events.py [--rows N] [--runs N] [--orm-rows N]

It writes a raw-event CSV (lead id, timestamp, stage, source, variant, revenue) into a
temporary folder, then, in the same run and interleaved, times
- the floor: `pandas.read_csv` of the same file (with `usecols` and category `dtype` hints) plus
  one groupby (distinct leads per week × stage × source);
- okrdesk's `import_file` into a fresh workspace: detection, reading, checking, the activity,
  cohort, speed-to-lead and revenue views, and the one transaction that writes them;
and prints the medians and their ratio against the target. Peak memory (maximum resident set
size) of each is measured in a child process of its own. Last, it times the naive way, one ORM
object per raw row into a table of raw events, on a slice of `--orm-rows` rows, and
extrapolates to the whole file. Last, it times the conversion trend chart taking and painting
5 years × 6 stages × 10 sources of weekly counts. It is a report, not a gate: it exits 0
whatever the ratios.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import DateTime, Float, Integer, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

TARGET_RATIO = 1.5
ORM_TARGET = 50
STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
# The share of leads at one stage that reach the next.
STEP_RATES = (0.45, 0.7, 0.5, 0.45, 0.3)
SOURCES = ("google_ads", "linkedin", "newsletter", "organic", "referral", "partners")
COLUMNS = ["lead_id", "timestamp", "stage", "source", "variant", "revenue"]
# The fastest hints for this file: a category of lead ids costs more than the whole read,
# since pandas sorts a category's values; text as object reads faster than pandas' str.
DTYPES = {
    "lead_id": object,
    "timestamp": object,
    "stage": "category",
    "source": "category",
    "variant": "category",
    "revenue": float,
}


class RawBase(DeclarativeBase):
    pass


class RawEvent(RawBase):
    """A table of raw events, for the naive way only: okrdesk keeps aggregates, not these."""

    __tablename__ = "raw_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lead_id: Mapped[str] = mapped_column(String(100))
    timestamp: Mapped[dt.datetime] = mapped_column(DateTime)
    stage: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(100))
    variant: Mapped[str] = mapped_column(String(100))
    revenue: Mapped[float | None] = mapped_column(Float)


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


class Clock:
    """Wall and CPU seconds of a block. On a machine shared with other work the CPU seconds
    of this single-threaded process are the steadier measure; both are reported."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def floor(path: Path) -> Clock:
    with Clock() as clock:
        frame = pd.read_csv(path, usecols=COLUMNS, dtype=DTYPES)
        frame.groupby(["stage", "source"], observed=True)["lead_id"].nunique()
    return clock


def ours(path: Path, folder: Path, run: int) -> Clock:
    from okrdesk.store.bindings import import_file
    from okrdesk.store.funnel.importing import ImportOptions
    from okrdesk.store.workspace.files import create_workspace

    workspace = create_workspace(folder / f"bench-{run}.okrdesk", "Bench")
    try:
        with Clock() as clock:
            result = import_file(workspace, path, ImportOptions(funnel="Inbound", shape="events"))
    finally:
        workspace.close()
    assert result is not None and result.rows > 0
    return clock


def orm_rows(path: Path, folder: Path, rows: int) -> Clock:
    """One ORM object per raw row, as a naive importer would: the seconds for `rows` rows."""
    engine = create_engine(f"sqlite:///{folder / 'orm.sqlite'}")
    RawBase.metadata.create_all(engine)
    with (
        Clock() as clock,
        path.open(encoding="utf-8", newline="") as handle,
        Session(engine) as session,
    ):
        for n, record in enumerate(csv.DictReader(handle)):
            if n == rows:
                break
            session.add(
                RawEvent(
                    lead_id=record["lead_id"],
                    timestamp=dt.datetime.strptime(record["timestamp"], "%Y-%m-%d %H:%M:%S"),
                    stage=record["stage"],
                    source=record["source"],
                    variant=record["variant"],
                    revenue=float(record["revenue"]) if record["revenue"] else None,
                )
            )
        session.commit()
    engine.dispose()
    return clock


def peak_memory(which: str, path: Path, folder: Path) -> float:
    """Maximum resident set size, in MB, of a child process that runs `which` once."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", which, "--file", str(path), "--folder", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])["max_rss_mb"]


def trend_redraw(runs: int) -> list[float]:
    """Seconds for the conversion trend to take 5 years × 6 stages × 10 sources and paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from okrdesk.ui.funnel.charts.conversion_trend import ConversionTrendChart

    app = QApplication.instance() or QApplication([])
    rng = np.random.default_rng(5)
    weeks = pd.date_range("2021-11-29", periods=5 * 52 + 1, freq="W-MON")
    sources = [f"source {n}" for n in range(10)]
    index = pd.MultiIndex.from_product([weeks, sources], names=["week", "segment"]).to_frame()
    rows = []
    reached = rng.integers(2_000, 6_000, len(index))
    for stage, rate in zip(STAGES, (1.0, *STEP_RATES), strict=True):
        reached = rng.binomial(reached, rate)
        rows.append(index.assign(variant="", stage=stage, count=reached))
    counts = pd.concat(rows, ignore_index=True)
    chart = ConversionTrendChart()
    chart.resize(1200, 600)
    chart.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        chart.set_data(counts[:0], STAGES)  # each run draws every line anew
        app.processEvents()
        started = time.perf_counter()
        chart.set_data(counts, STAGES)
        chart.grab()  # paints the whole chart into a pixmap
        times.append(time.perf_counter() - started)
    chart.close()
    return times


def _peak_mb() -> float:
    """This process's peak resident set size. VmHWM, since ru_maxrss survives exec and would
    report the parent's peak in a child process."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
    return int(kilobytes) / 1024


def _child(which: str, path: Path, folder: Path) -> None:
    if which == "floor":
        floor(path)
    else:
        ours(path, folder, run=999)
    print(json.dumps({"max_rss_mb": _peak_mb()}))


def report(label: str, clocks: list[Clock], floors: list[Clock] | None) -> float:
    """Print the medians (and the ratios to the floor's); the median CPU seconds."""
    cpu = statistics.median(c.cpu for c in clocks)
    wall = statistics.median(c.wall for c in clocks)
    runs = ", ".join(f"{c.cpu:.2f}" for c in clocks)
    print(f"{label}: median {cpu:.2f} s CPU ({runs}), {wall:.2f} s wall")
    if floors:
        cpu_ratio = cpu / statistics.median(c.cpu for c in floors)
        wall_ratio = wall / statistics.median(c.wall for c in floors)
        verdict = "within" if cpu_ratio <= TARGET_RATIO else "OVER"
        print(f"ratio to the floor: {cpu_ratio:.2f}x CPU, {wall_ratio:.2f}x wall "
              f"({verdict} the {TARGET_RATIO}x target)")  # fmt: skip
    return cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--orm-rows", type=int, default=20_000)
    parser.add_argument("--child", choices=("floor", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.file, args.folder)
        return 0

    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as scratch:
        folder = Path(scratch)
        path = folder / "events.csv"
        started = time.perf_counter()
        rows = write_events(path, args.rows)
        size = path.stat().st_size / 2**20
        print(
            f"file: {rows:,} rows, {size:.1f} MB, written in {time.perf_counter() - started:.1f} s"
        )

        floor(path)  # warm the page cache and the imports, untimed
        ours(path, folder, run=-1)
        floors, imports = [], []
        for run in range(args.runs):
            floors.append(floor(path))
            imports.append(ours(path, folder, run))
        report("floor (read_csv + groupby)", floors, None)
        ours_cpu = report("okrdesk import_file", imports, floors)

        print(f"peak memory (max RSS): floor {peak_memory('floor', path, folder):.0f} MB, "
              f"okrdesk {peak_memory('ours', path, folder):.0f} MB")  # fmt: skip

        orm = orm_rows(path, folder, args.orm_rows)
        scale = rows / args.orm_rows
        orm_ratio = orm.cpu * scale / ours_cpu
        verdict = "at least" if orm_ratio >= ORM_TARGET else "LESS than"
        print(
            f"one ORM object per row: {orm.cpu:.2f} s CPU ({orm.wall:.2f} s wall) for "
            f"{args.orm_rows:,} rows, {orm.cpu * scale:.0f} s CPU extrapolated to {rows:,}: "
            f"{orm_ratio:.0f}x slower than okrdesk ({verdict} the expected {ORM_TARGET}x)"
        )
        redraws = trend_redraw(args.runs)
        print(
            f"conversion trend, 5 years × 6 stages × 10 sources: set_data and paint in "
            f"{statistics.median(redraws) * 1000:.0f} ms (median of {len(redraws)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
