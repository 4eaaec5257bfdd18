"""Everything the review of one week needs, read from a workspace into domain.review dataclasses.

The review of week W (W = its first day) is about W's numbers; the meeting that discusses it
is held in the following week, and its saved row (brief, decisions, notes, next experiment)
is the `weekly_reviews` row whose week_start is that meeting week, W + 7 days. The demo
workspace is built that way: its Monday meetings review the week before.

Key results are judged as of W's last day, with the check-ins made up to then, so that a
review of a past week reads the same later. Experiments "ended" in W when their run's last
day (start + duration − 1) or their decision falls in W; "running" when their run covers W's
last day, or they are running and started in W or on the meeting's first day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session, aliased

from okrdesk.domain import okr
from okrdesk.domain.review import (
    CycleProgress,
    ExperimentLine,
    FunnelStep,
    KeyResultLine,
    NextStep,
    ObjectiveProgress,
    Review,
    VariantLine,
    last_full_week,
    week_start_of,
)
from okrdesk.domain.step_comparison import compare_steps
from okrdesk.store.funnel.definitions import funnels_with_stages
from okrdesk.store.okr.queries import (
    CycleInfo,
    KeyResultRow,
    cycle_objectives,
    list_cycles,
    status_thresholds,
)
from okrdesk.store.review.authors import deciders, latest_checkin_authors
from okrdesk.store.review.scores import closed_cycle_scores
from okrdesk.store.review.summary import stage_totals
from okrdesk.store.schema import (
    CheckIn,
    Experiment,
    ExperimentArm,
    FunnelStage,
    WeeklyReview,
    WorkspaceSettings,
)


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


# Worst first: an objective takes the worst status among its key results.
STATUS_SEVERITY = ("needs_update", "off_track", "at_risk", "on_track", "done")


@dataclass(frozen=True)
class ReportSettings:
    """The workspace settings a report needs: its name, money, weeks, paper and logo."""

    name: str
    currency: str
    week_start: int  # 0 = Monday
    paper_size: str  # "A4" or "Letter"
    logo_png: bytes | None


def report_settings(connection: Connection) -> ReportSettings:
    row = connection.execute(
        select(
            WorkspaceSettings.name,
            WorkspaceSettings.currency,
            WorkspaceSettings.week_start,
            WorkspaceSettings.paper_size,
            WorkspaceSettings.logo_png,
        ).where(WorkspaceSettings.id == 1)
    ).first()
    if row is None:
        return ReportSettings("", "EUR", 0, "A4", None)
    return ReportSettings(*row)


def meeting_week_of(week: dt.date) -> dt.date:
    """The week whose weekly_reviews row holds the review of `week`."""
    return week + dt.timedelta(weeks=1)


def default_week(connection: Connection, today: dt.date) -> dt.date:
    """The last full week before today, in the workspace's weeks."""
    return last_full_week(today, report_settings(connection).week_start)


def cycle_of_week(connection: Connection, week: dt.date) -> CycleInfo | None:
    """The cycle holding the week's last day, else its first day (the latest to start when
    several do); None when no cycle covers the week."""
    cycles = list_cycles(connection)  # newest first
    for day in (week + dt.timedelta(days=6), week):
        for cycle in cycles:
            if cycle.start_date <= day <= cycle.end_date:
                return cycle
    return None


def key_results_as_of(week: dt.date, today: dt.date | None) -> dt.date:
    """The day the review of `week` judges its key results on: the meeting, held the week
    after, reviews the check-ins made up to it. A past review counts its whole meeting week;
    the review being held today counts up to today; a week still under way counts to its end
    (as does a review read without a today)."""
    week_end = week + dt.timedelta(days=6)
    if today is None:
        return week_end
    meeting_end = meeting_week_of(week) + dt.timedelta(days=6)
    return max(week_end, min(today, meeting_end))


