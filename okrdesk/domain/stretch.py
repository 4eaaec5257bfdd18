"""Stretch scoring at the cycle's close: which objectives landed in the 0.6–0.7 sweet spot,
and which were sandbagged (scored 1.0 and got there early).

Rules (README, "How okrdesk decides"):
- Sweet spot: the objective's score is 0.6 or 0.7 (`okr.is_stretch_success`).
- Sandbagged: the objective's score is 1.0 and every one of its increase, decrease and yes/no
  key results had a check-in at full progress by the end of the day on which two thirds of
  the cycle had passed (`early_until`: day 61 of a 92-day quarter). Stay-above and stay-below
  key results are kept rather than reached, so they do not count either way; an objective
  with none of the other kinds is never called sandbagged.

Pure functions: no clock, no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from okrdesk.domain import okr

EARLY_SHARE = 2 / 3  # reaching 1.0 within this share of the cycle is "early"
# The kinds a key result is driven towards; stay above/below are held, not reached.
REACHED_KINDS = frozenset({"increase", "decrease", "binary"})

Verdict = Literal["sweet_spot", "sandbagged"]


def early_until(cycle_start: dt.date, cycle_end: dt.date) -> dt.date:
    """The last day on which reaching 1.0 is early: when two thirds of the cycle have passed
    (the day counted as elapsed, as `okr.expected_progress` does), rounded down."""
    length = (cycle_end - cycle_start).days + 1
    return cycle_start + dt.timedelta(days=max(math.floor(length * EARLY_SHARE + 1e-9), 1) - 1)


def reached_full_on(
    kind: str, start: float, target: float, checkins: Sequence[tuple[dt.date, float]]
) -> dt.date | None:
    """The first check-in day at full progress of an increase, decrease or yes/no key result;
    None if it never got there, or for a stay-above/below key result."""
    if kind not in REACHED_KINDS:
        return None
    for day, value in sorted(checkins):
        if okr.progress(kind, start, target, value) >= 1.0:
            return day
    return None


def verdict(
    score: float,
    reached_days: Sequence[dt.date | None],
    cycle_start: dt.date,
    cycle_end: dt.date,
) -> Verdict | None:
    """An objective's stretch verdict from its score and the days its increase, decrease and
    yes/no key results first reached full progress (None: never)."""
    if okr.is_stretch_success(score):
        return "sweet_spot"
    if okr.score(score) < 1.0 or not reached_days:
        return None
    deadline = early_until(cycle_start, cycle_end)
    if all(day is not None and day <= deadline for day in reached_days):
        return "sandbagged"
    return None


@dataclass(frozen=True)
class ObjectiveStretch:
    """What the stretch verdict of one objective is judged on, grades aside."""

    objective_id: int
    title: str
    weights: tuple[tuple[int, float], ...]  # (key result id, weight)
    reached_days: tuple[dt.date | None, ...]  # of its increase, decrease and yes/no KRs

    def score(self, grades: dict[int, float]) -> float | None:
        """The objective's score from its key results' grades, as closing computes it."""
        mean = okr.objective_progress(
            (grades[kr_id], weight) for kr_id, weight in self.weights if kr_id in grades
        )
        return None if mean is None else okr.score(mean)


@dataclass(frozen=True)
class ScoredObjective:
    title: str
    score: float
    verdict: Verdict | None


def judge(
    objectives: Sequence[ObjectiveStretch],
    grades: dict[int, float],
    cycle_start: dt.date,
    cycle_end: dt.date,
) -> list[ScoredObjective]:
    """Every objective with a score, in the given order, with its verdict."""
    judged = []
    for objective in objectives:
        score = objective.score(grades)
        if score is not None:
            found = verdict(score, objective.reached_days, cycle_start, cycle_end)
            judged.append(ScoredObjective(objective.title, score, found))
    return judged


@dataclass(frozen=True)
class CycleScores:
    """A closed cycle's objectives with their scores and stretch verdicts (the report's)."""

    cycle: str
    start: dt.date
    end: dt.date
    objectives: tuple[ScoredObjective, ...]

    @property
    def sweet_spot(self) -> tuple[ScoredObjective, ...]:
        return tuple(o for o in self.objectives if o.verdict == "sweet_spot")

    @property
    def sandbagged(self) -> tuple[ScoredObjective, ...]:
        return tuple(o for o in self.objectives if o.verdict == "sandbagged")

    @property
    def early_until(self) -> dt.date:
        return early_until(self.start, self.end)
