"""The scores of a recently closed cycle, for the weekly review of a week.

Rule: the review of a week shows the latest closed cycle that was running in that week or in
the four weeks before it (so the first reviews of a new quarter still show how the last one
closed); None when there is no such cycle.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from okrdesk.domain.stretch import CycleScores, judge
from okrdesk.store.okr.queries import list_cycles
from okrdesk.store.okr.stretch import stored_grades, stretch_facts

RECENT_WEEKS = 4


def closed_cycle_scores(connection: Connection, week: dt.date) -> CycleScores | None:
    """The scores and stretch verdicts of the closed cycle the review of `week` shows."""
    week_end = week + dt.timedelta(days=6)
    since = week - dt.timedelta(weeks=RECENT_WEEKS)
    recent = [
        c
        for c in list_cycles(connection)
        if c.closed and c.start_date <= week_end and c.end_date >= since
    ]
    if not recent:
        return None
    cycle = max(recent, key=lambda c: (c.end_date, c.id))
    objectives = judge(
        stretch_facts(connection, cycle.id),
        stored_grades(connection, cycle.id),
        cycle.start_date,
        cycle.end_date,
    )
    return CycleScores(cycle.name, cycle.start_date, cycle.end_date, tuple(objectives))
