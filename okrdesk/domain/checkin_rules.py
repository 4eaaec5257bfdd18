"""Which day a check-in may be recorded on: one rule for the check-in dialog and the command line.

A check-in records what a key result stood at on a day, so the day must lie within the key
result's cycle (its first to its last day, both included) and never after today. One key result
has at most one check-in a day: writing another for the same day replaces it (the store does it).

Each Problem carries a stable `code` the UI translates; `message` is English for logs, tests and
the command line.
"""

from __future__ import annotations

import datetime as dt

from okrdesk.domain.okr_rules import Problem

FIELD = "checked_on"


def checkin_days(
    cycle_start: dt.date, cycle_end: dt.date, today: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The first and last day a check-in may be recorded on; None while the cycle has not begun."""
    last = min(cycle_end, today)
    return (cycle_start, last) if cycle_start <= last else None


def default_checkin_day(cycle_start: dt.date, cycle_end: dt.date, today: dt.date) -> dt.date:
    """Today, or the cycle's last day once it is over (its first day if it has not begun)."""
    return max(cycle_start, min(cycle_end, today))


def checkin_day_problem(
    day: dt.date, cycle_start: dt.date, cycle_end: dt.date, today: dt.date
) -> Problem | None:
    """Why a check-in cannot be recorded on `day`, or None when it can."""
    if day > today:
        return Problem(
            FIELD, "future_day", f"{day} is in the future; a check-in can be dated up to {today}"
        )
    if day < cycle_start:
        return Problem(
            FIELD, "before_cycle", f"{day} is before the cycle, which starts on {cycle_start}"
        )
    if day > cycle_end:
        return Problem(FIELD, "after_cycle", f"{day} is after the cycle, which ends on {cycle_end}")
    return None
