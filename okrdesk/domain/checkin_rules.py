"""What a check-in must satisfy before it is written, whoever writes it.

The check-in dialog and `okrdesk checkin` take values under the same rules:
- a value is a finite number within ±VALUE_LIMIT, with at most `value_decimals(unit)` decimals
  (whole amounts of money, hundredths otherwise: what the dialog's value box takes);
- a yes/no (binary) key result takes 1 (done) or 0 (not done);
- confidence is a whole number from 0 to 10;
- the day lies within the key result's cycle (both ends included) and not after today;
- a closed cycle takes no check-ins.

Each Problem names the field and a stable `code`; `message` is English with the numbers.
"""

from __future__ import annotations

import datetime as dt
import math

from okrdesk.domain.okr import KrKind
from okrdesk.domain.okr_rules import Problem

VALUE_LIMIT = 1e12
CONFIDENCE_RANGE = (0, 10)
#: The confidence offered for a key result that has none yet.
DEFAULT_CONFIDENCE = 5


def value_decimals(unit: str) -> int:
    """How many decimals a check-in value of this unit may have."""
    return 0 if unit == "currency" else 2


def _shown(value: float) -> str:
    """A value as typed: 200000.5, 12, 1e+13 (never rounded to six digits as :g would)."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def value_problems(kind: str, unit: str, value: float) -> list[Problem]:
    """What is wrong with a value for a key result of this kind and unit."""
    if not math.isfinite(value):
        return [Problem("value", "not_finite", f"the value must be a number, not {value}")]
    if KrKind(kind) is KrKind.BINARY:
        if value not in (0.0, 1.0):
            message = f"a yes/no key result takes 1 or 0, not {_shown(value)}"
            return [Problem("value", "binary", message)]
        return []
    if abs(value) > VALUE_LIMIT:
        return [Problem("value", "limit", f"the value {_shown(value)} is beyond ±{VALUE_LIMIT:g}")]
    decimals = value_decimals(unit)
    if round(value, decimals) != value:
        return [
            Problem(
                "value",
                "decimals",
                f"the value {_shown(value)} has more than {decimals} decimals, "
                f"which a {unit} key result does not take",
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
                f"the confidence must be from {low} to {high}, not {confidence}",
            )
        ]
    return []


def day_problems(
    day: dt.date, cycle_start: dt.date, cycle_end: dt.date, today: dt.date, *, closed: bool
) -> list[Problem]:
    """What is wrong with checking in on `day` in a cycle from cycle_start to cycle_end."""
    if closed:
        return [Problem("checked_on", "closed", "the cycle is closed; it takes no check-ins")]
    if day > today:
        return [Problem("checked_on", "future", f"{day} is in the future (today is {today})")]
    if not cycle_start <= day <= cycle_end:
        return [
            Problem(
                "checked_on",
                "outside_cycle",
                f"{day} is outside the cycle ({cycle_start} to {cycle_end})",
            )
        ]
    return []
