"""Copying a whole workspace between a file and a server (`okrdesk copy SOURCE DEST`).

Either end is a file or a PostgreSQL database. The source is opened read-only and read in one
snapshot (one SQLite read transaction; REPEATABLE READ on a server), so a client writing
meanwhile cannot tear it. The destination must be new: a file that does not exist, or a
database without tables (or with okrdesk's tables, empty, at the source's schema revision or an
older one). It gets the source's schema revision (the same Alembic revisions; a source newer
than this okrdesk is refused when it is opened), then every table of the source in foreign key
order, with its ids. Rows are streamed in batches, never all in memory.

All or nothing: on a server everything happens in one transaction, under the advisory lock
migrations take; a file is written under a hidden name beside the destination and moved to its
name only once checked. Before that commit, each table's row count and content digest (see
digest.py) is read back from the destination and compared with the source's; a difference
(CopyMismatchError) or any failure, Ctrl+C included, leaves the destination as it was.

The tables are the source's own, found by reflection, so a new column or table needs no change
(table_rows.py reads and writes them). On a server, each table's id sequence is moved past the
copied ids, so that the next row inserted gets a new id.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, inspect, select, table, text
from sqlalchemy.exc import DBAPIError, OperationalError

from okrdesk.store.address import ServerAddress, WorkspaceAddress
from okrdesk.store.errors import WorkspaceError
from okrdesk.store.schema import Base
from okrdesk.store.words import WorkspaceErrors
from okrdesk.store.workspace import files, migrate, server, table_rows
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.digest import TableCheck
from okrdesk.store.workspace.engine import (
    APPLICATION_ID,
    leaves_no_sidecars,
    make_engine,
    make_read_only_engine,
)
from okrdesk.store.workspace.table_rows import BATCH_ROWS, CopiedTable, Progress

# How many tables a refusal of a database that holds rows names.
NAMED_TABLES = 6


@dataclass(frozen=True)
class CopyReport:
    """What a copy wrote: the revision, and each table's check in the source and the copy."""

    source: WorkspaceAddress
    destination: WorkspaceAddress
    revision: str
    source_checks: list[TableCheck]
    destination_checks: list[TableCheck]

    @property
    def matches(self) -> bool:
        return self.source_checks == self.destination_checks


class CopyMismatchError(WorkspaceError):
    """The copy read back differs from the source; nothing was written."""

    def __init__(self, report: CopyReport) -> None:
        differ = [
            mine.table
            for mine, theirs in zip(report.source_checks, report.destination_checks, strict=True)
            if mine != theirs
        ]
        super().__init__(
            report.destination,
            WorkspaceErrors.tr(
                "the copy differs from the source in %n table(s) ({tables}); nothing was written",
                None,
                len(differ),
            ).format(tables=", ".join(differ)),
        )
        self.report = report


@dataclass
class _Source:
    address: WorkspaceAddress
    connection: Connection
    revision: str
    refusal: Callable[[BaseException], WorkspaceError]


