"""Writing an import in one transaction, the import history, and undoing an import.

Weeks a file covers replace what the funnel had for them (never added on top); the rows they
replace are kept as JSON in the batch's `replaced`, so that `undo_import` can delete what the
import wrote and put them back. Spend and revenue are replaced column by column: a file with
spend only keeps the revenue the weeks had.

A file of raw events also replaces the lead memory of its weeks (funnel_lead_weeks) and
recounts the other weeks of its leads (`Writes.touched`); those weeks are replaced and put
back on undo the same way, and an import cannot be undone while a later one that recounted
any of the same weeks is in place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import ColumnElement, Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.store.errors import UndoRefused
from okrdesk.store.funnel.definitions import list_stages
from okrdesk.store.funnel.importing.model import ImportRecord
from okrdesk.store.rows import Row
from okrdesk.store.schema import (
    Funnel,
    FunnelCohortCount,
    FunnelCount,
    FunnelLeadSpeed,
    FunnelLeadWeek,
    FunnelSpend,
    ImportBatch,
)
from okrdesk.store.words import StoreErrors
from okrdesk.store.workspace import notify, table_rows

# table → (model, its date column); the order rows are restored in.
TABLES: dict[str, tuple[type[Any], str]] = {
    "funnel_counts": (FunnelCount, "week_start"),
    "funnel_cohort_counts": (FunnelCohortCount, "cohort_week"),
    "funnel_lead_speed": (FunnelLeadSpeed, "week_start"),
    "funnel_spend": (FunnelSpend, "week_start"),
    "funnel_lead_weeks": (FunnelLeadWeek, "week_start"),
}
# Tables of what the file itself holds: replaced in the file's weeks only, never recounted.
FILE_TABLE = "funnel_lead_weeks"
FILE_TABLES = frozenset({FILE_TABLE})
INSERT_CHUNK = 50_000
# Rows of lead memory inserted at a time into a large funnel (WriteInSteps): into an index of
# millions of rows, 50,000 take more than a second on a busy machine, too long to not hear
# Cancel.
STEP_CHUNK = 20_000
KIND_OF_SHAPE = {"counts": "weekly_counts", "events": "raw_events"}


@dataclass(frozen=True)
class Writes:
    """What one import writes, as frames with the tables' own column names (no ids)."""

    weeks: tuple[dt.date, ...]
    tables: dict[str, pd.DataFrame]
    # funnel_spend columns the file carries; the others keep the weeks' old values.
    money: tuple[str, ...] = ()
    # The weeks whose counts are written (the file's and those it recounts); () = weeks.
    touched: tuple[dt.date, ...] = ()

    def weeks_of(self, table: str) -> tuple[dt.date, ...]:
        """The weeks of `table` this import replaces."""
        if table in FILE_TABLES or not self.touched:
            return self.weeks
        return tuple(sorted(set(self.weeks) | set(self.touched)))


@dataclass(frozen=True)
class UndoneImport:
    """What undo_import changed: enough for redo_import to change it back."""

    batch_id: int
    funnel_id: int
    removed: dict[str, list[Row]]
    restored_ids: dict[str, list[int]]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# -- funnels ---------------------------------------------------------------------------------


def find_funnel(connection: Connection | Session, name: str) -> tuple[int | None, tuple[str, ...]]:
    """(id, stage names in order) of the funnel called `name`, or (None, ())."""
    funnel_id = connection.scalar(select(Funnel.id).where(Funnel.name == name.strip()))
    if funnel_id is None:
        return None, ()
    return funnel_id, tuple(stage.name for stage in list_stages(connection, funnel_id))


def stage_ids(session: Session, funnel_id: int) -> dict[str, int]:
    return {stage.name: stage.id for stage in list_stages(session, funnel_id)}


# -- replacing -------------------------------------------------------------------------------


def _where_weeks(
    table: str, funnel_id: int, stages: Sequence[int], weeks: Sequence[dt.date]
) -> ColumnElement[bool]:
    model, date_column = TABLES[table]
    in_weeks = getattr(model, date_column).in_(weeks)
    if hasattr(model, "funnel_id"):
        return (model.funnel_id == funnel_id) & in_weeks
    return model.stage_id.in_(stages) & in_weeks


def _plain(row: Row) -> Row:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}


