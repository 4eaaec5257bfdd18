"""The weekly review: what it holds, which week it is about, and the brief written from it.

A review is about one week (its first day is `Review.week`); the meeting that discusses it is
held in the week after. Everything here is pure: the store fills the dataclasses, the reports
and the review screen show them, and `write_brief` turns them into a few sentences. Numbers in
the brief go through a `NumberFormat`, so that the caller decides the locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from okrdesk.domain.number_format import NumberFormat as NumberFormat

# Block (b) lives in review_experiments; reports and screens import it from here too.
from okrdesk.domain.review_experiments import ExperimentLine as ExperimentLine
from okrdesk.domain.review_experiments import ReviewBrief, experiment_sentence
from okrdesk.domain.review_experiments import VariantLine as VariantLine
from okrdesk.domain.stretch import CycleScores

# The week helpers were born here; reports and stores still import them from this module.
from okrdesk.domain.weeks import iso_week_label as iso_week_label
from okrdesk.domain.weeks import last_full_week as last_full_week
from okrdesk.domain.weeks import parse_iso_week as parse_iso_week
from okrdesk.domain.weeks import week_start_of as week_start_of

# How many significant funnel changes the brief names, largest first.
BRIEF_FUNNEL_CHANGES = 3
# How many off-track key results the brief names before it says "and N more".
BRIEF_OFF_TRACK = 3


# --- what a review holds ---------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectiveProgress:
    title: str
    progress: float | None  # weighted mean of its key results; None without key results
    status: str  # okr.Status value of the objective


@dataclass(frozen=True)
class CycleProgress:
    """The cycle the reviewed week belongs to, as of `on` (the day its key results are judged
    on: the review's check-ins are those made up to it)."""

    name: str
    start: dt.date
    end: dt.date
    progress: float | None  # mean of the objectives' progress
    expected: float  # the elapsed share of the cycle
    status_counts: dict[str, int]  # okr.Status value → number of key results
    objectives: tuple[ObjectiveProgress, ...]
    on: dt.date | None = None  # None: the reviewed week's last day


@dataclass(frozen=True)
class KeyResultLine:
    """A key result as of the review, and how it moved since the reviewed week began.

    The review is held the week after the reviewed one, so the check-ins made up to it count
    (store.review.data.key_results_as_of). previous: the latest value before the reviewed week;
    current: the latest as of the review.
    status, rule: okr.Status and okr.StatusRule values; gap = expected − progress.
    """

    id: int
    objective: str
    title: str
    kind: str
    unit: str
    owner: str
    start: float
    target: float
    previous: float | None
    current: float | None
    progress: float
    expected: float
    status: str
    rule: str
    gap: float
    confidence: int | None
    last_checkin: dt.date | None
    days_silent: int | None
    unit_label: str = ""  # shown after its values ("h", "NPS")
    decimals: int | None = None  # None: the unit's default
    checked_in_by: str = ""  # the latest check-in's author; "" when unknown (older rows)

    @property
    def change(self) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous

    @property
    def changed(self) -> bool:
        change = self.change
        return (self.previous is None and self.current is not None) or bool(change)


@dataclass(frozen=True)
class FunnelStep:
    """One step's conversion in the reviewed week against the week before.

    change = rate − previous_rate (absolute; 0.01 is one point); rates, change and p_value are
    None when undefined. significant: the two-proportion test's p < 0.05.
    """

    funnel: str
    from_stage: str
    to_stage: str
    from_count: int
    to_count: int
    rate: float | None
    previous_from_count: int
    previous_to_count: int
    previous_rate: float | None
    change: float | None
    relative_change: float | None
    p_value: float | None
    significant: bool


@dataclass(frozen=True)
class NextStep:
    """Block (c): what the review meeting decided, or what the data proposes before it met.

    saved: a weekly_reviews row exists for the meeting. experiment_*: the chosen next
    experiment, or the proposed one when nothing is chosen (proposed = True).
    """

    saved: bool
    experiment_code: str | None
    experiment_title: str | None
    experiment_start: dt.date | None
    proposed: bool
    decisions: str
    notes: str
    edited_brief: str


@dataclass(frozen=True)
class Review:
    """Everything the review of one week shows, in the order of its three blocks."""

    workspace: str
    currency: str
    week: dt.date  # the reviewed week's first day
    meeting_week: dt.date  # the week whose weekly_reviews row holds the meeting
    cycle: CycleProgress | None
    key_results: tuple[KeyResultLine, ...]
    funnel_steps: tuple[FunnelStep, ...]
    experiments: tuple[ExperimentLine, ...]
    next_step: NextStep
    # The latest closed cycle running in the week or the four weeks before (store.review.scores)
    closed_cycle: CycleScores | None = None

    @property
    def week_end(self) -> dt.date:
        return self.week + dt.timedelta(days=6)

    @property
    def changed_key_results(self) -> tuple[KeyResultLine, ...]:
        return tuple(k for k in self.key_results if k.changed)

    @property
    def behind(self) -> tuple[KeyResultLine, ...]:
        """Off-track key results first, then at-risk ones; the furthest behind first."""
        lines = [k for k in self.key_results if k.status in ("off_track", "at_risk")]
        return tuple(sorted(lines, key=lambda k: (k.status != "off_track", -k.gap, k.title)))

    @property
    def needs_update(self) -> tuple[KeyResultLine, ...]:
        return tuple(k for k in self.key_results if k.status == "needs_update")

    @property
    def significant_steps(self) -> tuple[FunnelStep, ...]:
        """Significant funnel changes, the largest (absolute change) first."""
        steps = [s for s in self.funnel_steps if s.significant and s.change is not None]
        return tuple(sorted(steps, key=lambda s: (-abs(s.change or 0.0), s.funnel, s.from_stage)))

    @property
    def brief(self) -> str:
        """The edited brief when one was saved, else empty (see `write_brief`)."""
        return self.next_step.edited_brief


# --- the brief -------------------------------------------------------------------------------


CONTEXT = "ReviewBrief"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate without importing Qt; NumberFormat.words translates it."""
    return text


def status_reason(line: KeyResultLine, fmt: NumberFormat) -> str:
    """Why a key result has its status, in a few words with its numbers."""
    w = fmt.words
    if line.rule in ("off_track_pace", "at_risk_pace"):
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "{points} behind pace")).format(
            points=fmt.points(line.gap, signed=False)
        )
    if line.rule in ("off_track_confidence", "at_risk_confidence"):
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "confidence {confidence} of 10")).format(
            confidence=line.confidence
        )
    if line.rule == "no_checkin":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "no check-in yet"))
    if line.rule == "stale":
        return fmt.text(ReviewBrief.tr("no check-in for %n day(s)", None, line.days_silent or 0))
    if line.rule == "done":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "target reached"))
    if line.rule == "outside_range":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "outside its range"))
    if line.rule == "inside_range":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "inside its range"))
    if line.rule == "done_inside_range":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "inside its range at the cycle's end"))
    if line.rule == "past_due":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "not done by its due date"))
    if line.rule == "before_due":
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "not done yet, before its due date"))
    return w(QT_TRANSLATE_NOOP("ReviewBrief", "{progress} done")).format(
        progress=fmt.percent(line.progress, 0)
    )


def write_brief(review: Review, fmt: NumberFormat) -> str:
    """The review's brief: cycle pace, on and off track, funnel changes, experiments, next step.

    Deterministic: the same review and format give the same text. Paragraphs are separated by
    a blank line. An edited brief saved for the week is not consulted here (see brief_text).
    Every sentence is a template passed through `fmt.words`, so the caller's translation
    applies.
    """
    paragraphs = [
        _cycle_paragraph(review, fmt),
        _funnel_paragraph(review, fmt),
        _experiment_paragraph(review, fmt),
        _next_paragraph(review, fmt),
    ]
    return "\n\n".join(p for p in paragraphs if p)


def brief_text(review: Review, fmt: NumberFormat) -> str:
    """The brief shown and exported: the edited one when saved for the week, else written."""
    return review.brief.strip() or write_brief(review, fmt)


def _cycle_paragraph(review: Review, fmt: NumberFormat) -> str:
    w = fmt.words
    opening = w(QT_TRANSLATE_NOOP("ReviewBrief", "Week of {day}.")).format(
        day=fmt.date(review.week)
    )
    cycle = review.cycle
    if cycle is None:
        return opening + " " + w(QT_TRANSLATE_NOOP("ReviewBrief", "No cycle covers this week."))
    sentences = [opening, _pace_sentence(cycle, fmt)]
    counts = cycle.status_counts
    total = sum(counts.values())
    if total:
        parts = [
            fmt.text(replace(_STATUS_COUNTS[key], n=counts[key]))
            for key in _STATUS_COUNTS
            if counts.get(key)
        ]
        sentences.append(
            w(QT_TRANSLATE_NOOP("ReviewBrief", "Key results: {counts} (of {total}).")).format(
                counts=_join(parts, fmt), total=total
            )
        )
    behind = review.behind
    if behind:
        named = [
            w(QT_TRANSLATE_NOOP("ReviewBrief", "{title} ({why})")).format(
                title=k.title, why=status_reason(k, fmt)
            )
            for k in behind[:BRIEF_OFF_TRACK]
        ]
        more = len(behind) - BRIEF_OFF_TRACK
        sentences.append(
            fmt.text(
                ReviewBrief.tr("Behind: {named}, and %n more.", None, more).format(
                    named="; ".join(named)
                )
            )
            if more > 0
            else w(QT_TRANSLATE_NOOP("ReviewBrief", "Behind: {named}.")).format(
                named="; ".join(named)
            )
        )
    stale = review.needs_update
    if stale:
        sentences.append(
            w(QT_TRANSLATE_NOOP("ReviewBrief", "Needs an update: {titles}.")).format(
                titles=_join([k.title for k in stale], fmt)
            )
        )
    return " ".join(sentences)


# The count of key results in each status, in the order the brief names them.
_STATUS_COUNTS = {
    "done": ReviewBrief.tr("%n done", None, 0),
    "on_track": ReviewBrief.tr("%n on track", None, 0),
    "at_risk": ReviewBrief.tr("%n at risk", None, 0),
    "off_track": ReviewBrief.tr("%n off track", None, 0),
    "needs_update": ReviewBrief.tr("%n needs update", None, 0),
}


def _pace_sentence(cycle: CycleProgress, fmt: NumberFormat) -> str:
    """How far through the cycle is and how far its objectives are, with the pace they keep."""
    progress, expected = cycle.progress, cycle.expected
    gap = None if progress is None else expected - progress
    if gap is None:
        template = QT_TRANSLATE_NOOP(
            "ReviewBrief", "{cycle} is {expected} through; its objectives are {progress} done."
        )
    elif abs(gap) < 0.005:
        template = QT_TRANSLATE_NOOP(
            "ReviewBrief",
            "{cycle} is {expected} through; its objectives are {progress} done, on pace.",
        )
    elif gap > 0:
        template = QT_TRANSLATE_NOOP(
            "ReviewBrief",
            "{cycle} is {expected} through; its objectives are {progress} done, behind pace.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "ReviewBrief",
            "{cycle} is {expected} through; its objectives are {progress} done, ahead of pace.",
        )
    return fmt.words(template).format(
        cycle=cycle.name,
        expected=fmt.percent(cycle.expected, 0),
        progress=fmt.percent(cycle.progress, 0),
    )


def _funnel_paragraph(review: Review, fmt: NumberFormat) -> str:
    w = fmt.words
    if not review.funnel_steps:
        return ""
    steps = review.significant_steps
    if not steps:
        return w(
            QT_TRANSLATE_NOOP(
                "ReviewBrief",
                "Funnel: no step moved beyond noise this week (two-proportion test, p < 0.05).",
            )
        )
    named = [
        w(
            QT_TRANSLATE_NOOP(
                "ReviewBrief", "{step_from} → {step_to} {before} → {now} ({change}, {p})"
            )
        ).format(
            step_from=s.from_stage,
            step_to=s.to_stage,
            before=fmt.percent(s.previous_rate),
            now=fmt.percent(s.rate),
            change=fmt.points(s.change),
            p=fmt.p_value(s.p_value),
        )
        for s in steps[:BRIEF_FUNNEL_CHANGES]
    ]
    changes = ReviewBrief.tr("Funnel: %n significant change(s): {named}.", None, len(steps))
    return fmt.text(changes.format(named="; ".join(named)))


def _experiment_paragraph(review: Review, fmt: NumberFormat) -> str:
    sentences = [experiment_sentence(e, fmt) for e in review.experiments]
    if not sentences:
        return fmt.words(
            QT_TRANSLATE_NOOP("ReviewBrief", "Experiments: none ended or running this week.")
        )
    return " ".join(sentences)


def _next_paragraph(review: Review, fmt: NumberFormat) -> str:
    w = fmt.words
    step = review.next_step
    if step.experiment_code is None:
        return w(
            QT_TRANSLATE_NOOP(
                "ReviewBrief", "Next step: no experiment is planned; pick one from the backlog."
            )
        )
    if step.proposed:
        template = (
            QT_TRANSLATE_NOOP(
                "ReviewBrief", "Proposed next step: {code} ({title}), starting {day}."
            )
            if step.experiment_start
            else QT_TRANSLATE_NOOP("ReviewBrief", "Proposed next step: {code} ({title}).")
        )
    else:
        template = (
            QT_TRANSLATE_NOOP("ReviewBrief", "Next step: {code} ({title}), starting {day}.")
            if step.experiment_start
            else QT_TRANSLATE_NOOP("ReviewBrief", "Next step: {code} ({title}).")
        )
    day = fmt.date(step.experiment_start) if step.experiment_start else ""
    return w(template).format(code=step.experiment_code, title=step.experiment_title, day=day)


def _join(parts: Sequence[str], fmt: NumberFormat) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return fmt.words(QT_TRANSLATE_NOOP("ReviewBrief", "{first} and {last}")).format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )
