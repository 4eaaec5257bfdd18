"""Shared helpers for the workspace-file tests: real files under tmp_path, nothing mocked."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from okrdesk.store.workspace.files import Workspace, open_workspace
from tests.helpers import dump_tables, sha256_of


@pytest.fixture
def sha256():
    """sha256(path) -> hex digest of the file's bytes."""
    return sha256_of


@pytest.fixture
def dump():
    """dump(path, drop_columns=("table.column",)) -> {table: [rows]}, read only."""
    return dump_tables


@pytest.fixture
def ws(request, backend: str, demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """An open copy of the demo workspace (tests/conftest.py): in a file under tmp_path, or, for
    the modules marked BOTH_BACKENDS, also in a database on the session's PostgreSQL server."""
    if backend == "sqlite":
        path = tmp_path / "copy.okrdesk"
        shutil.copyfile(demo_file, path)
        workspace = open_workspace(path)
        yield workspace
        workspace.close()
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_database("okrdesk_demo")
    workspace = open_workspace(url)
    yield workspace
    workspace.close()
    server.drop_database(url)


@pytest.fixture
def content(dump) -> Callable[[Workspace], dict[str, list[tuple]]]:
    """content(ws, drop_columns=()) -> every row of the workspace's file, after its WAL is
    checkpointed (less the columns named "table.column")."""

    def content(ws: Workspace, drop_columns: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
        ws.engine.dispose()  # the last connection's close checkpoints the WAL into the file
        return dump(ws.path, drop_columns=drop_columns)

    return content


@pytest.fixture
def other(ws: Workspace) -> Iterator[Workspace]:
    """The same workspace opened a second time: another person's okrdesk."""
    second = open_workspace(ws.path)
    yield second
    second.close()
