"""Opening fails cleanly when the backup cannot be written or another program holds the file.

Every failure is a WorkspaceError with a one-line reason, and the file keeps its bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from okrdesk.store.errors import MigrationError, WorkspaceBusyError, WorkspaceError
from okrdesk.store.schema import Team
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.files import (
    _migration_failed,
    create_workspace,
    inspect,
    open_workspace,
)
from okrdesk.store.workspace.health import check_workspace
from tests.helpers import listing

FIRST = "0001"
SHORT = 0.05  # seconds: how long opening waits for a lock in these tests


def test_a_backup_that_cannot_be_written_stops_the_upgrade(tmp_path: Path, sha256) -> None:
    # The file's name is legal, but with the backup suffix the name is over the 255-byte limit.
    path = tmp_path / ("q" * 232 + ".okrdesk")
    create_workspace(path, "Long name", revision=FIRST).close()
    digest = sha256(path)

    with pytest.raises(MigrationError) as raised:
        open_workspace(path)

    assert str(raised.value) == (
        f"{path}: cannot write the backup beside it before upgrading (the name is too long); "
        "nothing was changed"
    )
    assert sha256(path) == digest
    assert listing(tmp_path) == [path.name]
    assert inspect(path).revision == FIRST


@contextmanager
def _held(path: Path, begin: str) -> Iterator[sqlite3.Connection]:
    """Another program's connection, inside a transaction that holds the file's lock."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute(begin)
        other.execute("INSERT INTO teams (name) VALUES ('Written by the other program')")
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def _teams(path: Path) -> list[str]:
    ws = open_workspace(path)
    try:
        with ws.session() as session:
            return list(session.scalars(select(Team.name).order_by(Team.id)))
    finally:
        ws.close()


def test_a_file_locked_by_another_program_is_busy_not_corrupt(tmp_path: Path, sha256) -> None:
    path = tmp_path / "shared.okrdesk"
    create_workspace(path, "Shared").close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    connection.close()
    digest = sha256(path)

    with _held(path, "BEGIN EXCLUSIVE"):
        with pytest.raises(WorkspaceBusyError) as raised:
            open_workspace(path, busy_timeout=SHORT)
        assert sha256(path) == digest

        with pytest.raises(WorkspaceBusyError):
            check_workspace(path, busy_timeout=SHORT)

    assert str(raised.value) == f"{path}: is in use by another program; try again"
    assert isinstance(raised.value, WorkspaceError)
    assert listing(tmp_path) == [path.name]
    open_workspace(path).close()  # once the other program is done, it opens


def test_an_old_file_another_program_is_writing_is_not_upgraded_nor_restored(
    tmp_path: Path, sha256
) -> None:
    path = tmp_path / "shared.okrdesk"
    create_workspace(path, "Shared", revision=FIRST).close()
    digest = sha256(path)

    # WAL: reading and backing up go ahead, the migration has to wait for the writer.
    with _held(path, "BEGIN IMMEDIATE") as other:
        with pytest.raises(WorkspaceBusyError) as raised:
            open_workspace(path, busy_timeout=SHORT)
        assert sha256(path) == digest
        other.execute("COMMIT")

    assert str(raised.value) == f"{path}: is in use by another program; try again"
    assert listing(tmp_path) == [path.name]  # the backup of the unchanged file went again
    assert inspect(path).revision == FIRST
    # The other program's write survived: nothing was copied over it.
    assert _teams(path) == ["Written by the other program"]
    assert inspect(path).revision == migrate.head_revision()


def test_a_restore_that_fails_says_where_the_backup_is(tmp_path: Path) -> None:
    path = tmp_path / "team.okrdesk"
    create_workspace(path, "Team", revision=FIRST).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.commit()
    connection.close()
    missing = tmp_path / "team.okrdesk.0001-20260101-090000.bak"

    error = _migration_failed(path, FIRST, missing, RuntimeError("disk I/O error"))

    assert isinstance(error, MigrationError)
    assert str(error) == (
        f"{path}: could not be upgraded (disk I/O error) and could not be restored "
        f"(unable to open database file); the backup is {missing.name}"
    )


def test_a_workspace_that_cannot_be_created_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "clients"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "acme.okrdesk"
    with pytest.raises(WorkspaceError) as raised:
        create_workspace(target, "Acme")
    assert "cannot be created" in str(raised.value)
    assert str(target) in str(raised.value)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients"]
