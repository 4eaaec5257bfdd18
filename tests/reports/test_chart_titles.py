"""The report's charts name every objective in full: a long title wraps, it is not cut."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from okrdesk.domain.review import CycleProgress, NextStep, ObjectiveProgress, Review
from okrdesk.reports.charts import cycle_chart
from okrdesk.reports.locale_format import LocaleFormat

LONG = "Respond faster and win more of the deals we work on, from the first reply to the close"


def review_of(*titles: str) -> Review:
    week = dt.date(2026, 11, 16)
    return Review(
        workspace="Team",
        currency="EUR",
        week=week,
        meeting_week=week + dt.timedelta(weeks=1),
        cycle=CycleProgress(
            name="2026 Q4",
            start=dt.date(2026, 10, 1),
            end=dt.date(2026, 12, 31),
            progress=0.5,
            expected=0.6,
            status_counts={},
            objectives=tuple(ObjectiveProgress(t, 0.5, "on_track") for t in titles),
        ),
        key_results=(),
        funnel_steps=(),
        experiments=(),
        next_step=NextStep(False, None, None, None, False, "", "", ""),
    )


def test_a_long_objective_title_wraps_onto_a_taller_row_instead_of_being_cut(qapp):
    fmt = LocaleFormat(QLocale(QLocale.Language.English), "EUR")
    short = cycle_chart(review_of("Keep customers"), fmt, 96)
    long = cycle_chart(review_of(LONG), fmt, 96)
    assert long.height > short.height  # room for the title's further lines
    both = cycle_chart(review_of("Keep customers", LONG), fmt, 96)
    assert both.height == long.height + short.height - (26 + 10)  # one row more
