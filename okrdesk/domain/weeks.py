"""Weeks as the workspace counts them: the first day of a week, the last full one, ISO labels.

`first_weekday` is the workspace's `week_start` setting: 0 = Monday … 6 = Sunday. Standard
library only: the dashboard uses it at start-up.
"""

from __future__ import annotations

import datetime as dt
import re

from okrdesk.domain.text import Words

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class Weeks(Words):
    """Refusals of a week written by the user (okrdesk report --week)."""


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
        raise ValueError(
            Weeks.tr("week {text} is not written like 2026-W47").format(text=repr(text))
        )
    year, number = int(match[1]), int(match[2])
    try:
        monday = dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        missing = Weeks.tr("week {text} does not exist: {year} has no week {number}")
        raise ValueError(missing.format(text=repr(text), year=year, number=number)) from None
    return week_start_of(monday, first_weekday)


def iso_week_label(day: dt.date) -> str:
    """2026-11-16 → "2026-W47" (the ISO week of the day)."""
    year, number, _ = day.isocalendar()
    return f"{year}-W{number:02d}"


def share_in_period(week: dt.date, first_day: dt.date, last_day: dt.date) -> float:
    """The share of the 7-day week starting `week` whose days fall in first_day..last_day
    (both inclusive): 0.0, k/7 or 1.0.

    A week's money (spend, revenue) and counts are spread evenly over its days, so a week
    that straddles a cycle's start or end counts for the cycle by its days inside it.
    """
    week_end = week + dt.timedelta(days=6)
    days = (min(week_end, last_day) - max(week, first_day)).days + 1
    return max(days, 0) / 7