def _rows_of(session: Session, table: str, where: ColumnElement[bool]) -> list[Row]:
    model, _date = TABLES[table]
    columns = [c for c in model.__table__.columns if c.name != "id"]
    return [dict(row._mapping) for row in session.execute(select(*columns).where(where))]


def _plain_values(column: pd.Series) -> list:
    """A column as Python values for the driver: dates as datetime.date, NaN as None."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return [ts.date() for ts in column]
    values = column.to_numpy()
    if values.dtype.kind == "f":
        return [None if v != v else v for v in values.tolist()]  # NaN is not equal to itself
    return values.tolist()


def _records(frame: pd.DataFrame) -> list[Row]:
    """Plain Python rows of a frame, for Core insert()."""
    names = [str(c) for c in frame.columns]
    columns = [_plain_values(frame[c]) for c in frame.columns]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _defaults(model_table: Any, present: pd.Index) -> dict[str, object]:
    """The scalar Python-side defaults of the columns a frame leaves out."""
    return {
        column.name: column.default.arg
        for column in model_table.columns
        if column.name not in present and column.default is not None and column.default.is_scalar
    }


def _insert_many(
    session: Session,
    table: str,
    frame: pd.DataFrame,
    written: Callable[[int], None],
    chunk: int | None = None,
) -> None:
    """Insert a large frame with one driver-level executemany of tuples, or with COPY on
    PostgreSQL: the lead memory of a million events is over half a million rows, too many for
    per-row parameter processing. `written(rows)` after each part of `chunk` rows
    (INSERT_CHUNK)."""
    connection = session.connection()
    model_table = TABLES[table][0].__table__
    if connection.dialect.name == "postgresql":  # COPY knows no Python-side defaults
        frame = frame.assign(**_defaults(model_table, frame.columns))
    names = [str(c) for c in frame.columns]
    write_rows: Callable[[Any], None]
    if connection.dialect.name == "postgresql":
        order = names
        write_rows = table_rows.copy_writer(connection, table, [model_table.c[n] for n in names])
    else:
        compiled = insert(model_table).compile(dialect=connection.dialect, column_keys=names)
        order = list(compiled.positiontup or names)

        def insert_rows(rows: list[Any]) -> None:
            connection.exec_driver_sql(str(compiled), rows)

        write_rows = insert_rows

    chunk = chunk or INSERT_CHUNK
    for start in range(0, len(frame), chunk):  # chunks: Python tuples cost memory
        part = frame.iloc[start : start + chunk]
        columns = {}
        for name in names:
            column = part[name]
            if pd.api.types.is_datetime64_any_dtype(column):
                days = column.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
                columns[name] = np.datetime_as_string(days).tolist()
            else:
                columns[name] = _plain_values(column)
        write_rows(list(zip(*(columns[name] for name in order), strict=True)))
        written(len(part))


def _merge_money(old: list[Row], new: pd.DataFrame, money: Sequence[str]) -> pd.DataFrame:
    """New spend rows: the file's columns from the file, the other columns from the old rows."""
    keys = ["week_start", "segment", "variant"]
    kept = [c for c in ("spend", "revenue") if c not in money]
    if not kept or not old:
        return new.assign(**dict.fromkeys(kept, 0.0)).fillna({"spend": 0.0, "revenue": 0.0})
    before = pd.DataFrame(old)[[*keys, *kept]]
    before["week_start"] = pd.to_datetime(before["week_start"])
    new = new.copy()
    new["week_start"] = pd.to_datetime(new["week_start"])
    merged = new.merge(before, on=keys, how="outer")
    for column in ("spend", "revenue"):
        merged[column] = merged[column].fillna(0.0)
    return merged


def write(
    session: Session,
    funnel_id: int,
    batch: Row,
    writes: Writes,
    share_written: Callable[[float], None] = lambda _share: None,
) -> tuple[int, int]:
    """Replace the weeks, record the batch, insert the rows; (batch id, rows of the file's
    weeks replaced: counts, cohorts, speed and money, not lead memory nor weeks recounted).
    `share_written(share)` is called as the lead memory's rows go in (it may raise to stop)."""
    stages = list(stage_ids(session, funnel_id).values())
    replaced: dict[str, list[Row]] = {}
    tables = {
        table: _replace(session, funnel_id, stages, table, frame, writes, replaced)
        for table, frame in writes.tables.items()
    }
    batch_id = _insert_batch(session, funnel_id, batch, writes, replaced)
    on_server = session.connection().dialect.name == "postgresql"
    many = [t for t, frame in tables.items() if t in FILE_TABLES or on_server]
    to_write, done = max(sum(len(tables[t]) for t in many), 1), 0

    def rows_in(rows: int) -> None:
        nonlocal done
        done += rows
        share_written(done / to_write)

    for table, frame in tables.items():
        if table in many:  # COPY on a server, whatever the table
            if len(frame):
                _insert_many(session, table, frame.assign(import_batch_id=batch_id), rows_in)
            continue
        rows = _records(frame.assign(import_batch_id=batch_id))
        if rows:  # Core, not the ORM's bulk insert: thousands of rows, no objects needed
            session.connection().execute(insert(TABLES[table][0].__table__), rows)
    return batch_id, _replaced_rows(replaced, writes.weeks)


