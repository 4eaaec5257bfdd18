"""The review as HTML: one document for the PDF (through QTextDocument) and the HTML file.

`report_html` writes the body with its tables and charts; where the images come from is the
caller's: the HTML file embeds them as data: URIs, the PDF registers them as QTextDocument
resources. The CSS is the subset QTextDocument understands, so both look alike.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
)
from PySide6.QtGui import QImage

from okrdesk.domain.review import (
    ExperimentLine,
    Review,
    VariantLine,
    brief_text,
)
from okrdesk.reports.charts import Chart
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import (
    Block,
    Cell,
    Heading,
    Paragraph,
    Table,
    decided_by_text,
    decision_label,
    variance_blocks,
    verdict_word,
)
from okrdesk.reports.text import Report

# Lengths in {N} are CSS pixels, scaled by style(): QTextDocument laid out for a 300-dpi
# printer scales fonts, images and table cells itself but takes block margins in device
# pixels.
_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt;
       color: #212121; }
h1 { font-size: 20pt; margin-top: 0px; margin-bottom: {4}px; }
h2 { font-size: 14pt; margin-top: {22}px; margin-bottom: {6}px; color: #0d47a1; }
h2.block { page-break-before: always; }
h3 { font-size: 11pt; margin-top: {14}px; margin-bottom: {4}px; }
p { margin-top: {2}px; margin-bottom: {6}px; }
.muted { color: #616161; }
.caption { color: #616161; font-size: 8pt; margin-top: 0px; }
.brief { margin-bottom: {9}px; }
table { border-collapse: collapse; margin-top: {4}px; margin-bottom: {8}px; }
th { background-color: #e3f2fd; text-align: left; font-weight: bold; padding: 3px 5px;
     border: 1px solid #bdbdbd; }
td { padding: 3px 5px; border: 1px solid #bdbdbd; vertical-align: top; }
td.number, th.number { text-align: right; }
.up { color: #2e7d32; font-weight: bold; }
.down { color: #c62828; font-weight: bold; }
"""


# Only the HTML file has this: a readable line length in a browser, charts that shrink with a
# narrow window. QTextDocument would ignore most of it.
SCREEN_STYLE = """
body { max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }
img { max-width: 100%; height: auto; }
"""


def style(scale: float = 1.0) -> str:
    """The report's CSS with every length multiplied by scale (1 on screen, dpi/96 in print)."""
    return re.sub(r"\{(\d+)\}", lambda m: f"{max(1, round(int(m[1]) * scale))}", _STYLE)


def verdict_label(e: ExperimentLine, v: VariantLine, fmt: LocaleFormat) -> str:
    """The verdict of one variant; a win or loss made with low power says so with it."""
    text = verdict_word(v.verdict)
    if v.verdict in ("variant_wins", "variant_loses") and v.low_power:
        text = Report.tr(
            "{verdict}, although the test had only {power} power for the planned {mde}"
        )
        text = text.format(
            verdict=verdict_word(v.verdict),
            power=fmt.percent(v.power, 0),
            mde=fmt.points(e.planned_mde),
        )
    return text


def verdict_numbers(e: ExperimentLine, v: VariantLine, fmt: LocaleFormat) -> list[str]:
    """The numbers behind one variant's verdict, as short phrases."""
    numbers = []
    if v.diff is not None:
        numbers.append(Report.tr("difference {diff}").format(diff=fmt.points(v.diff)))
    if v.ci is not None:
        numbers.append(
            Report.tr("95 % interval {low} to {high}").format(
                low=fmt.points(v.ci[0]), high=fmt.points(v.ci[1])
            )
        )
    if v.rel_lift is not None:
        numbers.append(Report.tr("relative lift {lift}").format(lift=lift_text(v, fmt)))
    if v.p_value is not None:
        test = Report.tr("exact test") if v.test == "fisher" else Report.tr("z-test")
        numbers.append(f"{fmt.p_value(v.p_value)} ({test})")
    if v.always_valid_p is not None:
        numbers.append(
            Report.tr("always-valid {p}").format(p=fmt.p_value(v.always_valid_p))
            if len(e.variants) == 1
            else Report.tr(
                "always-valid {p}; calls Holm-corrected over %n variant(s)", None, len(e.variants)
            ).format(p=fmt.p_value(v.always_valid_p))
        )
    if v.chance_to_win is not None:
        numbers.append(
            Report.tr("chance to win {share}").format(share=fmt.percent(v.chance_to_win, 0))
        )
    return numbers


def lift_text(v: VariantLine, fmt: LocaleFormat) -> str:
    """ "+50.0 % (+8.0 % to +108.0 %)": the relative lift and its 95 % interval."""
    if v.rel_lift is None:
        return "—"
    text = _signed_percent(v.rel_lift, fmt)
    if v.rel_lift_ci is None:
        return text
    low, high = v.rel_lift_ci
    return Report.tr("{lift} ({low} to {high})").format(
        lift=text, low=_signed_percent(low, fmt), high=_signed_percent(high, fmt)
    )


