"""The funnel's lead memory (funnel_lead_weeks) and the writes of a raw-events import.

An events import summarises its file per lead and week (domain.funnel_leads), replaces what the
funnel remembered of the file's weeks, and recounts every week whose views that may change from
everything remembered: so weekly files, in any order, add up to the funnel of one file. The
memory is read and written with Core statements, one row per lead and week, never per event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence

import numpy as np
import pandas as pd
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from okrdesk.domain import funnel_leads
from okrdesk.domain.funnel_leads import LeadWeeks
from okrdesk.store.schema import FunnelLeadWeek

TABLE = "funnel_lead_weeks"
CHUNK = 5000  # lead ids per IN (…) list, well under SQLite's limit of bound parameters
TIMES_CHUNK = 100_000  # lead-weeks whose stage times are joined at once
MS_NS = funnel_leads.MS_NS
COLUMNS = (
    "lead_key",
    "week_start",
    "stage_times",
    "source",
    "source_ms",
    "variant",
    "variant_ms",
    "revenue",
)


def weeks_of_weeks(
    connection: Connection | Session, funnel_id: int, weeks: Sequence
) -> set[dt.date]:
    """Every week remembered of the leads remembered in any of `weeks`."""
    table = FunnelLeadWeek
    of_funnel = table.funnel_id == funnel_id
    in_weeks = select(table.lead_key).where(of_funnel, table.week_start.in_(weeks))
    return set(
        connection.scalars(select(table.week_start).where(of_funnel, table.lead_key.in_(in_weeks)))
    )


def weeks_of_keys(
    connection: Connection | Session, funnel_id: int, keys: Sequence[str] | np.ndarray
) -> set[dt.date]:
    """Every week remembered of the leads with these ids."""
    table = FunnelLeadWeek
    of_funnel = table.funnel_id == funnel_id
    found: set[dt.date] = set()
    for start in range(0, len(keys), CHUNK):
        chunk = list(keys[start : start + CHUNK])
        found |= set(
            connection.scalars(
                select(table.week_start).distinct().where(of_funnel, table.lead_key.in_(chunk))
            )
        )
    return found


def remembers(connection: Connection | Session, funnel_id: int) -> bool:
    """Whether the funnel remembers any lead."""
    table = FunnelLeadWeek
    found = connection.scalar(select(table.id).where(table.funnel_id == funnel_id).limit(1))
    return found is not None


def read_memory(
    connection: Connection | Session,
    funnel_id: int,
    position_of: Mapping[int, int],
    keys: Sequence[str] | np.ndarray,
    weeks: Sequence[dt.date],
) -> LeadWeeks:
    """What the funnel remembers that an import of a file with these leads (`keys`) and weeks
    needs: every week of the leads remembered in any week the import may recount.

    Stages come by position (`position_of` maps a stage id to it; a stage deleted since is
    forgotten). Not the whole memory: a weekly file reads the few weeks around its own.
    """
    if not remembers(connection, funnel_id):
        return funnel_leads.empty()
    touched = weeks_of_weeks(connection, funnel_id, weeks)
    touched |= weeks_of_keys(connection, funnel_id, keys) | set(weeks)
    parts = list(memory_parts(connection, funnel_id, position_of, touched))
    return LeadWeeks.concat(parts) if parts else funnel_leads.empty()


def memory_parts(
    connection: Connection | Session,
    funnel_id: int,
    position_of: Mapping[int, int],
    touched: set[dt.date],
    rows: int | None = None,
) -> Iterator[LeadWeeks]:
    """Every week of the leads remembered in any of the `touched` weeks: all at once, or in
    parts of `rows` rows (a lead's weeks may fall in several parts)."""
    table = FunnelLeadWeek
    of_funnel = table.funnel_id == funnel_id
    in_touched = select(table.lead_key).where(of_funnel, table.week_start.in_(touched))
    statement = select(*(getattr(table, c) for c in COLUMNS)).where(
        of_funnel, table.lead_key.in_(in_touched)
    )
    if rows is None:
        found = connection.execute(statement).all()
        if found:
            yield _memory_of(found, position_of)
        return
    result = connection.execute(statement, execution_options={"yield_per": rows})
    for part in result.partitions():
        yield _memory_of(part, position_of)


def _memory_of(rows: Sequence, position_of: Mapping[int, int]) -> LeadWeeks:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    week = pd.to_datetime(frame["week_start"]).astype("datetime64[ns]")

    def moment(ms: pd.Series) -> pd.Series:
        return week + pd.to_timedelta(ms, unit="ms")

    marks = pd.DataFrame(
        {
            "lead": frame["lead_key"].astype(object),
            "week": week,
            "source": frame["source"].fillna("").astype(object),
            "source_at": moment(frame["source_ms"]),
            "variant": frame["variant"].fillna("").astype(object),
            "variant_at": moment(frame["variant_ms"]),
            "revenue": frame["revenue"].astype(float),
        }
    )
    pairs = frame["stage_times"].str.split(",").explode()
    pairs = pairs[pairs.notna() & (pairs != "")]
    split = pairs.str.split(":", expand=True)
    stage_ids = pd.to_numeric(split[0]).astype(np.int64)
    ms = pd.to_numeric(split[1]).astype(np.int64)
    row = pairs.index.to_numpy()
    touches = pd.DataFrame(
        {
            "lead": frame["lead_key"].to_numpy(dtype=object)[row],
            "week": week.to_numpy()[row],
            "stage": stage_ids.map(position_of).to_numpy(),
            "at": week.to_numpy()[row] + ms.to_numpy().astype("timedelta64[ms]"),
        }
    )
    touches = touches[touches["stage"].notna()].astype({"stage": np.int64})
    return funnel_leads.typed(LeadWeeks(touches.reset_index(drop=True), marks))


def _ms(moments: pd.Series, week: pd.Series) -> pd.Series:
    """Milliseconds after the week's first midnight (None where there is no moment)."""
    ms = (moments - week) // pd.Timedelta(milliseconds=1)
    return ms.astype("Int64").astype(object).where(ms.notna(), None)


def table_rows(memory: LeadWeeks, id_of: Sequence[int], keys: np.ndarray) -> pd.DataFrame:
    """A file's memory (from funnel_leads.summarise, leads as codes of `keys`) as
    funnel_lead_weeks rows without funnel and batch; id_of[position] is a stage's id."""
    touches = memory.touches  # summarise() keeps each lead-week's touches together
    last = ~touches.duplicated(["lead", "week"], keep="last").to_numpy()
    joined = touches.loc[last, ["lead", "week"]].assign(
        stage_times=_stage_times(touches, np.asarray(id_of, dtype=np.int64), last)
    )
    marks = memory.marks.merge(joined, on=["lead", "week"], how="left")
    # In the order of the table's unique index (lead id, week): a CRM's ids (e-mails, UUIDs)
    # come in no order, and SQLite fills an index in its order several times faster.
    rank = np.empty(len(keys), dtype=np.int64)
    rank[np.argsort(keys.astype(str), kind="stable")] = np.arange(len(keys))
    lead = marks["lead"].to_numpy(dtype=np.int64)
    marks = marks.take(np.lexsort((marks["week"].to_numpy(), rank[lead]))).reset_index(drop=True)
    return pd.DataFrame(
        {
            "lead_key": keys[marks["lead"].to_numpy(dtype=np.int64)],
            "week_start": marks["week"],
            "stage_times": marks["stage_times"].fillna(""),
            "source": marks["source"],
            "source_ms": _ms(marks["source_at"], marks["week"]),
            "variant": marks["variant"],
            "variant_ms": _ms(marks["variant_at"], marks["week"]),
            "revenue": marks["revenue"],
        }
    )


def _stage_times(touches: pd.DataFrame, id_of: np.ndarray, last: np.ndarray) -> list[str]:
    """Each lead-week's "stage_id:ms,…", in the order of the touches' lead-weeks (`last`
    marks each one's last touch). A string per part of TIMES_CHUNK lead-weeks, a newline
    after each lead-week's last pair: no Python call per lead-week, and no million strings
    held at once. An f-string per pair of plain ints is about twice as fast as numpy's text
    arrays added up."""
    ms = ((touches["at"] - touches["week"]) // pd.Timedelta(milliseconds=1)).to_numpy()
    ids = id_of[touches["stage"].to_numpy()]
    ends_at = np.flatnonzero(last) + 1
    texts: list[str] = []
    for first in range(0, len(ends_at), TIMES_CHUNK):
        start = ends_at[first - 1] if first else 0
        stop = ends_at[min(first + TIMES_CHUNK, len(ends_at)) - 1]
        ends = np.where(last[start:stop], "\n", ",").tolist()
        pairs = zip(ids[start:stop].tolist(), ms[start:stop].tolist(), ends, strict=True)
        texts += "".join([f"{stage}:{at}{end}" for stage, at, end in pairs]).split("\n")[:-1]
    return texts


def recounted(
    before: LeadWeeks, file: LeadWeeks, has_revenue: bool, file_weeks: set | None = None
) -> tuple[LeadWeeks, LeadWeeks, set]:
    """(the file as it is remembered, everything remembered once it is in, the weeks whose
    views may change): funnel_leads.recount, where a file without revenue keeps the revenue
    its weeks held (`file_weeks`: the whole file's, when `file` is a bucket of its leads)."""
    if not has_revenue:
        file = keep_revenue(file, funnel_leads.recount(before, file, file_weeks)[1])
    after, _replaced, touched = funnel_leads.recount(before, file, file_weeks)
    return file, after, touched


def keep_revenue(file: LeadWeeks, replaced: LeadWeeks) -> LeadWeeks:
    """A file without revenue keeps the revenue its weeks held for the same leads."""
    old = replaced.marks.set_index(["lead", "week"])["revenue"]
    keys = pd.MultiIndex.from_frame(file.marks[["lead", "week"]])
    marks = file.marks.assign(revenue=old.reindex(keys).to_numpy(dtype=float))
    return LeadWeeks(file.touches, marks)


def coded(memory: LeadWeeks, keys: np.ndarray) -> tuple[LeadWeeks, np.ndarray]:
    """The remembered leads as codes of the file's lead ids `keys` (integers count faster than
    text), and the ids of every code: `keys` followed by the leads the file does not have."""
    if memory.marks.empty and memory.touches.empty:  # a first import: no index of the ids
        typed = LeadWeeks(*(f.astype({"lead": np.int64}) for f in (memory.touches, memory.marks)))
        return typed, np.asarray(keys, dtype=object)
    known = pd.Index(keys)
    unknown = pd.unique(memory.marks.loc[known.get_indexer(memory.marks["lead"]) < 0, "lead"])
    every = pd.Index(np.concatenate([np.asarray(keys, dtype=object), unknown.astype(object)]))

    def code(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.assign(lead=every.get_indexer(frame["lead"]).astype(np.int64))

    return LeadWeeks(code(memory.touches), code(memory.marks)), every.to_numpy()


def dates(weeks: set[pd.Timestamp]) -> tuple[dt.date, ...]:
    return tuple(sorted(pd.Timestamp(w).date() for w in weeks))