def _replaced_rows(replaced: Mapping[str, list[Row]], weeks: Sequence[dt.date]) -> int:
    in_file = {week.isoformat() for week in weeks}
    return sum(
        1
        for table, rows in replaced.items()
        if table not in FILE_TABLES
        for row in rows
        if row[TABLES[table][1]] in in_file
    )


def _replace(
    session: Session,
    funnel_id: int,
    stages: Sequence[int],
    table: str,
    frame: pd.DataFrame,
    writes: Writes,
    replaced: dict[str, list[Row]],
) -> pd.DataFrame:
    """Delete the table's rows of the weeks `writes` replaces, kept in `replaced`; the frame
    to insert in their place (spend merged with the columns the file does not carry)."""
    where = _where_weeks(table, funnel_id, stages, writes.weeks_of(table))
    old = _rows_of(session, table, where)
    frame = _merge_money(old, frame, writes.money) if table == "funnel_spend" else frame
    if hasattr(TABLES[table][0], "funnel_id"):
        frame = frame.assign(funnel_id=funnel_id)
    if old:
        replaced[table] = [_plain(r) for r in old]
        session.execute(delete(TABLES[table][0]).where(where))
    return frame


def _batch_weeks(writes: Writes, replaced: Mapping[str, list[Row]]) -> Row:
    written = set(writes.weeks) | set(writes.touched)
    return {
        "replaced": json.dumps(replaced, ensure_ascii=False),
        "first_week": min(writes.weeks),
        "last_week": max(writes.weeks),
        "touched_first": min(written),
        "touched_last": max(written),
    }


def _insert_batch(
    session: Session, funnel_id: int, batch: Row, writes: Writes, replaced: Mapping[str, list[Row]]
) -> int:
    batch = batch | {"funnel_id": funnel_id} | _batch_weeks(writes, replaced)
    batch_id = session.scalars(insert(ImportBatch).values(batch).returning(ImportBatch.id)).one()
    notify.announce(session, notify.IMPORT, funnel_id)  # the batch records no author
    return batch_id


class WriteInSteps:
    """A large raw-events import written as `write` writes it, in steps: the lead memory of
    the file's weeks replaced and the batch recorded first (`__init__`), the lead memory's
    rows added part by part (`add_memory`), the views written last (`finish`), when the weeks
    they recount are known."""

    def __init__(
        self, session: Session, funnel_id: int, batch: Row, weeks: Sequence[dt.date]
    ) -> None:
        self._session = session
        self._funnel_id = funnel_id
        self._stages = list(stage_ids(session, funnel_id).values())
        self._weeks = tuple(weeks)
        self._replaced: dict[str, list[Row]] = {}
        empty = pd.DataFrame()
        memory = Writes(weeks=self._weeks, tables={})
        _replace(session, funnel_id, self._stages, FILE_TABLE, empty, memory, self._replaced)
        self.batch_id = _insert_batch(session, funnel_id, batch, memory, self._replaced)

    def add_memory(self, frame: pd.DataFrame, written: Callable[[int], None]) -> None:
        """Insert lead memory rows (leads.table_rows); `written(rows)` as they go in."""
        if len(frame):
            frame = frame.assign(funnel_id=self._funnel_id, import_batch_id=self.batch_id)
            _insert_many(self._session, FILE_TABLE, frame, written, STEP_CHUNK)

    def finish(
        self, tables: Mapping[str, pd.DataFrame], money: Sequence[str], touched: Sequence[dt.date]
    ) -> int:
        """Replace the weeks of the views with `tables`; the rows of the file's weeks replaced,
        as `write` counts them."""
        writes = Writes(weeks=self._weeks, tables=dict(tables), money=tuple(money),
                        touched=tuple(touched))  # fmt: skip
        session = self._session
        for table, frame in tables.items():
            frame = _replace(session, self._funnel_id, self._stages, table, frame, writes,
                             self._replaced)  # fmt: skip
            rows = _records(frame.assign(import_batch_id=self.batch_id))
            if rows:
                session.connection().execute(insert(TABLES[table][0].__table__), rows)
        values = _batch_weeks(writes, self._replaced)
        session.execute(update(ImportBatch).where(ImportBatch.id == self.batch_id).values(values))
        return _replaced_rows(self._replaced, self._weeks)


