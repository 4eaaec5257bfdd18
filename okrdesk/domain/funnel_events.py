"""Raw funnel events → weekly aggregates: activity, cohorts, speed-to-lead and revenue.

Pandas in, pandas out; whole columns at a time, never a Python loop per row. An events frame
has the columns
    lead_id (any hashable), timestamp (datetime64), stage (int: the stage's position in the
    funnel, 0 = first), segment (str, "" = none), variant (str, "" = none),
    revenue (float, NaN = none).

A lead belongs to one segment and one variant: the first non-empty ones it has in time order
(first touch), so that its later events, which CRMs often export without a source, count there
too. DESIGN.md, Funnel:
- activity: the distinct leads that reached a stage in a week (the week of that event);
- cohort: the leads that entered in week W (their first event), counted at every stage from
  the first to the furthest they reached within `window_days` of entering;
- speed-to-lead: per week of reaching the lead stage, the median hours from it to the lead's
  first later-stage event, and how many leads that median is over;
- revenue: summed per week of the event, segment and variant (exactly: in any order, the
  same sum).
Activity and cohort hold a row of count 0 for a stage nobody reached where the stage before it
had people in that week, segment and variant: a step that fell to nobody is a drop to 0, never
a missing number (`with_zeros`).

A million events take well under a second: every key is turned into integers once, and rows
are counted on one combined integer key (np.bincount, or a sort when the keys are too many),
not by pandas' groupby on strings. Leads counted in parts (`sums` of each) add up with a
groupby over the parts' few rows of counts (`add_up`, `finish`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

GROUP = ["week", "segment", "variant"]
DAY_NS = 86_400 * 10**9
HOUR_NS = 3_600 * 10**9
# 1970-01-01, day 0, was a Thursday (Monday = 0).
EPOCH_WEEKDAY = 3
NEVER = np.iinfo(np.int64).max
# Counting by position in an array as long as every possible key: up to this many keys.
DENSE_LIMIT = 2**22


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


def _week_days(nanoseconds: np.ndarray, week_start: int) -> np.ndarray:
    """Days since 1970-01-01 of the first day of each moment's week."""
    days = nanoseconds // DAY_NS
    return days - (days + EPOCH_WEEKDAY - week_start) % 7


@dataclass(frozen=True)
class _Names:
    """Integer codes of a text column, with "" among its names."""

    codes: np.ndarray
    names: np.ndarray
    empty: int


def _names(values: pd.Series) -> _Names:
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, names = values.cat.codes.to_numpy(np.int64), values.cat.categories
    else:
        codes, names = pd.factorize(values)
        codes = codes.astype(np.int64)
    names = np.asarray([str(n) for n in names] + [""], dtype=object)
    found = np.flatnonzero(names[:-1] == "")
    empty = int(found[0]) if len(found) else len(names) - 1
    return _Names(np.where(codes < 0, empty, codes), names, empty)


def _lead_codes(values: pd.Series) -> np.ndarray:
    if pd.api.types.is_integer_dtype(values) and len(values) and values.min() >= 0:
        return values.to_numpy(np.int64)
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.codes.to_numpy(np.int64)
    return pd.factorize(values)[0].astype(np.int64)


def _earliest(lead: np.ndarray, moments: np.ndarray, where: np.ndarray, leads: int) -> np.ndarray:
    """Per lead, its earliest moment among the rows `where` is true (NEVER if none)."""
    earliest = np.full(leads, NEVER, dtype=np.int64)
    np.minimum.at(earliest, lead[where], moments[where])
    return earliest


def _first_touch(lead: np.ndarray, moments: np.ndarray, names: _Names, leads: int) -> np.ndarray:
    """Per lead, the code of its first non-empty value in time order (else the empty code)."""
    given = names.codes != names.empty
    earliest = _earliest(lead, moments, given, leads)
    rows = np.flatnonzero(given & (moments == earliest[lead]))[::-1]
    result = np.full(leads, names.empty, dtype=np.int64)
    result[lead[rows]] = names.codes[rows]  # reversed: of two at the same moment, the first wins
    return result


def with_zeros(counts: pd.DataFrame, stages: int) -> pd.DataFrame:
    """Counts (week, stage, segment, variant, count) with a row of count 0 added for every
    stage that has none where the stage before it has people in the same week, segment and
    variant; sorted by week, segment, variant and stage."""
    keys = ["week", "segment", "variant", "stage"]
    if counts.empty:
        return counts
    reached = counts.loc[(counts["count"] > 0) & (counts["stage"] < stages - 1), keys]
    following = reached.assign(stage=reached["stage"] + 1)
    known = pd.MultiIndex.from_frame(counts[keys])
    missing = following[~pd.MultiIndex.from_frame(following).isin(known)]
    if not missing.empty:
        counts = pd.concat([counts, missing.assign(count=0)], ignore_index=True)
    counts["count"] = counts["count"].astype(np.int64)
    return counts.sort_values(["week", "segment", "variant", "stage"], ignore_index=True)


