"""The weekly review report of the demo workspace, as a reader gets it: Markdown, HTML, PDF.

Numbers are computed here from the workspace file with plain SQL and the textbook z-test, and
looked up in the written files, formatted as en_US writes them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from pathlib import Path
from unicodedata import normalize

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
from PySide6.QtGui import QColor, QImage, QTextDocument

from okrdesk.reports import export
from okrdesk.reports.charts import report_charts
from okrdesk.reports.pdf import (
    build_document,
    keep_headings_with_next,
    keep_rows_together,
    new_writer,
)
from tests.helpers import DEMO_DAY, imported_modules

WEEK = dt.date(2026, 11, 16)  # the last full week before DEMO_DAY
STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")


def write(path: Path, out: Path, week: str | None = None, locale: str = "en_US") -> Path:
    data = export.load_report_input(path, week, locale, DEMO_DAY)
    export.write_report(out, data)
    return out


def totals(db: Path, week: dt.date) -> list[int]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT s.position, SUM(c.count) FROM funnel_counts c "
            "JOIN funnel_stages s ON s.id = c.stage_id WHERE c.week_start = ? "
            "GROUP BY s.position ORDER BY s.position",
            (week.isoformat(),),
        ).fetchall()
    return [total for _position, total in rows]


def p_text(x1: int, n1: int, x2: int, n2: int) -> str:
    pooled = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p = math.erfc(abs(z) / math.sqrt(2))
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def pct(percent: float) -> str:
    """A rate as the reports write it in en_US: two decimals under 1 %, one under 10 %, none
    from 10 % on."""
    if round(percent, 2) < 1:
        return f"{percent:.2f}%"
    return f"{percent:.1f}%" if round(percent, 1) < 10 else f"{percent:.0f}%"


def pts(points: float) -> str:
    """A difference of rates in points, by the same rule as rates."""
    return f"{points:+.1f} pts" if abs(round(points, 1)) < 10 else f"{points:+.0f} pts"


def funnel_rows(db: Path) -> list[str]:
    """Each funnel step's Markdown row, written from the file's counts."""
    now, before = totals(db, WEEK), totals(db, WEEK - dt.timedelta(weeks=1))
    rows = []
    for i in range(1, len(STAGES)):
        rate, previous = now[i] / now[i - 1], before[i] / before[i - 1]
        p = p_text(before[i], before[i - 1], now[i], now[i - 1])
        significant = p == "p < 0.001" or float(p[4:]) < 0.05
        change = pts(100 * rate - 100 * previous)
        rows.append(
            f"| {STAGES[i - 1]} → {STAGES[i]} "
            f"| {pct(100 * previous)} ({before[i]:,}/{before[i - 1]:,}) "
            f"| {pct(100 * rate)} ({now[i]:,}/{now[i - 1]:,}) "
            f"| {f'**{change}**' if significant else change} | {p} "
            f"| {'Yes' if significant else 'No'} |"
        )
    return rows


def arm_rows(db: Path, code: str) -> list[str]:
    with sqlite3.connect(db) as connection:
        arms = connection.execute(
            "SELECT a.is_control, a.name, a.visitors, a.conversions FROM experiment_arms a "
            "JOIN experiments e ON e.id = a.experiment_id WHERE e.code = ? "
            "ORDER BY a.is_control DESC, a.name",
            (code,),
        ).fetchall()
    # Every variant by its own name (an experiment may have several), the control as such.
    return [
        f"| {'Control' if control else name} | {visitors:,} | {conversions:,} "
        f"| {pct(100 * conversions / visitors)} |"
        for control, name, visitors, conversions in arms
    ]


def test_markdown_has_each_block_with_the_files_numbers(demo_copy, tmp_path):
    text = write(demo_copy, tmp_path / "review.md").read_text(encoding="utf-8")
    assert text.startswith("# Weekly review: week of Nov 16, 2026\n")
    for heading in (
        "## Brief",
        "## 1. Variance: what moved",
        "## 2. Experiments: what they showed",
        "## 3. Next step: what changes next week",
    ):
        assert f"\n{heading}\n" in text
    # (a) variance: every funnel step, with its counts, change and test.
    for row in funnel_rows(demo_copy):
        assert row in text
    with sqlite3.connect(demo_copy) as connection:
        behind = connection.execute(
            "SELECT title FROM key_results WHERE title LIKE 'Increase SQL%'"
        ).fetchone()[0]
    off_track = text.split("### Off track and at risk")[1].split("###")[0]
    # Judged as of the meeting (DEMO_DAY, in the week after the reviewed one): 61 % expected.
    # The owner made the latest check-in: the demo's owners check in their own key results.
    row = f"| {behind} | Jonas Weber | Jonas Weber | 0% | 61% | Off track | 61 pts behind pace |"
    assert row in off_track
    # (b) experiments: the one that ended and the one running, with their arms.
    for code in ("EXP-0003", "EXP-0004"):
        for row in arm_rows(demo_copy, code):
            assert row in text.split(f"### {code}")[1]
    assert "**Verdict:** No difference — difference +1.1 pts" in text
    # (c) next step: no meeting saved yet, so the experiment starting on its Monday.
    assert "**Proposed next experiment:** EXP-0004 · Booking link in the first reply" in text
    # The brief names the significant change with its numbers.
    brief = text.split("## Brief\n\n")[1].split("\n## ")[0]
    assert "Funnel: 1 significant change: Lead → MQL 50% → 26% (-24 pts, p < 0.001)." in brief


def test_markdown_of_a_reviewed_week_has_the_meetings_decisions_and_edited_brief(
    demo_copy, tmp_path
):
    text = write(demo_copy, tmp_path / "w46.md", week="2026-W46").read_text(encoding="utf-8")
    with sqlite3.connect(demo_copy) as connection:
        brief, decisions, notes = connection.execute(
            "SELECT brief, decisions, notes FROM weekly_reviews WHERE week_start = '2026-11-16'"
        ).fetchone()
    assert f"## Brief\n\n{brief}\n" in text
    assert f"### Decisions\n\n{decisions}\n" in text
    assert f"### Notes\n\n{notes}\n" in text
    assert "**Next experiment:** EXP-0003 · Live chat on the pricing page" in text
    assert "**Decision:** Rolled back" in text


def test_html_is_one_file_with_the_same_numbers_and_inline_charts(demo_copy, tmp_path):
    html = write(demo_copy, tmp_path / "review.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) == 3  # cycle, funnel and experiments charts
    assert all(src.startswith("data:image/png;base64,") for src in images)
    assert "http" not in html and "chart-" not in html
    now, before = totals(demo_copy, WEEK), totals(demo_copy, WEEK - dt.timedelta(weeks=1))
    assert f"{pct(100 * now[3] / now[2])} ({now[3]:,}/{now[2]:,})" in html
    assert f"{pct(100 * before[3] / before[2])} ({before[3]:,}/{before[2]:,})" in html
    assert '<span class="down">-24 pts</span>' in html


def test_two_runs_give_the_same_bytes(demo_copy, tmp_path):
    for suffix in ("md", "html"):
        first = write(demo_copy, tmp_path / f"a.{suffix}").read_bytes()
        second = write(demo_copy, tmp_path / f"b.{suffix}").read_bytes()
        assert first == second


def test_numbers_follow_the_locale(demo_copy, tmp_path):
    text = write(demo_copy, tmp_path / "de.md", locale="de_DE").read_text(encoding="utf-8")
    assert "Lead → MQL 50\u00a0% → 26\u00a0%" in text  # German writes a space before "%"
    assert "| Control | 1.240 | 38 |" in text


def pdf_text(path: Path) -> list[str]:
    """Each page's text; Qt's PDFs space words with positioning that pypdf reads as tabs."""
    pages = PdfReader(path).pages
    # NFKC turns the fonts' ligatures (ﬁ, ﬀ) back into letters.
    return [normalize("NFKC", page.extract_text()).replace("\t", " ") for page in pages]


def test_pdf_has_a_cover_numbered_pages_and_every_block(demo_copy, tmp_path):
    out = write(demo_copy, tmp_path / "review.pdf")
    reader = PdfReader(out)
    pages = pdf_text(out)
    total = len(pages)
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    writer = new_writer(tmp_path / "probe.pdf", "A4", "probe")
    body = build_document(data.review, data.fmt, report_charts(data.review, data.fmt), writer)
    assert total == body.pageCount() + 1 >= 3
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert "Northwind Analytics — demo" in pages[0] and "Page" not in pages[0]
    cover = " ".join(pages[0].split())
    assert re.search(r"1 significant funnel change(?!s)", cover)
    assert "EXP-0003 ended: no difference beyond noise" in cover
    assert "proposed: EXP-0004 · Booking link in the first reply to every MQL" in cover
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in page
    whole = "\n".join(pages)
    for words in (
        "Brief",
        "1. Variance: what moved",
        "2. Experiments: what they showed",
        "3. Next step: what changes next week",
        "EXP-0003",
        "EXP-0004",
    ):
        assert words in whole
    now = totals(demo_copy, WEEK)
    assert f"({now[3]:,}/{now[2]:,})" in whole
    # The experiments block starts on a page of its own.
    start = next(i for i, page in enumerate(pages) if "2. Experiments" in page)
    assert pages[start].split("2. Experiments")[0].strip().count("\n") == 0


def test_pdf_on_letter_paper_with_the_workspace_logo(demo_copy, tmp_path):
    logo = QImage(240, 80, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1e88e5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    with sqlite3.connect(demo_copy) as connection:
        connection.execute(
            "UPDATE workspace_settings SET paper_size = 'Letter', logo_png = ?", (bytes(data),)
        )
    out = write(demo_copy, tmp_path / "letter.pdf")
    reader = PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)
    assert len(reader.pages[0].images) == 1
    html = write(demo_copy, tmp_path / "logo.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 4


def test_charts_are_painted_at_300_dpi(demo_copy):
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    charts = report_charts(data.review, data.fmt)
    assert [c.name for c in charts] == ["cycle", "funnel", "experiments"]
    for chart in charts:
        assert chart.image.width() == round(chart.width * 300 / 96) == 2000
        assert round(chart.image.dotsPerMeterX() * 0.0254) == 300
        colours = {
            chart.image.pixel(x, y)
            for x in range(0, 2000, 7)
            for y in range(0, chart.image.height(), 7)
        }
        assert len(colours) > 5  # drawn, not blank


def test_pdf_prints_the_charts_pixel_for_pixel(demo_copy, tmp_path):
    """The charts reach the PDF exactly as painted (no JPEG blur around their text)."""
    reader = PdfReader(write(demo_copy, tmp_path / "review.pdf"))
    images = [
        ref.get_object()
        for page in reader.pages
        for ref in page["/Resources"].get("/XObject", {}).values()
        if ref.get_object()["/Subtype"] == "/Image"
    ]
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    charts = report_charts(data.review, data.fmt)
    assert len(images) == len(charts) == 3
    for image, chart in zip(images, charts, strict=True):
        painted = chart.image.convertToFormat(QImage.Format.Format_RGB888)
        assert (image["/Width"], image["/Height"]) == (painted.width(), painted.height())
        assert image.get_data() == bytes(painted.constBits())


def test_rows_that_a_page_break_would_cut_move_whole(qapp):
    rows = "".join(
        f"<tr><td>row {i}<br>second line<br>third line</td><td>{i}</td></tr>" for i in range(60)
    )
    document = QTextDocument()
    document.setHtml(
        "<p>intro</p><table border=1><thead><tr><th>A</th><th>B</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    document.setPageSize(QSizeF(400, 300))
    assert keep_rows_together(document) > 0
    layout = document.documentLayout()
    table = document.rootFrame().childFrames()[0]
    for row in range(1, table.rows()):
        cells = [table.cellAt(row, column) for column in range(2)]
        top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
        bottom = max(
            layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
        )
        assert int(top // 300) == int((bottom - 1) // 300), f"row {row} is cut"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.okrdesk", "--out", "r.pdf"], "no such workspace file"),
        (["DEMO", "--week", "2026-47", "--out", "r.pdf"], "is not written like 2026-W47"),
        (["DEMO", "--week", "2025-W53", "--out", "r.pdf"], "2025 has no week 53"),
        (["DEMO", "--out", "r.docx"], "unknown report type"),
        (["DEMO", "--out", "nowhere/r.pdf"], "does not exist"),
        (["DEMO", "--locale", "xx_NOPE", "--out", "r.md"], "unknown locale"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    demo_copy, tmp_path, capsys, monkeypatch, args, message
):
    from okrdesk.cli import main

    monkeypatch.chdir(tmp_path)
    args = [str(demo_copy) if a == "DEMO" else a for a in args]
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["report", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_report_from_the_command_line_headless(demo_file, tmp_path, sandbox_env):
    import subprocess
    import sys

    out = tmp_path / "review.pdf"
    env = {k: v for k, v in sandbox_env.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrdesk",
            "report",
            str(demo_file),
            "--week",
            "2026-W47",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2026-11-16" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_the_report_command_leaves_pandas_unloaded(demo_file, tmp_path, sandbox_env):
    """The review compares two weeks' totals: pandas, a third of the command's time to
    import, is for the funnel screens and the import and export commands."""
    out = tmp_path / "review.pdf"
    _, imported = imported_modules(["report", str(demo_file), "--out", str(out)], sandbox_env)
    assert "okrdesk.reports.pdf" in imported
    assert not {"pandas", "numpy"} & imported


def test_the_report_command_paints_without_widgets(demo_file, tmp_path, sandbox_env):
    """A report paints its charts and pages with a GUI application (QtGui), not a widget one:
    QtWidgets is for windows."""
    out = tmp_path / "review.pdf"
    command = ["report", str(demo_file), "--week", "2026-W47", "--out", str(out)]
    said, imported = imported_modules(command, sandbox_env)
    assert "2026-11-16" in said
    assert len(PdfReader(out).pages) >= 2
    assert "PySide6.QtGui" in imported
    assert "PySide6.QtWidgets" not in imported


def test_an_empty_workspace_gets_a_report_that_says_what_is_missing(tmp_path, qapp):
    from okrdesk.store.workspace.files import create_workspace

    path = tmp_path / "empty.okrdesk"
    create_workspace(path, "Empty team").close()
    text = write(path, tmp_path / "empty.md").read_text(encoding="utf-8")
    assert "No cycle covers this week." in text
    assert "No funnel data for this week." in text
    assert "No key results in a cycle of this week." in text
    assert "No experiment ended or ran this week." in text
    assert "No next experiment chosen or planned yet." in text
    assert len(PdfReader(write(path, tmp_path / "empty.pdf")).pages) >= 2


def test_a_heading_at_the_foot_of_a_page_moves_with_what_follows(qapp):
    document = QTextDocument()
    filler = "".join(f"<p>line {i}</p>" for i in range(200))
    document.setHtml(f"{filler}<h3>Table</h3><table><tr><td>a</td></tr></table>")
    document.setPageSize(QSizeF(400, 300))
    layout = document.documentLayout()

    def pages() -> tuple[int, int]:
        heading = next(b for b in blocks(document) if b.text() == "Table")
        return (
            int(layout.blockBoundingRect(heading).top() // 300),
            int(layout.blockBoundingRect(heading.next()).top() // 300),
        )

    # Pad the page so that the heading is its last line and the table starts the next one.
    for padding in range(0, 300, 4):
        document.setHtml(
            f'{filler}<p style="margin-top:{padding}px">x</p><h3>Table</h3>'
            "<table><tr><td>a</td></tr></table>"
        )
        heading_page, table_page = pages()
        if heading_page != table_page:
            break
    else:
        pytest.fail("no padding split the heading from its table")
    assert keep_headings_with_next(document) == 1
    heading_page, table_page = pages()
    assert heading_page == table_page


def blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_long_table_repeats_its_header_on_every_page(demo_copy, tmp_path):
    from dataclasses import replace

    from okrdesk.reports.pdf import write_pdf

    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    line = data.review.key_results[0]
    many = tuple(
        replace(line, id=i, title=f"Key result number {i} with a title long enough to wrap once")
        for i in range(120)
    )
    review = replace(data.review, key_results=many)
    out = tmp_path / "long.pdf"
    total = write_pdf(out, review, data.fmt, report_charts(review, data.fmt))
    pages = pdf_text(out)
    assert len(pages) == total
    spanned = [p for p in pages if "Key result number" in p]
    assert len(spanned) >= 3
    for page in spanned:
        flat = " ".join(page.split())
        assert "Key result Before Now Change Progress Status Checked in by" in flat
        # No row is cut: each title's two lines are on the same page.
        assert flat.count("with a title") == flat.count("long enough to wrap once")
    numbers = [int(n) for page in pages for n in re.findall(r"Key result number\s+(\d+)", page)]
    assert sorted(set(numbers)) == list(range(120))  # every row printed, none cut off


def test_pdf_p_values_stay_on_one_line(demo_copy, tmp_path):
    pdf = write(demo_copy, tmp_path / "review.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\t", " ")
    table = text.split("Funnel steps, week over week")[1].split("Key results")[0]
    broken = re.findall(r"p\s*[=<]\s*\n\s*\d\.\d{3}", table)
    whole = re.findall(r"p[ \t\xa0]*[=<][ \t\xa0]*\d\.\d{3}", table)
    assert not broken
    assert len(whole) == len(STAGES) - 1  # one p-value a step
