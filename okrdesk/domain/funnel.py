"""Funnel metrics from weekly counts: conversion, drop-off, unit economics, period comparison.

Pandas in, pandas out. A weekly counts frame has the columns
    week (datetime64, the week's first day), segment (str, "" = none), variant (str, "" = none),
    stage (str), count (int).
A spend frame has the columns week, segment, variant, spend, revenue.

A rate with a zero denominator is undefined and is NaN, never 0 (DESIGN, Funnel). Stages not in
the funnel's stage list are ignored; a funnel stage with no row in a week counts 0 there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, TypeAlias

import numpy as np
import pandas as pd

from okrdesk.domain.step_comparison import StepComparison, compare_steps

DIMENSIONS = ("week", "segment", "variant")
COUNT_COLUMNS = (*DIMENSIONS, "stage", "count")
METRIC_COLUMNS = (
    *COUNT_COLUMNS,
    "step_conversion",
    "overall_conversion",
    "drop_off",
)
ECONOMICS_VALUES = ("spend", "revenue", "leads", "deals", "cost_per_lead", "cac", "roi")
COMPARISON_COLUMNS = StepComparison._fields
# The same names as okrdesk.store.schema.FUNNEL_METRICS (domain does not import store).
FUNNEL_METRICS = (
    "step_rate",
    "overall_rate",
    "stage_count",
    "cost_per_lead",
    "cac",
    "roi",
    "revenue",
    "spend",
)
Baseline = Literal["previous", "trailing_mean"]
WeekLike: TypeAlias = dt.date | pd.Timestamp | str


def empty_counts() -> pd.DataFrame:
    """A weekly counts frame with no rows and the right column types."""
    return pd.DataFrame(
        {
            "week": pd.Series(dtype="datetime64[ns]"),
            "segment": pd.Series(dtype="str"),
            "variant": pd.Series(dtype="str"),
            "stage": pd.Series(dtype="str"),
            "count": pd.Series(dtype="int64"),
        }
    )


def empty_spend() -> pd.DataFrame:
    """A spend frame with no rows and the right column types."""
    return pd.DataFrame(
        {
            "week": pd.Series(dtype="datetime64[ns]"),
            "segment": pd.Series(dtype="str"),
            "variant": pd.Series(dtype="str"),
            "spend": pd.Series(dtype="float64"),
            "revenue": pd.Series(dtype="float64"),
        }
    )


def money_stages(stages: Sequence[str]) -> tuple[str, str]:
    """The lead and deal stages unit economics count: "Lead" if the funnel has one (else its
    second stage, or its first), and the last stage."""
    folded = [s.casefold() for s in stages]
    if "lead" in folded:
        lead = stages[folded.index("lead")]
    else:
        lead = stages[1] if len(stages) > 2 else stages[0]
    return lead, stages[-1]


def metrics(counts: pd.DataFrame, stages: Sequence[str]) -> pd.DataFrame:
    """Count, step and overall conversion and drop-off per week × segment × variant × stage.

    Rows come sorted by week, segment and variant, and within them in funnel stage order.
    step_conversion = c[i]/c[i-1] (NaN for the first stage), overall_conversion = c[i]/c[0],
    drop_off = max(c[i-1] - c[i], 0) (NaN for the first stage, which has no step before it).
    """
    stages = _check_stages(stages)
    wide = _wide(_typed_weeks(counts), stages, DIMENSIONS)
    if wide.empty:
        frame = empty_counts()
        for column in ("step_conversion", "overall_conversion", "drop_off"):
            frame[column] = pd.Series(dtype="float64")
        return frame
    values = wide.to_numpy(dtype="float64")
    rows, width = values.shape
    step = np.full_like(values, np.nan)
    step[:, 1:] = _divide(values[:, 1:], values[:, :-1])
    overall = _divide(values, values[:, [0]])
    drop = np.full_like(values, np.nan)
    drop[:, 1:] = np.maximum(values[:, :-1] - values[:, 1:], 0.0)
    index = wide.index.to_frame(index=False)
    frame = index.loc[np.repeat(np.arange(rows), width)].reset_index(drop=True)
    frame["stage"] = np.tile(np.array(stages, dtype=object), rows)
    frame["count"] = values.reshape(-1).astype("int64")
    frame["step_conversion"] = step.reshape(-1)
    frame["overall_conversion"] = overall.reshape(-1)
    frame["drop_off"] = drop.reshape(-1)
    return frame[list(METRIC_COLUMNS)]


def collapse(frame: pd.DataFrame, keep: Sequence[str] = ("week",)) -> pd.DataFrame:
    """Sum over the dimensions not kept; a dropped segment or variant becomes "" (all of them).

    Works on a counts frame (grouped by the kept dimensions and stage) and on a spend frame
    (spend and revenue summed). The result has the same columns as the input, so it can be
    passed on to metrics() as "all sources" or "all variants".
    """
    unknown = set(keep) - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"cannot keep {sorted(unknown)}: only {list(DIMENSIONS)}")
    frame = _typed_weeks(frame)
    keys = [d for d in DIMENSIONS if d in keep]
    if "stage" in frame.columns:
        keys.append("stage")
    values = [c for c in ("count", "spend", "revenue") if c in frame.columns]
    if keys:
        summed = frame.groupby(keys, sort=True, as_index=False)[values].sum()
    else:
        summed = frame[values].sum().to_frame().T
    for dimension in ("segment", "variant"):
        if dimension not in keep:
            summed[dimension] = ""
    if "week" not in keep:
        summed["week"] = pd.NaT
    return summed[list(frame.columns)].reset_index(drop=True)


def unit_economics(
    counts: pd.DataFrame,
    spend: pd.DataFrame,
    stages: Sequence[str],
    lead_stage: str,
    deal_stage: str,
    keep: Sequence[str] = ("week", "segment"),
) -> pd.DataFrame:
    """Spend, revenue, leads, deals, cost per lead, CAC and ROI per kept dimensions.

    leads = count of lead_stage, deals = count of deal_stage; cost_per_lead = spend / leads,
    cac = spend / deals, roi = (revenue - spend) / spend; NaN where the denominator is 0.
    A combination present in only one of the frames has 0 for what the other would give.
    """
    stages = _check_stages(stages)
    for name in (lead_stage, deal_stage):
        if name not in stages:
            raise ValueError(f"{name!r} is not a stage of this funnel")
    keys = [d for d in DIMENSIONS if d in keep]
    if not keys:
        raise ValueError("keep at least one of week, segment, variant")
    counts, spend = _typed_weeks(counts), _typed_weeks(spend)
    wide = _wide(counts, stages, keys)[[lead_stage, deal_stage]]
    wide.columns = ["leads", "deals"]
    money = spend.groupby(keys, sort=True)[["spend", "revenue"]].sum()
    joined = money.join(wide, how="outer").fillna(0.0).sort_index()
    result = joined.reset_index()
    result["spend"] = result["spend"].astype("float64")
    result["revenue"] = result["revenue"].astype("float64")
    result["leads"] = result["leads"].astype("int64")
    result["deals"] = result["deals"].astype("int64")
    cost = result["spend"].to_numpy()
    result["cost_per_lead"] = _divide(cost, result["leads"].to_numpy(dtype="float64"))
    result["cac"] = _divide(cost, result["deals"].to_numpy(dtype="float64"))
    result["roi"] = _divide(result["revenue"].to_numpy() - cost, cost)
    return result[[*keys, *ECONOMICS_VALUES]]


def week_over_week(
    counts: pd.DataFrame, stages: Sequence[str], week: WeekLike, alpha: float = 0.05
) -> pd.DataFrame:
    """Each step's rate in `week` against the week before, with a two-proportion test."""
    return compare_periods(counts, stages, week, baseline="previous", alpha=alpha)


