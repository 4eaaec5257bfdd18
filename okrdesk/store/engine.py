"""SQLAlchemy engines and sqlite3 connections for a workspace file, with the pragmas of DESIGN.md.

This module and workspace.py are the dialect-specific open code of store/: SQLite pragmas, and
sqlite3 connections for looking at, backing up and restoring files. The rest of store/ is
portable SQL.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

# "OKRD": set at creation, it tells an okrdesk workspace from any other SQLite file.
APPLICATION_ID = 0x4F4B5244

# Seconds to wait for another program that holds the file's lock before giving up.
BUSY_TIMEOUT = 5.0


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
        cursor = dbapi_connection.cursor()
        # First, so that switching the journal mode waits for another program's lock too.
        cursor.execute(f"PRAGMA busy_timeout={round(busy_timeout * 1000)}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def read_only_connection(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """A connection that cannot write, for looking at files that may not be ours."""
    # as_uri() percent-encodes the path, so "?" and "#" in a file name stay part of it.
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        timeout=busy_timeout,
        check_same_thread=False,
    )


def make_read_only_engine(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    return create_engine(
        "sqlite+pysqlite://",
        creator=lambda: read_only_connection(path, busy_timeout=busy_timeout),
        poolclass=NullPool,
    )


@contextlib.contextmanager
def leaves_no_sidecars(path: Path) -> Iterator[None]:
    """Remove the -wal/-shm files a read-only look at a WAL file creates, if it created them.

    They are only removed when neither existed before (so no other process has the file open)
    and the write-ahead log is still empty.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    existed = wal.exists() or shm.exists()
    try:
        yield
    finally:
        if not existed and (not wal.exists() or wal.stat().st_size == 0):
            for sidecar in (wal, shm):
                with contextlib.suppress(OSError):
                    sidecar.unlink()
