"""Report benchmark: okrdesk's PDF review of the demo workspace against Qt printing its HTML.

Run as a plain script, not under pytest:

    .venv/bin/python tests/bench/report.py [--runs N]

It builds the demo workspace into a temporary folder, then times, interleaved in one process
after one untimed warm-up of each:

- report: `okrdesk report DEMO --out review.pdf` as the command runs it (read the workspace,
  paint the charts at 300 dpi, lay out the cover and the pages, write the PDF);
- render: the same without reading the workspace (charts, layout and PDF only);
- floor: Qt printing the same review's HTML without charts, `QTextDocument.print_` onto a
  QPdfWriter (no cover, no page numbers, no charts, no row keeping).

It prints the medians and the ratios report/floor and render/floor. It is a report, not a
gate: it exits 0 whatever the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_RUNS = 9
DEMO_DAY = dt.date(2026, 11, 25)


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    from okrdesk.reports import export
    from okrdesk.reports.html import report_html
    from okrdesk.store.demo.builder import build_demo

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="okrdesk-bench-report-"))
    demo = folder / "demo.okrdesk"
    build_demo(demo, DEMO_DAY)
    data = export.load_report_input(demo, None, "en_US", DEMO_DAY)
    plain_html = report_html(data.review, data.fmt, (), lambda chart: "", standalone=False)

    def report() -> None:
        fresh = export.load_report_input(demo, None, "en_US", DEMO_DAY)
        export.write_report(folder / "report.pdf", fresh)

    def render() -> None:
        export.write_report(folder / "render.pdf", data)

    def floor() -> None:
        writer = QPdfWriter(str(folder / "floor.pdf"))
        writer.setResolution(300)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document = QTextDocument()
        document.setHtml(plain_html)
        document.print_(writer)

    cases = {"report": report, "render": render, "floor": floor}
    times: dict[str, list[float]] = {name: [] for name in cases}
    for action in cases.values():
        action()  # warm-up: imports, fonts, caches
    for _ in range(max(args.runs, 3)):
        for name, action in cases.items():
            times[name].append(_timed(action))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        spread = f"{min(times[name]) * 1000:.0f}–{max(times[name]) * 1000:.0f}"
        print(f"{name:7s} median {median * 1000:7.1f} ms   (range {spread} ms)")
    print(f"report / floor = {medians['report'] / medians['floor']:.2f}")
    print(f"render / floor = {medians['render'] / medians['floor']:.2f}")
    pages = {name: _page_count(folder / f"{name}.pdf") for name in ("report", "floor")}
    print(f"pages: report {pages['report']}, floor {pages['floor']}")
    del app
    return 0


def _page_count(path: Path) -> int:
    """The page objects of a PDF, counted without a PDF library."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


if __name__ == "__main__":
    sys.exit(main())
