"""The day and time the screens work with: the system clock, unless a day is set.

Every screen asks here instead of `datetime.date.today()`, so one setting moves them all: the
tests pin the day their demo was built for, and `OKRDESK_TODAY` (an ISO date) pins it for a
reproducible screenshot or demo.
"""

from __future__ import annotations

import datetime as dt
import os

_pinned: dt.date | None = None


def _from_environment() -> dt.date | None:
    text = os.environ.get("OKRDESK_TODAY", "").strip()
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def pin(day: dt.date | None) -> None:
    """Make `today()` return `day` from now on (None: the system clock again)."""
    global _pinned
    _pinned = day


def today() -> dt.date:
    """The day the screens treat as today."""
    return _pinned or _from_environment() or dt.date.today()


def now() -> dt.datetime:
    """The local time now, on `today()`'s date (seconds precision)."""
    moment = dt.datetime.now().replace(microsecond=0)
    day = today()
    return moment if moment.date() == day else dt.datetime.combine(day, moment.time())
