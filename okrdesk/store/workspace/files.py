"""Creating, opening and migrating a workspace file.

A file is inspected read-only before anything writes to it: a file that cannot be read, is not
SQLite, is in a SQLite file format okrdesk cannot write, is truncated or corrupt, is some other
program's database, comes from a newer okrdesk or carries a schema other than the one its
revision defines (see schema_check.py) is refused with a `WorkspaceError` and left byte-for-byte
unchanged, with no file added beside it; so is a file another program holds locked. A
write-ahead log beside the file is part of it (a crash can leave the file itself shorter than
its header says): SQLite reads through it before the file is judged. An older file is backed up
with SQLite's backup API, then migrated in one transaction in its own journal mode; if that
fails, SQLite rolls it back, and the backup is copied over the file only if it is not intact
(else it is removed again). A file okrdesk may not write, or whose folder it may not write,
opens read-only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from okrdesk.domain.text import Text
from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import (
    CorruptWorkspaceError,
    ForeignSchemaError,
    MigrationError,
    NewerWorkspaceError,
    NotSQLiteError,
    NotWorkspaceError,
    ReadOnlyWorkspaceError,
    UnreadableWorkspaceError,
    UnsupportedFormatError,
    WorkspaceBusyError,
    WorkspaceError,
)
from okrdesk.store.funnel.definitions import DEFAULT_FUNNEL_NAME, create_funnel
from okrdesk.store.words import WorkspaceErrors, os_reason
from okrdesk.store.workspace import migrate, schema_check
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.engine import (
    APPLICATION_ID,
    BUSY_TIMEOUT,
    existing_sidecars,
    folder_is_writable,
    harden,
    has_wal,
    is_read_only,
    leaves_no_sidecars,
    make_engine,
    make_read_only_engine,
    read_only_connection,
)
from okrdesk.store.workspace.opened import Workspace, insert_settings_row

SQLITE_MAGIC = b"SQLite format 3\x00"
# Header bytes 18 and 19: the file format versions SQLite needs to write and to read the file
# (1 rollback journal, 2 WAL). A larger write version makes SQLite open the file read-only.
WRITABLE_FORMATS = (1, 2)

# SQLite's primary result codes, and their messages for Pythons before 3.11.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN = 5, 6, 14
_CODE_OF_MESSAGE = {
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "unable to open database file": SQLITE_CANTOPEN,
}


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a workspace file found."""

    revision: str


# -- errors ----------------------------------------------------------------------------------


def _one_line(error: BaseException) -> Text | str:
    """An error's own message on one line: the driver's under SQLAlchemy's, never the SQL."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, WorkspaceError):
        text = error.reason
    elif isinstance(error, OSError) and error.errno is not None:
        return os_reason(error)  # without the file name, which the message has already
    else:
        text = str(error)
    lines = text.strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _sqlite_code(error: BaseException) -> int:
    """SQLite's primary result code for a driver error (also under SQLAlchemy's), or 0."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    if not isinstance(error, sqlite3.Error):
        return 0
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return _CODE_OF_MESSAGE.get(str(error), 0)
    return code & 0xFF


def _is_busy(error: BaseException) -> bool:
    return _sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def refusal(path: Path, error: BaseException) -> WorkspaceError:
    """The WorkspaceError for a driver error met while reading a workspace file."""
    if _is_busy(error):
        return WorkspaceBusyError(path)
    if _sqlite_code(error) == SQLITE_CANTOPEN:
        return UnreadableWorkspaceError(path, _cannot_read(_one_line(error)))
    reason = WorkspaceErrors.tr("the database cannot be read ({detail})")
    return CorruptWorkspaceError(path, reason.format(detail=_one_line(error)))


def _cannot_read(detail: Text | str) -> Text:
    return WorkspaceErrors.tr("cannot be read ({detail})").format(detail=detail)


# -- looking at a file -----------------------------------------------------------------------