def load_review(connection: Connection, week: dt.date, today: dt.date | None = None) -> Review:
    """The review of the week containing `week` (moved back to the workspace's first weekday),
    its key results as of `key_results_as_of(week, today)`."""
    settings = report_settings(connection)
    week = week_start_of(week, settings.week_start)
    cycle_info = cycle_of_week(connection, week)
    cycle: CycleProgress | None = None
    key_results: tuple[KeyResultLine, ...] = ()
    if cycle_info is not None:
        as_of = key_results_as_of(week, today)
        cycle, key_results = _cycle_and_key_results(connection, cycle_info, week, as_of)
    return Review(
        workspace=settings.name,
        currency=settings.currency,
        week=week,
        meeting_week=meeting_week_of(week),
        cycle=cycle,
        key_results=key_results,
        funnel_steps=tuple(funnel_steps(connection, week)),
        experiments=tuple(experiment_lines(connection, week)),
        next_step=next_step(connection, week),
        closed_cycle=closed_cycle_scores(connection, week),
    )


# --- block (a): key results ------------------------------------------------------------------


def _values_as_of(
    connection: Connection, key_result_ids: list[int], week: dt.date, as_of: dt.date
) -> dict[int, tuple[tuple[float, int | None, dt.date] | None, float | None]]:
    """Per key result: (value, confidence, day) of the latest check-in up to `as_of`, and the
    latest value before the week began."""
    rows = connection.execute(
        select(CheckIn.key_result_id, CheckIn.checked_on, CheckIn.value, CheckIn.confidence)
        .where(CheckIn.key_result_id.in_(key_result_ids), CheckIn.checked_on <= as_of)
        .order_by(CheckIn.key_result_id, CheckIn.checked_on, CheckIn.id)
    )
    latest: dict[int, tuple[float, int | None, dt.date]] = {}
    before: dict[int, float] = {}
    for kr_id, day, value, confidence in rows:
        latest[kr_id] = (value, confidence, day)
        if day < week:
            before[kr_id] = value
    return {kr_id: (latest.get(kr_id), before.get(kr_id)) for kr_id in key_result_ids}


def _cycle_and_key_results(
    connection: Connection, cycle: CycleInfo, week: dt.date, as_of: dt.date
) -> tuple[CycleProgress, tuple[KeyResultLine, ...]]:
    on = min(max(as_of, cycle.start_date), cycle.end_date)
    expected = okr.expected_progress(cycle.start_date, cycle.end_date, on)
    thresholds = status_thresholds(connection)
    objectives = [o for o in cycle_objectives(connection, cycle.id) if o.status != "cancelled"]
    ids = [kr.id for o in objectives for kr in o.key_results]
    values = _values_as_of(connection, ids, week, as_of)
    authors = latest_checkin_authors(connection, ids, as_of)
    lines: list[KeyResultLine] = []
    summaries: list[ObjectiveProgress] = []
    for objective in objectives:
        own = [
            replace(
                _key_result_line(kr, objective.title, values[kr.id], cycle, on, thresholds),
                checked_in_by=authors.get(kr.id, ""),
            )
            for kr in objective.key_results
        ]
        lines += own
        progress = okr.objective_progress(
            (line.progress, kr.weight) for line, kr in zip(own, objective.key_results, strict=True)
        )
        summaries.append(ObjectiveProgress(objective.title, progress, worst_status(own)))
    known = [s.progress for s in summaries if s.progress is not None]
    counts = {key: sum(line.status == key for line in lines) for key in reversed(STATUS_SEVERITY)}
    cycle_progress = CycleProgress(
        name=cycle.name,
        start=cycle.start_date,
        end=cycle.end_date,
        progress=sum(known) / len(known) if known else None,
        expected=expected,
        status_counts=counts,
        objectives=tuple(summaries),
        on=on,
    )
    return cycle_progress, tuple(lines)


def judge_key_result(
    kr: KeyResultRow,
    current: float | None,
    confidence: int | None,
    last_checkin: dt.date | None,
    cycle: CycleInfo,
    on: dt.date,
    thresholds: okr.Thresholds,
) -> tuple[float, okr.StatusResult]:
    """A key result's progress at `current` and its status on `on` (okr.key_result_status)."""
    progress = okr.progress(kr.kind, kr.start_value, kr.target_value, current)
    judged = okr.key_result_status(
        kr.kind,
        kr.start_value,
        kr.target_value,
        current,
        confidence,
        last_checkin,
        (cycle.start_date, cycle.end_date),
        on,
        thresholds,
    )
    return progress, judged


def worst_status(lines: Iterable[HasStatus]) -> str:
    """The worst status among an objective's key result lines ("needs_update" when none)."""
    statuses = {line.status for line in lines}
    return next((s for s in STATUS_SEVERITY if s in statuses), "needs_update")


