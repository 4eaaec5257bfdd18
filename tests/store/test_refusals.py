"""Files okrdesk must refuse to open, and must leave byte-for-byte as they were."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from okrdesk.store.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotSQLiteError,
    NotWorkspaceError,
    UnreadableWorkspaceError,
    WorkspaceError,
)
from okrdesk.store.schema import Funnel, FunnelCount, FunnelStage, WeeklyReview
from okrdesk.store.workspace.files import create_workspace, open_workspace

TABLE_LEAF = 0x0D
INDEX_LEAF = 0x0A


def _refuses(path: Path, error: type[WorkspaceError], sha256) -> WorkspaceError:
    """Open `path`, expect `error`, and check the file and its folder were left alone."""
    existed = path.exists()
    digest = sha256(path) if path.is_file() else None
    with pytest.raises(error) as raised:
        open_workspace(path)
    refusal = raised.value
    assert isinstance(refusal, WorkspaceError)
    assert refusal.path == path
    assert str(path) in str(refusal)
    assert path.exists() == existed
    if digest is not None:
        assert sha256(path) == digest
    assert list(path.parent.glob("*.bak")) == []  # nothing was backed up: nothing was migrated
    leftovers = [p.name for p in path.parent.glob(f"{path.name}-*")]
    assert leftovers == []  # no -wal or -shm files left beside it
    return refusal


@pytest.fixture(scope="module")
def big_workspace(tmp_path_factory) -> Path:
    """A workspace of a few hundred pages, its WAL checkpointed into the main file."""
    path = tmp_path_factory.mktemp("big") / "big.okrdesk"
    ws = create_workspace(path, "Big")
    try:
        with ws.session() as session, session.begin():
            funnel = Funnel(name="Self-serve")
            stages = [
                FunnelStage(funnel=funnel, name=name, position=i)
                for i, name in enumerate(["Visit", "Trial", "Paid"])
            ]
            session.add_all(stages)
            session.flush()
            first_week = dt.date(2019, 1, 7)
            for week in range(400):
                for stage in stages:
                    for segment in ("paid_search", "organic", "direct"):
                        session.add(
                            FunnelCount(
                                stage_id=stage.id,
                                week_start=first_week + dt.timedelta(weeks=week),
                                segment=segment,
                                count=(week * 37 + stage.position * 11) % 5000,
                            )
                        )
            for week in range(30):
                session.add(
                    WeeklyReview(
                        week_start=first_week + dt.timedelta(weeks=week),
                        notes=f"Week {week}: " + "conversion held steady; " * 200,
                    )
                )
        with ws.engine.connect() as connection:
            busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            assert busy == 0
    finally:
        ws.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _pages(path: Path) -> tuple[int, bytes]:
    data = path.read_bytes()
    (page_size,) = struct.unpack(">H", data[16:18])
    return (65536 if page_size == 1 else page_size), data


def test_the_big_workspace_is_sound(big_workspace: Path) -> None:
    page_size, data = _pages(big_workspace)
    assert len(data) // page_size > 100
    ws = open_workspace(big_workspace)
    try:
        with ws.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
            assert connection.exec_driver_sql("SELECT count(*) FROM funnel_counts").scalar() == 3600
    finally:
        ws.close()


def test_a_text_file_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "targets.okrdesk"
    path.write_text("objective,key result,target\nGrow revenue,New MRR,50000\n", encoding="utf-8")
    refusal = _refuses(path, NotSQLiteError, sha256)
    assert "not a SQLite database" in str(refusal)


def test_an_empty_file_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "empty.okrdesk"
    path.touch()
    refusal = _refuses(path, WorkspaceError, sha256)
    assert "empty" in str(refusal)
    assert path.stat().st_size == 0


def test_a_workspace_truncated_to_half_its_size_is_refused(
    big_workspace: Path, tmp_path: Path, sha256
) -> None:
    path = tmp_path / "truncated.okrdesk"
    data = big_workspace.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refusal = _refuses(path, CorruptWorkspaceError, sha256)
    assert "truncated" in str(refusal)


@pytest.mark.parametrize(
    "page_type", [TABLE_LEAF, INDEX_LEAF], ids=["table b-tree page", "index b-tree page"]
)
def test_a_workspace_with_a_garbage_page_is_refused(
    big_workspace: Path, tmp_path: Path, page_type: int, sha256
) -> None:
    page_size, data = _pages(big_workspace)
    # Page 1 holds the file header; every other page starts with its b-tree page type. There is
    # no free page (see test_the_big_workspace_is_sound), so each such page is in use.
    candidates = [
        number
        for number in range(2, len(data) // page_size + 1)
        if data[(number - 1) * page_size] == page_type
    ]
    assert len(candidates) > 10
    number = candidates[len(candidates) // 2]
    garbage = random.Random(number).randbytes(page_size)
    offset = (number - 1) * page_size
    path = tmp_path / "damaged.okrdesk"
    path.write_bytes(data[:offset] + garbage + data[offset + page_size :])

    refusal = _refuses(path, CorruptWorkspaceError, sha256)
    assert "damaged" in str(refusal) or "cannot be read" in str(refusal)


def test_another_programs_sqlite_database_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "contacts.okrdesk"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO contacts (name) VALUES ('Ada')")
    connection.commit()
    connection.close()
    refusal = _refuses(path, NotWorkspaceError, sha256)
    assert "not an okrdesk workspace" in str(refusal)


def test_another_alembic_managed_database_is_refused(tmp_path: Path, sha256) -> None:
    # Same table name as ours, same revision name as ours: only the application id tells.
    path = tmp_path / "crm.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()
    _refuses(path, NotWorkspaceError, sha256)


def test_a_workspace_from_a_newer_okrdesk_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "future.okrdesk"
    create_workspace(path, "From the future").close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    refusal = _refuses(path, NewerWorkspaceError, sha256)
    assert "newer okrdesk" in str(refusal)
    assert "update okrdesk" in str(refusal)


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path, sha256) -> None:
    path = tmp_path / "nowhere" / "missing.okrdesk"
    _refuses(path, WorkspaceError, sha256)
    assert not path.parent.exists()


def test_a_folder_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "folder.okrdesk"
    path.mkdir()
    refusal = _refuses(path, UnreadableWorkspaceError, sha256)
    assert refusal.reason == "cannot be read (it is a folder)"
    assert path.is_dir()


@contextmanager
def _without_root() -> Iterator[None]:
    """Root reads any file: drop to an ordinary user (nobody) while the body runs."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file permissions")
def test_a_file_without_read_permission_is_refused(tmp_path: Path, sha256) -> None:
    path = tmp_path / "locked.okrdesk"
    create_workspace(path, "Locked").close()
    digest = sha256(path)
    path.chmod(0o200)
    try:
        # As root, it is the folder (private to root) that nobody may look into.
        with _without_root(), pytest.raises(UnreadableWorkspaceError) as raised:
            open_workspace(path)
    finally:
        path.chmod(0o600)
    assert str(raised.value) == f"{path}: cannot be read (permission denied)"
    assert sha256(path) == digest
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("existing", ["text file", "workspace"])
def test_creating_over_an_existing_file_is_refused(tmp_path: Path, existing: str, sha256) -> None:
    path = tmp_path / "team.okrdesk"
    if existing == "text file":
        path.write_text("my notes, do not lose them\n", encoding="utf-8")
    else:
        create_workspace(path, "Team").close()
    digest = sha256(path)
    listing = sorted(tmp_path.iterdir())

    with pytest.raises(WorkspaceError) as raised:
        create_workspace(path, "Team again")

    assert str(path) in str(raised.value)
    assert "already exists" in str(raised.value)
    assert sha256(path) == digest
    assert sorted(tmp_path.iterdir()) == listing