def _read_header(path: Path) -> tuple[int, bytes]:
    """The file's size and its first 100 bytes."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            if stat.S_ISDIR(info.st_mode):
                what = WorkspaceErrors.tr("it is a folder")
            else:
                what = WorkspaceErrors.tr("not a regular file")
            raise UnreadableWorkspaceError(path, _cannot_read(what))
        with path.open("rb") as handle:
            return info.st_size, handle.read(100)
    except (FileNotFoundError, NotADirectoryError) as error:
        raise WorkspaceError(path, WorkspaceErrors.tr("no such file")) from error
    except PermissionError as error:
        what = WorkspaceErrors.tr("permission denied")
        raise UnreadableWorkspaceError(path, _cannot_read(what)) from error
    except OSError as error:
        raise UnreadableWorkspaceError(path, _cannot_read(_one_line(error))) from error


def _check_header(path: Path) -> None:
    size, header = _read_header(path)
    if size == 0:
        raise CorruptWorkspaceError(path, WorkspaceErrors.tr("the file is empty"))
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLiteError(
            path,
            WorkspaceErrors.tr("not an okrdesk workspace (the file is not a SQLite database)"),
        )
    if len(header) < 100:
        raise CorruptWorkspaceError(
            path, WorkspaceErrors.tr("the file is truncated (incomplete header)")
        )
    write_format, read_format = header[18], header[19]
    if write_format not in WRITABLE_FORMATS or read_format not in WRITABLE_FORMATS:
        raise UnsupportedFormatError(
            path,
            WorkspaceErrors.tr(
                "written in a SQLite file format okrdesk cannot write (versions {write} and "
                "{read}; okrdesk writes 1 and 2)"
            ).format(write=write_format, read=read_format),
        )
    if has_wal(path):
        return  # the write-ahead log may hold pages the file lacks: SQLite judges the two
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The page count in the header is only trustworthy when these two counters agree.
    if change_counter == valid_for and page_count and size < page_count * page_size:
        raise CorruptWorkspaceError(
            path,
            WorkspaceErrors.tr(
                "the file is truncated (%n byte(s), the database needs {needed})", None, size
            ).format(needed=page_count * page_size),
        )


_NO_VERSION = WorkspaceErrors.tr("the workspace has no schema version")


def _changed_outside(difference: str) -> Text:
    reason = WorkspaceErrors.tr("its schema was changed outside okrdesk: {difference}")
    return reason.format(difference=difference)


def inspect(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> FileState:
    """Look at a file without changing it; raise WorkspaceError if it cannot be opened."""
    path = Path(path)
    _check_header(path)
    _check_recoverable(path)
    with leaves_no_sidecars(path):
        return _inspect_database(path, busy_timeout)


def _check_recoverable(path: Path) -> None:
    """A write-ahead log needs its -shm file, which SQLite cannot create in a read-only folder."""
    if has_wal(path) and not Path(f"{path}-shm").exists() and not folder_is_writable(path):
        raise UnreadableWorkspaceError(
            path,
            WorkspaceErrors.tr(
                "its last changes are still in its -wal file, which can only be read in a folder "
                "okrdesk may write to; copy both files to such a folder"
            ),
        )


def _inspect_database(path: Path, busy_timeout: float = BUSY_TIMEOUT) -> FileState:
    """The file's revision, once its schema is known to be okrdesk's and SQLite finds it sound.

    The schema is compared before anything reads a table, so that no view or index
    expression of the file's own runs even during the check.
    """
    try:
        connection = read_only_connection(path, busy_timeout=busy_timeout)
        try:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != APPLICATION_ID:
                raise NotWorkspaceError(
                    path, WorkspaceErrors.tr("a SQLite database, but not an okrdesk workspace")
                )
            schema = schema_check.read_schema(connection)  # read once, for both checks
            revision = _revision(path, connection, schema)
            difference = schema_check.schema_difference(connection, revision, schema)
            if difference is not None:
                raise ForeignSchemaError(path, _changed_outside(difference))
            integrity = connection.execute("PRAGMA quick_check").fetchone()[0]
            if integrity != "ok":
                reason = WorkspaceErrors.tr("the database is damaged ({detail})")
                raise CorruptWorkspaceError(path, reason.format(detail=integrity))
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise refusal(path, error) from error
    return FileState(revision=revision)


def _revision(path: Path, connection: sqlite3.Connection, schema: schema_check.Schema) -> str:
    """The revision the file says it is at, read only from okrdesk's own version table."""
    difference = schema_check.version_table_difference(schema)
    if difference is not None:
        raise ForeignSchemaError(path, _changed_outside(difference))
    if ("table", schema_check.VERSION_TABLE) not in schema:
        raise CorruptWorkspaceError(path, _NO_VERSION)
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise CorruptWorkspaceError(path, _NO_VERSION)
    revision = rows[0][0]
    if revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            path,
            WorkspaceErrors.tr(
                "made by a newer okrdesk (schema {revision}); update okrdesk to open it"
            ).format(revision=revision),
        )
    return revision


