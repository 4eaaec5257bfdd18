"""What a check-in must satisfy before it is written, whoever writes it.

The check-in dialog and `okrdesk checkin` take values under the same rules:
- a value is a finite number within ±VALUE_LIMIT, with at most `value_decimals` decimals (the
  key result's own decimals, else whole amounts of money and hundredths otherwise: what the
  dialog's value box takes);
- a yes/no (binary) key result takes 1 (done) or 0 (not done);
- confidence is a whole number from 0 to 10;
- the day lies within the key result's cycle (both ends included) and not after today;
- a closed cycle takes no check-ins.

One key result has at most one check-in a day: writing another for the same day replaces it (the
store does it).

Each Problem names the field and a stable `code`; `message` is a Text (CheckinRules) with the
numbers, English when printed and the user's language where a screen or the command line says it.
"""

from __future__ import annotations

import datetime as dt
import math

from okrdesk.domain.okr import KrKind
from okrdesk.domain.okr_rules import Problem
from okrdesk.domain.text import Words

FIELD = "checked_on"
VALUE_LIMIT = 1e12
CONFIDENCE_RANGE = (0, 10)
# The confidence offered for a key result that has none yet.
DEFAULT_CONFIDENCE = 5


class CheckinRules(Words):
    """Why a check-in is refused (the command line says these; the dialog prevents them)."""


def value_decimals(unit: str, decimals: int | None = None) -> int:
    """How many decimals a check-in value of this unit may have: the key result's own number
    of decimals when it has one, else none for money and two otherwise."""
    if decimals is not None:
        return decimals
    return 0 if unit == "currency" else 2


def _shown(value: float) -> str:
    """A value as typed: 200000.5, 12, 1e+13 (never rounded to six digits as :g would)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def value_problems(
    kind: str, unit: str, value: float, decimals: int | None = None
) -> list[Problem]:
    """What is wrong with a value for a key result of this kind and unit."""
    if not math.isfinite(value):
        return [
            Problem(
                "value",
                "not_finite",
                CheckinRules.tr("the value must be a number, not {value}").format(value=value),
            )
        ]
    if KrKind(kind) is KrKind.BINARY:
        if value not in (0.0, 1.0):
            message = CheckinRules.tr("a yes/no key result takes 1 or 0, not {value}")
            message = message.format(value=_shown(value))
            return [Problem("value", "binary", message)]
        return []
    if abs(value) > VALUE_LIMIT:
        beyond = CheckinRules.tr("the value {value} is beyond ±{limit}")
        return [
            Problem("value", "limit", beyond.format(value=_shown(value), limit=f"{VALUE_LIMIT:g}"))
        ]
    decimals = value_decimals(unit, decimals)
    if round(value, decimals) != value:
        return [
            Problem(
                "value",
                "decimals",
                CheckinRules.tr(
                    "the value {value} has more than %n decimal(s), which this key result "
                    "does not take",
                    None,
                    decimals,
                ).format(value=_shown(value)),
            )
        ]
    return []


def confidence_problems(confidence: int | None) -> list[Problem]:
    low, high = CONFIDENCE_RANGE
    if confidence is not None and not low <= confidence <= high:
        return [
            Problem(
                "confidence",
                "range",
                CheckinRules.tr(
                    "the confidence must be from {low} to {high}, not {confidence}"
                ).format(low=low, high=high, confidence=confidence),
            )
        ]
    return []


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
    """Why a check-in cannot be recorded on `day` of an open cycle, or None when it can."""
    if day > today:
        future = CheckinRules.tr("{day} is in the future; a check-in can be dated up to {today}")
        return Problem(FIELD, "future_day", future.format(day=day, today=today))
    if day < cycle_start:
        before = CheckinRules.tr("{day} is before the cycle, which starts on {start}")
        return Problem(FIELD, "before_cycle", before.format(day=day, start=cycle_start))
    if day > cycle_end:
        after = CheckinRules.tr("{day} is after the cycle, which ends on {end}")
        return Problem(FIELD, "after_cycle", after.format(day=day, end=cycle_end))
    return None


def day_problems(
    day: dt.date, cycle_start: dt.date, cycle_end: dt.date, today: dt.date, *, closed: bool
) -> list[Problem]:
    """What is wrong with checking in on `day` in a cycle from cycle_start to cycle_end."""
    if closed:
        return [
            Problem(FIELD, "closed", CheckinRules.tr("the cycle is closed; it takes no check-ins"))
        ]
    problem = checkin_day_problem(day, cycle_start, cycle_end, today)
    return [problem] if problem else []