def compare_periods(
    counts: pd.DataFrame,
    stages: Sequence[str],
    week: WeekLike,
    baseline: Baseline = "previous",
    weeks: int = 4,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Each step's rate in `week` against a baseline, one row per step (from_stage, to_stage).

    baseline "previous" is the week before; "trailing_mean" the `weeks` weeks before `week`,
    their counts summed (so the rate is the pooled mean and the test uses every visitor).
    All segments and variants in `counts` are taken together: filter or collapse first.
    Columns: COMPARISON_COLUMNS. change = rate - baseline_rate, relative_change = change /
    baseline_rate; p_value from the pooled two-proportion z-test (baseline as control).
    Undefined rates stay NaN and their row is never significant; so is a step whose later
    stage outnumbers the earlier one (not a proportion, so no test).
    """
    stages = _check_stages(stages)
    if baseline not in ("previous", "trailing_mean"):
        raise ValueError(f"unknown baseline {baseline!r}")
    if weeks < 1:
        raise ValueError("the trailing baseline needs at least one week")
    counts = _typed_weeks(counts)
    current = _as_week(week)
    span = 1 if baseline == "previous" else weeks
    before = [current - pd.Timedelta(weeks=n) for n in range(1, span + 1)]
    now_totals = _stage_totals(counts, stages, [current])
    base_totals = _stage_totals(counts, stages, before)
    rows = compare_steps(stages, now_totals, base_totals, alpha)
    frame = pd.DataFrame(rows, columns=list(COMPARISON_COLUMNS))
    return frame.astype(
        {
            "from_stage": "str",
            "to_stage": "str",
            "from_count": "int64",
            "to_count": "int64",
            "baseline_from_count": "int64",
            "baseline_to_count": "int64",
            "rate": "float64",
            "baseline_rate": "float64",
            "change": "float64",
            "relative_change": "float64",
            "p_value": "float64",
            "significant": bool,
        }
    )


def metric_series(
    counts: pd.DataFrame,
    spend: pd.DataFrame,
    stages: Sequence[str],
    metric: str,
    from_stage: str | None = None,
    to_stage: str | None = None,
    segment: str = "",
) -> pd.Series:
    """The weekly value of one funnel metric, indexed by week (oldest first); NaN = undefined.

    segment "" takes every segment together. Stages per metric:
    - step_rate: to_stage / from_stage (from_stage defaults to the stage before to_stage);
    - overall_rate: to_stage / the first stage; stage_count: to_stage's count;
    - cost_per_lead: spend / count of to_stage (default: the stage named "Lead", else the
      first stage); cac: spend / count of to_stage (default: the last stage);
    - roi, revenue, spend: from the spend frame alone.
    Weeks are those of either frame; a week missing from one counts 0 there.
    """
    stages = _check_stages(stages)
    if metric not in FUNNEL_METRICS:
        raise ValueError(f"unknown funnel metric {metric!r}")
    counts, spend = _typed_weeks(counts), _typed_weeks(spend)
    if segment:
        counts = counts[counts["segment"] == segment]
        spend = spend[spend["segment"] == segment]
    weeks = pd.DatetimeIndex(
        sorted(set(counts["week"].dropna()) | set(spend["week"].dropna())), name="week"
    )
    per_stage = _wide(counts, stages, ("week",)).reindex(weeks, fill_value=0).astype("float64")
    money = spend.groupby("week")[["spend", "revenue"]].sum().reindex(weeks, fill_value=0.0)
    cost = money["spend"].to_numpy(dtype="float64")
    revenue = money["revenue"].to_numpy(dtype="float64")

    def count_of(stage: str | None) -> np.ndarray:
        if stage not in stages:
            raise ValueError(f"{stage!r} is not a stage of this funnel")
        return per_stage[stage].to_numpy()

    if metric == "step_rate":
        target = _required(to_stage, metric)
        position = _position(stages, target)
        source = from_stage if from_stage is not None else stages[max(position - 1, 0)]
        values = _divide(count_of(target), count_of(source))
    elif metric == "overall_rate":
        values = _divide(count_of(_required(to_stage, metric)), count_of(stages[0]))
    elif metric == "stage_count":
        values = count_of(_required(to_stage, metric))
    elif metric == "cost_per_lead":
        lead = to_stage or ("Lead" if "Lead" in stages else stages[0])
        values = _divide(cost, count_of(lead))
    elif metric == "cac":
        values = _divide(cost, count_of(to_stage or stages[-1]))
    elif metric == "roi":
        values = _divide(revenue - cost, cost)
    elif metric == "revenue":
        values = revenue
    else:
        values = cost
    return pd.Series(np.asarray(values, dtype="float64"), index=weeks, name=metric)


def _typed_weeks(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its week column as datetime64 (dates or ISO strings are converted)."""
    if "week" in frame.columns and not pd.api.types.is_datetime64_any_dtype(frame["week"]):
        return frame.assign(week=pd.to_datetime(frame["week"]))
    return frame


def _check_stages(stages: Sequence[str]) -> list[str]:
    names = list(stages)
    if not names:
        raise ValueError("a funnel needs at least one stage")
    if len(set(names)) != len(names):
        raise ValueError("stage names must be unique")
    return names


def _wide(counts: pd.DataFrame, stages: list[str], keys: Sequence[str]) -> pd.DataFrame:
    """Counts summed per keys (index) and stage (columns, in funnel order, 0 where missing)."""
    frame = counts[counts["stage"].isin(stages)]
    keys = list(keys)
    blanks = {k: "" for k in ("segment", "variant") if k in keys and frame[k].isna().any()}
    if blanks:
        frame = frame.fillna(blanks)  # groupby would drop rows with a missing key
    if frame.empty:
        if len(keys) == 1:
            index = pd.Index(
                [], name=keys[0], dtype="datetime64[ns]" if keys == ["week"] else object
            )
        else:
            index = pd.MultiIndex.from_arrays([[] for _ in keys], names=keys)
        return pd.DataFrame(0, index=index, columns=stages, dtype="int64")
    summed = frame.groupby([*keys, "stage"], sort=True, dropna=False)["count"].sum()
    wide = summed.unstack("stage", fill_value=0).reindex(columns=stages, fill_value=0)
    wide.columns.name = None
    return wide.astype("int64")


def _stage_totals(counts: pd.DataFrame, stages: list[str], weeks: list[pd.Timestamp]) -> list[int]:
    chosen = counts[counts["week"].isin(weeks) & counts["stage"].isin(stages)]
    totals = chosen.groupby("stage")["count"].sum().reindex(stages, fill_value=0)
    return [int(value) for value in totals]


def _divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    numerator = np.asarray(numerator, dtype="float64")
    denominator = np.asarray(denominator, dtype="float64")
    numerator, denominator = np.broadcast_arrays(numerator, denominator)
    result = np.full(numerator.shape, np.nan)
    np.divide(numerator, denominator, out=result, where=denominator != 0)
    return result


def _as_week(week: WeekLike) -> pd.Timestamp:
    stamp = pd.Timestamp(week)
    return stamp.normalize()


def _required(stage: str | None, metric: str) -> str:
    if stage is None:
        raise ValueError(f"the metric {metric!r} needs a stage")
    return stage


def _position(stages: list[str], stage: str) -> int:
    if stage not in stages:
        raise ValueError(f"{stage!r} is not a stage of this funnel")
    return stages.index(stage)