def _key_result_line(
    kr: KeyResultRow,
    objective: str,
    values: tuple[tuple[float, int | None, dt.date] | None, float | None],
    cycle: CycleInfo,
    on: dt.date,
    thresholds: okr.Thresholds,
) -> KeyResultLine:
    latest, previous = values
    current, confidence, last_checkin = latest if latest else (None, None, None)
    progress, judged = judge_key_result(
        kr, current, confidence, last_checkin, cycle, on, thresholds
    )
    return KeyResultLine(
        id=kr.id,
        objective=objective,
        title=kr.title,
        kind=kr.kind,
        unit=kr.unit,
        owner=kr.owner_name,
        start=kr.start_value,
        target=kr.target_value,
        previous=previous,
        current=current,
        progress=progress,
        expected=okr.expected_progress(cycle.start_date, cycle.end_date, on),
        status=judged.status.value,
        rule=judged.code.value,
        gap=judged.gap,
        confidence=confidence,
        last_checkin=last_checkin,
        days_silent=judged.days_silent,
        unit_label=kr.unit_label,
        decimals=kr.decimals,
    )


# --- block (a): funnel -----------------------------------------------------------------------


def funnel_steps(connection: Connection, week: dt.date) -> list[FunnelStep]:
    """Every funnel's steps in `week` against the week before, all segments and variants."""
    previous = week - dt.timedelta(weeks=1)
    funnels = [(name, stages) for _id, name, stages in funnels_with_stages(connection)]
    stage_ids = [stage_id for _, stages in funnels for stage_id, _ in stages]
    totals = stage_totals(connection, stage_ids, (previous, week))
    steps: list[FunnelStep] = []
    for name, stages in funnels:
        if len(stages) < 2:
            continue
        now = [totals.get((stage_id, week), 0) for stage_id, _ in stages]
        if not any(now):
            continue  # no data for the week (not imported yet): nothing to compare
        before = [totals.get((stage_id, previous), 0) for stage_id, _ in stages]
        names = [stage_name for _, stage_name in stages]
        for step in compare_steps(names, now, before):
            steps.append(
                FunnelStep(
                    funnel=name,
                    from_stage=step.from_stage,
                    to_stage=step.to_stage,
                    from_count=step.from_count,
                    to_count=step.to_count,
                    rate=_number(step.rate),
                    previous_from_count=step.baseline_from_count,
                    previous_to_count=step.baseline_to_count,
                    previous_rate=_number(step.baseline_rate),
                    change=_number(step.change),
                    relative_change=_number(step.relative_change),
                    p_value=_number(step.p_value),
                    significant=step.significant,
                )
            )
    return steps


def _number(value: float) -> float | None:
    """NaN (undefined) becomes None."""
    return None if value != value else float(value)


# --- block (b): experiments ------------------------------------------------------------------


def experiment_lines(connection: Connection, week: dt.date) -> list[ExperimentLine]:
    """Experiments that ended in `week` (first), then those running, each by code, with one
    verdict per variant. Whether an experiment is final (planned end or sample reached) is
    judged on the meeting's first day, when the review is read."""
    week_end = week + dt.timedelta(days=6)
    meeting_day = meeting_week_of(week)
    from_stage, to_stage = aliased(FunnelStage), aliased(FunnelStage)
    rows = connection.execute(
        select(
            Experiment.id,
            Experiment.code,
            Experiment.title,
            Experiment.variable,
            Experiment.status,
            Experiment.decision,
            Experiment.decided_on,
            Experiment.start_date,
            Experiment.duration_days,
            Experiment.control_share,
            Experiment.planned_mde,
            Experiment.learnings,
            from_stage.name.label("from_name"),
            to_stage.name.label("to_name"),
        )
        .outerjoin(from_stage, Experiment.from_stage_id == from_stage.id)
        .outerjoin(to_stage, Experiment.to_stage_id == to_stage.id)
        .where(Experiment.start_date.is_not(None), Experiment.start_date <= meeting_day)
        .order_by(Experiment.code)
    ).all()
    arms = _arms(connection, [row.id for row in rows])
    decided_by = deciders(connection, [row.id for row in rows])
    ended: list[ExperimentLine] = []
    running: list[ExperimentLine] = []
    for row in rows:
        last_day = row.start_date + dt.timedelta(days=row.duration_days - 1)
        decided_in_week = row.decided_on is not None and week <= row.decided_on <= week_end
        if week <= last_day <= week_end or decided_in_week:
            phase = "ended"
        elif (row.start_date <= week_end < last_day) or (
            row.status == "running" and week <= row.start_date <= meeting_day
        ):
            phase = "running"
        else:
            continue
        control, variants = arms.get(row.id, (None, []))
        line = ExperimentLine(
            code=row.code,
            title=row.title,
            variable=row.variable,
            status=row.status,
            decision=row.decision,
            phase=phase,
            start=row.start_date,
            end=last_day,
            metric=f"{row.from_name} → {row.to_name}" if row.from_name and row.to_name else "",
            control_name=control[0] if control else "",
            control_visitors=control[1] if control else 0,
            control_conversions=control[2] if control else 0,
            control_rate=control[2] / control[1] if control and control[1] else None,
            variants=_variant_lines(row, control, variants, meeting_day),
            final=bool(control and variants and _final(row, control, variants, meeting_day)),
            planned_mde=row.planned_mde,
            learnings=row.learnings,
            decided_by=decided_by.get(row.id, ""),
        )
        (ended if phase == "ended" else running).append(line)
    return ended + running


