"""The review as Markdown with GitHub-style tables: the same blocks and numbers as the PDF,
without the charts (their numbers are in the tables)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from okrdesk.domain.review import Review, brief_text, status_reason
from okrdesk.reports.html import (
    DECISION_LABELS,
    STATUS_LABELS,
    arm_rows,
    report_title,
    tr,
    verdict_lines,
)
from okrdesk.reports.locale_format import LocaleFormat


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
    out = [f"# {title}", "", f"{review.workspace} · {subtitle}", "", f"## {tr('Brief')}", ""]
    out += [brief_text(review, fmt), ""]
    out += _variance(review, fmt)
    out += _experiments(review, fmt)
    out += _next_step(review, fmt)
    return "\n".join(out).rstrip("\n") + "\n"


def _variance(review: Review, fmt: LocaleFormat) -> list[str]:
    out = [f"## {tr('1. Variance: what moved')}", ""]
    cycle = review.cycle
    if cycle is not None:
        out += [f"### {tr('Cycle progress')}", ""]
        out += [
            tr("{cycle}: {progress} done, {expected} expected by {date}.").format(
                cycle=cycle.name,
                progress=fmt.percent(cycle.progress, 0),
                expected=fmt.percent(cycle.expected, 0),
                date=fmt.date(min(review.week_end, cycle.end)),
            ),
            "",
        ]
        rows = [
            [o.title, fmt.percent(o.progress, 0), tr(STATUS_LABELS.get(o.status, o.status))]
            for o in cycle.objectives
        ]
        out += [_table([tr("Objective"), tr("Progress"), tr("Status")], rows, (1,)), ""]
    out += [f"### {tr('Funnel steps, week over week')}", ""]
    if review.funnel_steps:
        several = len({s.funnel for s in review.funnel_steps}) > 1
        rows = []
        for s in review.funnel_steps:
            step = f"{s.from_stage} → {s.to_stage}"
            change = fmt.points(s.change)
            rows.append(
                [
                    f"{s.funnel}: {step}" if several else step,
                    f"{fmt.percent(s.previous_rate)} ({fmt.integer(s.previous_to_count)}/"
                    f"{fmt.integer(s.previous_from_count)})",
                    f"{fmt.percent(s.rate)} ({fmt.integer(s.to_count)}/"
                    f"{fmt.integer(s.from_count)})",
                    f"**{change}**" if s.significant else change,
                    fmt.p_value(s.p_value),
                    tr("Yes") if s.significant else tr("No"),
                ]
            )
        headers = [
            tr("Step"),
            tr("Week before"),
            tr("This week"),
            tr("Change"),
            tr("p-value"),
            tr("Significant"),
        ]
        out += [_table(headers, rows, (1, 2, 3)), ""]
    else:
        out += [tr("No funnel data for this week."), ""]

    if not review.key_results:
        return [
            *out,
            f"### {tr('Key results')}",
            "",
            tr("No key results in a cycle of this week."),
            "",
        ]
    out += [f"### {tr('Key results that moved')}", ""]
    if review.changed_key_results:
        rows = [
            [
                k.title,
                fmt.kr_value(k.previous, k.kind, k.unit),
                fmt.kr_value(k.current, k.kind, k.unit),
                fmt.kr_change(k.change, k.kind, k.unit),
                fmt.percent(k.progress, 0),
                tr(STATUS_LABELS[k.status]),
            ]
            for k in review.changed_key_results
        ]
        headers = [
            tr("Key result"),
            tr("Before"),
            tr("Now"),
            tr("Change"),
            tr("Progress"),
            tr("Status"),
        ]
        out += [_table(headers, rows, (1, 2, 3, 4)), ""]
    else:
        out += [tr("No key result moved this week."), ""]

    out += [f"### {tr('Off track and at risk')}", ""]
    if review.behind:
        rows = [
            [
                k.title,
                k.owner,
                fmt.percent(k.progress, 0),
                fmt.percent(k.expected, 0),
                tr(STATUS_LABELS[k.status]),
                status_reason(k, fmt),
            ]
            for k in review.behind
        ]
        headers = [
            tr("Key result"),
            tr("Owner"),
            tr("Progress"),
            tr("Expected"),
            tr("Status"),
            tr("Why"),
        ]
        out += [_table(headers, rows, (2, 3)), ""]
    else:
        out += [tr("Every key result is on track or done."), ""]

    out += [f"### {tr('Key results that need an update')}", ""]
    if review.needs_update:
        rows = [
            [
                k.title,
                k.owner,
                fmt.date(k.last_checkin) if k.last_checkin else tr("never"),
                fmt.integer(k.days_silent) if k.days_silent is not None else "—",
            ]
            for k in review.needs_update
        ]
        headers = [tr("Key result"), tr("Owner"), tr("Last check-in"), tr("Days silent")]
        out += [_table(headers, rows, (3,)), ""]
    else:
        out += [tr("Every key result was checked in recently."), ""]
    return out


def _experiments(review: Review, fmt: LocaleFormat) -> list[str]:
    out = [f"## {tr('2. Experiments: what they showed')}", ""]
    if not review.experiments:
        return [*out, tr("No experiment ended or ran this week."), ""]
    for e in review.experiments:
        phase = (tr("ended {date}") if e.phase == "ended" else tr("running since {date}")).format(
            date=fmt.date(e.end if e.phase == "ended" else e.start)
        )
        facts = [phase]
        if e.metric:
            facts.append(tr("metric: {metric}").format(metric=e.metric))
        if e.variable:
            facts.append(tr("variable: {variable}").format(variable=e.variable))
        out += [f"### {e.code} · {e.title}", "", " · ".join(facts), ""]
        if not e.variants:
            out += [tr("No results entered yet."), ""]
            continue
        headers = [tr("Arm"), tr("Visitors"), tr("Conversions"), tr("Rate")]
        out += [_table(headers, arm_rows(e, fmt), (1, 2, 3)), ""]
        for head, line in verdict_lines(e, fmt):
            out += [f"**{head}** {line}", ""]
        if e.decision:
            out += [f"**{tr('Decision:')}** {tr(DECISION_LABELS[e.decision])}.", ""]
        if e.learnings:
            out += [f"**{tr('Learnings:')}** {e.learnings}", ""]
    return out


def _next_step(review: Review, fmt: LocaleFormat) -> list[str]:
    step = review.next_step
    out = [f"## {tr('3. Next step: what changes next week')}", ""]
    if step.experiment_code:
        label = tr("Proposed next experiment:") if step.proposed else tr("Next experiment:")
        text = f"{step.experiment_code} · {step.experiment_title}"
        if step.experiment_start:
            text += " — " + tr("starts {date}").format(date=fmt.date(step.experiment_start))
        out += [f"**{label}** {text}", ""]
    else:
        out += [tr("No next experiment chosen or planned yet."), ""]
    if not step.saved:
        out += [tr("The review meeting has not saved decisions yet."), ""]
    if step.decisions.strip():
        out += [f"### {tr('Decisions')}", "", step.decisions.strip(), ""]
    if step.notes.strip():
        out += [f"### {tr('Notes')}", "", step.notes.strip(), ""]
    return out


def write_markdown(path: Path, review: Review, fmt: LocaleFormat) -> None:
    Path(path).write_text(report_markdown(review, fmt), encoding="utf-8", newline="\n")
