"""KPIs: health metrics kept beside the OKRs, judged against a green and a red threshold.

Pure functions, no Qt, no database.

Rules:
- higher_is_better: green at or above the green threshold, red at or below the red one.
- lower is better: green at or below the green threshold, red at or above the red one.
- Between the two thresholds: amber. Green is checked first, so equal thresholds leave no
  amber band, and a value on the green threshold is green.
- No value yet: no status (None); silence is never green.
- Valid thresholds lie on the right side of each other: green > red when higher is better,
  green < red otherwise; equal thresholds are allowed (a metric that is either fine or not).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

NAME_MAX_LENGTH = 200
UNITS = ("number", "percent", "currency")


class KpiStatus(str, Enum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def kpi_status(
    value: float | None, green: float, red: float, higher_is_better: bool
) -> KpiStatus | None:
    """Where a value stands against the thresholds; None when there is no value."""
    if value is None or math.isnan(value):
        return None
    if higher_is_better:
        if value >= green:
            return KpiStatus.GREEN
        return KpiStatus.RED if value <= red else KpiStatus.AMBER
    if value <= green:
        return KpiStatus.GREEN
    return KpiStatus.RED if value >= red else KpiStatus.AMBER


@dataclass(frozen=True)
class KpiValues:
    """What the KPI editor edits."""

    name: str
    unit: str
    team_id: int | None
    higher_is_better: bool
    green_threshold: float
    red_threshold: float


@dataclass(frozen=True)
class KpiProblem:
    field: str
    code: str
    message: str


def validate_kpi(values: KpiValues) -> list[KpiProblem]:
    """The errors that keep a KPI from being saved; empty when it can be."""
    problems = []
    if not values.name.strip():
        problems.append(KpiProblem("name", "name_required", "A name is required."))
    elif len(values.name) > NAME_MAX_LENGTH:
        message = f"The name is longer than {NAME_MAX_LENGTH} characters."
        problems.append(KpiProblem("name", "name_too_long", message))
    if values.unit not in UNITS:
        problems.append(KpiProblem("unit", "unit_known", f"Unknown unit {values.unit!r}."))
    green, red = values.green_threshold, values.red_threshold
    if not (math.isfinite(green) and math.isfinite(red)):
        problems.append(
            KpiProblem("green_threshold", "thresholds_finite", "Thresholds must be numbers.")
        )
    elif values.higher_is_better and green < red:
        problems.append(
            KpiProblem(
                "green_threshold",
                "green_below_red",
                "When higher is better, the green threshold cannot be below the red one.",
            )
        )
    elif not values.higher_is_better and green > red:
        problems.append(
            KpiProblem(
                "green_threshold",
                "green_above_red",
                "When lower is better, the green threshold cannot be above the red one.",
            )
        )
    return problems
