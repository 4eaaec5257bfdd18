"""The close dialog's line on stretch scoring: the objectives in the 0.6–0.7 sweet spot and
the sandbagged ones (domain.stretch), from the grades as they stand in the dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QLocale

from okrdesk.domain.stretch import ObjectiveStretch, early_until, judge
from okrdesk.reports.text import Context
from okrdesk.ui.common.formatting import format_date


class StretchText(Context):
    """Sentences of this module, in the `StretchText` translation context."""


def _names(pairs: Sequence[tuple[str, float]]) -> str:
    locale = QLocale()
    return StretchText.tr(", ").join(
        StretchText.tr("{title} ({score})").format(
            title=title, score=locale.toString(score, "f", 1)
        )
        for title, score in pairs
    )


def stretch_text(
    objectives: Sequence[ObjectiveStretch],
    grades: dict[int, float],
    cycle_start: dt.date,
    cycle_end: dt.date,
) -> str:
    """One line for the sweet spot, one for the sandbagged objectives (when there are any)."""
    judged = judge(objectives, grades, cycle_start, cycle_end)
    sweet = [(o.title, o.score) for o in judged if o.verdict == "sweet_spot"]
    sandbagged = [(o.title, o.score) for o in judged if o.verdict == "sandbagged"]
    if sweet:
        lines = [
            StretchText.tr("In the stretch sweet spot (0.6–0.7): {objectives}.").format(
                objectives=_names(sweet)
            )
        ]
    else:
        lines = [StretchText.tr("No objective in the stretch sweet spot (0.6–0.7).")]
    if sandbagged:
        lines.append(
            StretchText.tr(
                "Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}."
            ).format(
                date=format_date(early_until(cycle_start, cycle_end)), objectives=_names(sandbagged)
            )
        )
    return "\n".join(lines)
