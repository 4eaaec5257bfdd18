"""Start-up benchmark: okrdesk's window against a bare PySide6 + pyqtgraph window.

Run as a plain script, not under pytest:

    .venv/bin/python tests/bench/startup.py [--runs N] [--imports]

It builds the demo workspace into a temporary folder, opens it once untimed, then times
`python -m okrdesk open DEMO --exit-when-ready` (process start to a shown, idle window)
against the floor: a bare QMainWindow holding one pyqtgraph PlotWidget, shown, then quit like
okrdesk once its first paint is done and the event loop is idle. Runs are interleaved (floor,
okrdesk, floor, okrdesk, ...) after one untimed warm-up of each, and the medians are compared
with the target ratio. It is a report, not a gate: it exits 0 whatever the ratio, and 1 only
when a child process fails.

With --imports it also runs okrdesk's start-up once under `-X importtime` and prints the
modules with the largest cumulative import time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import whole

TARGET_RATIO = 1.6
TOP_IMPORTS = 15

# The floor stops at the same moment as `--exit-when-ready`: after the window's first paint,
# once the event loop is idle again.
FLOOR_SCRIPT = (
    """\
import sys

from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph

"""
    + whole.QUIT_WHEN_PAINTED
    + """


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(pyqtgraph.PlotWidget())
window.resize(1280, 800)
quitter = QuitWhenPainted()
app.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""
)


class Import(NamedTuple):
    module: str
    self_us: int
    cumulative_us: int
    imported_by: str  # the module whose import ran this one; "" at the top level


def parse_importtime(stderr: str) -> list[Import]:
    """Every import that `-X importtime` reported, in the order it reported them."""
    rows: list[tuple[str, int, int, int]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        fields = line[len("import time:") :].split("|")
        if len(fields) != 3:
            continue
        self_us, cumulative_us, name = fields
        try:
            self_value, cumulative_value = int(self_us), int(cumulative_us)
        except ValueError:  # the header line
            continue
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2  # two spaces a level
        rows.append((name.strip(), self_value, cumulative_value, depth))
    imports = []
    for index, (name, self_us, cumulative_us, depth) in enumerate(rows):
        # A module is reported after everything it imported: its importer is the next
        # report one level up.
        parent = next((row[0] for row in rows[index + 1 :] if row[3] < depth), "")
        imports.append(Import(name, self_us, cumulative_us, parent))
    return imports


def import_report(command: Sequence[str], env: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env, cwd=env["XDG_DATA_HOME"], capture_output=True, text=True, check=True,
    )  # fmt: skip
    imports = parse_importtime(result.stderr)
    total_ms = sum(row.self_us for row in imports) / 1000
    lines = [
        f"Top {TOP_IMPORTS} imports of okrdesk's start-up by cumulative time "
        f"(under -X importtime, which inflates them; {len(imports)} imports, "
        f"{total_ms:.0f} ms in all)",
        f"{'cumul. ms':>10} {'self ms':>8}  {'module':<40} imported by",
    ]
    for row in sorted(imports, key=lambda row: -row.cumulative_us)[:TOP_IMPORTS]:
        lines.append(
            f"{row.cumulative_us / 1000:10.1f} {row.self_us / 1000:8.1f}  "
            f"{row.module:<40} {row.imported_by or '-'}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--imports",
        action="store_true",
        help=f"also print the top {TOP_IMPORTS} imports of okrdesk's start-up",
    )
    args = whole.parse(parser, argv)

    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        demo = scratch / "demo.okrdesk"
        floor_script = scratch / "floor.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        floor = [sys.executable, str(floor_script)]
        okrdesk = [sys.executable, "-m", "okrdesk", "open", str(demo), "--exit-when-ready"]
        try:
            whole.run([sys.executable, "-m", "okrdesk", "demo", str(demo)], env)
            whole.run(okrdesk, env)  # first open: any upgrade or first-open work happens here
            timings = whole.interleaved({"floor": floor, "okrdesk": okrdesk}, env, args.runs)
            imports = import_report(okrdesk, env) if args.imports else []
        except whole.ChildFailed as failure:
            print(f"startup benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1

    print(f"\nStart-up to a shown, idle window; medians of {args.runs} interleaved runs each")
    print(whole.line("floor: PySide6 + one PlotWidget", timings["floor"]))
    print(whole.line("okrdesk open DEMO --exit-when-ready", timings["okrdesk"], timings["floor"]))
    print(whole.verdict(timings["okrdesk"], timings["floor"], TARGET_RATIO))
    if imports:
        print()
        print("\n".join(imports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