def _signed_percent(share: float, fmt: LocaleFormat) -> str:
    return fmt.relative(share)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
    width: str = "100%",
    whole: Sequence[int] = (),
) -> str:
    """A table with a header row that repeats on every page it spans; cells are HTML.
    widths: percentages of the first columns' widths (the rest share what is left); whole:
    the columns whose cells never break across lines."""

    def th(i: int, header: str) -> str:
        size = f' width="{widths[i]}%"' if i < len(widths) else ""
        kind = ' class="number"' if i in numeric else ""
        return f"<th{kind}{size}>{_e(header)}</th>"

    def td(i: int, cell: str) -> str:
        kind = ' class="number"' if i in numeric else ""
        # Qt's rich text reads white-space on the cell's paragraphs; browsers on the cell.
        style = ' style="white-space: nowrap"' if i in whole else ""
        return f"<td{kind}{style}>{cell}</td>"

    head = "".join(th(i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(td(i, cell) for i, cell in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        f'<table width="{width}" cellspacing="0" border="1">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def png_data_uri(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 wants a str here at run time although its stub says bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(data.data()).decode("ascii")


def _chart(chart: Chart | None, image_src: Callable[[Chart], str]) -> str:
    if chart is None:
        return ""
    return (
        f'<p><img src="{_e(image_src(chart))}" width="{chart.width}" height="{chart.height}" '
        f'alt="{_e(chart.caption)}"></p><p class="caption">{_e(chart.caption)}</p>'
    )


def _paragraphs(text: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return "".join(
        f"<p{attribute}>{'<br>'.join(_e(line) for line in block.splitlines())}</p>"
        for block in text.split("\n\n")
        if block.strip()
    )


def report_title(review: Review, fmt: LocaleFormat) -> tuple[str, str]:
    """(title, subtitle) of the report: the week and the cycle it belongs to."""
    title = Report.tr("Weekly review: week of {date}").format(date=fmt.date(review.week))
    subtitle = Report.tr("{first} – {last} ({week})").format(
        first=fmt.date(review.week),
        last=fmt.date(review.week_end),
        week=fmt.week_label(review.week),
    )
    if review.cycle is not None:
        subtitle += " · " + review.cycle.name
    return title, subtitle


def report_html(
    review: Review,
    fmt: LocaleFormat,
    charts: Sequence[Chart],
    image_src: Callable[[Chart], str],
    *,
    logo_src: str | None = None,
    standalone: bool = True,
    scale: float = 1.0,
) -> str:
    """The whole review as HTML. standalone adds the doctype, head and title (the file);
    scale multiplies the CSS lengths (see style())."""
    by_name = {chart.name: chart for chart in charts}
    title, subtitle = report_title(review, fmt)
    parts = []
    if logo_src:
        parts.append(f'<p><img src="{_e(logo_src)}" height="48" alt=""></p>')
    parts += [
        f"<h1>{_e(title)}</h1>",
        f'<p class="muted">{_e(review.workspace)} · {_e(subtitle)}</p>',
        "<h2>" + _e(Report.tr("Brief")) + "</h2>",
        _paragraphs(brief_text(review, fmt), "brief"),
        _variance(review, fmt, by_name, image_src),
        _experiments(review, fmt, by_name, image_src),
        _next_step(review, fmt),
    ]
    body = "\n".join(p for p in parts if p)
    if not standalone:
        return f"<html><head><style>{style(scale)}</style></head><body>{body}</body></html>"
    c_locale = fmt.locale.language() == QLocale.Language.C
    language = "en" if c_locale else fmt.locale.bcp47Name() or "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(review.workspace)} · {_e(title)}</title>\n"
        f"<style>{style(scale)}{SCREEN_STYLE}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _variance(
    review: Review,
    fmt: LocaleFormat,
    charts: dict[str, Chart],
    image_src: Callable[[Chart], str],
) -> str:
    return "\n".join(
        p for p in (_block(b, charts, image_src) for b in variance_blocks(review, fmt)) if p
    )


def _block(block: Block, charts: dict[str, Chart], image_src: Callable[[Chart], str]) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{_e(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return (
            f'<p class="muted">{_e(block.text)}</p>' if block.muted else f"<p>{_e(block.text)}</p>"
        )
    if isinstance(block, Table):
        rows = [[_cell(cell) for cell in row] for row in block.rows]
        return _table(
            block.headers, rows, numeric=block.numeric, widths=block.widths, whole=block.whole
        )
    return _chart(charts.get(block.name), image_src)


def _cell(cell: Cell) -> str:
    if cell.direction:
        return f'<span class="{cell.direction}">{_e(cell.text)}</span>'
    return _e(cell.text)


def _muted(text: str) -> str:
    """A muted paragraph: a sentence that only says there is nothing to show."""
    return f'<p class="muted">{_e(text)}</p>'


def arm_rows(e: ExperimentLine, fmt: LocaleFormat) -> list[list[str]]:
    """Control first, then every variant: name, visitors, conversions, rate (plain text)."""
    arms = [
        (Report.tr("Control"), e.control_visitors, e.control_conversions, e.control_rate),
        *((v.name, v.visitors, v.conversions, v.rate) for v in e.variants),
    ]
    return [
        [name, fmt.integer(visitors), fmt.integer(conversions), fmt.percent(rate)]
        for name, visitors, conversions, rate in arms
    ]


def verdict_lines(e: ExperimentLine, fmt: LocaleFormat) -> list[tuple[str, str]]:
    """Per variant, ("Verdict:", "the verdict — its numbers."), the head naming the variant
    when there are several (plain text)."""
    lines = []
    for v in e.variants:
        head = (
            Report.tr("Verdict:")
            if len(e.variants) == 1
            else Report.tr("Verdict for {name}:").format(name=v.name)
        )
        line = verdict_label(e, v, fmt)
        numbers = verdict_numbers(e, v, fmt)
        if numbers:
            line += " — " + ", ".join(numbers)
        lines.append((head, line + "."))
    return lines


def _experiments(
    review: Review,
    fmt: LocaleFormat,
    charts: dict[str, Chart],
    image_src: Callable[[Chart], str],
) -> str:
    parts = ['<h2 class="block">' + _e(Report.tr("2. Experiments: what they showed")) + "</h2>"]
    if not review.experiments:
        parts.append(_muted(Report.tr("No experiment ended or ran this week.")))
        return "\n".join(parts)
    for e in review.experiments:
        phase = (
            Report.tr("ended {date}") if e.phase == "ended" else Report.tr("running since {date}")
        ).format(date=fmt.date(e.end if e.phase == "ended" else e.start))
        parts.append(f"<h3>{_e(e.code)} · {_e(e.title)}</h3>")
        facts = [phase]
        if e.metric:
            facts.append(Report.tr("metric: {metric}").format(metric=e.metric))
        if e.variable:
            facts.append(Report.tr("variable: {variable}").format(variable=e.variable))
        parts.append(f'<p class="muted">{_e(" · ".join(facts))}</p>')
        if not e.variants:
            parts.append("<p>" + _e(Report.tr("No results entered yet.")) + "</p>")
            continue
        headers = [
            Report.tr("Arm"),
            Report.tr("Visitors"),
            Report.tr("Conversions"),
            Report.tr("Rate"),
        ]
        rows = [[_e(cell) for cell in row] for row in arm_rows(e, fmt)]
        parts.append(_table(headers, rows, numeric=(1, 2, 3), width="70%"))
        for head, line in verdict_lines(e, fmt):
            parts.append(f"<p><b>{_e(head)}</b> {_e(line)}</p>")
        if e.decision:
            decision = decided_by_text(decision_label(e.decision), e.decided_by)
            parts.append("<p><b>" + _e(Report.tr("Decision:")) + f"</b> {_e(decision)}.</p>")
        if e.learnings:
            parts.append("<p><b>" + _e(Report.tr("Learnings:")) + f"</b> {_e(e.learnings)}</p>")
    parts.append(_chart(charts.get("experiments"), image_src))
    return "\n".join(p for p in parts if p)


def _next_step(review: Review, fmt: LocaleFormat) -> str:
    step = review.next_step
    parts = ["<h2>" + _e(Report.tr("3. Next step: what changes next week")) + "</h2>"]
    if step.experiment_code:
        label = (
            Report.tr("Proposed next experiment:")
            if step.proposed
            else Report.tr("Next experiment:")
        )
        text = f"{step.experiment_code} · {step.experiment_title}"
        if step.experiment_start:
            text += " — " + Report.tr("starts {date}").format(date=fmt.date(step.experiment_start))
        parts.append(f"<p><b>{_e(label)}</b> {_e(text)}</p>")
    else:
        parts.append(_muted(Report.tr("No next experiment chosen or planned yet.")))
    if not step.saved:
        parts.append(_muted(Report.tr("The review meeting has not saved decisions yet.")))
    if step.decisions.strip():
        parts.append("<h3>" + _e(Report.tr("Decisions")) + "</h3>" + _paragraphs(step.decisions))
    if step.notes.strip():
        parts.append("<h3>" + _e(Report.tr("Notes")) + "</h3>" + _paragraphs(step.notes))
    return "\n".join(parts)


def write_html(
    path: Path,
    review: Review,
    fmt: LocaleFormat,
    charts: Sequence[Chart],
    logo: QImage | None = None,
) -> None:
    """The review as one self-contained HTML file (images inlined as data: URIs)."""
    logo_src = png_data_uri(logo) if logo is not None and not logo.isNull() else None
    text = report_html(
        review, fmt, charts, lambda chart: png_data_uri(chart.image), logo_src=logo_src
    )
    Path(path).write_text(text, encoding="utf-8", newline="\n")
