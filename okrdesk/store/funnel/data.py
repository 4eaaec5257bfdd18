"""A funnel's weekly counts and spend read from the workspace as okrdesk.domain.funnel frames.

Counts frame: week (datetime64, the week's first day), segment, variant, stage, count; spend
frame: week, segment, variant, spend, revenue ("" = no segment or variant). Rows come sorted by
week, segment, variant and, for counts, stage position.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

import pandas as pd
from sqlalchemy import Connection, Executable, Row, func, select
from sqlalchemy.orm import Session

from okrdesk.domain.funnel import empty_counts, empty_spend
from okrdesk.store.errors import FunnelNotFoundError
from okrdesk.store.funnel.definitions import list_funnels, list_stages
from okrdesk.store.schema import (
    Experiment,
    Funnel,
    FunnelCohortCount,
    FunnelCount,
    FunnelSpend,
    FunnelStage,
)

Reader = Connection | Session
CountsView = Literal["activity", "cohort"]
WeekSpan = tuple[dt.date, dt.date]  # the first and the last week's first day
# The tables these frames are read from, for the screens to know when to reload.
FUNNEL_DATA_TABLES = frozenset(
    {"funnels", "funnel_stages", "funnel_counts", "funnel_cohort_counts", "funnel_spend"}
)


def funnel_names(connection: Reader) -> list[tuple[int, str]]:
    """(id, name) of every funnel, in the order they were created."""
    return [(funnel.id, funnel.name) for funnel in list_funnels(connection)]


def funnel_id_by_name(connection: Reader, name: str) -> int:
    """The id of the funnel named `name`; FunnelNotFoundError when there is none."""
    funnel_id = connection.execute(select(Funnel.id).where(Funnel.name == name)).scalar()
    if funnel_id is None:
        raise FunnelNotFoundError(name)
    return funnel_id


def stage_names(connection: Reader, funnel_id: int) -> list[str]:
    """The funnel's stages in funnel order; FunnelNotFoundError when the funnel is not there."""
    _check_funnel(connection, funnel_id)
    return [stage.name for stage in list_stages(connection, funnel_id)]


def count_rows(connection: Reader, funnel_id: int) -> int:
    """How many weekly counts (typed in or imported) the funnel has: what reading its
    frames takes grows with."""
    statement = (
        select(func.count())
        .select_from(FunnelCount)
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
    )
    return int(connection.execute(statement).scalar_one())


def load_counts(
    connection: Reader,
    funnel_id: int,
    view: CountsView = "activity",
    weeks: WeekSpan | None = None,
) -> pd.DataFrame:
    """The funnel's weekly counts: typed in or imported ("activity", also what raw events
    reached in each week), or per cohort of entry week ("cohort", from raw events only);
    with `weeks` (first, last, both included) only the weeks starting in that span."""
    _check_funnel(connection, funnel_id)
    rows = connection.execute(_counts_statement(funnel_id, view, weeks)).all()
    if not rows:
        return empty_counts()
    frame = _frame(rows, ["week", "segment", "variant", "stage", "count"])
    return _typed(frame, count="int64")


