"""Weeks as the workspace counts them: the first day of a week, the last full one, ISO labels.

`first_weekday` is the workspace's `week_start` setting: 0 = Monday … 6 = Sunday. Standard
library only: the dashboard uses it at start-up.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def week_start_of(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the week containing `day`."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def last_full_week(today: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of the last week that ended before `today`."""
    return week_start_of(today, first_weekday) - dt.timedelta(weeks=1)


def parse_iso_week(text: str, first_weekday: int = 0) -> dt.date:
    """ "2026-W47" → the first day of the workspace week holding that ISO week's Monday.

    Raises ValueError naming the text when it is not YYYY-Www or the week does not exist.
    """
    match = _ISO_WEEK.match(text.strip())
    if not match:
        raise ValueError(f"week {text!r} is not written like 2026-W47")
    year, number = int(match[1]), int(match[2])
    try:
        monday = dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        raise ValueError(f"week {text!r} does not exist: {year} has no week {number}") from None
    return week_start_of(monday, first_weekday)


def iso_week_label(day: dt.date) -> str:
    """2026-11-16 → "2026-W47" (the ISO week of the day)."""
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"
