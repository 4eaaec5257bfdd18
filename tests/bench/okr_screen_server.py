"""Server OKR screen benchmark: the demo's OKR section opened from a PostgreSQL workspace against
the same demo in a workspace file, as whole `okrdesk open --exit-when-ready` processes.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/okr_screen_server.py [--runs N]

It builds the demo (`okrdesk demo`) into a file and into an empty database of a throwaway
server started as the tests do (tests/pg.py), and makes the OKR section the one the window
opens on (the section last shown, a setting kept in the benchmark's own settings folder). The
section is built and loaded before the window is shown; `--exit-when-ready` quits once the
window has painted and the event loop is idle. Children check, before the runs and after
them, that the window opens on the OKR section. It then times, interleaved (file, server,
file, server, ...) after one untimed warm-up of each,

    okrdesk open DEMO.okrdesk --exit-when-ready
    okrdesk open postgresql://…/demo --exit-when-ready

and prints the medians of the wall-clock seconds, their ratio against the target, the median
CPU seconds of the okrdesk process and of the server's processes, and the peak memory (maximum
resident set size) of the okrdesk process. It is a report, not a gate: it exits 0 whatever the
ratio, and 1 only when a child process fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: tests.pg and tests.bench from the tree
    sys.path.insert(0, str(ROOT))

from tests.bench.import_server import ChildFailed, report, timed  # noqa: E402
from tests.bench.okr_screen import ON_OKRS  # noqa: E402
from tests.bench.whole import child_env  # noqa: E402
from tests.pg import Server, find_bindir  # noqa: E402

TARGET_RATIO = 1.5
DEFAULT_RUNS = 7
SECTION = "okrs"

# The section the window opens on, as the settings on disk name it.
OPENS_ON = """\
from okrdesk.ui import settings
from okrdesk.ui.app import create_app
from okrdesk.ui.section_stack import FACTORIES

app = create_app()
print(list(FACTORIES)[settings.LAST_SECTION.get()])
"""


def run(command: Sequence[str], env: dict[str, str]) -> str:
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise ChildFailed(f"{' '.join(command)}: {result.stderr[-2000:]}")
    return result.stdout.strip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"timed runs of each (default {DEFAULT_RUNS})",
    )
    args = parser.parse_args(argv)
    bindir = find_bindir()
    if bindir is None:
        print("okr_screen_server: PostgreSQL is not installed", file=sys.stderr)
        return 1
    server = Server(bindir).start()
    try:
        with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
            scratch = Path(folder)
            env = child_env(scratch)
            okrdesk = [sys.executable, "-m", "okrdesk"]
            in_file = str(scratch / "demo.okrdesk")
            server.execute('CREATE DATABASE "demo"')
            on_server = server.url("demo")
            try:
                for workspace in (in_file, on_server):
                    run([*okrdesk, "demo", "--lang", "en", workspace], env)
                    check = scratch / "on_okrs.py"
                    check.write_text(ON_OKRS, encoding="utf-8")
                    run([sys.executable, str(check), workspace, SECTION], env)
                file_open = [*okrdesk, "open", in_file, "--exit-when-ready"]
                server_open = [*okrdesk, "open", on_server, "--exit-when-ready"]
                timed(file_open, server, env)  # warm-ups, untimed
                timed(server_open, server, env)
                files, servers = [], []
                for _ in range(args.runs):
                    files.append(timed(file_open, server, env))
                    servers.append(timed(server_open, server, env))
                opened_on = run([sys.executable, "-c", OPENS_ON], env)
                if opened_on != SECTION:
                    raise ChildFailed(f"the window opened on {opened_on}, not {SECTION}")
            except ChildFailed as failure:
                print(f"okr_screen_server: a child process failed, {failure}", file=sys.stderr)
                return 1
            print(f"{args.runs} runs of each, interleaved; {os.cpu_count()} cores, "
                  f"load average {os.getloadavg()[0]:.1f} at the end")  # fmt: skip
            file_median = report("OKR section from a file (SQLite)", files)
            server_median = report("OKR section from PostgreSQL     ", servers)
            ratio = server_median.wall / file_median.wall
            verdict = "within" if ratio <= TARGET_RATIO else "OVER"
            print(f"ratio server/file: {ratio:.2f}x wall ({verdict} the {TARGET_RATIO}x target)")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