if TYPE_CHECKING:
    from sqlalchemy import Row
    from typing_extensions import Unpack

    AnyRow = Row[Unpack[tuple[Any, ...]]]  # columns read by name

Arm = tuple[str, int, int]  # (name, visitors, conversions)


def _final(row: AnyRow, control: Arm, variants: list[Arm], on: dt.date) -> bool:
    """Reached its planned end or sample by the meeting's first day (verdict.is_final)."""
    from okrdesk.domain.verdict import is_final

    return is_final(
        row.start_date,
        row.duration_days,
        on,
        (control[2], control[1]),
        [(conversions, visitors) for _, visitors, conversions in variants],
        row.planned_mde,
    )


def _variant_lines(
    row: AnyRow, control: Arm | None, variants: list[Arm], on: dt.date
) -> tuple[VariantLine, ...]:
    """Every variant against the control, Holm-corrected over the variants."""
    from okrdesk.domain.verdict import verdicts

    if control is None or not variants:
        return ()
    results = verdicts(
        (control[2], control[1]),
        [(conversions, visitors) for _, visitors, conversions in variants],
        row.control_share,
        row.planned_mde,
        final=_final(row, control, variants, on),
    )
    return tuple(
        VariantLine(
            name=name,
            visitors=visitors,
            conversions=conversions,
            rate=result.variant_rate,
            verdict=result.kind.value,
            diff=result.diff,
            ci=result.ci,
            rel_lift=result.rel_lift,
            rel_lift_ci=result.rel_lift_ci,
            p_value=result.p_value,
            test=result.test,
            always_valid_p=result.always_valid_p,
            decisive_p=result.decisive_p,
            chance_to_win=result.chance_to_win,
            power=result.power,
            low_power=result.low_power,
        )
        for (name, visitors, conversions), result in zip(variants, results, strict=True)
    )


def _arms(
    connection: Connection, experiment_ids: list[int]
) -> dict[int, tuple[Arm | None, list[Arm]]]:
    """Per experiment: the control's (name, visitors, conversions) and the variants', by name."""
    rows = connection.execute(
        select(
            ExperimentArm.experiment_id,
            ExperimentArm.is_control,
            ExperimentArm.name,
            ExperimentArm.visitors,
            ExperimentArm.conversions,
        )
        .where(ExperimentArm.experiment_id.in_(experiment_ids))
        .order_by(ExperimentArm.experiment_id, ExperimentArm.name)
    )
    result: dict[int, tuple[Arm | None, list[Arm]]] = {}
    for experiment_id, is_control, name, visitors, conversions in rows:
        control, variants = result.get(experiment_id, (None, []))
        if is_control:
            control = (name, visitors, conversions)
        else:
            variants.append((name, visitors, conversions))
        result[experiment_id] = (control, variants)
    return result


# --- block (c): next step --------------------------------------------------------------------


