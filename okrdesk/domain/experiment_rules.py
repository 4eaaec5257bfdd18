"""What an experiment must satisfy before it is saved, and the order of its statuses.

Pure functions of the values typed into the editor; the store raises with the same problems.
Each Problem names the field and a stable `code` the UI translates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields

from okrdesk.domain.okr_rules import Problem

STATUSES = ("idea", "planned", "running", "analysing", "decided")
DECISIONS = ("scale", "roll_back", "iterate", "inconclusive")
TITLE_MAX_LENGTH = 300
VARIABLE_MAX_LENGTH = 300
ICE_RANGE = (1, 10)
DURATION_RANGE = (1, 28)


@dataclass(frozen=True)
class ExperimentValues:
    """What the editor writes; status and decision change through their own functions.

    control_share: the planned share of visitors in the control arm, strictly between 0 and 1.
    planned_mde: the smallest absolute change of the primary rate to detect (0.01 = 1 point).
    """

    title: str
    hypothesis: str = ""
    variable: str = ""
    key_result_id: int | None = None
    funnel_id: int | None = None
    from_stage_id: int | None = None
    to_stage_id: int | None = None
    control_share: float = 0.5
    start_date: dt.date | None = None
    owner_id: int | None = None
    impact: int = 5
    confidence: int = 5
    ease: int = 5
    planned_mde: float | None = None
    duration_days: int = 7


VALUE_FIELDS = tuple(f.name for f in fields(ExperimentValues))


def ice_score(impact: int, confidence: int, ease: int) -> float:
    """ICE is the mean of impact, confidence and ease (DESIGN, Experiments)."""
    return (impact + confidence + ease) / 3


def experiment_problems(
    values: ExperimentValues, stages: Mapping[int, tuple[int, int]]
) -> list[Problem]:
    """Errors in the values; `stages` maps every stage id to (funnel id, position)."""
    problems: list[Problem] = []
    title = values.title.strip()
    if not title:
        problems.append(Problem("title", "title_required", "an experiment needs a title"))
    elif len(title) > TITLE_MAX_LENGTH:
        problems.append(
            Problem("title", "title_too_long", f"longer than {TITLE_MAX_LENGTH} characters")
        )
    if len(values.variable.strip()) > VARIABLE_MAX_LENGTH:
        problems.append(
            Problem(
                "variable", "variable_too_long", f"longer than {VARIABLE_MAX_LENGTH} characters"
            )
        )
    low, high = ICE_RANGE
    for name in ("impact", "confidence", "ease"):
        score = getattr(values, name)
        if not isinstance(score, int) or isinstance(score, bool) or not low <= score <= high:
            problems.append(Problem(name, "ice_range", f"{name} must be a whole number 1–10"))
    if not 0 < values.control_share < 1:
        problems.append(
            Problem("control_share", "split_range", "the control share must be between 0 and 1")
        )
    if values.planned_mde is not None and not 0 < values.planned_mde < 1:
        problems.append(
            Problem("planned_mde", "mde_range", "the planned effect must be between 0 and 1")
        )
    low, high = DURATION_RANGE
    if not low <= values.duration_days <= high:
        problems.append(
            Problem("duration_days", "duration_range", f"the duration must be {low}–{high} days")
        )
    return problems + _metric_problems(values, stages)


def _metric_problems(
    values: ExperimentValues, stages: Mapping[int, tuple[int, int]]
) -> list[Problem]:
    from_id, to_id = values.from_stage_id, values.to_stage_id
    if from_id is None and to_id is None:
        return []
    if from_id is None or to_id is None:
        return [
            Problem("to_stage_id", "metric_incomplete", "the metric needs a from and a to stage")
        ]
    if values.funnel_id is None:
        return [Problem("funnel_id", "funnel_required", "the metric's stages need a funnel")]
    for name, stage_id in (("from_stage_id", from_id), ("to_stage_id", to_id)):
        stage = stages.get(stage_id)
        if stage is None or stage[0] != values.funnel_id:
            return [Problem(name, "stage_not_in_funnel", "the stage is not in the chosen funnel")]
    if stages[from_id][1] >= stages[to_id][1]:
        return [
            Problem("to_stage_id", "stage_order", "the from stage must come before the to stage")
        ]
    return []


def allowed_statuses(current: str) -> tuple[str, ...]:
    """The statuses an editor offers: the current one, every earlier one and the next.

    Decided is never offered (a decision sets it) and, once reached, is the only choice.
    """
    if current == "decided":
        return ("decided",)
    position = STATUSES.index(current)
    return tuple(s for s in STATUSES[: position + 2] if s != "decided")


# The statuses that say the experiment's days have begun.
STARTED_STATUSES = ("running", "analysing")


def starts_later(status: str, start_date: dt.date | None, today: dt.date) -> bool:
    """True when `status` says the experiment has begun but its Day 1 is still after `today`.

    Its day tasks and its results count from Day 1, so it cannot be running before then: to
    start early, Day 1 moves to today.
    """
    return status in STARTED_STATUSES and start_date is not None and start_date > today


def decided_before_start(start_date: dt.date | None, decided_on: dt.date) -> bool:
    """True when a decision dated `decided_on` comes before the experiment's Day 1."""
    return start_date is not None and decided_on < start_date
