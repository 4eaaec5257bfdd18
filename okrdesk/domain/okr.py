"""OKR arithmetic: key-result progress, objective roll-up, pace, status, score and forecast.

The rules are those of DESIGN.md ("Domain rules" → OKR). Everything here is a pure function of
its arguments: no clock, no database, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Literal

# Float noise must not tip a comparison against a threshold or a half-tenth when rounding:
# 0.9 - 0.7 is 0.20000000000000007, which is not "behind by more than 0.2".
_EPSILON = 1e-9


class KrKind(str, Enum):
    """How a key result's current value is judged against its start and target."""

    INCREASE = "increase"
    DECREASE = "decrease"
    STAY_ABOVE = "stay_above"
    STAY_BELOW = "stay_below"
    BINARY = "binary"


# --- key results ---------------------------------------------------------------------------


def attainment(
    kind: KrKind | str, start: float, target: float, current: float | None
) -> float | None:
    """The share of the way from start to target, not capped above 1 (1.1667 is 117 %).

    Moving the wrong way is 0. None when there is no check-in yet, or when an increase or
    decrease KR has target == start (the rate is undefined). stay_above, stay_below and binary
    give 1.0 or 0.0. Raises ValueError for an unknown kind, a non-finite number, or an
    increase (decrease) KR whose target is below (above) its start.
    """
    kind = KrKind(kind)
    _check_finite(start=start, target=target, current=current)
    if current is None:
        return None
    if kind is KrKind.STAY_ABOVE:
        return 1.0 if current >= target else 0.0
    if kind is KrKind.STAY_BELOW:
        return 1.0 if current <= target else 0.0
    if kind is KrKind.BINARY:
        return 1.0 if current >= 1 else 0.0
    span, moved = _span_and_move(kind, start, target, current)
    if span == 0:
        return None
    return max(moved / span, 0.0)


def progress(kind: KrKind | str, start: float, target: float, current: float | None) -> float:
    """Attainment clamped to 0..1: what scores and rolls up. No check-in yet is 0.0.

    A zero-span increase/decrease KR (target == start) is 1.0 when current is at or beyond the
    target in the KR's direction, else 0.0.
    """
    kind = KrKind(kind)
    value = attainment(kind, start, target, current)
    if value is not None:
        return min(value, 1.0)
    if current is None:
        return 0.0
    return 1.0 if _reached(kind, target, current) else 0.0


def _span_and_move(
    kind: KrKind, start: float, target: float, current: float
) -> tuple[float, float]:
    """The distance to cover and the distance covered, both positive in the KR's direction."""
    if kind is KrKind.INCREASE:
        span, moved = target - start, current - start
    else:
        span, moved = start - target, start - current
    if span < 0:
        raise ValueError(f"{kind.value} KR with start {start:g} and target {target:g}")
    return span, moved


def _reached(kind: KrKind, target: float, current: float) -> bool:
    return current >= target if kind is KrKind.INCREASE else current <= target


def _check_finite(**numbers: float | None) -> None:
    for name, number in numbers.items():
        if number is not None and not math.isfinite(number):
            raise ValueError(f"{name} must be a finite number, not {number!r}")


# --- objectives and pace -------------------------------------------------------------------


