"""Report benchmark: `okrdesk report` of the demo workspace as PDF, a whole process, against Qt
printing the same review's HTML in a process of its own.

Run as a plain script, not under pytest, from the source tree's root:

    PYTHONPATH=$PWD .venv/bin/python tests/bench/report.py [--runs N]

It builds the demo workspace (`okrdesk demo`) and writes the review's HTML without charts
once, then times, interleaved after one untimed warm-up of each,

    okrdesk report DEMO.okrdesk --out review.pdf

(read the workspace, paint the charts at 300 dpi, lay out the cover and the pages, write the
PDF) against two floors:

- the print floor: a script that prints that HTML with `QTextDocument.print_` onto a 300-dpi
  A4 QPdfWriter (no cover, no page numbers, no charts, no row keeping, no workspace read);
- the same-job floor: a script that reads the review's numbers from the workspace file with
  sqlite3 (the settings, the cycle of the week, its objectives and key results with their
  latest check-ins up to the meeting week, every funnel's stage totals of the week and the
  week before, the experiments ended or running with their arms, the meeting's saved row),
  judges them with okrdesk.domain's pure functions (progress, status, the step test, the
  experiment verdicts: the same arithmetic, no SQLAlchemy), paints the same three charts at
  300 dpi with okrdesk.reports.charts (the same QPainter calls into QImages of the same size:
  plainer painting code would cost the same and could differ), and prints the review's HTML
  with those charts in it (as `QTextDocument.print_` lays it out, sized in CSS pixels) onto
  the same writer.

Before timing, the same-job floor's numbers are checked against okrdesk's review of the same
week: a floor that read or judged less would fail the benchmark. It prints the medians, the
peak memory of each, the ratios against the 2× target and the PDFs' page counts. It is a
report, not a gate: it exits 0 whatever the ratios, and 1 only when a child fails or the
same-job floor's numbers differ from okrdesk's.
"""

from __future__ import annotations

import argparse
import json
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

# The review's numbers that the charts show, as JSON, from a review or what stands for one.
CHART_NUMBERS = """\
def chart_numbers(review):
    cycle = review.cycle
    return {
        "expected": cycle.expected if cycle else None,
        "objectives": [[o.title, o.progress, o.status] for o in cycle.objectives] if cycle else [],
        "steps": [
            [s.funnel, s.from_stage, s.to_stage, s.previous_rate, s.rate, s.change,
             s.p_value, s.significant]
            for s in review.funnel_steps
        ],
        "experiments": [
            [e.code, e.metric, e.control_rate,
             [[v.name, v.rate, list(v.ci) if v.ci else None, v.verdict] for v in e.variants]]
            for e in review.experiments
        ],
    }
"""

# The review's HTML as the report lays it out, for the floors to print: without charts (the
# print floor) and with them (the same-job floor, which paints them), and okrdesk's numbers.
PLAIN_HTML_SCRIPT = (
    """\
import json
import sys

from PySide6.QtGui import QGuiApplication

from okrdesk.reports import export
from okrdesk.reports.charts import report_charts
from okrdesk.reports.html import report_html
from okrdesk.ui.common import clock

app = QGuiApplication(sys.argv[:1])
data = export.load_report_input(sys.argv[1], None, "en_US", clock.today())
html = report_html(data.review, data.fmt, (), lambda chart: "", standalone=False)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(html)
charts = report_charts(data.review, data.fmt)
html = report_html(data.review, data.fmt, charts, lambda c: f"chart-{c.name}.png", standalone=False)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.write(html)
"""
    + CHART_NUMBERS
    + """
with open(sys.argv[4], "w", encoding="utf-8") as out:
    json.dump(chart_numbers(data.review), out)
"""
)

