"""OKR screen benchmark: 500 objectives, 2,500 key results and 130,000 check-ins
(tests/bench/big_workspaces.py), opened on the OKR section as a whole process against a floor,
and how long the window stops answering while a user works there.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/okr_screen.py [--runs N]

1. Populating, whole processes interleaved after one untimed warm-up of each:
   `okrdesk open BIG.okrdesk --exit-when-ready`, the window opening on the OKR section (the
   section last shown, a setting in the benchmark's own settings folder), against the floor:
   one SELECT of every objective and key result of the cycle with each key result's latest
   check-in (sqlite3), put into a QTreeWidget in a window, quit once shown and idle as okrdesk
   does. Target: at most 3× the floor.
2. The largest gap of the event loop, in a process of its own at 1366×768: a 10 ms timer
   notes when it fires, and the largest time between two firings is what a user would feel as
   a frozen window. Measured while the workspace, chosen as from Open Recent in the window's
   welcome page, opens on the OKR section, while the tree is
   scrolled from top to bottom a page at a time (its scroll bar; then Page Down, which also
   chooses a key result a page further each time and shows its history), while a filter is
   typed a letter at a time and while a check-in is saved (as the check-in dialog saves it).
   Target: 100 ms. The probe runs twice; the second run's figures are printed (the first
   compiles what loads late, such as the history chart, into the bytecode cache).
It exits 0 whatever the figures, and 1 only when a child process fails.
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

TARGET_RATIO = 3.0
TARGET_GAP_MS = 100
SECTION = "okrs"

FLOOR_SCRIPT = (
    """\
import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem

QUERY = '''
SELECT o.id, o.parent_id, o.title, k.id, k.title, k.start_value, k.target_value, c.value
FROM objectives o
LEFT JOIN key_results k ON k.objective_id = o.id
LEFT JOIN checkins c ON c.id = (
    SELECT id FROM checkins WHERE key_result_id = k.id ORDER BY checked_on DESC LIMIT 1)
WHERE o.cycle_id = (SELECT max(id) FROM cycles)
ORDER BY o.parent_id IS NOT NULL, o.position, k.position
'''

"""
    + whole.QUIT_WHEN_PAINTED
    + """


app = QApplication(sys.argv[:1])
window = QMainWindow()
tree = QTreeWidget()
tree.setHeaderLabels(["Title", "Start", "Target", "Latest"])
objectives = {}
with sqlite3.connect(sys.argv[1]) as database:
    for row in database.execute(QUERY):
        objective_id, parent_id, title, kr_id, kr_title, start, target, latest = row
        if objective_id not in objectives:
            parent = objectives.get(parent_id, tree.invisibleRootItem())
            objectives[objective_id] = QTreeWidgetItem(parent, [title])
        if kr_id is not None:
            values = [kr_title, str(start), str(target), "" if latest is None else str(latest)]
            QTreeWidgetItem(objectives[objective_id], values)
tree.expandAll()
window.setCentralWidget(tree)
window.resize(1280, 800)
quitter = QuitWhenPainted()
app.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""
)

