"""From a file's table, read in parts, to checked raw events, their leads coded as integers.

Every check names the file's row and column of the first bad value (shapes has the checks a
file of counts shares); a part is checked alone, and the first problem found is the file's
first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import values
from okrdesk.store.funnel.importing.reading import FileInfo
from okrdesk.store.funnel.importing.shapes import (
    Skipped,
    _names,
    _numbers,
    _stages,
    choose_date_format,
    columns_of,
)
from okrdesk.store.words import Importing

MAX_LEAD_ID = 255  # what the lead memory keeps of an id (funnel_lead_weeks.lead_key)


@dataclass(frozen=True)
class EventsData:
    """events: lead_id, timestamp, stage (position in the funnel), segment, variant, revenue;
    lead_id is a code, lead_keys[code] the lead's id as the file writes it."""

    events: pd.DataFrame
    has_revenue: bool
    rows: int
    lead_keys: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, dtype=object))
    offsets_dropped: bool = False  # times with a UTC offset were read as the time written
    skipped: Skipped = dataclasses.field(default_factory=lambda: Skipped())

    def without_events(self) -> EventsData:
        """The same, with no events left (once they are summarised)."""
        return dataclasses.replace(self, events=self.events.iloc[:0])


def events_parts(
    info: FileInfo,
    frames: Iterable[pd.DataFrame],
    mapping: Mapping[str, str],
    *,
    stages: Sequence[str],
    stage_map: Mapping[str, str],
    date_format: str | None,
    funnel: str,
    skip_unknown: bool = False,
) -> Iterator[EventsPart]:
    """The file's parts as events, one at a time, each checked and coded alone."""
    file = info.path
    by_field = columns_of(mapping)
    chosen: str | None = None
    for frame in frames:
        if chosen is None:
            column = by_field["timestamp"]
            chosen = choose_date_format(frame[column], date_format, file, column)
        yield _events_part(info, frame, by_field, stages, stage_map, chosen, funnel, skip_unknown)


def combined(info: FileInfo, parts: Sequence[EventsPart], mapping: Mapping[str, str]) -> EventsData:
    """The parts of a file (events_parts) as its EventsData."""
    if not parts or not sum(part.rows for part in parts):
        raise ImportProblem(info.path, Importing.tr("the file has no data rows"), row=2)
    events, ids = joined([part.events for part in parts], [part.lead_ids for part in parts])
    skipped = skipped_of(parts)
    return EventsData(
        events=events,
        has_revenue="revenue" in columns_of(mapping),
        rows=sum(part.rows for part in parts) - skipped.rows,
        lead_keys=ids,
        offsets_dropped=any(part.offsets_dropped for part in parts),
        skipped=skipped,
    )


def joined(
    frames: Sequence[pd.DataFrame], lead_ids: Sequence[np.ndarray]
) -> tuple[pd.DataFrame, np.ndarray]:
    """Parts' events as one frame, and its lead ids as text (lead_id is a code of them).

    Each part coded its leads alone (lead_id a code of its `lead_ids`): one code per lead id
    across the parts, in the order of their first rows, as one factorize of the whole column
    would give."""
    code_of_local, ids = pd.factorize(np.concatenate(lead_ids))
    offsets = np.cumsum([0] + [len(part_ids) for part_ids in lead_ids])
    for frame, offset in zip(frames, offsets, strict=False):
        frame["lead_id"] = code_of_local[offset + frame["lead_id"].to_numpy()]
    events = pd.concat(frames) if len(frames) > 1 else frames[0]
    return events, np.asarray(ids, dtype=object)


def skipped_of(parts: Iterable[EventsPart]) -> Skipped:
    """The rows and stage names the parts left out."""
    parts = list(parts)
    names = dict.fromkeys(name for part in parts for name in part.skipped.stages)
    return Skipped(sum(part.skipped.rows for part in parts), tuple(names))


@dataclass
class EventsPart:
    """One part's events, its leads coded by `lead_ids` (its own ids as text, in order)."""

    events: pd.DataFrame
    lead_ids: np.ndarray
    rows: int
    skipped: Skipped
    offsets_dropped: bool


def _events_part(
    info: FileInfo,
    frame: pd.DataFrame,
    by_field: Mapping[str, str],
    stages: Sequence[str],
    stage_map: Mapping[str, str],
    date_format: str,
    funnel: str,
    skip_unknown: bool,
) -> EventsPart:
    file = info.path
    lead_column, time_column = by_field["lead_id"], by_field["timestamp"]
    stage_column = by_field["stage"]
    leads, ids = pd.factorize(frame[lead_column])  # hashed once; the views use the codes
    empty = pd.Series(leads < 0, index=frame.index)
    if empty.any():
        raise ImportProblem(
            file, Importing.tr("the lead id is empty"), row=int(empty.idxmax()), column=lead_column
        )
    ids = _lead_texts(ids, leads, frame.index, file, lead_column)
    moments, offsets = values.parse_times(frame[time_column], date_format, file, time_column)
    empty = moments.isna()
    if empty.any():
        raise ImportProblem(
            file, Importing.tr("the time is empty"), row=int(empty.idxmax()), column=time_column
        )
    names, skipped = _stages(
        frame[stage_column], stages, stage_map, file, stage_column, funnel, skip_unknown
    )
    stage_position = names.cat.codes.astype("int16")
    decimal = "," if info.separator == ";" else "."
    events = pd.DataFrame(
        {
            "lead_id": leads,
            "timestamp": moments,
            "stage": stage_position,
            "segment": _names(frame, file, by_field.get("source")),
            "variant": _names(frame, file, by_field.get("variant")),
        },
        index=frame.index,
    )
    if "revenue" in by_field:
        events["revenue"] = _numbers(frame, by_field["revenue"], file, decimal, whole=False)
    else:
        events["revenue"] = float("nan")
    if skipped.rows:  # an event of a stage to skip goes, with the revenue written on it
        events = events[names.notna().to_numpy()]
    return EventsPart(events, ids, len(frame), skipped, offsets)


def _lead_texts(
    ids: np.ndarray | pd.Index, codes: np.ndarray, rows: pd.Index, file: Path, column: str
) -> np.ndarray:
    """A part's lead ids as text, each whole: numpy's fixed-width text would drop a trailing
    NUL (two leads would become one) and make every id as wide as the longest. An id longer
    than the lead memory keeps is refused, naming its first row."""
    texts = np.array([str(value) for value in ids], dtype=object)
    lengths = np.array([len(text) for text in texts], dtype=np.int64)
    too_long = np.flatnonzero(lengths > MAX_LEAD_ID)
    if len(too_long):
        row = int(rows[np.flatnonzero(codes == too_long[0])[0]])
        message = Importing.tr("is longer than %n character(s)", None, MAX_LEAD_ID)
        raise ImportProblem(file, message, row=row, column=column)
    return texts