def copy_workspace(
    source: Path | str | ServerAddress,
    destination: Path | str | ServerAddress,
    *,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> CopyReport:
    """Copy the workspace at `source` to the new `destination`, checked; see the module.

    Raises WorkspaceError (the destination unchanged) for a source okrdesk cannot open, a
    destination that is not new, or a copy that failed or differs (CopyMismatchError)."""
    from_address = workspace_address(source)
    to_address = workspace_address(destination)
    if isinstance(to_address, Path):
        _refuse_existing_file(to_address)
    with _opened_source(from_address) as opened:
        tables = table_rows.copied_tables(opened.connection)
        if isinstance(to_address, ServerAddress):
            return _copy_to_server(opened, tables, to_address, progress, batch_rows)
        return _copy_to_file(opened, tables, to_address, progress, batch_rows)


# -- the source ------------------------------------------------------------------------------


@contextlib.contextmanager
def _opened_source(address: WorkspaceAddress) -> Iterator[_Source]:
    """The source, opened read-only at one snapshot; refused as `okrdesk open` refuses it."""
    if isinstance(address, ServerAddress):
        engine = server.make_server_engine(address, read_only=True)
        try:
            try:
                connection = engine.connect()
            except OperationalError as error:
                raise server.unreachable(address, error) from error
            with connection:
                try:
                    connection.execution_options(isolation_level="REPEATABLE READ")
                    revision = server.check_state(address, connection)
                except OperationalError as error:
                    raise server.unreachable(address, error) from error
                yield _Source(address, connection, revision, _server_refusal(address))
        finally:
            engine.dispose()
        return
    state = files.inspect(address)
    with leaves_no_sidecars(address):
        engine = make_read_only_engine(address)
        try:
            with engine.connect() as connection:
                # pysqlite begins no transaction for a SELECT: one makes every read one snapshot.
                connection.exec_driver_sql("BEGIN")
                yield _Source(
                    address, connection, state.revision, lambda e: files.refusal(address, e)
                )
        finally:
            engine.dispose()


def _server_refusal(address: ServerAddress) -> Callable[[BaseException], WorkspaceError]:
    def refusal(error: BaseException) -> WorkspaceError:
        if isinstance(error, OperationalError):
            return server.unreachable(address, error)
        reason = WorkspaceErrors.tr("the database cannot be read ({detail})")
        return WorkspaceError(address, reason.format(detail=server.one_line(error)))

    return refusal


def _source_batches(source: _Source, copied: CopiedTable, batch_rows: int) -> Iterator[list[tuple]]:
    """The table's rows in key order, a batch at a time; a read error refuses the source."""
    try:
        yield from table_rows.batches(source.connection, copied, batch_rows)
    except DBAPIError as error:
        raise source.refusal(error) from error


# -- copying the rows --------------------------------------------------------------------------


def _copy_tables(
    source: _Source,
    target: Connection,
    tables: list[CopiedTable],
    progress: Progress | None,
    batch_rows: int,
) -> list[TableCheck]:
    checks = []
    for copied in tables:
        batches = _source_batches(source, copied, batch_rows)
        check = table_rows.copy_table(batches, target, copied, progress)
        checks.append(check)
        if progress is not None:
            progress(copied.name, check.rows, True)
    return checks


def workspace_checks(address: Path | str | ServerAddress) -> tuple[str, list[TableCheck]]:
    """The revision and each table's check of a workspace, opened read-only (as copy reads a
    source): what `okrdesk copy` compares, for anyone who wants to compare again later."""
    with _opened_source(workspace_address(address)) as opened:
        tables = table_rows.copied_tables(opened.connection)
        return opened.revision, table_rows.read_checks(opened.connection, tables)


def _checked(
    source: _Source,
    target: Connection,
    tables: list[CopiedTable],
    destination: WorkspaceAddress,
    source_checks: list[TableCheck],
) -> CopyReport:
    """The report of the copy, read back inside its transaction; raises if it differs."""
    report = CopyReport(
        source=source.address,
        destination=destination,
        revision=source.revision,
        source_checks=source_checks,
        destination_checks=table_rows.read_checks(target, tables),
    )
    if not report.matches or server.read_revision(target) != source.revision:
        raise CopyMismatchError(report)
    return report


# -- into a server's database --------------------------------------------------------------------


def _copy_to_server(
    source: _Source,
    tables: list[CopiedTable],
    destination: ServerAddress,
    progress: Progress | None,
    batch_rows: int,
) -> CopyReport:
    engine = server.make_server_engine(destination)
    try:
        with engine.begin() as target:
            target.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": server.MIGRATION_LOCK}
            )
            _prepare_database(destination, target, tables, source.revision)
            checks = _copy_tables(source, target, tables, progress, batch_rows)
            _advance_sequences(target, tables)
            return _checked(source, target, tables, destination, checks)
    except WorkspaceError:
        raise
    except OperationalError as error:
        raise server.unreachable(destination, error) from error
    except DBAPIError as error:
        raise _not_copied(destination, server.one_line(error)) from error
    except engine.dialect.loaded_dbapi.Error as error:  # COPY speaks to the driver directly
        if isinstance(error, engine.dialect.loaded_dbapi.OperationalError):
            raise server.unreachable(destination, error) from error
        raise _not_copied(destination, server.one_line(error)) from error
    finally:
        engine.dispose()


def _prepare_database(
    destination: ServerAddress, target: Connection, tables: list[CopiedTable], revision: str
) -> None:
    """Give the database okrdesk's tables at `revision`; refuse one that holds rows or tables
    of another program. Tables with no rows (an okrdesk schema made beforehand, at the
    source's revision or an older one) are fine."""
    names = set(inspect(target).get_table_names())
    if not names:
        migrate.upgrade(target, revision)
        return
    modelled = [t.name for t in Base.metadata.sorted_tables]
    ours = set(modelled) | {t.name for t in tables}
    _refuse_rows(destination, target, [*modelled, *sorted(ours - set(modelled))], names)
    found = server.read_revision(target)
    known = migrate.known_revisions()
    foreign = sorted(names - ours - {server.VERSION_TABLE})
    if foreign or found not in known:
        listed = foreign or sorted(names)
        reason = WorkspaceErrors.tr("already holds tables ({tables}); copy into an empty database")
        joined = ", ".join(listed[:NAMED_TABLES])
        raise WorkspaceError(destination, reason.format(tables=_more(joined, len(listed))))
    if found is not None and known.index(found) > known.index(revision):
        raise WorkspaceError(
            destination,
            WorkspaceErrors.tr(
                "holds okrdesk's tables of schema {found}, newer than the source's {revision}; "
                "open the source in this okrdesk once to upgrade it, then copy again"
            ).format(found=found, revision=revision),
        )
    migrate.upgrade(target, revision)


