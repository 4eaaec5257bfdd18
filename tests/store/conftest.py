"""Shared helpers for the workspace-file tests: real files under tmp_path, nothing mocked."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from okrdesk.store.workspace.files import Workspace, open_workspace


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump_tables(path: Path, *, drop_columns: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file (read only), keyed by table, in rowid order.

    `drop_columns` names columns to leave out as "table.column".
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        dump: dict[str, list[tuple]] = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if f"{table}.{row[1]}" not in drop_columns
            ]
            select = ", ".join(f'"{column}"' for column in columns)
            dump[table] = connection.execute(
                f'SELECT {select} FROM "{table}" ORDER BY rowid'
            ).fetchall()
        return dump
    finally:
        connection.close()


@pytest.fixture
def sha256():
    """sha256(path) -> hex digest of the file's bytes."""
    return sha256_of


@pytest.fixture
def dump():
    """dump(path, drop_columns=("table.column",)) -> {table: [rows]}, read only."""
    return dump_tables


@pytest.fixture
def ws(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An open copy of the demo workspace (tests/conftest.py) under tmp_path."""
    path = tmp_path / "copy.okrdesk"
    shutil.copyfile(demo_file, path)
    workspace = open_workspace(path)
    yield workspace
    workspace.close()


@pytest.fixture
def content(dump) -> Callable[[Workspace], dict[str, list[tuple]]]:
    """content(ws) -> every row of the workspace's file, after its WAL is checkpointed."""

    def content(ws: Workspace) -> dict[str, list[tuple]]:
        ws.engine.dispose()  # the last connection's close checkpoints the WAL into the file
        return dump(ws.path)

    return content
