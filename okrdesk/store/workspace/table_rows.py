"""The tables of a workspace as `okrdesk copy` moves them: found by reflection, read and written
in batches, and digested (digest.py). See copying.py for the whole copy.

The tables are the source's own, with the column types of the schema (store/schema.py) where it
names them, so a new column or table needs no change here. Rows are written with one INSERT of
many rows at a time, or on PostgreSQL with COPY (several times faster), after the types' own bind
processing. A row that refers to another row of its own table (an objective's parent) waits
until that row is written: the engines check foreign keys statement by statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, insert, select, table
from sqlalchemy import column as sql_column
from sqlalchemy.sql.expression import ColumnClause, ColumnElement, TableClause

from okrdesk.store.schema import Base
from okrdesk.store.workspace import notify
from okrdesk.store.workspace.digest import TableCheck, TableDigest

# Rows read and written at a time: a few megabytes at most, whatever the workspace's size.
BATCH_ROWS = 2000
VERSION_TABLE = "alembic_version"  # written by the migrations that make a destination

# progress(table, rows, finished): after each batch a table's rows so far, then its last call
# with finished True.
Progress = Callable[[str, int, bool], None]


@dataclass
class CopiedTable:
    """One table to copy: its typed columns, key and references to its own rows."""

    name: str
    clause: TableClause
    key: list[str]
    # (column, the column of the same table it refers to)
    own_references: list[tuple[str, str]] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.clause.columns]


def copied_tables(connection: Connection) -> list[CopiedTable]:
    """The workspace's tables in foreign key order, typed as the schema types them."""
    found = MetaData()
    found.reflect(connection)
    tables = []
    for reflected in found.sorted_tables:
        if reflected.name == VERSION_TABLE:
            continue
        model = Base.metadata.tables.get(reflected.name)
        columns = [_typed(column, model) for column in reflected.columns]
        key = [column.name for column in reflected.primary_key.columns] or [
            column.name for column in reflected.columns
        ]
        own = [
            (fk.parent.name, fk.column.name)
            for fk in reflected.foreign_keys
            if fk.column.table is reflected
        ]
        tables.append(CopiedTable(reflected.name, table(reflected.name, *columns), key, own))
    return tables


def _typed(reflected: Column, model: Table | None) -> ColumnClause:
    """The column as the schema types it; a column the schema does not know, as reflected."""
    if model is not None and reflected.name in model.columns:
        return sql_column(reflected.name, model.columns[reflected.name].type)
    return sql_column(reflected.name, reflected.type)


def batches(
    connection: Connection, copied: CopiedTable, batch_rows: int = BATCH_ROWS
) -> Iterator[list[tuple]]:
    """The table's rows in key order, a batch at a time."""
    order = [copied.clause.c[name] for name in copied.key]
    result = connection.execute(
        select(copied.clause).order_by(*order), execution_options={"yield_per": batch_rows}
    )
    for partition in result.partitions():
        yield [tuple(row) for row in partition]


def copy_table(
    rows_in: Iterable[list[tuple]],
    target: Connection,
    copied: CopiedTable,
    progress: Progress | None = None,
) -> TableCheck:
    """Write the batches into the target's table; the check of what was read."""
    digest = TableDigest(copied.name, copied.columns)
    insert_rows = _row_writer(target, copied)
    index = {name: position for position, name in enumerate(copied.columns)}
    references = [(index[own], index[ref]) for own, ref in copied.own_references]
    written: dict[int, set[object]] = {ref: set() for _, ref in references}
    waiting: list[tuple] = []

    def ready(row: tuple) -> bool:
        return all(row[own] is None or row[own] in written[ref] for own, ref in references)

    def write(rows: list[tuple]) -> None:
        if rows:
            insert_rows(rows)
            for ref, values in written.items():
                values.update(row[ref] for row in rows)

    def release() -> None:
        """Write the waiting rows whose rows of reference are written now, until none is."""
        while waiting:
            now = [row for row in waiting if ready(row)]
            if not now:
                return
            waiting[:] = [row for row in waiting if not ready(row)]
            write(now)

    for batch in rows_in:
        rows: list[tuple] = []
        for row in batch:
            digest.add(row)
            (rows if ready(row) else waiting).append(row)
        write(rows)
        release()
        if progress is not None:
            progress(copied.name, digest.rows, False)
    write(waiting)  # a row that refers to itself, or to a row that is missing: the engine judges
    return digest.check()


def _row_writer(target: Connection, copied: CopiedTable) -> Callable[[list[tuple]], None]:
    """A function that writes rows (tuples in column order) into the target's table."""
    names = copied.columns
    if target.dialect.name != "postgresql":
        statement = insert(copied.clause)

        def insert_rows(rows: list[tuple]) -> None:
            target.execute(statement, [dict(zip(names, row, strict=True)) for row in rows])

        return insert_rows

    return copy_writer(target, copied.name, list(copied.clause.columns))


def copy_writer(
    target: Connection, name: str, columns: Sequence[ColumnElement[Any]]
) -> Callable[[Iterable[Sequence[object]]], None]:
    """A function that writes rows (sequences in the order of `columns`) into the table `name`
    of a PostgreSQL database with COPY, after the types' own bind processing, in the
    connection's transaction. COPY passes SQLAlchemy by: the live updates are told of the
    table here (notify.note_written)."""
    quote = target.dialect.identifier_preparer.quote
    names = ", ".join(quote(str(column.name)) for column in columns)
    sql = f"COPY {quote(name)} ({names}) FROM STDIN"
    processors = [
        (position, processor)
        for position, column in enumerate(columns)
        if (processor := column.type.bind_processor(target.dialect)) is not None
    ]
    processed = bool(processors)

    def prepared(row: Sequence[object]) -> Sequence[object]:
        values = list(row)
        for position, processor in processors:  # only the few columns that have one
            values[position] = processor(values[position])
        return values

    def copy_rows(rows: Iterable[Sequence[object]]) -> None:
        notify.note_written(target, [name])
        cursor = target.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(prepared(row) if processed else row)
        finally:
            cursor.close()

    return copy_rows


def read_checks(
    connection: Connection, tables: list[CopiedTable], batch_rows: int = BATCH_ROWS
) -> list[TableCheck]:
    """Each table's row count and digest as `connection` reads it."""
    checks = []
    for copied in tables:
        digest = TableDigest(copied.name, copied.columns)
        result = connection.execute(
            select(copied.clause), execution_options={"yield_per": batch_rows}
        )
        for partition in result.partitions():
            for row in partition:
                digest.add(row)
        checks.append(digest.check())
    return checks
