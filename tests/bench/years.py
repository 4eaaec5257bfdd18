"""Years-of-data benchmark: five years of a team's data (tests/bench/years_workspace.py: 20
closed cycles and the current one, 260 funnel weeks × 6 stages × 10 sources × 2 variants,
1,000 experiments, 50 people) against the demo, each screen and the report a whole process.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/years.py [--runs N] [--only TARGET ...]

It builds both workspaces in a scratch folder (`okrdesk demo`, and the generator as a child
process), then times, interleaved after one untimed warm-up of each (demo, years, demo, …
round after round through every target):

- open: `okrdesk open WS --exit-when-ready`, the window opening on the dashboard section;
  target: at most 1.2× the demo's time;
- okrs, experiments, funnel, review: the same command, the window opening on that section
  (the section last shown: a settings folder of its own for each);
- management, team: the dashboard window alone (View → Management / Team dashboard), the
  workspace opened without showing the main window, quit once the dashboard has painted;
- report: `okrdesk report WS --out review.pdf`.

Every target but open: at most 1.5× the demo's time. It prints per target the medians of
both, the ratio against its limit and the peak memory of both; then the largest gap of the
event loop in each workspace (a 10 ms timer, in a process of its own at 1366×768, its second
run) while it opens on the dashboard, while each section is first shown and while each
dashboard window opens. It is a report, not a gate:
it exits 0 whatever the ratios, and 1 only when a child process fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import whole

DEMO_DAY = "2026-11-25"
OPEN_LIMIT, OTHER_LIMIT = 1.2, 1.5
SECTIONS = ("okrs", "experiments", "funnel", "review")
DASHBOARDS = ("management", "team")
TARGETS = ("open", *SECTIONS, *DASHBOARDS, "report")
WORKSPACES = ("demo", "years")

# Run once per settings folder: the window opens on the section given from then on.
SET_SECTION = """\
import os
import sys

from PySide6.QtCore import QSettings

from okrdesk.ui import settings
from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.section_stack import FACTORIES

app = create_app()
settings.LAST_SECTION.set(list(FACTORIES).index(sys.argv[2]))
QSettings().sync()
window = MainWindow()
error = window.files.open_path(sys.argv[1])
assert error is None, error
shown = window.stack.currentWidget()
assert shown is window.sections[sys.argv[2]], f"the window opens on {shown!r}"
sys.stdout.flush()
os._exit(0)
"""

DASHBOARD = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow


class QuitWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            if watched.window() is dashboard:
                app.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
        return False


app = create_app()
window = MainWindow()
error = window.files.open_path(sys.argv[1])
assert error is None, error
quitter = QuitWhenPainted()
app.installEventFilter(quitter)
dashboard = window.show_dashboard(sys.argv[2])
sys.exit(app.exec())
"""

# The largest gap of the event loop (a 10 ms timer) while the workspace opens on the dashboard,
# while each section is shown for the first time and while each dashboard window opens, in
# one process at 1366×768: what a user would feel as a frozen window.
GAPS = (
    """\
import sys

from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow


"""
    + whole.GAP_PROBE
    + """


def measured(name, step):
    probe.reset()
    step()
    while window.is_loading():  # a section's modules or data still on their way
        settle(20)
    settle()
    print(f"{name}\\t{probe.worst * 1000:.0f}")


app = create_app()
window = MainWindow()
window.resize(1366, 768)
window.show()
probe = GapProbe()
settle()
measured("open", lambda: window.files.open_path(sys.argv[1]))
for row, key in enumerate(window.sections):
    if key != "dashboard":
        measured(key, lambda row=row: window.show_section(row))
for kind in ("management", "team"):
    measured(kind, lambda kind=kind: window.show_dashboard(kind))
"""
)


def _commands(target: str, workspace: Path, scratch: Path, scripts: dict[str, Path]) -> list[str]:
    okrdesk = [sys.executable, "-m", "okrdesk"]
    if target == "report":
        return [*okrdesk, "report", str(workspace), "--out", str(scratch / "review.pdf")]
    if target in DASHBOARDS:
        return [sys.executable, str(scripts["dashboard"]), str(workspace), target]
    return [*okrdesk, "open", str(workspace), "--exit-when-ready"]


def _section(target: str) -> str:
    return "dashboard" if target == "open" else target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", choices=TARGETS, help="time these targets only")
    args = whole.parse(parser, argv)
    targets = args.only or TARGETS

    here = Path(__file__).resolve()
    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(here.parents[2])
        env["OKRDESK_TODAY"] = DEMO_DAY
        paths = {name: scratch / f"{name}.okrdesk" for name in WORKSPACES}
        scripts = {name: scratch / f"{name}.py" for name in ("set_section", "dashboard", "gaps")}
        for name, text in (("set_section", SET_SECTION), ("dashboard", DASHBOARD), ("gaps", GAPS)):
            scripts[name].write_text(text, encoding="utf-8")
        # Each target its own settings: the section a window opens on is the last one shown.
        envs = {
            target: dict(env, XDG_CONFIG_HOME=str(scratch / f"config-{target}"))
            for target in targets
        }
        timings: dict[tuple[str, str], list[whole.Run]] = {
            (target, name): [] for target in targets for name in WORKSPACES
        }
        try:
            whole.run([sys.executable, "-m", "okrdesk", "demo", str(paths["demo"])], env)
            generator = [sys.executable, str(here.with_name("big_workspaces.py")), "years"]
            whole.run([*generator, str(paths["years"])], env)
            for target in targets:
                if target not in DASHBOARDS and target != "report":
                    for path in paths.values():
                        command = [sys.executable, str(scripts["set_section"]), str(path)]
                        whole.run([*command, _section(target)], envs[target])
            for round_number in range(args.runs + 1):  # the first round is untimed
                for target in targets:
                    for name, path in paths.items():
                        command = _commands(target, path, scratch, scripts)
                        result = whole.run(command, envs[target])
                        if round_number:
                            timings[target, name].append(result)
            gaps = {name: _gaps(scripts["gaps"], path, env) for name, path in paths.items()}
        except whole.ChildFailed as failure:
            print(f"years benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
        except subprocess.CalledProcessError as failure:
            print(f"years benchmark: the gap probe failed:\n{failure.stderr}", file=sys.stderr)
            return 1

    print(f"\nFive years of data against the demo, medians of {args.runs} interleaved runs each")
    for target in targets:
        demo, years = timings[target, "demo"], timings[target, "years"]
        limit = OPEN_LIMIT if target == "open" else OTHER_LIMIT
        print(f"{target}")
        print(whole.line("demo", demo))
        print(whole.line("years", years, demo))
        print(whole.verdict(years, demo, limit))
    print("\nLargest gap of the event loop (10 ms timer), ms: demo, years")
    for target, demo_gap in gaps["demo"].items():
        print(f"  {target:<44} {demo_gap:6d} {gaps['years'][target]:6d}")
    return 0


def _gaps(script: Path, workspace: Path, env: dict[str, str]) -> dict[str, int]:
    """The probe's figures of its second run (the first compiles what loads late)."""
    for _ in range(2):
        found = subprocess.run(
            [sys.executable, str(script), str(workspace)],
            env=env, cwd=workspace.parent, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    rows = (line.split("\t") for line in found.strip().splitlines())
    return {name: int(milliseconds) for name, milliseconds in rows}


if __name__ == "__main__":
    sys.exit(main())