# The same job as `okrdesk report`, the plainest way: sqlite3, okrdesk's domain arithmetic and
# chart painting, QTextDocument.print_. Arguments: WORKSPACE HTML OUT.pdf TODAY [NUMBERS.json].
SAME_JOB_SCRIPT = (
    """\
import datetime as dt
import json
import sqlite3
import sys
from types import SimpleNamespace as Line

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from okrdesk.domain import okr
from okrdesk.domain.step_comparison import compare_steps
from okrdesk.domain.verdict import is_final, verdicts
from okrdesk.reports.charts import report_charts
from okrdesk.reports.locale_format import locale_format

app = QGuiApplication(sys.argv[:1])
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
day = dt.date.fromisoformat
today = day(sys.argv[4])
name, currency, week_start, *limits = db.execute(
    "SELECT name, currency, week_start, at_risk_gap, off_track_gap, at_risk_confidence, "
    "off_track_confidence, stale_days FROM workspace_settings"
).fetchone()
week = today - dt.timedelta(days=(today.weekday() - week_start) % 7 + 7)
week_end, meeting = week + dt.timedelta(days=6), week + dt.timedelta(weeks=1)
SEVERITY = ("needs_update", "off_track", "at_risk", "on_track", "done")

# The cycle holding the week's last day, else its first; its objectives' progress and status.
cycle = None
for d in (week_end, week):
    cycle = cycle or db.execute(
        "SELECT id, start_date, end_date FROM cycles WHERE start_date <= ? AND end_date >= ? "
        "ORDER BY start_date DESC, id DESC LIMIT 1",
        (d.isoformat(), d.isoformat()),
    ).fetchone()
review_cycle = None
if cycle:
    start, end = day(cycle[1]), day(cycle[2])
    as_of = max(week_end, min(today, meeting + dt.timedelta(days=6)))
    on = min(max(as_of, start), end)
    thresholds = okr.Thresholds(*limits)
    objectives = db.execute(
        "SELECT id, title FROM objectives WHERE cycle_id = ? AND status != 'cancelled' "
        "ORDER BY position, id",
        (cycle[0],),
    ).fetchall()
    key_results = db.execute(
        "SELECT k.id, k.objective_id, k.kind, k.start_value, k.target_value, k.weight "
        "FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE o.cycle_id = ? "
        "ORDER BY k.objective_id, k.position, k.id",
        (cycle[0],),
    ).fetchall()
    latest = {}
    for kr_id, checked_on, value, confidence in db.execute(
        "SELECT c.key_result_id, c.checked_on, c.value, c.confidence FROM checkins c "
        "JOIN key_results k ON k.id = c.key_result_id JOIN objectives o ON o.id = k.objective_id "
        "WHERE o.cycle_id = ? AND c.checked_on <= ? ORDER BY c.key_result_id, c.checked_on, c.id",
        (cycle[0], as_of.isoformat()),
    ):
        latest[kr_id] = (value, confidence, day(checked_on))
    lines = []
    for objective_id, title in objectives:
        judged = []
        for kr_id, _, kind, first, target, weight in (
            k for k in key_results if k[1] == objective_id
        ):
            value, confidence, checked_on = latest.get(kr_id, (None, None, None))
            status = okr.key_result_status(
                kind, first, target, value, confidence, checked_on, (start, end), on, thresholds
            ).status.value
            judged.append((okr.progress(kind, first, target, value), weight, status))
        worst = next((s for s in SEVERITY if s in {j[2] for j in judged}), "needs_update")
        progress = okr.objective_progress((p, w) for p, w, _ in judged)
        lines.append(Line(title=title, progress=progress, status=worst))
    review_cycle = Line(expected=okr.expected_progress(start, end, on), objectives=lines)

# Every funnel's steps, the week against the week before.
funnels = {}
for funnel_id, funnel, stage_id, stage in db.execute(
    "SELECT f.id, f.name, s.id, s.name FROM funnels f "
    "LEFT JOIN funnel_stages s ON s.funnel_id = f.id ORDER BY f.id, s.position, s.id"
):
    funnels.setdefault((funnel_id, funnel), []).extend([(stage_id, stage)] if stage_id else [])
previous = week - dt.timedelta(weeks=1)
totals = {
    (stage_id, day(week_start)): total
    for stage_id, week_start, total in db.execute(
        "SELECT stage_id, week_start, SUM(count) FROM funnel_counts "
        "WHERE week_start IN (?, ?) GROUP BY stage_id, week_start",
        (previous.isoformat(), week.isoformat()),
    )
}
steps = []
for (_, funnel), stages in funnels.items():
    now = [totals.get((stage_id, week), 0) for stage_id, _ in stages]
    if len(stages) < 2 or not any(now):
        continue
    before = [totals.get((stage_id, previous), 0) for stage_id, _ in stages]
    for step in compare_steps([stage for _, stage in stages], now, before):
        number = lambda x: None if x != x else float(x)  # noqa: E731
        steps.append(Line(
            funnel=funnel, from_stage=step.from_stage, to_stage=step.to_stage,
            previous_rate=number(step.baseline_rate), rate=number(step.rate),
            change=number(step.change), p_value=number(step.p_value),
            significant=step.significant,
        ))

# The experiments that ended in the week, then those running, with every variant's verdict.
ended, running = [], []
for exp_id, code, status, decided_on, first_day, days, share, mde, from_name, to_name in db.execute(
    "SELECT e.id, e.code, e.status, e.decided_on, e.start_date, e.duration_days, "
    "e.control_share, e.planned_mde, a.name, b.name FROM experiments e "
    "LEFT JOIN funnel_stages a ON a.id = e.from_stage_id "
    "LEFT JOIN funnel_stages b ON b.id = e.to_stage_id "
    "WHERE e.start_date IS NOT NULL AND e.start_date <= ? ORDER BY e.code",
    (meeting.isoformat(),),
):
    first_day = day(first_day)
    last_day = first_day + dt.timedelta(days=days - 1)
    decided = decided_on is not None and week <= day(decided_on) <= week_end
    if week <= last_day <= week_end or decided:
        phase = ended
    elif first_day <= week_end < last_day or (status == "running" and week <= first_day <= meeting):
        phase = running
    else:
        continue
    arms = db.execute(
        "SELECT is_control, name, visitors, conversions FROM experiment_arms "
        "WHERE experiment_id = ? ORDER BY name",
        (exp_id,),
    ).fetchall()
    control = next(((c, v) for is_control, _, v, c in arms if is_control), None)
    others = [(n, c, v) for is_control, n, v, c in arms if not is_control]
    variants = []
    if control and others:
        pairs = [(c, v) for _, c, v in others]
        final = is_final(first_day, days, meeting, control, pairs, mde)
        variants = [
            Line(name=n, rate=r.variant_rate, ci=r.ci, verdict=r.kind.value)
            for (n, _, _), r in zip(others, verdicts(control, pairs, share, mde, final=final))
        ]
    phase.append(Line(
        code=code,
        metric=f"{from_name} → {to_name}" if from_name and to_name else "",
        control_rate=control[0] / control[1] if control and control[1] else None,
        variants=variants,
    ))
saved = db.execute(
    "SELECT brief, decisions, notes, next_experiment_id FROM weekly_reviews WHERE week_start = ?",
    (meeting.isoformat(),),
).fetchone()
review = Line(cycle=review_cycle, funnel_steps=steps, experiments=ended + running)
"""
    + CHART_NUMBERS
    + """
if len(sys.argv) > 5:
    with open(sys.argv[5], "w", encoding="utf-8") as out:
        json.dump(chart_numbers(review), out)

charts = report_charts(review, locale_format("en_US", currency))
writer = QPdfWriter(sys.argv[3])
writer.setResolution(300)
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
document = QTextDocument()
for chart in charts:
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{chart.name}.png"), chart.image
    )
with open(sys.argv[2], encoding="utf-8") as html:
    document.setHtml(html.read())
document.print_(writer)
"""
)