def _runs(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of a sorted array, and where each run of one value starts.

    Sorting, not np.unique: numpy 2's hash-based unique is several times slower on a million
    integers.
    """
    starts = (
        np.r_[True, sorted_keys[1:] != sorted_keys[:-1]] if len(sorted_keys) else np.zeros(0, bool)
    )
    return sorted_keys[starts], starts


def _count(
    columns: Sequence[tuple[str, np.ndarray, int]], weights: np.ndarray | None = None
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Distinct combinations of integer columns (name, values in 0..size−1, size) and how
    many rows have each (or the sum of `weights` over them)."""
    key = np.zeros(len(columns[0][1]), dtype=np.int64)
    space = 1
    for _name, values, size in columns:
        key = key * size + values
        space *= size
    if space <= DENSE_LIMIT:  # the usual case: weeks × stages × sources × variants is small
        rows = np.bincount(key, minlength=space)
        unique = np.flatnonzero(rows)
        totals = rows if weights is None else np.bincount(key, weights, minlength=space)
        totals = totals[unique]
    else:
        order = np.argsort(key)
        unique, starts = _runs(key[order])
        inverse = np.empty(len(key), dtype=np.int64)
        inverse[order] = np.cumsum(np.r_[False, starts[1:]]) if len(key) else starts
        totals = np.bincount(inverse, weights=weights, minlength=len(unique))
    decoded = {}
    for name, _values, size in reversed(columns):
        unique, decoded[name] = np.divmod(unique, size)
    return decoded, totals


def aggregate(
    events: pd.DataFrame,
    stages: int,
    *,
    week_start: int = 0,
    window_days: int = 28,
    lead_stage: int | None = None,
) -> EventViews:
    """Every weekly view of the raw events (see the module's docstring)."""
    if events.empty:
        return _empty_views()
    found = _counted(events, stages, week_start, window_days, lead_stage)
    return EventViews(
        with_zeros(found.activity, stages),
        with_zeros(found.cohort, stages),
        _medians(found.hours, found.dims),
        _revenue_sums(found.revenue),
    )


@dataclass(frozen=True)
class EventSums:
    """The views of some leads before their zero rows and medians, so that the sums of
    disjoint sets of leads add up (`add_up`) to the views of all of them (`finish`):
    activity and cohort (week, stage, segment, variant, count) are sums over leads; revenue
    holds a row per payment and hours one per lead that reached the lead stage and a later
    one (week, segment, variant, and revenue or hours), summed and taken medians of at the
    end."""

    activity: pd.DataFrame
    cohort: pd.DataFrame
    hours: pd.DataFrame
    revenue: pd.DataFrame


def sums(
    events: pd.DataFrame,
    stages: int,
    *,
    week_start: int = 0,
    window_days: int = 28,
    lead_stage: int | None = None,
) -> EventSums:
    """aggregate's views of the raw events, before their zero rows and medians."""
    if events.empty:
        empty = _empty_views()
        return EventSums(empty.activity, empty.cohort, _hours_frame({}), empty.revenue)
    found = _counted(events, stages, week_start, window_days, lead_stage)
    hours = found.hours
    named = found.dims.frame({name: hours[name].to_numpy() for name in GROUP})
    return EventSums(
        found.activity, found.cohort, _hours_frame(named, hours["hours"]), found.revenue
    )


def _hours_frame(named: dict[str, object], hours: pd.Series | None = None) -> pd.DataFrame:
    if not named:
        named = {"week": pd.Series(dtype="datetime64[ns]"), "segment": [], "variant": []}
    frame = pd.DataFrame(named)
    frame["hours"] = [] if hours is None else hours.to_numpy(dtype=float)
    return frame


def add_up(parts: Sequence[EventSums]) -> EventSums:
    """The sums of disjoint sets of leads as the sums of all of them."""
    counts = ["week", "stage", "segment", "variant"]

    def summed(frames: list[pd.DataFrame], keys: list[str], value: str) -> pd.DataFrame:
        frames = [frame for frame in frames if len(frame)] or frames[:1]
        if len(frames) == 1:
            return frames[0]
        together = pd.concat(frames, ignore_index=True)
        return together.groupby(keys, sort=True, observed=True)[value].sum().reset_index()

    def rows(frames: list[pd.DataFrame]) -> pd.DataFrame:
        frames = [frame for frame in frames if len(frame)] or frames[:1]
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

    return EventSums(
        summed([p.activity for p in parts], counts, "count"),
        summed([p.cohort for p in parts], counts, "count"),
        rows([p.hours for p in parts]),
        rows([p.revenue for p in parts]),
    )


def finish(found: EventSums, stages: int) -> EventViews:
    """The views of the summed leads: zero rows added, speed-to-lead's medians taken."""
    columns = [*GROUP, "median_hours", "leads"]
    if len(found.hours):
        grouped = found.hours.groupby(GROUP, sort=True, observed=True)["hours"]
        speed = grouped.agg(["median", "size"]).reset_index()
        speed = speed.rename(columns={"median": "median_hours", "size": "leads"})[columns]
    else:
        speed = pd.DataFrame({c: [] for c in columns})
    return EventViews(
        with_zeros(found.activity, stages),
        with_zeros(found.cohort, stages),
        speed,
        _revenue_sums(found.revenue),
    )


@dataclass(frozen=True)
class _Counted:
    """_counted's views: activity and cohort without their zero rows, hours per lead (week,
    segment and variant as codes of `dims`) and revenue."""

    activity: pd.DataFrame
    cohort: pd.DataFrame
    hours: pd.DataFrame
    revenue: pd.DataFrame
    dims: _Dims


def _counted(
    events: pd.DataFrame,
    stages: int,
    week_start: int,
    window_days: int,
    lead_stage: int | None,
) -> _Counted:
    lead = _lead_codes(events["lead_id"])
    leads = int(lead.max()) + 1
    moments = events["timestamp"].to_numpy(dtype="datetime64[ns]").view(np.int64)
    stage = events["stage"].to_numpy(dtype=np.int64)
    segment, variant = _names(events["segment"]), _names(events["variant"])
    lead_segment = _first_touch(lead, moments, segment, leads)
    lead_variant = _first_touch(lead, moments, variant, leads)
    week = _week_days(moments, week_start)
    first_week = int(week.min())
    weeks = (int(week.max()) - first_week) // 7 + 1
    week_index = (week - first_week) // 7
    dims = _Dims(first_week, weeks, stages, segment, variant, lead_segment, lead_variant)

    activity = _activity(lead, stage, week_index, dims)
    entered = _earliest(lead, moments, np.ones(len(lead), dtype=bool), leads)
    present = np.flatnonzero(entered != NEVER)
    cohort = _cohort(lead, stage, moments, entered, present, window_days, week_start, dims)
    hours = _speed_hours(lead, stage, moments, leads, lead_stage, week_start, dims)
    revenue = events["revenue"].to_numpy(dtype=float)
    paid = ~np.isnan(revenue)
    if paid.any():
        keys = {"week": week_index[paid]} | {
            name: codes for name, codes, _size in dims.of_leads(lead[paid])
        }
        revenue_frame = dims.frame(keys) | {"revenue": revenue[paid]}
    else:
        revenue_frame = {c: [] for c in [*GROUP, "revenue"]}
    return _Counted(activity, cohort, hours, pd.DataFrame(revenue_frame), dims)


def _revenue_sums(paid: pd.DataFrame) -> pd.DataFrame:
    """Revenue (week, segment, variant, revenue, a row per payment) summed per week, segment
    and variant exactly (math.fsum): a sum that does not depend on the order of the rows, so
    that leads counted in parts add up to the same cents."""
    if paid.empty:
        return paid
    grouped = paid.groupby(GROUP, sort=True, observed=True)["revenue"]
    return grouped.agg(math.fsum).reset_index()


@dataclass(frozen=True)
class _Dims:
    first_week: int
    weeks: int
    stages: int
    segment: _Names
    variant: _Names
    lead_segment: np.ndarray
    lead_variant: np.ndarray

    def of_leads(self, lead: np.ndarray) -> list[tuple[str, np.ndarray, int]]:
        return [
            ("segment", self.lead_segment[lead], len(self.segment.names)),
            ("variant", self.lead_variant[lead], len(self.variant.names)),
        ]

    def frame(self, keys: dict[str, np.ndarray]) -> dict[str, object]:
        days = self.first_week + 7 * keys["week"]
        week = pd.to_datetime(days.astype("datetime64[D]")).as_unit("ns")
        columns: dict[str, object] = {"week": week}
        if "stage" in keys:
            columns["stage"] = keys["stage"]
        columns["segment"] = self.segment.names[keys["segment"]]
        columns["variant"] = self.variant.names[keys["variant"]]
        return columns


def _activity(
    lead: np.ndarray, stage: np.ndarray, week_index: np.ndarray, dims: _Dims
) -> pd.DataFrame:
    keys = np.sort((lead * dims.stages + stage) * dims.weeks + week_index)
    distinct, _starts = _runs(keys)
    rest, week_of_row = np.divmod(distinct, dims.weeks)
    lead_of_row, stage_of_row = np.divmod(rest, dims.stages)
    keys, counts = _count(
        [("week", week_of_row, dims.weeks), ("stage", stage_of_row, dims.stages),
         *dims.of_leads(lead_of_row)]
    )  # fmt: skip
    return pd.DataFrame(dims.frame(keys) | {"count": counts.astype(np.int64)})


def _cohort(
    lead: np.ndarray,
    stage: np.ndarray,
    moments: np.ndarray,
    entered: np.ndarray,
    present: np.ndarray,
    window_days: int,
    week_start: int,
    dims: _Dims,
) -> pd.DataFrame:
    within = moments - entered[lead] <= window_days * DAY_NS
    lowest = np.full(len(entered), dims.stages, dtype=np.int64)
    highest = np.full(len(entered), -1, dtype=np.int64)
    np.minimum.at(lowest, lead[within], stage[within])
    np.maximum.at(highest, lead[within], stage[within])
    cohort_week = (_week_days(entered[present], week_start) - dims.first_week) // 7
    lowest, highest = lowest[present], highest[present]
    parts = []
    for position in range(dims.stages):  # one pass per stage, over leads, not rows
        there = (lowest <= position) & (position <= highest)
        parts.append((cohort_week[there], np.full(there.sum(), position), present[there]))
    weeks, positions, leads = (np.concatenate(p) for p in zip(*parts, strict=True))
    if not len(leads):
        return pd.DataFrame({c: [] for c in ["week", "stage", "segment", "variant", "count"]})
    keys, counts = _count(
        [("week", weeks, dims.weeks), ("stage", positions, dims.stages), *dims.of_leads(leads)]
    )
    return pd.DataFrame(dims.frame(keys) | {"count": counts.astype(np.int64)})


def _speed_hours(
    lead: np.ndarray,
    stage: np.ndarray,
    moments: np.ndarray,
    leads: int,
    lead_stage: int | None,
    week_start: int,
    dims: _Dims,
) -> pd.DataFrame:
    """Per lead that reached the lead stage and a later one: the week (index) of reaching
    the lead stage, segment and variant (codes) and the hours to the later one."""
    never = NEVER
    if lead_stage is None:
        return pd.DataFrame({c: [] for c in [*GROUP, "hours"]})
    as_lead = stage == lead_stage
    became = np.full(leads, never, dtype=np.int64)
    np.minimum.at(became, lead[as_lead], moments[as_lead])
    later = (stage > lead_stage) & (moments >= became[lead])
    next_step = np.full(leads, never, dtype=np.int64)
    np.minimum.at(next_step, lead[later], moments[later])
    both = np.flatnonzero((became != never) & (next_step != never))
    return pd.DataFrame(
        {
            "week": (_week_days(became[both], week_start) - dims.first_week) // 7,
            "segment": dims.lead_segment[both],
            "variant": dims.lead_variant[both],
            "hours": (next_step[both] - became[both]) / HOUR_NS,
        }
    )


def _medians(hours: pd.DataFrame, dims: _Dims) -> pd.DataFrame:
    """Speed-to-lead per week, segment and variant: the median hours and over how many leads."""
    columns = [*GROUP, "median_hours", "leads"]
    if not len(hours):
        return pd.DataFrame({c: [] for c in columns})
    grouped = hours.groupby(GROUP, sort=True)["hours"]
    result = grouped.agg(["median", "size"]).reset_index()
    keys = {name: result[name].to_numpy() for name in GROUP}
    return pd.DataFrame(
        dims.frame(keys)
        | {"median_hours": result["median"].to_numpy(), "leads": result["size"].to_numpy()}
    )


def _empty_views() -> EventViews:
    def empty(*columns: str) -> pd.DataFrame:
        return pd.DataFrame({c: [] for c in columns})

    counts = ("week", "stage", "segment", "variant", "count")
    return EventViews(
        empty(*counts),
        empty(*counts),
        empty(*GROUP, "median_hours", "leads"),
        empty(*GROUP, "revenue"),
    )
