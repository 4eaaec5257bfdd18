"""A large raw-events file imported lead by lead, so that its memory does not grow with it.

Leads are independent: each lead's weeks, source, cohort and speed are its own, and the weekly
views are sums over leads (counts, revenue) or medians of one number per lead (speed-to-lead).
So a file of more than WHOLE_BUCKETS buckets' events is read part by part as always, and
each checked part's events are split by a hash of their lead id into buckets spilled to a
scratch folder (`spill`); what the funnel remembers of the leads goes into the same buckets
(`spill_memory`). Then one bucket at a time is summarised, recounted with its leads' memory,
counted and its lead memory written (`count_buckets`); the buckets' sums add up to the views
of the file (domain.funnel_events.add_up). The scratch files are frames pickled by this module
and read back by it only, never a user's file.

What stays bounded is a bucket's events, as long as no few leads carry most of the file: all
of a lead's events are in its bucket, so a file where one id (a placeholder such as
"anonymous") has millions of events holds them at once, as the whole path would.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from okrdesk.domain import funnel_events, funnel_leads
from okrdesk.domain.funnel_events import EventSums
from okrdesk.domain.funnel_leads import LeadWeeks
from okrdesk.store.funnel.importing import leads
from okrdesk.store.funnel.importing.event_rows import EventsData, EventsPart, joined
from okrdesk.store.funnel.importing.shapes import Skipped
from okrdesk.store.funnel.importing.writing import WriteInSteps

BUCKET_EVENTS = 250_000  # about this many events a bucket: well under a second a step
# A file of up to this many buckets' events is imported whole. Larger, buckets hold its peak
# memory down at little cost: a million events took 300 MB instead of 560 MB, its CPU time
# within a few per cent (loaded machine).
WHOLE_BUCKETS = 2
MEMORY_ROWS = 200_000  # remembered lead-weeks read at a time
EVENTS = "events"
KEYS = "keys"
MEMORY = "memory"


@dataclass
class Spilled:
    """A file's events spilled into `buckets` buckets under `folder`, and what the import
    says of the file: its rows, the rows and stages left out, its weeks."""

    folder: Path
    buckets: int
    rows: int
    skipped: Skipped
    offsets_dropped: bool
    has_revenue: bool
    weeks: set[pd.Timestamp] = field(default_factory=set)

    def path(self, kind: str, bucket: int) -> Path:
        return self.folder / f"{kind}-{bucket}.pickle"


def bucket_of(keys: np.ndarray, buckets: int) -> np.ndarray:
    """Each lead id's bucket: the same id, in the file or remembered, the same bucket."""
    hashed = pd.util.hash_array(np.asarray(keys, dtype=object))
    return (hashed % np.uint64(buckets)).astype(np.int64)


def _append(path: Path, *objects: object) -> None:
    with path.open("ab") as handle:
        for value in objects:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)


def _load(path: Path) -> Iterator[Any]:
    if not path.exists():
        return
    with path.open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)  # written by this module: see the module's docstring
            except EOFError:
                return


def read_events(
    parts: Iterable[EventsPart],
    has_revenue: bool,
    rows_guessed: float,
    folder: Path,
    week_start: int,
    combine: Callable[[list[EventsPart]], EventsData],
    step: Callable[[], None],
) -> EventsData | Spilled:
    """A file's checked parts (event_rows.events_parts) held and `combine`d as they always were
    while they are few, else spilled into buckets under `folder` part by part; `step()` after
    each part spilled (it may raise to stop)."""
    held: list[EventsPart] = []
    spilled: Spilled | None = None
    rows_seen = 0
    for part in parts:
        rows_seen += part.rows
        if spilled is None:
            held.append(part)
            if sum(len(p.events) for p in held) <= WHOLE_BUCKETS * BUCKET_EVENTS:
                continue
            buckets = max(2, math.ceil(max(rows_guessed, rows_seen) / BUCKET_EVENTS))
            spilled = Spilled(folder, buckets, 0, Skipped(), False, has_revenue)
            for earlier in held:
                spill(spilled, earlier, week_start)
                step()
            held = []
        else:
            spill(spilled, part, week_start)
            step()
    return combine(held) if spilled is None else spilled


def spill(spilled: Spilled, part: EventsPart, week_start: int) -> None:
    """Add a part's events to the buckets of their leads."""
    keys = part.lead_ids
    bucket_of_id = bucket_of(keys, spilled.buckets)
    events = part.events.reset_index(drop=True)
    local = events["lead_id"].to_numpy(dtype=np.int64)
    bucket = bucket_of_id[local]
    order = np.argsort(bucket, kind="stable")  # stable: each bucket keeps the file's order
    ends = np.cumsum(np.bincount(bucket, minlength=spilled.buckets))
    for number in range(spilled.buckets):
        rows = order[(ends[number - 1] if number else 0) : ends[number]]
        ids = np.flatnonzero(bucket_of_id == number)
        if not len(rows):
            continue
        recode = np.full(len(keys), -1, dtype=np.int64)
        recode[ids] = np.arange(len(ids))
        piece = events.take(rows)
        piece["lead_id"] = recode[local[rows]]
        _append(spilled.path(EVENTS, number), piece)
        _append(spilled.path(KEYS, number), keys[ids])
    spilled.weeks |= funnel_leads.weeks_of(events["timestamp"], week_start)
    spilled.rows += part.rows - part.skipped.rows
    names = dict.fromkeys([*spilled.skipped.stages, *part.skipped.stages])
    spilled.skipped = Skipped(spilled.skipped.rows + part.skipped.rows, tuple(names))
    spilled.offsets_dropped |= part.offsets_dropped