def page_count(path: Path) -> int:
    """The page objects of a PDF, counted without a PDF library."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def image_count(path: Path) -> int:
    """The image objects of a PDF, counted without a PDF library."""
    return len(re.findall(rb"/Subtype\s*/Image(?![a-zA-Z])", path.read_bytes()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args = whole.parse(parser, argv)

    with tempfile.TemporaryDirectory(prefix="okrdesk-bench-") as folder:
        scratch = Path(folder)
        env = whole.child_env(scratch)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
        env["OKRDESK_TODAY"] = DEMO_DAY
        demo, html = scratch / "demo.okrdesk", scratch / "review.html"
        charts_html = scratch / "review_charts.html"
        ours_numbers, floor_numbers = scratch / "okrdesk.json", scratch / "same_job.json"
        floor_script, html_script = scratch / "floor.py", scratch / "plain_html.py"
        same_job_script = scratch / "same_job.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        html_script.write_text(PLAIN_HTML_SCRIPT, encoding="utf-8")
        same_job_script.write_text(SAME_JOB_SCRIPT, encoding="utf-8")
        ours_pdf, floor_pdf = scratch / "review.pdf", scratch / "floor.pdf"
        same_job_pdf = scratch / "same_job.pdf"
        same_job = [
            sys.executable,
            str(same_job_script),
            str(demo),
            str(charts_html),
            str(same_job_pdf),
            DEMO_DAY,
        ]
        commands = {
            "floor": [sys.executable, str(floor_script), str(html), str(floor_pdf)],
            "same job": same_job,
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
            plain_html = [str(html_script), str(demo), str(html), str(charts_html)]
            whole.run([sys.executable, *plain_html, str(ours_numbers)], env)
            whole.run([*same_job, str(floor_numbers)], env)
            if json.loads(floor_numbers.read_text()) != json.loads(ours_numbers.read_text()):
                print(
                    "report benchmark: the same-job floor's numbers differ from okrdesk's:\n"
                    f"  floor   {floor_numbers.read_text()}\n  okrdesk {ours_numbers.read_text()}",
                    file=sys.stderr,
                )
                return 1
            timings = whole.interleaved(commands, env, args.runs)
        except whole.ChildFailed as failure:
            print(f"report benchmark: a child process failed, {failure}", file=sys.stderr)
            print(failure.stderr, file=sys.stderr, end="")
            return 1
        pages = page_count(ours_pdf), page_count(floor_pdf), page_count(same_job_pdf)
        images = image_count(ours_pdf), image_count(same_job_pdf)

    floor, same, ours = timings["floor"], timings["same job"], timings["okrdesk"]
    print(f"\nThe demo's weekly review as PDF, medians of {args.runs} interleaved runs each")
    print(whole.line("floor: QTextDocument.print_ of its HTML", floor))
    print(whole.line("okrdesk report", ours, floor))
    print(whole.verdict(ours, floor, TARGET_RATIO))
    print(whole.line("same-job floor: sqlite3, charts, print_", same))
    print(whole.line("okrdesk report against the same-job floor", ours, same))
    print(whole.verdict(ours, same, TARGET_RATIO))
    print(f"  pages: okrdesk {pages[0]}, floor {pages[1]}, same-job floor {pages[2]}")
    print(f"  chart images: okrdesk {images[0]}, same-job floor {images[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