# -- history and undo ------------------------------------------------------------------------


def _restore(session: Session, rows: Mapping[str, list[Row]]) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {}
    for table, (model, date_column) in TABLES.items():
        plain = rows.get(table) or []
        if not plain:
            continue
        typed = [
            r | {date_column: dt.date.fromisoformat(r[date_column])}
            if isinstance(r[date_column], str)
            else r
            for r in plain
        ]
        statement = insert(model).returning(model.id, sort_by_parameter_order=True)
        ids[table] = list(session.scalars(statement, typed))
    return ids


def _later_overlapping(session: Session, batch: ImportBatch) -> int | None:
    first = func.coalesce(ImportBatch.touched_first, ImportBatch.first_week)
    last = func.coalesce(ImportBatch.touched_last, ImportBatch.last_week)
    return session.scalar(
        select(ImportBatch.id)
        .where(
            ImportBatch.funnel_id == batch.funnel_id,
            ImportBatch.id > batch.id,
            ImportBatch.undone_at.is_(None),
            first <= (batch.touched_last or batch.last_week),
            last >= (batch.touched_first or batch.first_week),
        )
        .order_by(ImportBatch.id)
        .limit(1)
    )


def undo_import(session: Session, batch_id: int) -> UndoneImport:
    """Delete what an import wrote and put back what it replaced; mark it undone.

    LookupError for an unknown batch; UndoRefused when it is undone already, or when a later
    import of the same funnel and weeks is still in place (undo that one first).
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise LookupError(StoreErrors.tr("no import with id {id}").format(id=batch_id))
    if batch.undone_at is not None:
        raise UndoRefused(
            StoreErrors.tr("the import of {file} is undone already").format(file=batch.file_name)
        )
    later = _later_overlapping(session, batch)
    if later is not None:
        name = session.scalar(select(ImportBatch.file_name).where(ImportBatch.id == later))
        raise UndoRefused(
            StoreErrors.tr("a later import of the same weeks ({file}) must be undone first").format(
                file=name
            )
        )
    removed: dict[str, list[Row]] = {}
    for table, (model, _date) in TABLES.items():
        where = model.import_batch_id == batch_id
        removed[table] = [_plain(r) for r in _rows_of(session, table, where)]
        session.execute(delete(model).where(where))
    replaced = json.loads(batch.replaced) if batch.replaced else {}
    restored = _restore(session, replaced)
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=_now()))
    return UndoneImport(batch_id, batch.funnel_id, removed, restored)


def redo_import(session: Session, undone: UndoneImport) -> None:
    """Put an undone import back exactly as it was (the inverse of undo_import)."""
    for table, ids in undone.restored_ids.items():
        model = TABLES[table][0]
        session.execute(delete(model).where(model.id.in_(ids)))
    _restore(session, undone.removed)
    session.execute(
        update(ImportBatch).where(ImportBatch.id == undone.batch_id).values(undone_at=None)
    )


def import_history(
    connection: Connection | Session, funnel_id: int | None = None
) -> list[ImportRecord]:
    """Every import, newest first; only one funnel's when `funnel_id` is given."""
    query = (
        select(
            ImportBatch.id,
            ImportBatch.funnel_id,
            Funnel.name,
            ImportBatch.file_name,
            ImportBatch.sha256,
            ImportBatch.kind,
            ImportBatch.row_count,
            ImportBatch.first_week,
            ImportBatch.last_week,
            ImportBatch.imported_at,
            ImportBatch.undone_at,
        )
        .join(Funnel, Funnel.id == ImportBatch.funnel_id)
        .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())
    )
    if funnel_id is not None:
        query = query.where(ImportBatch.funnel_id == funnel_id)
    return [ImportRecord(*row) for row in connection.execute(query)]