def _bucket_events(spilled: Spilled, number: int) -> tuple[pd.DataFrame, np.ndarray]:
    """A bucket's events (lead_id a code) and its lead ids, as event_rows.joined gives a
    file's."""
    pieces: list[pd.DataFrame] = list(_load(spilled.path(EVENTS, number)))
    if not pieces:  # no lead of the file here; its leads' memory may still be
        return pd.DataFrame(), np.zeros(0, dtype=object)
    return joined(pieces, list(_load(spilled.path(KEYS, number))))


def spill_memory(
    session: Session,
    funnel_id: int,
    position_of: dict[int, int],
    spilled: Spilled,
    step: Callable[[], None],
) -> None:
    """Put what the funnel remembers of the leads the import may recount into their buckets,
    as leads.read_memory reads it for a whole file; `step()` now and then (it may raise)."""
    if not leads.remembers(session, funnel_id):
        return
    weeks = leads.dates(spilled.weeks)
    touched = leads.weeks_of_weeks(session, funnel_id, weeks) | set(weeks)
    for number in range(spilled.buckets):
        for keys in _load(spilled.path(KEYS, number)):
            touched |= leads.weeks_of_keys(session, funnel_id, keys)
            step()
    for part in leads.memory_parts(session, funnel_id, position_of, touched, MEMORY_ROWS):
        step()
        marks_bucket = bucket_of(part.marks["lead"].to_numpy(), spilled.buckets)
        touches_bucket = bucket_of(part.touches["lead"].to_numpy(), spilled.buckets)
        for number in range(spilled.buckets):
            marks = part.marks[marks_bucket == number]
            if len(marks):
                touches = part.touches[touches_bucket == number]
                _append(spilled.path(MEMORY, number), LeadWeeks(touches, marks))


def _bucket_memory(spilled: Spilled, number: int) -> LeadWeeks:
    parts = list(_load(spilled.path(MEMORY, number)))
    return LeadWeeks.concat(parts) if parts else funnel_leads.empty()


@dataclass(frozen=True)
class Counted:
    """What the buckets add up to: the views' sums, the weeks they recount, and the weeks of
    the leads with revenue (whether the import writes revenue depends on them)."""

    sums: EventSums
    touched: set[pd.Timestamp]
    paying_weeks: set[pd.Timestamp]


def count_buckets(
    spilled: Spilled,
    writer: WriteInSteps,
    stage_ids: Sequence[int],
    *,
    week_start: int,
    window_days: int,
    lead_stage: int | None,
    done: Callable[[float], None],
) -> Counted:
    """One bucket at a time: summarised, recounted with its memory, counted and its lead
    memory written; `done(share)` between the steps (it may raise to stop)."""
    found: list[EventSums] = []
    touched: set[pd.Timestamp] = set()
    paying: set[pd.Timestamp] = set()
    for number in range(spilled.buckets):

        def step(share: float, number: int = number) -> None:
            done((number + share) / spilled.buckets)

        events, keys = _bucket_events(spilled, number)
        step(0.1)
        file = funnel_leads.summarise(events, week_start)
        del events
        step(0.35)
        before, _every = leads.coded(_bucket_memory(spilled, number), keys)
        file, after, touched_here = leads.recounted(
            before, file, spilled.has_revenue, spilled.weeks
        )
        touched |= touched_here
        paying |= _paying_weeks(after)
        found.append(
            funnel_leads.sums(
                after, len(stage_ids), week_start=week_start, window_days=window_days,
                lead_stage=lead_stage,
            )
        )  # fmt: skip
        del after, before
        step(0.6)
        rows = leads.table_rows(file, stage_ids, keys) if len(file.marks) else pd.DataFrame()
        del file
        writer.add_memory(rows, _Share(len(rows), step, 0.6))
        step(1.0)
    return Counted(funnel_events.add_up(found), touched, paying)


def _paying_weeks(memory: LeadWeeks) -> set[pd.Timestamp]:
    """Every week of the leads with revenue in any week."""
    marks = memory.marks
    paid = marks.loc[marks["revenue"].notna(), "lead"].unique()
    return set(pd.to_datetime(marks.loc[marks["lead"].isin(paid), "week"].unique()))


class _Share:
    """Rows written so far, as a share of `total`, to `step(share)` from `start` to 1."""

    def __init__(self, total: int, step: Callable[[float], None], start: float) -> None:
        self._total = max(total, 1)
        self._written = 0
        self._step = step
        self._start = start

    def __call__(self, rows: int) -> None:
        self._written += rows
        self._step(self._start + (1 - self._start) * self._written / self._total)
