"""Read-only files and folders open read-only; check and report work on them; nothing changes.

As root, file permissions do not stop writes: tests/read_only.py then makes the file or folder
read-only with a read-only bind mount, which stops root too (EROFS).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from okrdesk.cli import main
from okrdesk.store.errors import ReadOnlyWorkspaceError, UnreadableWorkspaceError
from okrdesk.store.schema import Team
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.helpers import listing
from tests.read_only import read_only

FIRST = "0001"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("made") / "team.okrdesk"
    workspace = create_workspace(path, "Team")
    with workspace.session() as session, session.begin():
        session.add_all([Team(name="Sales"), Team(name="Marketing")])
    workspace.close()
    return path


def _copy(made: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "team.okrdesk"
    shutil.copyfile(made, path)
    return path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_workspace_opens_read_only_and_is_left_alone(
    made: Path, tmp_path: Path, what: str, sha256
) -> None:
    path = _copy(made, tmp_path / "shared")
    digest = sha256(path)
    with read_only(path if what == "file" else path.parent):
        workspace = open_workspace(path)
        try:
            assert workspace.read_only
            assert workspace.name == "Team"
            with workspace.session() as session:
                assert sorted(session.scalars(select(Team.name))) == ["Marketing", "Sales"]
            with (
                pytest.raises(OperationalError),
                workspace.session() as session,
                session.begin(),
            ):
                session.add(Team(name="Support"))
        finally:
            workspace.close()
        assert sha256(path) == digest
        assert listing(path.parent) == [path.name]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_check_and_report_work_on_a_read_only_workspace(
    made: Path, tmp_path: Path, what: str, capsys, sha256
) -> None:
    path = _copy(made, tmp_path / "shared")
    digest = sha256(path)
    out = tmp_path / "review.md"
    with read_only(path if what == "file" else path.parent):
        assert main(["check", str(path)]) == 0
        assert "integrity check: ok" in capsys.readouterr().out
        assert main(["report", str(path), "--week", "2026-W47", "--out", str(out)]) == 0
        assert capsys.readouterr().err == ""
        assert sha256(path) == digest
        assert listing(path.parent) == [path.name]
    assert out.read_text(encoding="utf-8").strip()


def test_importing_into_a_read_only_workspace_is_refused_in_one_line(
    made: Path, tmp_path: Path, capsys, sha256
) -> None:
    path = _copy(made, tmp_path / "shared")
    digest = sha256(path)
    csv = tmp_path / "week.csv"
    csv.write_text("week,stage,count\n2026-W02,Visit,100\n", encoding="utf-8")
    with read_only(path.parent):
        assert main(["import", str(path), str(csv), "--funnel", "Website"]) == 2
        assert sha256(path) == digest
        assert listing(path.parent) == [path.name]
    assert capsys.readouterr().err == (
        f"okrdesk: {path}: is read-only (the file or its folder cannot be written); "
        "nothing was changed\n"
    )


def test_an_older_read_only_workspace_cannot_be_upgraded_and_says_so(
    tmp_path: Path, sha256
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "old.okrdesk"
    create_workspace(path, "Old", revision=FIRST).close()
    digest = sha256(path)
    with read_only(folder), pytest.raises(ReadOnlyWorkspaceError) as raised:
        open_workspace(path)
    assert str(raised.value) == (
        f"{path}: is read-only and was made by an older okrdesk (schema {FIRST}); "
        "copy it to a folder you can write to, to upgrade it"
    )
    assert sha256(path) == digest
    assert listing(folder) == [path.name]


def test_a_log_that_cannot_be_replayed_in_a_read_only_folder_is_explained(
    made: Path, tmp_path: Path, sha256
) -> None:
    path = _copy(made, tmp_path / "shared")
    Path(f"{path}-wal").write_bytes(b"\0" * 4096)  # a log left by a crash, its -shm gone
    digest = sha256(path)
    with read_only(path.parent), pytest.raises(UnreadableWorkspaceError) as raised:
        open_workspace(path)
    assert "its last changes are still in its -wal file" in str(raised.value)
    assert sha256(path) == digest
    assert listing(path.parent) == [path.name, f"{path.name}-wal"]


def test_a_read_only_file_after_a_crash_is_read_through_its_log(tmp_path: Path, sha256) -> None:
    from tests.store.test_crash_recovery import _cut_checkpoint

    path, _needed = _cut_checkpoint(tmp_path)
    wal = Path(f"{path}-wal")
    digests = (sha256(path), sha256(wal))
    with read_only(path):
        workspace = open_workspace(path)
        try:
            assert workspace.read_only
            with workspace.session() as session:
                assert len(session.scalars(select(Team.name)).all()) == 3000
        finally:
            workspace.close()
    assert (sha256(path), sha256(wal)) == digests
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [path.name, wal.name]
