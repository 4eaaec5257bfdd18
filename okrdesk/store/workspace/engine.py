"""SQLAlchemy engines and sqlite3 connections for a workspace file, with the pragmas of DESIGN.md.

This module, workspace.py and schema_check.py are the dialect-specific open code of store/:
SQLite pragmas, and sqlite3 connections for looking at, backing up and restoring files. The rest
of store/ is portable SQL.

Every connection is hardened before its first statement: `trusted_schema=OFF` (a function in a
file's schema runs only if SQLite marks it harmless) and SQLite's defensive mode (see
defensive.py).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from okrdesk.store.workspace.defensive import set_defensive

# "OKRD": set at creation, it tells an okrdesk workspace from any other SQLite file.
APPLICATION_ID = 0x4F4B5244

# Seconds to wait for another program that holds the file's lock before giving up.
BUSY_TIMEOUT = 5.0

SIDECAR_SUFFIXES = ("-wal", "-shm")


def harden(connection: sqlite3.Connection) -> None:
    """Trust no function in the file's schema, and let no SQL corrupt the file on purpose."""
    connection.execute("PRAGMA trusted_schema=OFF")
    set_defensive(connection)


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    wal: bool = True,
    busy_timeout: float = BUSY_TIMEOUT,
) -> Engine:
    """An engine whose transactions cover DDL too (pysqlite's own BEGIN handling skips it).

    `wal=False` leaves the file's journal mode as it is: switching to WAL rewrites the file's
    header at once, outside any transaction, so migrations run without it.
    """
    # URL.create, not a URL string: a file name may hold "?", "#" or "%".
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        harden(dbapi_connection)
        cursor = dbapi_connection.cursor()
        # First, so that switching the journal mode waits for another program's lock too.
        cursor.execute(f"PRAGMA busy_timeout={round(busy_timeout * 1000)}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def has_wal(path: Path) -> bool:
    """Is there a write-ahead log beside the file that may hold committed pages?"""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """Can okrdesk not write the file, or not create its -wal/-shm/-journal files beside it?

    `os.access` asks the system as this user would write: a read-only file system says no even
    to root, file permissions say no to everybody but root.
    """
    return not os.access(Path(path).absolute(), os.W_OK) or not folder_is_writable(path)


def folder_is_writable(path: Path) -> bool:
    """Can okrdesk create files (a -wal, -shm or -journal) beside `path`?"""
    return os.access(Path(path).absolute().parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """The URI that opens the file without writing it.

    SQLite reads a file in WAL mode through its -shm file, which a read-only folder cannot hold:
    there, with no -shm and no write-ahead log to replay, the file is opened as immutable.
    """
    path = Path(path).absolute()
    # as_uri() percent-encodes the path, so "?" and "#" in a file name stay part of it.
    uri = path.resolve().as_uri()
    if not folder_is_writable(path) and not Path(f"{path}-shm").exists() and not has_wal(path):
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def read_only_connection(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """A connection that cannot write, for looking at files that may not be ours."""
    connection = sqlite3.connect(
        read_only_uri(path),
        uri=True,
        timeout=busy_timeout,
        check_same_thread=False,
    )
    try:
        harden(connection)
        connection.execute("PRAGMA query_only=ON")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def make_read_only_engine(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    return create_engine(
        "sqlite+pysqlite://",
        creator=lambda: read_only_connection(path, busy_timeout=busy_timeout),
        poolclass=NullPool,
    )


def existing_sidecars(path: Path) -> frozenset[str]:
    """Which of the file's -wal and -shm files exist now."""
    return frozenset(suffix for suffix in SIDECAR_SUFFIXES if Path(f"{path}{suffix}").exists())


def remove_new_sidecars(path: Path, before: frozenset[str]) -> None:
    """Remove the -wal/-shm files a read-only look created, if nothing was written to them.

    A -wal file that existed before, or holds pages, is never touched; a new -shm file goes
    only while its -wal is empty or was there before (it holds nothing the -wal needs then).
    """
    wal = Path(f"{path}-wal")
    if "-wal" not in before:
        if wal.exists() and wal.stat().st_size > 0:
            return  # someone wrote in the meantime: the file is in use, leave both alone
        with contextlib.suppress(OSError):
            wal.unlink()
    if "-shm" not in before:
        with contextlib.suppress(OSError):
            Path(f"{path}-shm").unlink()


@contextlib.contextmanager
def leaves_no_sidecars(path: Path) -> Iterator[None]:
    """Remove the -wal/-shm files a read-only look at a WAL file creates, if it created them."""
    before = existing_sidecars(path)
    try:
        yield
    finally:
        remove_new_sidecars(path, before)
