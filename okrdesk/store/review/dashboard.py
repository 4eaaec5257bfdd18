"""What the management and team dashboards show, read from a workspace on a given day.

Management: the current cycle's revenue key results (currency, increase) against their target
and pace, the funnel's spend, revenue and CAC in the cycle so far, each key result's forecast
to the cycle's end (the least-squares line through its check-ins) and the objectives by status.
Team: the funnel's step rates in the last full week against the week before, the first step
(Visit → Form submitted) by source, and the tasks of the experiments running in the current
week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from okrdesk.domain import okr
from okrdesk.domain.review import FunnelStep, last_full_week, week_start_of
from okrdesk.domain.weeks import share_in_period
from okrdesk.store.experiments import records as experiments
from okrdesk.store.experiments import tasks as experiment_tasks
from okrdesk.store.experiments.tasks import TaskRow
from okrdesk.store.funnel import data as funnel_data
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.review.data import (
    STATUS_SEVERITY,
    funnel_steps,
    judge_key_result,
    report_settings,
    worst_status,
)
from okrdesk.store.schema import CheckIn, Experiment, KeyResult, Objective

# Worst first: an objective has the worst status among its key results.
STATUS_ORDER = STATUS_SEVERITY
# The tables the dashboards read, for the screens to know when to reload.
DASHBOARD_TABLES = (
    frozenset(
        {
            "cycles",
            "objectives",
            "key_results",
            "checkins",
            "experiments",
            "experiment_tasks",
            "workspace_settings",
        }
    )
    | funnel_data.FUNNEL_DATA_TABLES
)


@dataclass(frozen=True)
class KeyResultForecast:
    """A key result today and where the line through its check-ins ends at the cycle's end.

    forecast: the value at the cycle's end, None with fewer than two check-in dates;
    forecast_progress: that value's progress (0..1), None without a forecast.
    """

    id: int
    objective: str
    title: str
    kind: str
    unit: str
    start: float
    target: float
    current: float | None
    progress: float
    expected: float
    status: str
    forecast: float | None
    forecast_progress: float | None
    unit_label: str = ""  # shown after values ("h", "NPS")
    decimals: int | None = None  # None: the unit's default


@dataclass(frozen=True)
class ObjectiveLine:
    title: str
    progress: float | None
    forecast_progress: float | None  # weighted mean of its key results' forecasts
    status: str


@dataclass(frozen=True)
class FunnelMoney:
    """A funnel's spend, revenue, leads and deals in the cycle's days up to the last full week,
    and the last full week's CAC; a ratio is None where its denominator is 0.

    first_week..last_week are the weeks counted, first_day..last_day the days counted: a week
    straddling the cycle's start or end counts by its days inside the cycle, so leads and
    deals may be fractional."""

    funnel: str
    first_week: dt.date
    last_week: dt.date
    first_day: dt.date
    last_day: dt.date
    spend: float
    revenue: float
    leads: float
    deals: float
    cac: float | None
    cost_per_lead: float | None
    roi: float | None
    week_cac: float | None


@dataclass(frozen=True)
class ManagementData:
    currency: str
    cycle: okr_queries.CycleInfo | None
    on: dt.date
    expected: float
    key_results: tuple[KeyResultForecast, ...]
    objectives: tuple[ObjectiveLine, ...]
    money: FunnelMoney | None

    @property
    def revenue_key_results(self) -> tuple[KeyResultForecast, ...]:
        """Key results counted in money that should grow: revenue, MRR, pipeline."""
        return tuple(k for k in self.key_results if k.unit == "currency" and k.kind == "increase")

    @property
    def objectives_by_status(self) -> dict[str, int]:
        """Status → number of objectives, in STATUS_ORDER, zeros included."""
        return {s: sum(o.status == s for o in self.objectives) for s in STATUS_ORDER}


@dataclass(frozen=True)
class SourceConversion:
    """The first step of a funnel for one source in a week and the week before."""

    segment: str
    from_count: int
    to_count: int
    rate: float | None
    previous_from_count: int
    previous_to_count: int
    previous_rate: float | None


@dataclass(frozen=True)
class ExperimentTasks:
    code: str
    title: str
    start: dt.date
    tasks: tuple[TaskRow, ...]


@dataclass(frozen=True)
class TeamData:
    week: dt.date  # the last full week's first day
    current_week: dt.date
    funnel: str
    from_stage: str
    to_stage: str
    steps: tuple[FunnelStep, ...]
    sources: tuple[SourceConversion, ...]
    experiments: tuple[ExperimentTasks, ...]


# --- management ------------------------------------------------------------------------------


def management_data(connection: Connection, today: dt.date) -> ManagementData:
    """The current cycle (the one holding today, else the newest) as of today."""
    settings = report_settings(connection)
    cycle = okr_queries.current_cycle_info(connection, today)
    if cycle is None:
        return ManagementData(settings.currency, None, today, 0.0, (), (), None)
    on = min(max(today, cycle.start_date), cycle.end_date)
    expected = okr.expected_progress(cycle.start_date, cycle.end_date, on)
    thresholds = okr_queries.status_thresholds(connection)
    objectives = [
        o for o in okr_queries.cycle_objectives(connection, cycle.id) if o.status != "cancelled"
    ]
    history = _checkins(connection, cycle.id)
    lines: list[KeyResultForecast] = []
    summaries: list[ObjectiveLine] = []
    for objective in objectives:
        own = [
            _forecast_line(kr, objective.title, expected, on, thresholds, cycle, history)
            for kr in objective.key_results
        ]
        lines += own
        weights = [kr.weight for kr in objective.key_results]
        progress = okr.objective_progress(
            (line.progress, w) for line, w in zip(own, weights, strict=True)
        )
        forecast = okr.objective_progress(
            (line.forecast_progress if line.forecast_progress is not None else line.progress, w)
            for line, w in zip(own, weights, strict=True)
        )
        summaries.append(ObjectiveLine(objective.title, progress, forecast, worst_status(own)))
    return ManagementData(
        currency=settings.currency,
        cycle=cycle,
        on=on,
        expected=expected,
        key_results=tuple(lines),
        objectives=tuple(summaries),
        money=funnel_money(
            connection,
            cycle.start_date,
            last_full_week(today, settings.week_start),
            cycle.end_date,
        ),
    )


def _checkins(connection: Connection, cycle_id: int) -> dict[int, list[tuple[dt.date, float]]]:
    rows = connection.execute(
        select(CheckIn.key_result_id, CheckIn.checked_on, CheckIn.value)
        .join(KeyResult, CheckIn.key_result_id == KeyResult.id)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id)
        .order_by(CheckIn.key_result_id, CheckIn.checked_on)
    )
    history: dict[int, list[tuple[dt.date, float]]] = {}
    for kr_id, day, value in rows:
        history.setdefault(kr_id, []).append((day, value))
    return history


def _forecast_line(
    kr: okr_queries.KeyResultRow,
    objective: str,
    expected: float,
    on: dt.date,
    thresholds: okr.Thresholds,
    cycle: okr_queries.CycleInfo,
    history: dict[int, list[tuple[dt.date, float]]],
) -> KeyResultForecast:
    progress, judged = judge_key_result(
        kr, kr.current, kr.confidence, kr.last_checkin, cycle, on, thresholds
    )
    forecast = None
    if kr.kind in ("increase", "decrease"):
        forecast = okr.forecast(history.get(kr.id, []), cycle.end_date)
    forecast_progress = (
        None
        if forecast is None
        else okr.progress(kr.kind, kr.start_value, kr.target_value, forecast)
    )
    return KeyResultForecast(
        id=kr.id,
        objective=objective,
        title=kr.title,
        kind=kr.kind,
        unit=kr.unit,
        start=kr.start_value,
        target=kr.target_value,
        current=kr.current,
        progress=progress,
        expected=expected,
        status=judged.status.value,
        forecast=forecast,
        forecast_progress=forecast_progress,
        unit_label=kr.unit_label,
        decimals=kr.decimals,
    )


def funnel_money(
    connection: Connection, first_day: dt.date, last_week: dt.date, last_day: dt.date | None = None
) -> FunnelMoney | None:
    """The first funnel with spend: its totals over the days first_day to last_day (default:
    last_week's last day, and never past it), and last_week's CAC; None when no funnel has
    spend or counts there.

    A week that straddles first_day or last_day counts by its days inside them
    (weeks.share_in_period): spend, revenue, leads and deals alike, so CAC stays their ratio.
    """
    import pandas as pd

    from okrdesk.domain.funnel import money_stages, unit_economics

    week_end = last_week + dt.timedelta(days=6)
    last_day = week_end if last_day is None else min(last_day, week_end)
    # The weeks with a day in first_day..last_day, and last_week.
    span = (
        min(first_day - dt.timedelta(days=6), last_week),
        max(last_day, last_week),
    )
    for funnel_id, name in funnel_data.funnel_names(connection):
        stages = funnel_data.stage_names(connection, funnel_id)
        if len(stages) < 2:
            continue
        if not funnel_data.has_spend(connection, funnel_id):
            continue
        spend = funnel_data.load_spend(connection, funnel_id, weeks=span)
        counts = funnel_data.load_counts(connection, funnel_id, weeks=span)
        lead, deal = money_stages(stages)
        weekly = unit_economics(counts, spend, stages, lead, deal, keep=("week",))
        share = pd.Series(
            [share_in_period(week.date(), first_day, last_day) for week in weekly["week"]],
            index=weekly.index,
            dtype="float64",
        )
        shown = weekly[share > 0]
        if shown.empty:
            continue
        share = share[share > 0]
        total_spend = float((shown["spend"] * share).sum())
        revenue = float((shown["revenue"] * share).sum())
        leads = float((shown["leads"] * share).sum())
        deals = float((shown["deals"] * share).sum())
        last = weekly[weekly["week"] == pd.Timestamp(last_week)]
        week_cac = float(last["cac"].iloc[0]) if not last.empty else float("nan")
        return FunnelMoney(
            funnel=name,
            first_week=shown["week"].min().date(),
            last_week=shown["week"].max().date(),
            first_day=max(first_day, shown["week"].min().date()),
            last_day=min(last_day, shown["week"].max().date() + dt.timedelta(days=6)),
            spend=total_spend,
            revenue=revenue,
            leads=leads,
            deals=deals,
            cac=_ratio(total_spend, deals),
            cost_per_lead=_ratio(total_spend, leads),
            roi=_ratio(revenue - total_spend, total_spend),
            week_cac=None if week_cac != week_cac else week_cac,
        )
    return None


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


# --- team ------------------------------------------------------------------------------------


def team_data(connection: Connection, today: dt.date) -> TeamData:
    """The last full week's funnel against the week before, and this week's experiment tasks."""
    week_start = report_settings(connection).week_start
    week = last_full_week(today, week_start)
    current = week_start_of(today, week_start)
    funnel, from_stage, to_stage, sources = _source_conversion(connection, week)
    steps = [s for s in funnel_steps(connection, week) if not funnel or s.funnel == funnel]
    tasks = tuple(
        ExperimentTasks(
            row.code,
            row.title,
            row.start_date,
            tuple(experiment_tasks.tasks_of(connection, row.id)),
        )
        for row in running_in_week(connection, current)
        if row.start_date is not None
    )
    return TeamData(week, current, funnel, from_stage, to_stage, tuple(steps), sources, tasks)


def running_in_week(connection: Connection, week: dt.date) -> list[experiments.ExperimentRow]:
    """Experiments whose run (7 or 14 days from Day 1) covers a day of the week starting on
    `week`, the earliest Day 1 first."""
    earlier = experiments.experiments_in_week(connection, week - dt.timedelta(weeks=1))
    return [
        row
        for row in earlier + experiments.experiments_in_week(connection, week)
        if row.last_day is not None and row.last_day >= week
    ]


def form_step(stages: Sequence[str]) -> tuple[str, str]:
    """The step from the funnel's first stage to "Form submitted" (else to its second stage)."""
    folded = [s.casefold() for s in stages]
    target = "form submitted"
    to_stage = stages[folded.index(target)] if target in folded[1:] else stages[1]
    return stages[0], to_stage


def _source_conversion(
    connection: Connection, week: dt.date
) -> tuple[str, str, str, tuple[SourceConversion, ...]]:
    """The first funnel with counts: its form step per source in `week` and the week before."""
    import pandas as pd

    for funnel_id, name in funnel_data.funnel_names(connection):
        stages = funnel_data.stage_names(connection, funnel_id)
        if len(stages) < 2:
            continue
        if not funnel_data.has_counts(connection, funnel_id):
            continue
        span = (week - dt.timedelta(weeks=1), week)
        counts = funnel_data.load_counts(connection, funnel_id, weeks=span)
        from_stage, to_stage = form_step(stages)
        by_week = counts.groupby(["week", "segment", "stage"])["count"].sum()
        lines = []
        for segment in sorted(counts["segment"].unique()):
            now = [
                int(by_week.get((pd.Timestamp(day), segment, stage), 0))
                for day in (week, week - dt.timedelta(weeks=1))
                for stage in (from_stage, to_stage)
            ]
            if not any(now):
                continue
            lines.append(
                SourceConversion(
                    segment=segment,
                    from_count=now[0],
                    to_count=now[1],
                    rate=_ratio(now[1], now[0]),
                    previous_from_count=now[2],
                    previous_to_count=now[3],
                    previous_rate=_ratio(now[3], now[2]),
                )
            )
        return name, from_stage, to_stage, tuple(lines)
    return "", "", "", ()


def experiment_by_code(connection: Connection, code: str) -> experiments.ExperimentRow | None:
    """The experiment with that code (EXP-0004), with the names behind its ids; None if none."""
    found = connection.execute(select(Experiment.id).where(Experiment.code == code)).scalar()
    return None if found is None else experiments.experiment(connection, found)