def objective_progress(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Weighted mean of (progress, weight) pairs; None when there are none.

    Raises ValueError for a weight that is not > 0.
    """
    pairs = list(pairs)
    if not pairs:
        return None
    for _, weight in pairs:
        if not weight > 0:
            raise ValueError(f"a key result's weight must be > 0, not {weight!r}")
    total = math.fsum(weight for _, weight in pairs)
    return math.fsum(value * weight for value, weight in pairs) / total


def expected_progress(cycle_start: date, cycle_end: date, on: date) -> float:
    """The elapsed share of the cycle at the end of the day `on`.

    Both cycle dates are inclusive days of the cycle and `on` counts as elapsed, so the first
    day gives 1/length, the last day 1.0; before the start 0.0, after the end 1.0.
    Raises ValueError when the cycle ends before it starts.
    """
    length = (cycle_end - cycle_start).days + 1
    if length < 1:
        raise ValueError(f"cycle ends {cycle_end} before it starts {cycle_start}")
    elapsed = (on - cycle_start).days + 1
    return min(max(elapsed, 0), length) / length


# --- status --------------------------------------------------------------------------------


class Status(str, Enum):
    """What a KR's or objective's status chip shows."""

    DONE = "done"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NEEDS_UPDATE = "needs_update"


class StatusRule(str, Enum):
    """Which rule produced a status; the UI words its tooltip from this, not from `rule`."""

    DONE = "done"
    NO_CHECKIN = "no_checkin"
    STALE = "stale"
    OFF_TRACK_PACE = "off_track_pace"
    OFF_TRACK_CONFIDENCE = "off_track_confidence"
    AT_RISK_PACE = "at_risk_pace"
    AT_RISK_CONFIDENCE = "at_risk_confidence"
    ON_TRACK = "on_track"
    # stay above / stay below: judged by the range, never by the linear pace
    OUTSIDE_RANGE = "outside_range"
    INSIDE_RANGE = "inside_range"
    DONE_INSIDE_RANGE = "done_inside_range"
    # binary (yes/no): judged by its due date and confidence, never by the linear pace
    PAST_DUE = "past_due"
    BEFORE_DUE = "before_due"


@dataclass(frozen=True)
class Thresholds:
    """The workspace's status settings; the defaults are DESIGN.md's."""

    at_risk_gap: float = 0.2
    off_track_gap: float = 0.4
    at_risk_confidence: float = 4
    off_track_confidence: float = 2
    stale_days: int = 14


@dataclass(frozen=True)
class StatusResult:
    """A status, the rule that produced it, and the facts it was judged on.

    rule: an English sentence with the numbers (logs, tests, untranslated tooltips).
    code: which rule fired. gap: expected − progress (positive = behind pace).
    days_silent: days since the last check-in, None when there has been none.
    confidence: as given (None = unknown). threshold: the setting the firing rule compared
    against (the range's bound for the stay rules), None for done and for no check-in.
    due: the date a binary KR is judged against (its due date, else the cycle's end).
    """

    status: Status
    rule: str
    code: StatusRule
    gap: float
    days_silent: int | None
    confidence: float | None
    threshold: float | None
    due: date | None = None


DEFAULT_THRESHOLDS = Thresholds()


def status(
    progress: float,
    expected: float,
    confidence: float | None,
    last_checkin: date | None,
    on: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> StatusResult:
    """Judge an increase or decrease KR (or a progress against a pace) on `on`.

    The first rule that applies wins. Order: done (progress >= 1, even when stale); needs
    update (no check-in, or more than stale_days since the last); off track (behind by more
    than off_track_gap, or confidence <= off_track_confidence); at risk (the same with the
    at-risk settings); else on track.
    Pace is checked before confidence within a level. Unknown confidence is not used.
    """
    gap = expected - progress
    days = None if last_checkin is None else max((on - last_checkin).days, 0)
    code, threshold = _first_rule(progress, gap, confidence, days, thresholds)
    text = _rule_text(code, gap, days, confidence, threshold)
    return StatusResult(_STATUS_OF[code], text, code, gap, days, confidence, threshold)


def key_result_status(
    kind: KrKind | str,
    start: float,
    target: float,
    current: float | None,
    confidence: float | None,
    last_checkin: date | None,
    cycle: tuple[date, date],
    on: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    due: date | None = None,
) -> StatusResult:
    """A key result's status on `on` (judged as at the end of that day): the one rule that
    every screen, report and presentation shows.

    cycle is (first day, last day). Increase and decrease KRs follow `status` against the
    linear pace. The other kinds ignore the pace:
    - stay above / stay below: needs update (no check-in, or silent more than stale_days);
      off track as soon as the latest value is outside the range; inside it, done once the
      cycle's last day is reached, else the confidence rules, else on track.
    - binary: done once done (even when silent); needs update; off track when not done and
      the due date (`due`, else the cycle's last day) is reached; else the confidence rules,
      else on track.
    """
    kind = KrKind(kind)
    value = progress(kind, start, target, current)
    expected = expected_progress(cycle[0], cycle[1], on)
    if follows_pace(kind):
        return status(value, expected, confidence, last_checkin, on, thresholds)
    gap = expected - value
    days = None if last_checkin is None else max((on - last_checkin).days, 0)
    if kind is KrKind.BINARY:
        due = cycle[1] if due is None else due
        code, threshold = _binary_rule(value, confidence, days, on, due, thresholds)
    else:
        due = None
        code, threshold = _range_rule(value, target, confidence, days, on, cycle[1], thresholds)
    text = _RULE_TEXT[code].format(days=days, confidence=confidence, threshold=threshold, due=due)
    return StatusResult(_STATUS_OF[code], text, code, gap, days, confidence, threshold, due)


def follows_pace(kind: KrKind | str) -> bool:
    """Whether the linear pace judges a KR: increase and decrease only (DESIGN.md)."""
    return KrKind(kind) in (KrKind.INCREASE, KrKind.DECREASE)


def _silence_rule(days: int | None, t: Thresholds) -> tuple[StatusRule, float | None] | None:
    if days is None:
        return StatusRule.NO_CHECKIN, None
    if days > t.stale_days:
        return StatusRule.STALE, t.stale_days
    return None


def _confidence_rule(
    confidence: float | None, t: Thresholds
) -> tuple[StatusRule, float | None] | None:
    if confidence is not None and confidence <= t.off_track_confidence:
        return StatusRule.OFF_TRACK_CONFIDENCE, t.off_track_confidence
    if confidence is not None and confidence <= t.at_risk_confidence:
        return StatusRule.AT_RISK_CONFIDENCE, t.at_risk_confidence
    return None


def _range_rule(
    progress: float,
    target: float,
    confidence: float | None,
    days: int | None,
    on: date,
    cycle_end: date,
    t: Thresholds,
) -> tuple[StatusRule, float | None]:
    """Stay above / stay below: silence, then the range, then the cycle's end, then confidence."""
    silent = _silence_rule(days, t)
    if silent:
        return silent
    if progress < 1:
        return StatusRule.OUTSIDE_RANGE, target
    if on >= cycle_end:
        return StatusRule.DONE_INSIDE_RANGE, target
    return _confidence_rule(confidence, t) or (StatusRule.INSIDE_RANGE, target)


def _binary_rule(
    progress: float,
    confidence: float | None,
    days: int | None,
    on: date,
    due: date,
    t: Thresholds,
) -> tuple[StatusRule, float | None]:
    """Yes/no: done, then silence, then the due date, then confidence."""
    if progress >= 1:
        return StatusRule.DONE, None
    silent = _silence_rule(days, t)
    if silent:
        return silent
    if on >= due:
        return StatusRule.PAST_DUE, None
    return _confidence_rule(confidence, t) or (StatusRule.BEFORE_DUE, None)


def _first_rule(
    progress: float,
    gap: float,
    confidence: float | None,
    days: int | None,
    t: Thresholds,
) -> tuple[StatusRule, float | None]:
    """The rule that decides, and the setting it compared against."""
    if progress >= 1:
        return StatusRule.DONE, None
    if days is None:
        return StatusRule.NO_CHECKIN, None
    if days > t.stale_days:
        return StatusRule.STALE, t.stale_days
    if gap > t.off_track_gap + _EPSILON:
        return StatusRule.OFF_TRACK_PACE, t.off_track_gap
    if confidence is not None and confidence <= t.off_track_confidence:
        return StatusRule.OFF_TRACK_CONFIDENCE, t.off_track_confidence
    if gap > t.at_risk_gap + _EPSILON:
        return StatusRule.AT_RISK_PACE, t.at_risk_gap
    if confidence is not None and confidence <= t.at_risk_confidence:
        return StatusRule.AT_RISK_CONFIDENCE, t.at_risk_confidence
    return StatusRule.ON_TRACK, t.at_risk_gap


_STATUS_OF = {
    StatusRule.DONE: Status.DONE,
    StatusRule.NO_CHECKIN: Status.NEEDS_UPDATE,
    StatusRule.STALE: Status.NEEDS_UPDATE,
    StatusRule.OFF_TRACK_PACE: Status.OFF_TRACK,
    StatusRule.OFF_TRACK_CONFIDENCE: Status.OFF_TRACK,
    StatusRule.AT_RISK_PACE: Status.AT_RISK,
    StatusRule.AT_RISK_CONFIDENCE: Status.AT_RISK,
    StatusRule.ON_TRACK: Status.ON_TRACK,
    StatusRule.OUTSIDE_RANGE: Status.OFF_TRACK,
    StatusRule.INSIDE_RANGE: Status.ON_TRACK,
    StatusRule.DONE_INSIDE_RANGE: Status.DONE,
    StatusRule.PAST_DUE: Status.OFF_TRACK,
    StatusRule.BEFORE_DUE: Status.ON_TRACK,
}

_RULE_TEXT = {
    StatusRule.DONE: "Target reached: done",
    StatusRule.NO_CHECKIN: "No check-in yet: needs update",
    StatusRule.STALE: "No check-in for {days} days (more than {threshold:g}): needs update",
    StatusRule.OFF_TRACK_PACE: "Behind pace by {gap:.2f} (more than {threshold:.2f}): off track",
    StatusRule.OFF_TRACK_CONFIDENCE: "Confidence {confidence:g} ({threshold:g} or less): off track",
    StatusRule.AT_RISK_PACE: "Behind pace by {gap:.2f} (more than {threshold:.2f}): at risk",
    StatusRule.AT_RISK_CONFIDENCE: "Confidence {confidence:g} ({threshold:g} or less): at risk",
    StatusRule.OUTSIDE_RANGE: "Outside its range (limit {threshold:g}): off track",
    StatusRule.INSIDE_RANGE: "Inside its range (limit {threshold:g}): on track",
    StatusRule.DONE_INSIDE_RANGE: "Inside its range at the cycle's end: done",
    StatusRule.PAST_DUE: "Not done by its due date {due}: off track",
    StatusRule.BEFORE_DUE: "Not done yet, due {due}: on track",
}


def _rule_text(
    code: StatusRule,
    gap: float,
    days: int | None,
    confidence: float | None,
    threshold: float | None,
) -> str:
    """The English sentence for a rule, with its numbers."""
    if code is not StatusRule.ON_TRACK:
        template = _RULE_TEXT[code]
    elif gap > 0:
        template = "Behind pace by {gap:.2f} ({threshold:.2f} or less): on track"
    elif gap < 0:
        template = "Ahead of pace by {ahead:.2f}: on track"
    else:
        template = "On pace: on track"
    return template.format(
        gap=gap, ahead=-gap, days=days, confidence=confidence, threshold=threshold
    )


# --- scoring and forecast ------------------------------------------------------------------

ScoreColour = Literal["green", "yellow", "red"]


def score(progress: float) -> float:
    """The cycle-close grade: progress clamped to 0..1, rounded half up to tenths (0.65 → 0.7)."""
    return _tenths(progress) / 10


def score_colour(score: float) -> ScoreColour:
    """green 0.7–1.0, yellow 0.4–0.6, red 0.0–0.3; a score off the tenths is rounded first."""
    tenths = _tenths(score)
    if tenths >= 7:
        return "green"
    return "yellow" if tenths >= 4 else "red"


def is_stretch_success(score: float) -> bool:
    """True for 0.6–0.7 inclusive: the band DESIGN.md calls a success for a stretch goal."""
    return 6 <= _tenths(score) <= 7


def _tenths(value: float) -> int:
    """Whole tenths of value clamped to 0..1, half up; 0.7 - 0.05 (0.6499999999999999) is 7."""
    _check_finite(value=value)
    return math.floor(min(max(value, 0.0), 1.0) * 10 + 0.5 + _EPSILON)


def forecast(checkins: Sequence[tuple[date, float]], cycle_end: date) -> float | None:
    """The value at cycle_end on the least-squares line through (day, value) check-ins.

    None unless the check-ins fall on at least two distinct dates.
    """
    if len(checkins) < 2:
        return None
    origin = checkins[0][0]
    xs = [(day - origin).days for day, _ in checkins]
    ys = [value for _, value in checkins]
    mean_x = math.fsum(xs) / len(xs)
    mean_y = math.fsum(ys) / len(ys)
    sxx = math.fsum((x - mean_x) ** 2 for x in xs)
    if sxx == 0:
        return None
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return mean_y + sxy / sxx * ((cycle_end - origin).days - mean_x)
