"""Report benchmark: `okrdesk report` of the demo workspace as PDF, a whole process, against Qt
printing the same review's HTML in a process of its own.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/report.py [--runs N]

It builds the demo workspace (`okrdesk demo`) and writes the review's HTML without charts
once, then times, interleaved after one untimed warm-up of each,

    okrdesk report DEMO.okrdesk --out review.pdf

(read the workspace, paint the charts at 300 dpi, lay out the cover and the pages, write the
PDF) against the floor: a script that prints that HTML with `QTextDocument.print_` onto a
300-dpi A4 QPdfWriter (no cover, no page numbers, no charts, no row keeping). It prints the
medians, the peak memory of both, the ratio against the 2× target and both PDFs' page counts.
It is a report, not a gate: it exits 0 whatever the ratio, and 1 only when a child fails.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench import whole

TARGET_RATIO = 2.0
DEMO_DAY = "2026-11-25"

FLOOR_SCRIPT = """\
import sys

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

app = QGuiApplication(sys.argv[:1])
writer = QPdfWriter(sys.argv[2])
writer.setResolution(300)
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
document = QTextDocument()
with open(sys.argv[1], encoding="utf-8") as html:
    document.setHtml(html.read())
document.print_(writer)
"""

# The review's HTML without charts, as the report lays it out, for the floor to print.
PLAIN_HTML_SCRIPT = """\
import sys

from PySide6.QtGui import QGuiApplication

from okrdesk.reports import export
from okrdesk.reports.html import report_html
from okrdesk.ui.common import clock

app = QGuiApplication(sys.argv[:1])
data = export.load_report_input(sys.argv[1], None, "en_US", clock.today())
html = report_html(data.review, data.fmt, (), lambda chart: "", standalone=False)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(html)
"""


def page_count(path: Path) -> int:
    """The page objects of a PDF, counted without a PDF library."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args = whole.parse(parser, argv)

    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
        env["OKRDESK_TODAY"] = DEMO_DAY
        demo, html = scratch / "demo.okrdesk", scratch / "review.html"
        floor_script, html_script = scratch / "floor.py", scratch / "plain_html.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        html_script.write_text(PLAIN_HTML_SCRIPT, encoding="utf-8")
        ours_pdf, floor_pdf = scratch / "review.pdf", scratch / "floor.pdf"
        commands = {
            "floor": [sys.executable, str(floor_script), str(html), str(floor_pdf)],
            "okrdesk": [
                sys.executable,
                "-m",
                "okrdesk",
                "report",
                str(demo),
                "--out",
                str(ours_pdf),
            ],
        }
        try:
            whole.run([sys.executable, "-m", "okrdesk", "demo", str(demo)], env)
            whole.run([sys.executable, str(html_script), str(demo), str(html)], env)
            timings = whole.interleaved(commands, env, args.runs)
        except whole.ChildFailed as failure:
            print(f"report benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
        pages = page_count(ours_pdf), page_count(floor_pdf)

    floor, ours = timings["floor"], timings["okrdesk"]
    print(f"\nThe demo's weekly review as PDF, medians of {args.runs} interleaved runs each")
    print(whole.line("floor: QTextDocument.print_ of its HTML", floor))
    print(whole.line("okrdesk report", ours, floor))
    print(whole.verdict(ours, floor, TARGET_RATIO))
    print(f"  pages: okrdesk {pages[0]}, floor {pages[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
