"""Status names, colours and the rule behind a status, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from okrdesk.domain.okr import Status, StatusResult, StatusRule
from okrdesk.reports.review_table import status_label
from okrdesk.reports.text import Context, shown
from okrdesk.ui.common.formatting import format_date

CONTEXT = "OkrTreeModel"


class StatusTexts(Context):
    """The counted sentences of the status tooltips (plural forms)."""


def status_name(status: str) -> str:
    """A status as its chip shows it ("On track"), from domain.words; unknown keys as stored."""
    return status_label(status)


# (chip background, text) — text colours meet WCAG AA on their backgrounds.
STATUS_COLOURS = {
    Status.DONE: ("#dbeafe", "#1e3a8a"),
    Status.ON_TRACK: ("#dcfce7", "#14532d"),
    Status.AT_RISK: ("#fef3c7", "#78350f"),
    Status.OFF_TRACK: ("#fee2e2", "#7f1d1d"),
    Status.NEEDS_UPDATE: ("#e2e8f0", "#1e293b"),
}

RULE_TEXTS = {
    StatusRule.DONE: QT_TRANSLATE_NOOP("OkrTreeModel", "The target is reached."),
    StatusRule.NO_CHECKIN: QT_TRANSLATE_NOOP("OkrTreeModel", "No check-in yet."),
    StatusRule.OFF_TRACK_PACE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "Behind pace by {gap} (more than {limit})."
    ),
    StatusRule.OFF_TRACK_CONFIDENCE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "Confidence {confidence} ({limit} or less)."
    ),
    StatusRule.AT_RISK_PACE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "Behind pace by {gap} (more than {limit})."
    ),
    StatusRule.AT_RISK_CONFIDENCE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "Confidence {confidence} ({limit} or less)."
    ),
    StatusRule.ON_TRACK: QT_TRANSLATE_NOOP("OkrTreeModel", "Within {limit} of the pace."),
    StatusRule.OUTSIDE_RANGE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "The latest value is outside its range (limit {limit})."
    ),
    StatusRule.INSIDE_RANGE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "The latest value is inside its range (limit {limit})."
    ),
    StatusRule.DONE_INSIDE_RANGE: QT_TRANSLATE_NOOP(
        "OkrTreeModel", "Inside its range at the cycle's end."
    ),
    StatusRule.PAST_DUE: QT_TRANSLATE_NOOP("OkrTreeModel", "Not done by its due date, {due}."),
    StatusRule.BEFORE_DUE: QT_TRANSLATE_NOOP("OkrTreeModel", "Not done yet; due {due}."),
}


PACE_RULES = frozenset({StatusRule.OFF_TRACK_PACE, StatusRule.AT_RISK_PACE, StatusRule.ON_TRACK})
RANGE_RULES = frozenset({StatusRule.OUTSIDE_RANGE, StatusRule.INSIDE_RANGE})


def _number(value: float | None, decimals: int) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", decimals)


def _limit(result: StatusResult) -> str:
    """The setting (or the range's bound) the rule compared against, in the user's locale."""
    if result.code in RANGE_RULES and result.threshold is not None:
        return QLocale().toString(float(result.threshold), "g", 12)
    return _number(result.threshold, 2 if result.code in PACE_RULES else 0)


def status_tooltip(result: StatusResult) -> str:
    """ "At risk: behind pace by 0.27 (more than 0.20)." — the status and the rule behind it."""
    due = result.due
    template = (
        StatusTexts.tr(
            "No check-in for %Ln day(s) (more than {limit}).", None, int(result.days_silent or 0)
        )
        if result.code == StatusRule.STALE
        else QCoreApplication.translate(CONTEXT, RULE_TEXTS[result.code])
    )
    rule = template.format(
        gap=_number(result.gap, 2),
        confidence=_number(result.confidence, 0),
        limit=_limit(result),
        due="" if due is None else format_date(due),
    )
    name = status_name(result.status)
    return f"{name}: {rule}"


def _warning_text(code: str, count: int) -> str | None:
    """The soft limit `code` with the count that went past it; None for an unknown code."""
    if code == "too_many_objectives":
        return StatusTexts.tr(
            "%Ln objective(s) for this team in this cycle: more than 5 spreads it thin.",
            None,
            count,
        )
    if code == "too_few_key_results":
        return StatusTexts.tr(
            "%Ln key result(s): fewer than 2 cannot show the objective is met.", None, count
        )
    if code == "too_many_key_results":
        return StatusTexts.tr(
            "%Ln key result(s): more than 5 — focus on the few that matter.", None, count
        )
    return None


def warning_texts(node) -> list[str]:
    """The soft limits an objective goes past, as sentences for its tooltip."""
    texts = []
    for problem in node.warnings:
        count = (
            node.objectives_in_team
            if problem.code == "too_many_objectives"
            else len(node.key_result_nodes())
        )
        texts.append(_warning_text(problem.code, count) or shown(problem.message))
    return texts
