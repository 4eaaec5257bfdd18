"""Whole-process timing for the benchmarks: what a user waits for is a command from its start to
its exit, imports included, so each run is a child process of its own.

`interleaved` runs every command once untimed (page cache, bytecode), then A B A B … so that a
machine busy with other work slows both alike, and returns each command's runs: wall-clock
seconds, CPU seconds (user + system, of the child and of what it waited for) and peak memory
(the child's maximum resident set size, from wait4). The benchmark's own process must stay
small: Linux counts the memory of the process a child was started from in the child's peak.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

MIN_RUNS = 7
CHILD_TIMEOUT = 1800  # seconds; a run that takes this long has hung


# For floor scripts that show a window: `app` and `window` quit once the window has painted
# and the event loop is idle again, the moment `okrdesk open … --exit-when-ready` quits.
# The event-loop latency probe of the GUI benchmarks' scripts: a 10 ms timer that keeps the
# largest gap between its ticks since `reset()`, and `settle(ms)`, which lets the loop run.
GAP_PROBE = """\
import time

from PySide6.QtCore import QEventLoop, QTimer


class GapProbe:
    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.reset()
        self.timer.start()

    def tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self):
        self.last = time.perf_counter()
        self.worst = 0.0


def settle(ms=600):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
"""
QUIT_WHEN_PAINTED = """\
from PySide6.QtCore import QEvent, QObject, QTimer


class QuitWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            if watched.window() is window:
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
        return False
"""


class Run(NamedTuple):
    seconds: float
    cpu: float
    peak_mb: float


class ChildFailed(Exception):
    def __init__(self, command: Sequence[str], code: int, stderr: str) -> None:
        super().__init__(f"exit code {code}: {' '.join(command)}")
        self.stderr = stderr


def child_env(scratch: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, settings and data in the scratch folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["XDG_CACHE_HOME"] = str(scratch / "cache")
    (scratch / "data").mkdir(parents=True, exist_ok=True)
    # Time with compiled bytecode, as an installed okrdesk has it, even where the environment
    # forbids writing it: the untimed runs fill a cache in the scratch folder, so that neither
    # the source tree nor the virtualenv is written to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The benchmark's arguments, with --runs (at least MIN_RUNS)."""
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help=f"at least {MIN_RUNS}")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    return args


def run(command: Sequence[str], env: Mapping[str, str], cwd: Path | None = None) -> Run:
    """Run `command` to its end; its wall-clock and CPU seconds and its peak memory."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(command),
            env=dict(env),
            cwd=cwd or env.get("XDG_DATA_HOME"),  # not the source tree: the installed okrdesk
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        watchdog = threading.Timer(CHILD_TIMEOUT, child.kill)  # a hung child is killed
        watchdog.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
        seconds = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            stderr.seek(0)
            raise ChildFailed(command, code, stderr.read())
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def interleaved(
    commands: Mapping[str, Sequence[str]],
    env: Mapping[str, str],
    runs: int,
    before: Callable[[str], None] | None = None,
) -> dict[str, list[Run]]:
    """Each command once untimed, then `runs` rounds of all of them in turn. `before(name)` is
    called ahead of every run of `name` (a fresh workspace, say), outside the timing."""
    timings: dict[str, list[Run]] = {name: [] for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            if before is not None:
                before(name)
            result = run(command, env)
            if round_number:
                timings[name].append(result)
    return timings


def median(runs: Sequence[Run]) -> Run:
    """The median of each figure; peak memory is the largest of the runs."""
    return Run(
        statistics.median(run.seconds for run in runs),
        statistics.median(run.cpu for run in runs),
        max(run.peak_mb for run in runs),
    )


def line(label: str, runs: Sequence[Run], floor: Sequence[Run] | None = None) -> str:
    """One printed line: medians, and the ratios to the floor's when there is one."""
    mid = median(runs)
    text = f"  {label:<44} {mid.seconds:7.2f} s  {mid.cpu:7.2f} s CPU  {mid.peak_mb:6.0f} MB peak"
    if floor:
        base = median(floor)
        text += (
            f"   {mid.seconds / base.seconds:5.2f}x time  {mid.peak_mb / base.peak_mb:4.2f}x memory"
        )
    return text


def verdict(runs: Sequence[Run], floor: Sequence[Run], target: float) -> str:
    ratio = median(runs).seconds / median(floor).seconds
    return (
        f"  ratio {ratio:.2f}x, target at most {target}x: {'PASS' if ratio <= target else 'FAIL'}"
    )
