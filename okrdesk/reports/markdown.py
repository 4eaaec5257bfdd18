"""The review as Markdown with GitHub-style tables: the same blocks and numbers as the PDF,
without the charts (their numbers are in the tables)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from okrdesk.domain.review import Review, brief_text
from okrdesk.reports.html import (
    arm_rows,
    report_title,
    verdict_lines,
)
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import (
    Heading,
    Paragraph,
    Table,
    decided_by_text,
    decision_label,
    variance_blocks,
)
from okrdesk.reports.text import Report


def _cell(text: str) -> str:
    """Text that cannot break a table row: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[int] = ()
) -> str:
    rule = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = [
        "| " + " | ".join(_cell(h) for h in headers) + " |",
        "| " + " | ".join(rule) + " |",
        *("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows),
    ]
    return "\n".join(lines)


def report_markdown(review: Review, fmt: LocaleFormat) -> str:
    title, subtitle = report_title(review, fmt)
    out = [f"# {title}", "", f"{review.workspace} · {subtitle}", "", "## " + Report.tr("Brief"), ""]
    out += [brief_text(review, fmt), ""]
    out += _variance(review, fmt)
    out += _experiments(review, fmt)
    out += _next_step(review, fmt)
    return "\n".join(out).rstrip("\n") + "\n"


def _variance(review: Review, fmt: LocaleFormat) -> list[str]:
    out: list[str] = []
    for block in variance_blocks(review, fmt):
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            out += [block.text, ""]
        elif isinstance(block, Table):
            out += [_render(block), ""]
        elif block.numbers is not None:
            out += [_render(block.numbers), ""]
    return out


def _render(table: Table) -> str:
    rows = [[f"**{c.text}**" if c.direction else c.text for c in row] for row in table.rows]
    return _table(table.headers, rows, table.numeric)


def _experiments(review: Review, fmt: LocaleFormat) -> list[str]:
    out = ["## " + Report.tr("2. Experiments: what they showed"), ""]
    if not review.experiments:
        return [*out, Report.tr("No experiment ended or ran this week."), ""]
    for e in review.experiments:
        phase = (
            Report.tr("ended {date}") if e.phase == "ended" else Report.tr("running since {date}")
        ).format(date=fmt.date(e.end if e.phase == "ended" else e.start))
        facts = [phase]
        if e.metric:
            facts.append(Report.tr("metric: {metric}").format(metric=e.metric))
        if e.variable:
            facts.append(Report.tr("variable: {variable}").format(variable=e.variable))
        out += [f"### {e.code} · {e.title}", "", " · ".join(facts), ""]
        if not e.variants:
            out += [Report.tr("No results entered yet."), ""]
            continue
        headers = [
            Report.tr("Arm"),
            Report.tr("Visitors"),
            Report.tr("Conversions"),
            Report.tr("Rate"),
        ]
        out += [_table(headers, arm_rows(e, fmt), (1, 2, 3)), ""]
        for head, line in verdict_lines(e, fmt):
            out += [f"**{head}** {line}", ""]
        if e.decision:
            decision = decided_by_text(decision_label(e.decision), e.decided_by)
            out += ["**" + Report.tr("Decision:") + f"** {decision}.", ""]
        if e.learnings:
            out += ["**" + Report.tr("Learnings:") + f"** {e.learnings}", ""]
    return out


def _next_step(review: Review, fmt: LocaleFormat) -> list[str]:
    step = review.next_step
    out = ["## " + Report.tr("3. Next step: what changes next week"), ""]
    if step.experiment_code:
        label = (
            Report.tr("Proposed next experiment:")
            if step.proposed
            else Report.tr("Next experiment:")
        )
        text = f"{step.experiment_code} · {step.experiment_title}"
        if step.experiment_start:
            text += " — " + Report.tr("starts {date}").format(date=fmt.date(step.experiment_start))
        out += [f"**{label}** {text}", ""]
    else:
        out += [Report.tr("No next experiment chosen or planned yet."), ""]
    if not step.saved:
        out += [Report.tr("The review meeting has not saved decisions yet."), ""]
    if step.decisions.strip():
        out += ["### " + Report.tr("Decisions"), "", step.decisions.strip(), ""]
    if step.notes.strip():
        out += ["### " + Report.tr("Notes"), "", step.notes.strip(), ""]
    return out


def write_markdown(path: Path, review: Review, fmt: LocaleFormat) -> None:
    Path(path).write_text(report_markdown(review, fmt), encoding="utf-8", newline="\n")
