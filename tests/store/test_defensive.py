"""Every connection to a workspace trusts no schema function and runs in defensive mode."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from okrdesk.store.workspace.defensive import set_defensive
from okrdesk.store.workspace.engine import read_only_connection
from okrdesk.store.workspace.files import create_workspace, open_workspace

SUPPORTED = sys.implementation.name == "cpython"


def _writes_schema(connection: sqlite3.Connection) -> str:
    """Try what defensive mode forbids: rewriting sqlite_master by hand."""
    connection.execute("PRAGMA writable_schema=ON")
    try:
        connection.execute("UPDATE sqlite_master SET sql = sql WHERE name = 'teams'")
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.execute("PRAGMA writable_schema=OFF")
    return "written"


@pytest.mark.skipif(not SUPPORTED, reason="defensive mode needs CPython")
def test_a_plain_connection_can_be_made_defensive(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "plain.db", isolation_level=None)
    try:
        connection.execute("CREATE TABLE teams (name TEXT)")
        assert _writes_schema(connection) == "written"  # without it, anything goes
        assert set_defensive(connection) is True
        assert _writes_schema(connection) == "table sqlite_master may not be modified"
    finally:
        connection.close()


@pytest.mark.skipif(not SUPPORTED, reason="defensive mode needs CPython")
def test_the_workspace_connections_are_defensive_and_trust_no_schema(tmp_path: Path) -> None:
    path = tmp_path / "team.okrdesk"
    create_workspace(path, "Team").close()
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw.execute("PRAGMA trusted_schema").fetchone() == (0,)
            assert _writes_schema(raw) == "table sqlite_master may not be modified"
    finally:
        workspace.close()
    look = read_only_connection(path)
    try:
        assert look.execute("PRAGMA trusted_schema").fetchone() == (0,)
        assert look.execute("PRAGMA query_only").fetchone() == (1,)
    finally:
        look.close()
