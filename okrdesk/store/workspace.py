"""Creating, opening and migrating a workspace file.

A file is inspected read-only before anything writes to it: a file that is not SQLite, is
truncated or corrupt, is some other program's database or comes from a newer okrdesk is refused
with a `WorkspaceError` and left byte-for-byte unchanged. An older file is backed up with
SQLite's backup API, then migrated in one transaction in its own journal mode; if that fails,
SQLite rolls it back, and the backup is copied over the file only if it is not intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from okrdesk.store import migrate
from okrdesk.store.engine import (
    APPLICATION_ID,
    leaves_no_sidecars,
    make_engine,
    read_only_connection,
)
from okrdesk.store.errors import (
    CorruptWorkspaceError,
    MigrationError,
    NewerWorkspaceError,
    NotSQLiteError,
    NotWorkspaceError,
    WorkspaceError,
)
from okrdesk.store.schema import WorkspaceSettings

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a workspace file found."""

    revision: str


@dataclass
class Workspace:
    """An open workspace: its file, its engine and the revision it was opened at."""

    path: Path
    engine: Engine
    backup_path: Path | None = None

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @property
    def name(self) -> str:
        with self.session() as session:
            settings = session.get(WorkspaceSettings, 1)
            return settings.name if settings is not None else self.path.stem

    def close(self) -> None:
        self.engine.dispose()


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise CorruptWorkspaceError(path, "the file is empty")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLiteError(path, "not an okrdesk workspace (the file is not a SQLite database)")
    if len(header) < 100:
        raise CorruptWorkspaceError(path, "the file is truncated (incomplete header)")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The page count in the header is only trustworthy when these two counters agree.
    if change_counter == valid_for and page_count and size < page_count * page_size:
        raise CorruptWorkspaceError(
            path,
            f"the file is truncated ({size} bytes, the database needs {page_count * page_size})",
        )


def inspect(path: Path) -> FileState:
    """Look at a file without changing it; raise WorkspaceError if it cannot be opened."""
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(path, "no such file")
    _check_header(path)
    with leaves_no_sidecars(path):
        return _inspect_database(path)


def _inspect_database(path: Path) -> FileState:
    try:
        connection = read_only_connection(path)
        try:
            integrity = connection.execute("PRAGMA quick_check").fetchone()[0]
            if integrity != "ok":
                raise CorruptWorkspaceError(path, f"the database is damaged ({integrity})")
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id != APPLICATION_ID:
                raise NotWorkspaceError(path, "a SQLite database, but not an okrdesk workspace")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptWorkspaceError(path, f"the database cannot be read ({error})") from error
    if row is None:
        raise CorruptWorkspaceError(path, "the workspace has no schema version")
    revision = row[0]
    if revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            path,
            f"made by a newer okrdesk (schema {revision}); update okrdesk to open it",
        )
    return FileState(revision=revision)


def integrity_check(path: Path) -> str:
    """SQLite's full integrity check: "ok", or the first problems it found."""
    with leaves_no_sidecars(path):
        connection = read_only_connection(path)
        try:
            rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
        finally:
            connection.close()
    return "; ".join(str(row[0]) for row in rows)


def _copy_database(source: Path, target: Path) -> None:
    """Copy a database with SQLite's online backup API: a consistent copy even while in use.

    The source is only read; the target is created, or overwritten page by page.
    """
    with leaves_no_sidecars(source):
        reader = read_only_connection(source)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()


def _backup_path(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{revision}-{stamp}.bak")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{revision}-{stamp}-{counter}.bak")
        counter += 1
    return candidate


def _one_line(error: BaseException) -> str:
    """An error's own message on one line: the driver's under SQLAlchemy's, never the SQL."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    text = error.reason if isinstance(error, WorkspaceError) else str(error)
    lines = text.strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _upgrade(path: Path, target: str = "head") -> None:
    """Migrate in one transaction, in the file's own journal mode (see make_engine)."""
    engine = make_engine(path, foreign_keys=False, wal=False)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(path, f"migration broke {len(problems)} references")
    finally:
        engine.dispose()


def _is_intact(path: Path, revision: str) -> bool:
    """Is the file still a sound workspace at `revision`?"""
    try:
        with leaves_no_sidecars(path):
            return _inspect_database(path).revision == revision
    except WorkspaceError:
        return False


def _migration_failed(
    path: Path, revision: str, backup_file: Path, error: BaseException
) -> WorkspaceError:
    """Restore the backup if the failed migration changed the file, and say what happened.

    A failed migration is rolled back by SQLite, so the file is normally intact: copying the
    backup over it then would only lose what another program wrote since the backup.
    """
    reason = _one_line(error)
    if _is_intact(path, revision):
        return MigrationError(path, f"could not be upgraded ({reason}); it was left as it was")
    _copy_database(backup_file, path)
    return MigrationError(
        path, f"could not be upgraded ({reason}); it was restored from {backup_file.name}"
    )


def open_workspace(path: Path | str) -> Workspace:
    """Open an existing workspace, migrating it (after a backup) if it is older than okrdesk."""
    path = Path(path)
    state = inspect(path)
    backup_file = None
    if state.revision != migrate.head_revision():
        backup_file = _backup_path(path, state.revision)
        _copy_database(path, backup_file)
        try:
            _upgrade(path)
        except Exception as error:
            raise _migration_failed(path, state.revision, backup_file, error) from error
    # The workspace's engine switches the file to WAL: only now that it is migrated.
    return Workspace(path=path, engine=make_engine(path), backup_path=backup_file)


def delete_workspace_file(path: Path) -> None:
    """Delete a database file with its -wal, -shm and -journal files; missing ones are ignored."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def create_workspace(path: Path | str, name: str, *, revision: str = "head") -> Workspace:
    """Create a new, empty workspace file (`revision` exists for migration tests)."""
    path = Path(path)
    if path.exists():
        raise WorkspaceError(path, "a file with this name already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            migrate.upgrade(connection, revision)
    except Exception:
        engine.dispose()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    engine.dispose()
    workspace = Workspace(path=path, engine=make_engine(path))
    with workspace.session() as session, session.begin():
        if session.scalar(select(WorkspaceSettings).limit(1)) is None:
            session.add(WorkspaceSettings(id=1, name=name))
    return workspace