def _refuse_rows(
    destination: ServerAddress, target: Connection, ours: list[str], names: set[str]
) -> None:
    """Refuse a database in which any of okrdesk's tables holds rows, saying which."""
    counted = [name for name in ours if name in names]
    held = [
        (name, target.scalar(select(func.count()).select_from(table(name)))) for name in counted
    ]
    held = [(name, rows) for name, rows in held if rows]
    if held:
        listed = ", ".join(f"{name} {rows}" for name, rows in held[:NAMED_TABLES])
        reason = WorkspaceErrors.tr(
            "already holds %n row(s) ({tables}); copy into an empty database",
            None,
            sum(int(rows or 0) for _, rows in held),
        )
        raise WorkspaceError(destination, reason.format(tables=_more(listed, len(held))))


def _more(listed: str, count: int) -> str:
    return listed + (", …" if count > NAMED_TABLES else "")


def _advance_sequences(target: Connection, tables: list[CopiedTable]) -> None:
    """Move each id sequence past the copied ids (the copy wrote the ids, not the sequence)."""
    quote = target.dialect.identifier_preparer.quote
    for copied in tables:
        for key in copied.key:
            sequence = target.scalar(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": quote(copied.name), "column": key},
            )
            if sequence is None:
                continue
            target.execute(
                text(
                    f"SELECT setval(:sequence, (SELECT COALESCE(MAX({quote(key)}), 0) "
                    f"FROM {quote(copied.name)}) + 1, false)"
                ),
                {"sequence": sequence},
            )


def _not_copied(destination: WorkspaceAddress, detail: str) -> WorkspaceError:
    reason = WorkspaceErrors.tr("the copy failed ({detail}); nothing was written")
    return WorkspaceError(destination, reason.format(detail=detail))


# -- into a new file -------------------------------------------------------------------------------


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return server.one_line(error)


def _refuse_existing_file(destination: Path) -> None:
    for suffix in ("", "-wal", "-journal"):
        if Path(f"{destination}{suffix}").exists():
            raise WorkspaceError(
                destination, WorkspaceErrors.tr("a file with this name already exists")
            )


def _copy_to_file(
    source: _Source,
    tables: list[CopiedTable],
    destination: Path,
    progress: Progress | None,
    batch_rows: int,
) -> CopyReport:
    """Build the copy under a hidden name beside `destination`, then give it its name."""
    made = _make_folder(destination.parent)
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.copying")
    try:
        partial.open("xb").close()
        engine = make_engine(partial, foreign_keys=False, wal=False)
        try:
            with engine.begin() as target:
                target.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrate.upgrade(target, source.revision)
                checks = _copy_tables(source, target, tables, progress, batch_rows)
                broken = target.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    detail = WorkspaceErrors.tr("%n broken reference(s)", None, len(broken))
                    raise _not_copied(destination, str(detail))
                report = _checked(source, target, tables, destination, checks)
        finally:
            engine.dispose()
        _give_name(partial, destination)
    except BaseException as error:
        files.delete_workspace_file(partial)
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(error, WorkspaceError | KeyboardInterrupt | SystemExit):
            raise
        if isinstance(error, OSError | DBAPIError):
            raise _not_copied(destination, _one_line(error)) from error
        raise
    return report


def _make_folder(folder: Path) -> list[Path]:
    """Create the folder and any missing parents; the ones created, deepest first."""
    missing = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _not_copied(folder, _one_line(error)) from error
    return missing


def _give_name(partial: Path, destination: Path) -> None:
    """Move the finished copy to its name, never over a file that appeared meanwhile."""
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise WorkspaceError(
            destination, WorkspaceErrors.tr("a file with this name already exists")
        ) from None
    except OSError:  # a file system without hard links
        if destination.exists():
            raise WorkspaceError(
                destination, WorkspaceErrors.tr("a file with this name already exists")
            ) from None
        os.replace(partial, destination)
        return
    partial.unlink()
