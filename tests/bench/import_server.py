"""Server import benchmark: the 1,000,000-event import into a PostgreSQL workspace against the
same import into a workspace file, as whole `okrdesk import` processes.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/import_server.py [--rows N] [--runs N]

It writes the raw-event CSV of tests/bench/import_events.py once, starts a throwaway server as
the tests do (tests/pg.py), then times, interleaved (file, server, file, server, ...) after one
untimed warm-up of each,

    okrdesk import WORKSPACE.okrdesk events.csv --funnel Inbound --shape events
    okrdesk import postgresql://…/DATABASE events.csv --funnel Inbound --shape events

each into a fresh workspace (a copy of a file made once; a database made from a template).
It prints the medians of the wall-clock seconds, their ratio against the target, the median
CPU seconds of the okrdesk process and of the server's processes, and the peak memory (maximum
resident set size) of the okrdesk process. It is a report, not a gate: it exits 0 whatever the
ratio, and 1 only when a child process fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: tests.pg and tests.bench from the tree
    sys.path.insert(0, str(ROOT))

from tests.bench.event_files import write_events  # noqa: E402
from tests.pg import TEMPLATE, Server, find_bindir  # noqa: E402

TARGET_RATIO = 2.0
DEFAULT_RUNS = 7
FUNNEL = "Inbound"
CHILD_TIMEOUT = 900  # seconds; an import that takes this long has hung


class Run(NamedTuple):
    wall: float  # seconds from spawning the process to its exit
    cpu: float  # CPU seconds of the okrdesk process
    server_cpu: float  # CPU seconds of the server's processes meanwhile
    peak_mb: float  # the okrdesk process's maximum resident set size


class ChildFailed(Exception):
    pass


def _ticks(pid: int) -> int:
    """utime + stime + those of the children a process waited for, in clock ticks."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15])  # utime stime cutime cstime


def server_cpu(server: Server) -> float:
    """CPU seconds the server's processes have used so far: the postmaster, its ended children
    (as the postmaster waited for them) and its living ones."""
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    total = _ticks(postmaster)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
            with contextlib.suppress(OSError):  # it may have ended meanwhile
                total += _ticks(int(entry.name))
    return total / os.sysconf("SC_CLK_TCK")


def timed(command: Sequence[str], server: Server, env: dict[str, str] | None = None) -> Run:
    """Run `command` to its end: its wall seconds, and its CPU seconds and peak memory as its
    rusage gives them (os.wait4), and the server's CPU seconds meanwhile."""
    before = server_cpu(server)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env
    )
    assert process.stderr is not None
    stderr = process.stderr.read()  # until the child closes it, at its exit
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise ChildFailed(f"{' '.join(command)}: {stderr.decode(errors='replace')[-2000:]}")
    return Run(
        wall,
        usage.ru_utime + usage.ru_stime,
        server_cpu(server) - before,
        usage.ru_maxrss / 1024,  # kilobytes on Linux
    )


def report(label: str, runs: list[Run]) -> Run:
    median = Run(*(statistics.median(values) for values in zip(*runs, strict=True)))
    walls = ", ".join(f"{run.wall:.2f}" for run in runs)
    print(
        f"{label}: median {median.wall:.2f} s wall ({walls}); okrdesk {median.cpu:.2f} s CPU, "
        f"server {median.server_cpu:.2f} s CPU; peak memory {max(r.peak_mb for r in runs):.0f} MB"
    )
    return median


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="events in the file")
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"timed runs of each (default {DEFAULT_RUNS})",
    )
    args = parser.parse_args(argv)
    bindir = find_bindir()
    if bindir is None:
        print("import_server: PostgreSQL is not installed", file=sys.stderr)
        return 1
    from okrdesk.store.workspace.files import create_workspace

    server = Server(bindir).start()
    try:
        with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
            scratch = Path(folder)
            events = scratch / "events.csv"
            started = time.perf_counter()
            rows = write_events(events, args.rows)
            size = events.stat().st_size / 2**20
            print(f"file: {rows:,} events, {size:.1f} MB, written in "
                  f"{time.perf_counter() - started:.1f} s")  # fmt: skip
            empty = scratch / "empty.okrdesk"
            create_workspace(empty, "Bench").close()
            server.execute(f'CREATE DATABASE "{TEMPLATE}"')
            create_workspace(server.url(TEMPLATE), "Bench").close()
            made = 0

            def on_file() -> list[str]:
                nonlocal made
                made += 1
                workspace = scratch / f"bench-{made}.okrdesk"
                shutil.copyfile(empty, workspace)
                return _command(str(workspace), events)

            def on_server() -> list[str]:
                nonlocal made
                made += 1
                server.execute(f'CREATE DATABASE "bench_{made}" TEMPLATE "{TEMPLATE}"')
                return _command(server.url(f"bench_{made}"), events)

            try:
                timed(on_file(), server)  # warm-ups, untimed: the page cache, the imports
                timed(on_server(), server)
                files, servers = [], []
                for _ in range(args.runs):
                    files.append(timed(on_file(), server))
                    servers.append(timed(on_server(), server))
            except ChildFailed as failure:
                print(f"import_server: a child process failed, {failure}", file=sys.stderr)
                return 1
            print(f"{args.runs} runs of each, interleaved; {os.cpu_count()} cores, "
                  f"load average {os.getloadavg()[0]:.1f} at the end")  # fmt: skip
            file_median = report("into a file (SQLite)", files)
            server_median = report("into PostgreSQL     ", servers)
            ratio = server_median.wall / file_median.wall
            verdict = "within" if ratio <= TARGET_RATIO else "OVER"
            print(f"ratio server/file: {ratio:.2f}x wall ({verdict} the {TARGET_RATIO}x target)")
    finally:
        server.stop()
    return 0


def _command(workspace: str, events: Path) -> list[str]:
    return [sys.executable, "-m", "okrdesk", "import", workspace, str(events),
            "--funnel", FUNNEL, "--shape", "events"]  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
