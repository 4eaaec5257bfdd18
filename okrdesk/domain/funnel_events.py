"""Raw funnel events → weekly aggregates: activity, cohorts, speed-to-lead and revenue.

Pandas in, pandas out; whole columns at a time, never a Python loop per row. An events frame
has the columns
    lead_id (any hashable; categories are fastest), timestamp (datetime64),
    stage (int: the stage's position in the funnel, 0 = first), segment (str, "" = none),
    variant (str, "" = none), revenue (float, NaN = none).

A lead belongs to one segment and one variant: the first non-empty ones it has in time order
(first touch), so that its later events, which CRMs often export without a source, count there
too. DESIGN.md, Funnel:
- activity: the distinct leads that reached a stage in a week (the week of that event);
- cohort: the leads that entered in week W (their first event), counted at every stage from
  the first to the furthest they reached within `window_days` of entering;
- speed-to-lead: per week of reaching the lead stage, the median hours from it to the lead's
  first later-stage event, and how many leads that median is over;
- revenue: summed per week of the event, segment and variant.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

GROUP = ["week", "segment", "variant"]


@dataclass(frozen=True)
class EventViews:
    """activity and cohort: week, stage, segment, variant, count; speed: week, segment,
    variant, median_hours, leads; revenue: week, segment, variant, revenue."""

    activity: pd.DataFrame
    cohort: pd.DataFrame
    speed: pd.DataFrame
    revenue: pd.DataFrame


def week_of(moments: pd.Series, week_start: int = 0) -> pd.Series:
    """The first day (midnight) of the week each moment falls in; week_start 0 = Monday."""
    days = moments.dt.normalize()
    return days - pd.to_timedelta((days.dt.day_of_week - week_start) % 7, unit="D")


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes and the distinct values; categories are used as they are."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(), np.asarray(values.cat.categories, dtype=object)
    codes, uniques = pd.factorize(values)
    return codes, np.asarray(uniques, dtype=object)


def _first_touch(lead: np.ndarray, order: np.ndarray, values: pd.Series, leads: int) -> np.ndarray:
    """Per lead, the first non-empty value in time order ("" where it has none)."""
    codes, uniques = _codes(values.fillna(""))
    text = np.asarray(uniques, dtype=object)
    empty = np.flatnonzero(text == "")
    present = codes >= 0
    if len(empty):
        present &= codes != empty[0]
    result = np.full(leads, "", dtype=object)
    in_order = order[present[order]]
    if len(in_order):
        first_lead, first_row = np.unique(lead[in_order], return_index=True)
        result[first_lead] = text[codes[in_order[first_row]]]
    return result


def _grouped(frame: pd.DataFrame, value: str, how: str, columns: list[str]) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in [*columns, value]})
    result = frame.groupby(columns, sort=True)[value].agg(how).reset_index()
    return result


def aggregate(
    events: pd.DataFrame,
    stages: int,
    *,
    week_start: int = 0,
    window_days: int = 28,
    lead_stage: int | None = None,
) -> EventViews:
    """Every weekly view of the raw events (see the module's docstring)."""
    lead, _ids = _codes(events["lead_id"])
    leads = int(lead.max()) + 1 if len(lead) else 0
    moments = events["timestamp"].to_numpy(dtype="datetime64[ns]")
    stage = events["stage"].to_numpy(dtype=np.int64)
    order = np.argsort(moments, kind="stable")
    segment = _first_touch(lead, order, events["segment"], leads)
    variant = _first_touch(lead, order, events["variant"], leads)
    week = week_of(events["timestamp"], week_start).to_numpy(dtype="datetime64[ns]")

    activity = _activity(lead, stage, week, segment, variant)
    cohort = _cohort(lead, stage, moments, order, segment, variant, leads, stages, window_days,
                     week_start)  # fmt: skip
    speed = _speed(lead, stage, moments, segment, variant, leads, lead_stage, week_start)
    revenue = pd.DataFrame(
        {
            "week": week,
            "segment": segment[lead],
            "variant": variant[lead],
            "revenue": events["revenue"].to_numpy(dtype=float),
        }
    )
    revenue = _grouped(revenue[~np.isnan(revenue["revenue"])], "revenue", "sum", GROUP)
    return EventViews(activity, cohort, speed, revenue)


def _activity(
    lead: np.ndarray,
    stage: np.ndarray,
    week: np.ndarray,
    segment: np.ndarray,
    variant: np.ndarray,
) -> pd.DataFrame:
    reached = pd.DataFrame({"lead": lead, "stage": stage, "week": week}).drop_duplicates()
    reached["segment"] = segment[reached["lead"].to_numpy()]
    reached["variant"] = variant[reached["lead"].to_numpy()]
    counts = reached.groupby([*GROUP[:1], "stage", *GROUP[1:]], sort=True).size()
    return counts.rename("count").reset_index()


def _cohort(
    lead: np.ndarray,
    stage: np.ndarray,
    moments: np.ndarray,
    order: np.ndarray,
    segment: np.ndarray,
    variant: np.ndarray,
    leads: int,
    stages: int,
    window_days: int,
    week_start: int,
) -> pd.DataFrame:
    entered = np.full(leads, np.datetime64("NaT"), dtype="datetime64[ns]")
    first_lead, first_row = np.unique(lead[order], return_index=True)
    entered[first_lead] = moments[order[first_row]]
    within = moments - entered[lead] <= np.timedelta64(window_days, "D")
    lowest = np.full(leads, np.iinfo(np.int64).max)
    highest = np.full(leads, -1)
    np.minimum.at(lowest, lead[within], stage[within])
    np.maximum.at(highest, lead[within], stage[within])
    cohort_week = week_of(pd.Series(entered), week_start).to_numpy()
    parts = []
    for position in range(stages):  # one pass per stage, over leads, not rows
        there = (lowest <= position) & (position <= highest)
        parts.append(
            pd.DataFrame(
                {
                    "week": cohort_week[there],
                    "stage": position,
                    "segment": segment[there],
                    "variant": variant[there],
                }
            )
        )
    every = pd.concat(parts, ignore_index=True)
    counts = every.groupby(["week", "stage", "segment", "variant"], sort=True).size()
    return counts.rename("count").reset_index()


def _speed(
    lead: np.ndarray,
    stage: np.ndarray,
    moments: np.ndarray,
    segment: np.ndarray,
    variant: np.ndarray,
    leads: int,
    lead_stage: int | None,
    week_start: int,
) -> pd.DataFrame:
    columns = [*GROUP, "median_hours", "leads"]
    if lead_stage is None:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    as_lead = stage == lead_stage
    became = np.full(leads, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(became, lead[as_lead], moments[as_lead].view(np.int64))
    later = (stage > lead_stage) & (moments.view(np.int64) >= became[lead])
    next_step = np.full(leads, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(next_step, lead[later], moments[later].view(np.int64))
    both = (became != np.iinfo(np.int64).max) & (next_step != np.iinfo(np.int64).max)
    hours = (next_step[both] - became[both]) / 3.6e12
    became_at = pd.Series(became[both].view("datetime64[ns]"))
    frame = pd.DataFrame(
        {
            "week": week_of(became_at, week_start).to_numpy(),
            "segment": segment[both],
            "variant": variant[both],
            "hours": hours,
        }
    )
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    grouped = frame.groupby(GROUP, sort=True)["hours"]
    result = grouped.median().rename("median_hours").to_frame()
    result["leads"] = grouped.size()
    return result.reset_index()