def integrity_check(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> str:
    """SQLite's full integrity check: "ok", or the first problems it found."""
    try:
        with leaves_no_sidecars(path):
            connection = read_only_connection(path, busy_timeout=busy_timeout)
            try:
                rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
            finally:
                connection.close()
    except sqlite3.Error as error:
        raise refusal(path, error) from error
    return "; ".join(str(row[0]) for row in rows)


# -- backing up and migrating ----------------------------------------------------------------


def _copy_database(source: Path, target: Path, busy_timeout: float = BUSY_TIMEOUT) -> None:
    """Copy a database with SQLite's online backup API: a consistent copy even while in use.

    The source is only read; the target is created, or overwritten page by page.
    """
    with leaves_no_sidecars(source):
        reader = read_only_connection(source, busy_timeout=busy_timeout)
        try:
            writer = sqlite3.connect(target, timeout=busy_timeout)
            try:
                harden(writer)
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()


def _new_backup_file(path: Path, revision: str) -> Path:
    """Create an empty file beside `path` to back it up into; never one that exists."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    counter = 0
    while True:
        suffix = f"-{counter}" if counter else ""
        candidate = path.with_name(f"{path.name}.{revision}-{stamp}{suffix}.bak")
        try:
            candidate.open("xb").close()
        except FileExistsError:
            counter += 1
        else:
            return candidate


def _back_up(path: Path, revision: str, busy_timeout: float) -> Path:
    """Back the file up beside itself before a migration, or raise and leave no backup."""
    backup_file = None
    try:
        backup_file = _new_backup_file(path, revision)
        _copy_database(path, backup_file, busy_timeout)
    except (OSError, sqlite3.Error) as error:
        if backup_file is not None:
            with contextlib.suppress(OSError):
                delete_workspace_file(backup_file)
        if _is_busy(error):
            raise WorkspaceBusyError(path) from error
        raise MigrationError(
            path,
            WorkspaceErrors.tr(
                "cannot write the backup beside it before upgrading ({detail}); nothing was changed"
            ).format(detail=_one_line(error)),
        ) from error
    return backup_file


def _upgrade(path: Path, busy_timeout: float, target: str = "head") -> None:
    """Migrate in one transaction, in the file's own journal mode (see make_engine)."""
    engine = make_engine(path, foreign_keys=False, wal=False, busy_timeout=busy_timeout)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                reason = WorkspaceErrors.tr("migration broke %n reference(s)", None, len(problems))
                raise MigrationError(path, reason)
    finally:
        engine.dispose()


def _is_intact(path: Path, revision: str, busy_timeout: float = BUSY_TIMEOUT) -> bool:
    """Is the file still a sound workspace at `revision`? Raises WorkspaceBusyError."""
    try:
        with leaves_no_sidecars(path):
            return _inspect_database(path, busy_timeout).revision == revision
    except WorkspaceBusyError:
        raise
    except WorkspaceError:
        return False


def _migration_failed(
    path: Path,
    revision: str,
    backup_file: Path,
    error: BaseException,
    busy_timeout: float = BUSY_TIMEOUT,
) -> WorkspaceError:
    """Restore the backup if the failed migration changed the file, and say what happened.

    A failed migration is rolled back by SQLite, so the file is normally intact: copying the
    backup over it then would only lose what another program wrote since the backup.
    """
    reason = _one_line(error)
    try:
        intact = _is_intact(path, revision, busy_timeout)
    except WorkspaceBusyError as busy:
        return busy  # another program holds it now: it could not be restored either
    if intact:
        # The file is as it was, so the backup of it is not needed: nothing is left beside it.
        with contextlib.suppress(OSError):
            delete_workspace_file(backup_file)
        if _is_busy(error):
            return WorkspaceBusyError(path)
        left = WorkspaceErrors.tr("could not be upgraded ({detail}); it was left as it was")
        return MigrationError(path, left.format(detail=reason))
    try:
        _copy_database(backup_file, path, busy_timeout)
    except (OSError, sqlite3.Error) as restore_error:
        return MigrationError(
            path,
            WorkspaceErrors.tr(
                "could not be upgraded ({detail}) and could not be restored ({restore_detail}); "
                "the backup is {backup}"
            ).format(
                detail=reason, restore_detail=_one_line(restore_error), backup=backup_file.name
            ),
        )
    return MigrationError(
        path,
        WorkspaceErrors.tr(
            "could not be upgraded ({detail}); it was restored from {backup}"
        ).format(detail=reason, backup=backup_file.name),
    )


# -- the public ways in ----------------------------------------------------------------------


def open_workspace(
    path: Path | str | ServerAddress,
    *,
    busy_timeout: float = BUSY_TIMEOUT,
    read_only: bool | None = None,
) -> Workspace:
    """Open an existing workspace, migrating it (after a backup) if it is older than okrdesk.

    `path` is a file or a server address (see store/address.py; server.py opens those).
    `busy_timeout` is how many seconds to wait for another program that holds the file.
    `read_only` None opens read-only exactly when the file or its folder cannot be written;
    False refuses such a file (ReadOnlyWorkspaceError), True opens any file read-only.
    """
    address = workspace_address(path)
    if isinstance(address, ServerAddress):
        from okrdesk.store.workspace.server import open_server_workspace

        return open_server_workspace(address, read_only=read_only)
    path = address
    state = inspect(path, busy_timeout=busy_timeout)
    cannot_write = is_read_only(path)
    if read_only is False and cannot_write:
        raise ReadOnlyWorkspaceError(
            path,
            WorkspaceErrors.tr(
                "is read-only (the file or its folder cannot be written); nothing was changed"
            ),
        )
    if read_only or cannot_write:
        return _open_read_only(path, state, busy_timeout)
    backup_file = None
    if state.revision != migrate.head_revision():
        backup_file = _back_up(path, state.revision, busy_timeout)
        try:
            _upgrade(path, busy_timeout)
        except Exception as error:
            raise _migration_failed(
                path, state.revision, backup_file, error, busy_timeout
            ) from error
    # The workspace's engine switches the file to WAL: only now that it is migrated.
    engine = make_engine(path, busy_timeout=busy_timeout)
    return Workspace(path=path, engine=engine, backup_path=backup_file)


def _open_read_only(path: Path, state: FileState, busy_timeout: float) -> Workspace:
    if state.revision != migrate.head_revision():
        raise ReadOnlyWorkspaceError(
            path,
            WorkspaceErrors.tr(
                "is read-only and was made by an older okrdesk (schema {revision}); copy it to "
                "a folder you can write to, to upgrade it"
            ).format(revision=state.revision),
        )
    before = existing_sidecars(path)
    engine = make_read_only_engine(path, busy_timeout=busy_timeout)
    return Workspace(path=path, engine=engine, read_only=True, sidecars_before=before)


def delete_workspace_file(path: Path | str | ServerAddress) -> None:
    """Delete a database file with its -wal, -shm and -journal files; missing ones are ignored.

    On a server, okrdesk's tables are dropped from the database (which stays)."""
    address = workspace_address(path)
    if isinstance(address, ServerAddress):
        from okrdesk.store.workspace.server import drop_server_workspace

        drop_server_workspace(address)
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            Path(f"{path}{suffix}").unlink()


def create_workspace(
    path: Path | str | ServerAddress,
    name: str,
    *,
    revision: str = "head",
    default_funnel: bool = True,
) -> Workspace:
    """Create a new workspace file (`revision` exists for migration tests).

    It holds the settings and, unless `default_funnel` is False (the demo brings its own),
    the default funnel with the six default stages, so that an experiment can be planned at
    once; its first import may take that funnel over (see untouched_default_funnel).

    A file that cannot be created (a read-only or missing folder, a full disk) raises
    WorkspaceError, and nothing is left behind. A server address needs an existing, empty
    database (server.py).
    """
    address = workspace_address(path)
    if isinstance(address, ServerAddress):
        from okrdesk.store.workspace.server import create_server_workspace

        return create_server_workspace(
            address, name, revision=revision, default_funnel=default_funnel
        )
    path = address
    if path.exists():
        raise WorkspaceError(path, WorkspaceErrors.tr("a file with this name already exists"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path, foreign_keys=False)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                migrate.upgrade(connection, revision)
        finally:
            engine.dispose()
        workspace = Workspace(path=path, engine=make_engine(path))
        with Session(workspace.engine) as session, session.begin():
            insert_settings_row(session.connection(), name)
            if default_funnel and revision == "head":
                create_funnel(session, DEFAULT_FUNNEL_NAME)
    except (OSError, sqlite3.Error, DBAPIError) as error:
        delete_workspace_file(path)
        reason = WorkspaceErrors.tr("cannot be created ({detail})")
        raise WorkspaceError(path, reason.format(detail=_one_line(error))) from error
    return workspace