def next_step(connection: Connection, week: dt.date) -> NextStep:
    """The meeting's saved decisions and next experiment; before the meeting, a proposal:
    the experiment that starts in the meeting week, else the best-scored planned one."""
    meeting = meeting_week_of(week)
    saved = connection.execute(
        select(
            WeeklyReview.brief,
            WeeklyReview.decisions,
            WeeklyReview.notes,
            WeeklyReview.next_experiment_id,
        ).where(WeeklyReview.week_start == meeting)
    ).first()
    chosen = saved.next_experiment_id if saved else None
    proposed = chosen is None
    experiment: tuple[str, str, dt.date | None] | Row[str, str, dt.date | None] | None = None
    if chosen is not None:
        experiment = connection.execute(
            select(Experiment.code, Experiment.title, Experiment.start_date).where(
                Experiment.id == chosen
            )
        ).first()
    else:
        experiment = _proposed_experiment(connection, meeting)
    return NextStep(
        saved=saved is not None,
        experiment_code=experiment[0] if experiment else None,
        experiment_title=experiment[1] if experiment else None,
        experiment_start=experiment[2] if experiment else None,
        proposed=proposed,
        decisions=saved.decisions if saved else "",
        notes=saved.notes if saved else "",
        edited_brief=saved.brief if saved else "",
    )


def _proposed_experiment(
    connection: Connection, meeting: dt.date
) -> tuple[str, str, dt.date | None] | None:
    columns = (Experiment.code, Experiment.title, Experiment.start_date)
    meeting_end = meeting + dt.timedelta(days=6)
    starting = connection.execute(
        select(*columns)
        .where(
            Experiment.status.in_(("planned", "running")),
            Experiment.start_date >= meeting,
            Experiment.start_date <= meeting_end,
        )
        .order_by(Experiment.start_date, Experiment.code)
        .limit(1)
    ).first()
    if starting is not None:
        return starting
    ice = Experiment.impact + Experiment.confidence + Experiment.ease
    return connection.execute(
        select(*columns)
        .where(Experiment.status == "planned")
        .order_by(ice.desc(), Experiment.code)
        .limit(1)
    ).first()


# --- the meeting's own words: saved per reviewed week ----------------------------------------


@dataclass(frozen=True)
class SavedReview:
    """What the review meeting of a week wrote: the edited brief ("" = use the written one),
    its decisions and notes, and the next experiment it chose."""

    brief: str = ""
    decisions: str = ""
    notes: str = ""
    next_experiment_id: int | None = None


_SAVED_COLUMNS = (
    WeeklyReview.brief,
    WeeklyReview.decisions,
    WeeklyReview.notes,
    WeeklyReview.next_experiment_id,
)


def saved_review(connection: Connection | Session, week: dt.date) -> SavedReview | None:
    """The saved meeting of `week`'s review, None when the meeting saved nothing yet."""
    row = connection.execute(
        select(*_SAVED_COLUMNS).where(WeeklyReview.week_start == meeting_week_of(week))
    ).first()
    return SavedReview(*row) if row else None


def save_review(session: Session, week: dt.date, values: SavedReview) -> SavedReview | None:
    """Save the meeting of `week`'s review in the caller's transaction; returns what was
    saved before (None: nothing), which restore_review puts back."""
    previous = saved_review(session, week)
    fields = {
        "brief": values.brief,
        "decisions": values.decisions,
        "notes": values.notes,
        "next_experiment_id": values.next_experiment_id,
    }
    meeting = meeting_week_of(week)
    if previous is None:
        session.execute(insert(WeeklyReview), [{"week_start": meeting, **fields}])
    else:
        session.execute(
            update(WeeklyReview)
            .where(WeeklyReview.week_start == meeting)
            .values(**fields, version=WeeklyReview.version + 1)
        )
    return previous


def restore_review(session: Session, week: dt.date, previous: SavedReview | None) -> None:
    """Undo save_review: put the earlier values back, or remove a row it created."""
    if previous is None:
        session.execute(
            delete(WeeklyReview).where(WeeklyReview.week_start == meeting_week_of(week))
        )
    else:
        save_review(session, week, previous)


def reviewed_weeks(connection: Connection | Session) -> list[dt.date]:
    """The weeks whose review meeting saved something, newest first (for browsing)."""
    meetings = connection.scalars(
        select(WeeklyReview.week_start).order_by(WeeklyReview.week_start.desc())
    )
    return [meeting - dt.timedelta(weeks=1) for meeting in meetings]