# Run as a child with the benchmark's environment: makes the OKR section the one the window
# opens on, then opens the workspace given as it would be opened and checks that it is shown.
ON_OKRS = """\
import os
import sys

from PySide6.QtCore import QSettings

from okrdesk.ui import settings
from okrdesk.ui.app import create_app
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.section_stack import FACTORIES

app = create_app()
settings.LAST_SECTION.set(list(FACTORIES).index(sys.argv[2]))
QSettings().sync()  # on disk for the timed processes: os._exit below skips the usual sync
window = MainWindow()
error = window.files.open_path(sys.argv[1])
assert error is None, error
shown = window.stack.currentWidget()
assert shown is window.sections[sys.argv[2]], f"the window opens on {shown!r}"
sys.stdout.flush()
os._exit(0)  # checked; the live updates' thread need not be wound down
"""
GAPS_SCRIPT = (
    """\
import datetime as dt
import sys
import time

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.ui.app import create_app
from okrdesk.ui.common import clock
from okrdesk.ui.main_window import MainWindow


"""
    + whole.GAP_PROBE
    + """


def measured(name, steps):
    probe.reset()
    for step in steps:
        step()
        settle(30)
    while window.is_loading():  # a big cycle is read in the background
        settle(20)
    settle()
    print(f"{name}\\t{probe.worst * 1000:.0f}")


app = create_app()
window = MainWindow()
window.resize(1366, 768)
window.show()
probe = GapProbe()
settle()
measured(  # as Open Recent and File → Open do
    "open the workspace on the OKR section",
    [lambda: window.files.open_in_background(sys.argv[1])],
)
section = window.sections["okrs"]
assert window.stack.currentWidget() is section
tree = section.tree
tree.setFocus()
bar = tree.verticalScrollBar()
pages = bar.maximum() // max(1, bar.pageStep()) + 1
measured(
    f"scroll the tree end to end ({pages} pages)",
    [lambda: bar.triggerAction(bar.SliderAction.SliderPageStepAdd)] * pages,
)
bar.setValue(0)
tree.setCurrentIndex(tree.model().index(0, 0))
measured(
    f"Page Down through the tree ({pages} pages)",
    [lambda: QTest.keyClick(tree, Qt.Key.Key_PageDown)] * pages,
)
section.search_edit.setFocus()
measured(
    "type a filter",
    [lambda letter=letter: QTest.keyClick(section.search_edit, letter) for letter in "revenue"],
)
section.search_edit.clear()
settle()
key_result = section.key_result_nodes()[0].row_data.id
values = CheckInValues(key_result, clock.today(), 42.0, confidence=7, comment="On track")
measured("save a check-in", [lambda: section._save_checkin(values)])
"""
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args = whole.parse(parser, argv)

    here = Path(__file__).resolve()
    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(here.parents[2])
        env["OKRDESK_TODAY"] = "2026-11-25"
        big = scratch / "big.okrdesk"
        scripts = {}
        for name, text in (
            ("floor", FLOOR_SCRIPT),
            ("on_okrs", ON_OKRS),
            ("gaps", GAPS_SCRIPT),
        ):
            scripts[name] = scratch / f"{name}.py"
            scripts[name].write_text(text, encoding="utf-8")
        commands = {
            "floor": [sys.executable, str(scripts["floor"]), str(big)],
            "okrdesk": [sys.executable, "-m", "okrdesk", "open", str(big), "--exit-when-ready"],
        }
        try:
            whole.run(
                [sys.executable, str(here.with_name("big_workspaces.py")), "okrs", str(big)], env
            )
            whole.run([sys.executable, str(scripts["on_okrs"]), str(big), SECTION], env)
            timings = whole.interleaved(commands, env, args.runs)
            for _ in range(2):  # the first fills the bytecode cache of what loads late
                gaps = subprocess.run(
                    [sys.executable, str(scripts["gaps"]), str(big)],
                    env=env, cwd=scratch, capture_output=True, text=True, check=True,
                ).stdout  # fmt: skip
        except whole.ChildFailed as failure:
            print(f"okr_screen: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
        except subprocess.CalledProcessError as failure:
            print(f"okr_screen: the gap probe failed:\n{failure.stderr}", file=sys.stderr)
            return 1

    floor, ours = timings["floor"], timings["okrdesk"]
    print(
        "\n500 objectives, 2,500 key results, 130,000 check-ins; "
        f"medians of {args.runs} interleaved runs each"
    )
    print(whole.line("floor: one SELECT into a QTreeWidget", floor))
    print(whole.line("okrdesk open on the OKR section", ours, floor))
    print(whole.verdict(ours, floor, TARGET_RATIO))
    print(f"\nLargest gap of the event loop (10 ms timer), target {TARGET_GAP_MS} ms")
    for row in gaps.strip().splitlines():
        name, milliseconds = row.split("\t")
        verdict = "PASS" if int(milliseconds) <= TARGET_GAP_MS else "FAIL"
        print(f"  {name:<44} {int(milliseconds):6d} ms  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
