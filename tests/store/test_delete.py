"""Deleting a workspace file takes its SQLite side files with it, and nothing else."""

from __future__ import annotations

from pathlib import Path

from okrdesk.store.schema import Team
from okrdesk.store.workspace.files import create_workspace, delete_workspace_file


def test_the_file_and_its_wal_shm_and_journal_go_and_its_neighbours_stay(tmp_path: Path) -> None:
    path = tmp_path / "team.okrdesk"
    ws = create_workspace(path, "Team")
    with ws.session() as session, session.begin():
        session.add(Team(name="Sales"))
    # While the workspace is open its -wal and -shm files exist; a crash can leave a -journal.
    connection = ws.engine.connect()
    Path(f"{path}-journal").write_bytes(b"")
    neighbours = [
        "team.okrdesk.0001-20260101-090000.bak",
        "team.okrdesk-notes.txt",
        "other.okrdesk",
    ]
    for name in neighbours:
        (tmp_path / name).write_text("keep me", encoding="utf-8")
    assert {"team.okrdesk-wal", "team.okrdesk-shm"} <= {p.name for p in tmp_path.iterdir()}

    try:
        delete_workspace_file(path)
    finally:
        connection.close()
        ws.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(neighbours)


def test_missing_files_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "gone.okrdesk"
    Path(f"{path}-shm").write_bytes(b"")
    delete_workspace_file(path)
    delete_workspace_file(path)
    assert list(tmp_path.iterdir()) == []
