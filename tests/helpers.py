"""Helpers shared by the test folders: the demo's fixed day and a read of a workspace file."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# The day every demo workspace the tests build by date is built for (a Wednesday, so its week
# has begun and the week before is complete). The UI tests are the exception: the screens read
# the system clock, so tests/ui/conftest.py builds its demo for the real today.
DEMO_DAY = dt.date(2026, 11, 25)


def rows(path: Path, sql: str, *args: object) -> list[tuple]:
    """The rows of one SQL query on the workspace file at `path` (for what no store query
    function answers); the connection is closed after."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def query(path: Path, function: Callable[..., T], *args: object) -> T:
    """What a store query function (taking a connection first) returns for the workspace file
    at `path`, read on a connection of its own."""
    from okrdesk.store.workspace.engine import make_engine

    engine = make_engine(Path(path))
    try:
        with engine.connect() as connection:
            return function(connection, *args)
    finally:
        engine.dispose()
