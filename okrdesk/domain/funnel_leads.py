"""What a funnel remembers of each lead, week by week, so that weekly files add up to one file.

The workflow is "import last week's CRM export every Monday". A lead's source, variant and entry
week are those of its first events, which an earlier file may hold; its cohort (how far it got
within the conversion window) may grow with a later file. So an import does not count a file
alone: it summarises the file per lead and week (`summarise`), puts that in place of what the
funnel remembered of the file's weeks, and counts the weekly views from everything remembered
(`views`). A summary holds no more than the views need:

- touches: lead, week, stage, at — the first moment the lead reached the stage in that week;
- marks: lead, week, source, source_at, variant, variant_at, revenue — the week's first
  non-empty source and variant (of two at the same moment, the file's earlier row) and the
  moment of each (NaT when none), and the week's revenue (NaN when none).

Counted from the summaries, activity, cohorts and revenue are exactly what domain.funnel_events
counts from the events themselves: the first non-empty source of a lead is the earliest of its
weeks' first ones; a stage is reached within the window exactly when its first moment is.
Speed-to-lead differs in one corner only: a later stage reached both before and after the lead
stage in the same week counts from its first moment that week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from okrdesk.domain import funnel_events
from okrdesk.domain.funnel_events import (
    DAY_NS,
    EventSums,
    EventViews,
    _lead_codes,
    _names,
    _week_days,
    aggregate,
)

TOUCH_COLUMNS = ("lead", "week", "stage", "at")
MS_NS = 1_000_000
MARK_COLUMNS = ("lead", "week", "source", "source_at", "variant", "variant_at", "revenue")


@dataclass(frozen=True)
class LeadWeeks:
    """touches and marks, as the module's docstring describes them."""

    touches: pd.DataFrame
    marks: pd.DataFrame

    def weeks(self) -> set[pd.Timestamp]:
        return set(pd.to_datetime(self.marks["week"].unique()))

    def leads(self) -> set:
        return set(self.marks["lead"].unique())

    def where(self, keep_marks: pd.Series) -> LeadWeeks:
        """The lead-weeks whose marks row `keep_marks` keeps (a boolean over marks)."""
        if keep_marks.all():  # frames are never changed in place: no copy needed
            return self
        kept = self.marks[keep_marks.to_numpy()]
        pairs = pd.MultiIndex.from_frame(kept[["lead", "week"]])
        touched = pd.MultiIndex.from_frame(self.touches[["lead", "week"]]).isin(pairs)
        return LeadWeeks(self.touches[touched], kept)

    @staticmethod
    def concat(parts: Iterable[LeadWeeks]) -> LeadWeeks:
        given = list(parts)
        parts = [part for part in given if len(part.marks)] or given[:1]
        if len(parts) == 1:  # a first import: what is remembered is the file, not a copy
            return parts[0]
        return LeadWeeks(
            pd.concat([p.touches for p in parts], ignore_index=True),
            pd.concat([p.marks for p in parts], ignore_index=True),
        )


def empty() -> LeadWeeks:
    touches = pd.DataFrame(
        {
            "lead": pd.Series(dtype=object),
            "week": pd.Series(dtype="datetime64[ns]"),
            "stage": pd.Series(dtype=np.int64),
            "at": pd.Series(dtype="datetime64[ns]"),
        }
    )
    marks = pd.DataFrame(
        {
            "lead": pd.Series(dtype=object),
            "week": pd.Series(dtype="datetime64[ns]"),
            "source": pd.Series(dtype=object),
            "source_at": pd.Series(dtype="datetime64[ns]"),
            "variant": pd.Series(dtype=object),
            "variant_at": pd.Series(dtype="datetime64[ns]"),
            "revenue": pd.Series(dtype=float),
        }
    )
    return LeadWeeks(touches, marks)


