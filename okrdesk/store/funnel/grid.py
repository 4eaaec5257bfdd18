"""The data grid's reads and writes: weekly counts of a funnel, week × stage, for one segment.

A segment of None means every source together (a sum, which cannot be edited); a variant of
None means every variant together. Writing always targets one segment and one variant
("" is the count without an experiment arm). A write names the counts its grid showed for the
cells it changes: a cell someone else changed since is a conflict, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.store.funnel.definitions import StageRow, list_stages
from okrdesk.store.schema import Funnel, FunnelCount, FunnelStage, ImportBatch
from okrdesk.store.versions import Conflict, ConflictError, Theirs
from okrdesk.store.words import StoreErrors

Cell = tuple[dt.date, int]  # (week start, stage id)
Reader = Session | Connection


@dataclass(frozen=True)
class GridData:
    """Weeks (oldest first) × stages (funnel order); `counts` only has the cells stored."""

    stages: list[StageRow]
    weeks: list[dt.date]
    counts: dict[Cell, int] = field(default_factory=dict)


def read_grid(
    connection: Reader, funnel_id: int, segment: str | None, variant: str | None
) -> GridData:
    """The counts of a funnel's stages per week for a segment and variant (None: all)."""
    stages = list_stages(connection, funnel_id)
    query = (
        select(FunnelCount.week_start, FunnelCount.stage_id, func.sum(FunnelCount.count))
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
        .group_by(FunnelCount.week_start, FunnelCount.stage_id)
    )
    if segment is not None:
        query = query.where(FunnelCount.segment == segment)
    if variant is not None:
        query = query.where(FunnelCount.variant == variant)
    counts = {(week, stage_id): int(total) for week, stage_id, total in connection.execute(query)}
    weeks = sorted({week for week, _stage in counts})
    return GridData(stages=stages, weeks=weeks, counts=counts)


def variants_in_segment(connection: Reader, funnel_id: int, segment: str) -> list[str]:
    """The variants a segment has counts for ("" is the count without an arm), sorted."""
    query = (
        select(FunnelCount.variant)
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id, FunnelCount.segment == segment)
        .distinct()
        .order_by(FunnelCount.variant)
    )
    return list(connection.scalars(query))


def set_counts(
    session: Session,
    funnel_id: int,
    segment: str,
    variant: str,
    cells: Mapping[Cell, int | None],
    seen: Mapping[Cell, int | None] | None = None,
) -> dict[Cell, int | None]:
    """Store counts of one segment and variant (None removes the cell); the previous values.

    Calling it again with the returned mapping undoes it. A stage that is not the funnel's, or
    a count that is not a whole number ≥ 0, raises ValueError before anything is written. With
    `seen` (what the screen showed in those cells, None for an empty one), a cell that holds
    something else now raises ConflictError, and nothing is written.
    """
    stage_ids = {stage.id for stage in list_stages(session, funnel_id)}
    for (week, stage_id), count in cells.items():
        if stage_id not in stage_ids:
            raise ValueError(f"stage {stage_id} is not a stage of funnel {funnel_id}")
        if count is not None and (not isinstance(count, int) or count < 0):
            message = StoreErrors.tr("{week}: the count {count} is not a whole number ≥ 0")
            raise ValueError(message.format(week=week.isoformat(), count=repr(count)))
    if not cells:
        return {}
    weeks = {week for week, _stage in cells}
    stored = {
        (week_start, stage_id): (row_id, count)
        for row_id, week_start, stage_id, count in session.execute(
            select(
                FunnelCount.id, FunnelCount.week_start, FunnelCount.stage_id, FunnelCount.count
            ).where(
                and_(
                    FunnelCount.stage_id.in_({stage for _week, stage in cells}),
                    FunnelCount.week_start.in_(weeks),
                    FunnelCount.segment == segment,
                    FunnelCount.variant == variant,
                )
            )
        )
    }
    if seen is not None:
        _require_seen(session, funnel_id, cells, seen, stored)
    previous: dict[Cell, int | None] = {}
    new_rows = []
    for cell, count in cells.items():
        row_id, old = stored.get(cell, (None, None))
        previous[cell] = old
        if row_id is None:
            if count is not None:
                week, stage_id = cell
                new_rows.append(
                    {
                        "stage_id": stage_id,
                        "week_start": week,
                        "segment": segment,
                        "variant": variant,
                        "count": count,
                    }
                )
        elif count is None:
            session.execute(delete(FunnelCount).where(FunnelCount.id == row_id))
        elif count != old:
            session.execute(
                update(FunnelCount)
                .where(FunnelCount.id == row_id)
                .values(count=count, version=FunnelCount.version + 1)
            )
    if new_rows:
        session.execute(insert(FunnelCount), new_rows)
    return previous


def cell_key(cell: Cell) -> str:
    """A cell as a conflict names it: "2026-11-23|5" (week start, stage id)."""
    week, stage_id = cell
    return f"{week.isoformat()}|{stage_id}"


def key_cell(key: str) -> Cell:
    """The cell `cell_key` named."""
    week, stage_id = key.split("|")
    return dt.date.fromisoformat(week), int(stage_id)


def _require_seen(
    session: Session,
    funnel_id: int,
    cells: Mapping[Cell, int | None],
    seen: Mapping[Cell, int | None],
    stored: Mapping[Cell, tuple[int, int]],
) -> None:
    now = {cell: stored[cell][1] if cell in stored else None for cell in cells}
    if all(now[cell] == seen.get(cell) for cell in cells):
        return
    title = session.scalar(select(Funnel.name).where(Funnel.id == funnel_id)) or ""
    theirs = Theirs(row={cell_key(cell): count for cell, count in now.items()}, version=0)
    yours = {cell_key(cell): count for cell, count in cells.items()}
    raise ConflictError(Conflict("funnel_count", None, title, None, theirs, yours))


def replaced_weeks(connection: Reader, batch_id: int) -> list[dt.date]:
    """The weeks of its file whose counts an import replaced (they were there before it), oldest
    first; not the other weeks an events import recounted for the same leads."""
    batch = connection.execute(
        select(ImportBatch.replaced, ImportBatch.first_week, ImportBatch.last_week).where(
            ImportBatch.id == batch_id
        )
    ).first()
    if batch is None:
        return []
    replaced = json.loads(batch.replaced) if batch.replaced else {}
    weeks = {
        dt.date.fromisoformat(str(row["week_start"])[:10])
        for table in ("funnel_counts", "funnel_spend")
        for row in replaced.get(table, [])
    }
    return sorted(w for w in weeks if batch.first_week <= w <= batch.last_week)
