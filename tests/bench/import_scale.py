"""Import scale benchmark: `okrdesk import` of N raw events against ten times as many, as
whole processes; the time should grow ten times (linearly) and the peak memory stay under 1 GB.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/import_scale.py [--rows N] [--runs N]

It writes two raw-event CSVs of tests/bench/event_files.py, N rows (default 1,000,000) and 10 N
(about 450 MB for the default), then times, interleaved after one untimed warm-up of each,

    okrdesk import WORKSPACE.okrdesk FILE --funnel Inbound --shape events

into a fresh copy of a new workspace each run. It prints the medians of wall-clock and CPU
seconds and the peak memory of each, the time ratio against 10, and the peak against 1 GB. With
the default sizes and 7 runs it takes about half an hour on two cores. It is a report, not a
gate: it exits 0 whatever the figures, and 1 only when a child process fails.
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

SCALE = 10
PEAK_LIMIT_MB = 1024


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="the smaller file's events")
    args = whole.parse(parser, argv)
    writer = Path(__file__).with_name("event_files.py")
    okrdesk = [sys.executable, "-m", "okrdesk"]
    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
        try:
            whole.run([*okrdesk, "new", str(scratch / "empty.okrdesk")], env)
            commands, sizes = {}, {}
            for rows in (args.rows, args.rows * SCALE):
                events = scratch / f"events-{rows}.csv"
                written = subprocess.run(
                    [sys.executable, str(writer), "events", str(events), str(rows)],
                    check=True, capture_output=True, text=True,
                ).stdout.strip()  # fmt: skip
                label = f"{int(written):,} events ({events.stat().st_size / 2**20:.0f} MB)"
                workspace = scratch / f"import-{rows}.okrdesk"
                commands[label] = [
                    *okrdesk,
                    *("import", str(workspace), str(events), "--funnel", "Inbound"),
                    *("--shape", "events"),
                ]
                sizes[label] = workspace

            def fresh(label: str) -> None:
                shutil.copyfile(scratch / "empty.okrdesk", sizes[label])

            timings = whole.interleaved(commands, env, args.runs, before=fresh)
        except whole.ChildFailed as failure:
            print(f"import scale benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
    (small_label, small), (large_label, large) = timings.items()
    print(f"\nokrdesk import, medians of {args.runs} interleaved runs each")
    print(whole.line(small_label, small))
    print(whole.line(large_label, large, small))
    growth = whole.median(large).seconds / whole.median(small).seconds
    peak = whole.median(large).peak_mb
    print(f"  time grew {growth:.1f}x for {SCALE}x the events (linear: {SCALE}x)")
    verdict = "PASS" if peak < PEAK_LIMIT_MB else "FAIL"
    print(f"  peak {peak:.0f} MB, limit {PEAK_LIMIT_MB} MB: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