def summarise(events: pd.DataFrame, week_start: int = 0) -> LeadWeeks:
    """Raw events (domain.funnel_events' columns) per lead and week: touches and marks."""
    if events.empty:
        return empty()
    moments = events["timestamp"].to_numpy(dtype="datetime64[ns]").view(np.int64)
    moments = moments // MS_NS * MS_NS  # remembered to the millisecond
    week = _week_days(moments, week_start) * DAY_NS
    lead = _lead_codes(events["lead_id"])
    stage = events["stage"].to_numpy(dtype=np.int64)
    # One integer per lead and week, and per lead, week and stage: sorted, they keep each
    # lead's weeks and each week's stages together, in order.
    week_index = (week - week.min()) // (7 * DAY_NS)
    pair = lead * (int(week_index.max()) + 1) + week_index
    touch = pair * (int(stage.max()) + 1) + stage
    order = np.lexsort((moments, touch))  # each touch's earliest row first
    firsts = order[_starts(touch[order])]
    lead_ids = events["lead_id"].to_numpy()
    touches = pd.DataFrame(
        {
            "lead": lead_ids[firsts],
            "week": week[firsts].view("datetime64[ns]"),
            "stage": stage[firsts],
            "at": moments[firsts].view("datetime64[ns]"),
        }
    )
    pair_rows = firsts[_starts(pair[firsts])]  # a row of each lead-week, in order
    pairs = pair[pair_rows]
    marks = pd.DataFrame(
        {"lead": lead_ids[pair_rows], "week": week[pair_rows].view("datetime64[ns]")}
    )
    for name, column in (("source", "segment"), ("variant", "variant")):
        values = _names(events[column])
        rows = np.flatnonzero(values.codes != values.empty)
        # Per lead and week, the earliest; of two at the same moment, the file's earlier row.
        rows = rows[np.lexsort((rows, moments[rows], pair[rows]))]
        chosen = rows[_starts(pair[rows])]
        at = np.searchsorted(pairs, pair[chosen])
        names = np.full(len(pairs), "", dtype=object)
        names[at] = values.names[values.codes[chosen]]
        moment = np.full(len(pairs), np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
        moment[at] = moments[chosen].view("datetime64[ns]")
        marks[name], marks[f"{name}_at"] = names, moment
    revenue = events["revenue"].to_numpy(dtype=float)
    paid = ~np.isnan(revenue)
    at = np.searchsorted(pairs, pair[paid])
    sums = np.bincount(at, weights=revenue[paid], minlength=len(pairs))
    marks["revenue"] = np.where(np.bincount(at, minlength=len(pairs)) > 0, sums, np.nan)
    return typed(LeadWeeks(touches, marks))


def weeks_of(moments: pd.Series, week_start: int = 0) -> set[pd.Timestamp]:
    """The weeks of these moments, as summarise gives a file's (LeadWeeks.weeks)."""
    nanoseconds = moments.to_numpy(dtype="datetime64[ns]").view(np.int64)
    days = np.unique(_week_days(nanoseconds, week_start))
    return set(pd.to_datetime((days * DAY_NS).view("datetime64[ns]")))


def _starts(sorted_keys: np.ndarray) -> np.ndarray:
    """Where each run of equal keys begins, as a boolean over the sorted keys."""
    return np.r_[True, sorted_keys[1:] != sorted_keys[:-1]] if len(sorted_keys) else sorted_keys


def typed(memory: LeadWeeks) -> LeadWeeks:
    """The frames with the module's columns, in order, and their types."""
    touches = memory.touches.astype({"stage": np.int64})
    marks = memory.marks.copy()
    for frame, columns in ((touches, ("week", "at")), (marks, ("week", "source_at", "variant_at"))):
        for column in columns:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    marks["revenue"] = marks["revenue"].astype(float)
    marks["source"] = marks["source"].astype(object)
    marks["variant"] = marks["variant"].astype(object)
    return LeadWeeks(touches[list(TOUCH_COLUMNS)], marks[list(MARK_COLUMNS)])


def _first_touch(marks: pd.DataFrame, name: str) -> pd.Series:
    """Per lead, its earliest week's first non-empty `name` ("" when none)."""
    given = marks[marks[name] != ""].sort_values(f"{name}_at")
    return given.drop_duplicates("lead").set_index("lead")[name]


def _text(values: pd.Series) -> np.ndarray:
    values = values.astype(object)
    return values.where(values.notna(), "").to_numpy(dtype=object)


def views(
    memory: LeadWeeks,
    stages: int,
    *,
    week_start: int = 0,
    window_days: int = 28,
    lead_stage: int | None = None,
) -> EventViews:
    """Every weekly view (domain.funnel_events.EventViews) of what is remembered of the leads."""
    return aggregate(
        _events(memory), stages, week_start=week_start, window_days=window_days,
        lead_stage=lead_stage,
    )  # fmt: skip


def sums(
    memory: LeadWeeks,
    stages: int,
    *,
    week_start: int = 0,
    window_days: int = 28,
    lead_stage: int | None = None,
) -> EventSums:
    """views' sums (domain.funnel_events.EventSums): those of disjoint sets of leads add up."""
    return funnel_events.sums(
        _events(memory), stages, week_start=week_start, window_days=window_days,
        lead_stage=lead_stage,
    )  # fmt: skip


def _events(memory: LeadWeeks) -> pd.DataFrame:
    """What is remembered as events: each lead-week's touches, under the lead's first source
    and variant, the week's revenue on one of them."""
    touches = memory.touches  # in any order: each lead-week's revenue goes on one of its rows
    marks = memory.marks
    source = _first_touch(marks, "source")
    variant = _first_touch(marks, "variant")
    revenue = marks.set_index(["lead", "week"])["revenue"]
    first_of_week = ~touches.duplicated(["lead", "week"])
    keys = pd.MultiIndex.from_frame(touches[["lead", "week"]])
    paid = revenue.reindex(keys).to_numpy(dtype=float)
    return pd.DataFrame(
        {
            "lead_id": touches["lead"].to_numpy(),
            "timestamp": touches["at"],
            "stage": touches["stage"],
            "segment": _text(touches["lead"].map(source)),
            "variant": _text(touches["lead"].map(variant)),
            # the week's revenue once, on one event of the lead in that week
            "revenue": np.where(first_of_week.to_numpy(), paid, np.nan),
        }
    )


def recount(
    before: LeadWeeks, file: LeadWeeks, file_weeks: set[pd.Timestamp] | None = None
) -> tuple[LeadWeeks, LeadWeeks, set[pd.Timestamp]]:
    """(what is remembered once the file's weeks are replaced by the file, what the file
    replaced, the weeks whose views may change).

    The weeks that may change: the file's own, and every other week of a lead the file carries
    or carried before (its source, variant, entry week, cohort or speed may have changed).
    `file_weeks` are the whole file's weeks when `file` is some of its leads only (a bucket):
    the file replaces those weeks of every lead, whichever of its leads has events in them.
    """
    file_weeks = file.weeks() if file_weeks is None else file_weeks
    in_file_weeks = before.marks["week"].isin(list(file_weeks))
    replaced = before.where(in_file_weeks)
    after = LeadWeeks.concat([before.where(~in_file_weeks), file])
    changed = file.leads() | replaced.leads()
    touched = set(file_weeks) | set(
        pd.to_datetime(after.marks.loc[after.marks["lead"].isin(list(changed)), "week"].unique())
    )
    return after, replaced, touched


def of_weeks(views_: EventViews, weeks: set[pd.Timestamp]) -> EventViews:
    """The views' rows of the given weeks only (a cohort's week is its entry week)."""
    wanted = list(weeks)

    def keep(frame: pd.DataFrame) -> pd.DataFrame:
        if frame.empty:
            return frame
        return frame[pd.to_datetime(frame["week"]).isin(wanted)].reset_index(drop=True)

    return EventViews(
        keep(views_.activity), keep(views_.cohort), keep(views_.speed), keep(views_.revenue)
    )


def involved(memory: LeadWeeks, weeks: set[pd.Timestamp]) -> LeadWeeks:
    """Every lead-week of the leads with a week among `weeks`: all the views of those weeks
    need."""
    leads = memory.marks.loc[memory.marks["week"].isin(list(weeks)), "lead"].unique()
    return memory.where(memory.marks["lead"].isin(leads))