def _counts_statement(
    funnel_id: int, view: CountsView = "activity", weeks: WeekSpan | None = None
) -> Executable:
    """The SELECT of load_counts."""
    table: type[FunnelCount] | type[FunnelCohortCount]
    if view == "activity":
        table, week = FunnelCount, FunnelCount.week_start
    elif view == "cohort":
        table, week = FunnelCohortCount, FunnelCohortCount.cohort_week
    else:
        raise ValueError(f"unknown counts view {view!r}")
    statement = (
        select(
            week.label("week"),
            table.segment,
            table.variant,
            FunnelStage.name.label("stage"),
            table.count,
        )
        .join(FunnelStage, FunnelStage.id == table.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
        .order_by(week, table.segment, table.variant, FunnelStage.position, FunnelStage.id)
    )
    if weeks is not None:
        statement = statement.where(week.between(*weeks))
    return statement


def load_spend(connection: Reader, funnel_id: int, weeks: WeekSpan | None = None) -> pd.DataFrame:
    """The funnel's spend and revenue per week, segment and variant; with `weeks` (first,
    last, both included) only the weeks starting in that span."""
    _check_funnel(connection, funnel_id)
    rows = connection.execute(_spend_statement(funnel_id, weeks)).all()
    if not rows:
        return empty_spend()
    frame = _frame(rows, ["week", "segment", "variant", "spend", "revenue"])
    return _typed(frame, spend="float64", revenue="float64")


def has_counts(connection: Reader, funnel_id: int) -> bool:
    """Whether the funnel has a weekly count in any week."""
    found = (
        select(FunnelCount.id)
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
        .limit(1)
    )
    return connection.execute(found).first() is not None


def has_spend(connection: Reader, funnel_id: int) -> bool:
    """Whether the funnel has a row of spend and revenue in any week."""
    found = select(FunnelSpend.id).where(FunnelSpend.funnel_id == funnel_id).limit(1)
    return connection.execute(found).first() is not None


def _spend_statement(funnel_id: int, weeks: WeekSpan | None = None) -> Executable:
    """The SELECT of load_spend."""
    statement = (
        select(
            FunnelSpend.week_start.label("week"),
            FunnelSpend.segment,
            FunnelSpend.variant,
            FunnelSpend.spend,
            FunnelSpend.revenue,
        )
        .where(FunnelSpend.funnel_id == funnel_id)
        .order_by(FunnelSpend.week_start, FunnelSpend.segment, FunnelSpend.variant)
    )
    if weeks is not None:
        statement = statement.where(FunnelSpend.week_start.between(*weeks))
    return statement


def segments(connection: Reader, funnel_id: int) -> list[str]:
    """Every segment (source) with counts or spend in the funnel, sorted; "" when some rows
    have none."""
    return _distinct(connection, funnel_id, "segment")


def variants(connection: Reader, funnel_id: int) -> list[str]:
    """Every variant (experiment arm) with counts or spend in the funnel, sorted."""
    return _distinct(connection, funnel_id, "variant")


def experiment_spans(
    connection: Reader, funnel_id: int | None = None
) -> list[tuple[str, dt.date, dt.date]]:
    """(code, first day, last day) of every experiment with a start date, oldest first.

    With a funnel_id, only the experiments measured on that funnel.
    """
    query = select(Experiment.code, Experiment.start_date, Experiment.duration_days).where(
        Experiment.start_date.is_not(None)
    )
    if funnel_id is not None:
        query = query.where(Experiment.funnel_id == funnel_id)
    rows = connection.execute(query.order_by(Experiment.start_date, Experiment.code))
    return [
        (row.code, row.start_date, row.start_date + dt.timedelta(days=row.duration_days - 1))
        for row in rows
    ]


def _distinct(connection: Reader, funnel_id: int, column: str) -> list[str]:
    _check_funnel(connection, funnel_id)
    counted = (
        select(getattr(FunnelCount, column))
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
    )
    cohorts = (
        select(getattr(FunnelCohortCount, column))
        .join(FunnelStage, FunnelStage.id == FunnelCohortCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
    )
    spent = select(getattr(FunnelSpend, column)).where(FunnelSpend.funnel_id == funnel_id)
    values = connection.execute(counted.union(cohorts, spent)).scalars()
    return sorted(set(values))


def _check_funnel(connection: Reader, funnel_id: int) -> None:
    if connection.execute(select(Funnel.id).where(Funnel.id == funnel_id)).scalar() is None:
        raise FunnelNotFoundError(funnel_id)


def _frame(rows: Sequence[Row], columns: list[str]) -> pd.DataFrame:
    # As plain tuples: pandas 3 asks every row of a list for a `dtype`, and on a SQLAlchemy row
    # each miss raises and catches inside SQLAlchemy (five years of weekly counts: 0.25 s for
    # the frame instead of 0.03).
    return pd.DataFrame([tuple(row) for row in rows], columns=columns)


def _typed(frame: pd.DataFrame, **value_types: str) -> pd.DataFrame:
    frame["week"] = pd.to_datetime(frame["week"]).astype("datetime64[ns]")
    for column in ("segment", "variant"):
        frame[column] = frame[column].fillna("")
    text = {c: "str" for c in ("segment", "variant", "stage") if c in frame.columns}
    return frame.astype(text | value_types)
