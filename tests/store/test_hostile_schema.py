"""A workspace file from anyone: okrdesk runs none of its SQL, refuses what it did not make.

Each hostile file is made here from a sound workspace (tests/store/hostile_workspaces.py); each
is refused with one exact line by opening, `okrdesk check` and `okrdesk import` (exit code 2),
and keeps its bytes, its journal mode and its folder: nothing is written or left beside it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.store.errors import WorkspaceError
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.store.hostile_workspaces import KINDS


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "sound.okrdesk"
    create_workspace(path, "Client").close()
    return path


def _hostile(sound_file: Path, folder: Path, kind: str, journal_mode: str = "wal") -> Path:
    path = folder / "client.okrdesk"
    shutil.copyfile(sound_file, path)
    if journal_mode != "wal":
        connection = sqlite3.connect(path)
        assert connection.execute(f"PRAGMA journal_mode={journal_mode}").fetchone()[0] == (
            journal_mode
        )
        connection.close()
    make, _reason = KINDS[kind]
    make(path)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    return path


def _header_versions(path: Path) -> bytes:
    return path.read_bytes()[18:20]


@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_workspace_is_refused_and_left_alone(
    sound_file: Path, tmp_path: Path, kind: str, sha256
) -> None:
    path = _hostile(sound_file, tmp_path, kind)
    digest = sha256(path)
    versions = _header_versions(path)
    _make, reason = KINDS[kind]

    with pytest.raises(WorkspaceError) as raised:
        open_workspace(path)

    assert str(raised.value) == f"{path}: {reason}"
    assert sha256(path) == digest
    assert _header_versions(path) == versions  # the journal mode is the file's own still
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("command", ["check", "import"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_command_line_refuses_a_hostile_workspace_with_one_line(
    sound_file: Path, tmp_path: Path, kind: str, command: str, capsys, sha256
) -> None:
    folder = tmp_path / "workspace"
    folder.mkdir()
    path = _hostile(sound_file, folder, kind)
    digest = sha256(path)
    csv = tmp_path / "week.csv"
    csv.write_text("week,stage,count\n2026-W02,Visit,100\n2026-W02,Lead,10\n", encoding="utf-8")
    args = ["check", str(path)]
    if command == "import":
        args = ["import", str(path), str(csv), "--funnel", "Website"]

    assert main(args) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"okrdesk: {path}: {KINDS[kind][1]}\n"
    assert sha256(path) == digest
    assert sorted(p.name for p in folder.iterdir()) == [path.name]


@pytest.mark.parametrize("kind", ["added trigger", "no tables", "future write version"])
def test_a_refused_file_keeps_its_rollback_journal_mode(
    sound_file: Path, tmp_path: Path, kind: str, sha256
) -> None:
    path = _hostile(sound_file, tmp_path, kind, "delete")
    digest = sha256(path)

    with pytest.raises(WorkspaceError):
        open_workspace(path)

    assert sha256(path) == digest
    assert path.read_bytes()[18] in (1, 3)  # not switched to WAL (2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_the_trigger_of_a_refused_file_never_ran(sound_file: Path, tmp_path: Path, dump) -> None:
    path = _hostile(sound_file, tmp_path, "added trigger")
    csv = tmp_path / "week.csv"
    csv.write_text("week,stage,count\n2026-W02,Visit,100\n", encoding="utf-8")

    assert main(["import", str(path), str(csv), "--funnel", "Website"]) == 2

    content = dump(path)
    assert content["funnel_counts"] == []
    assert [row[1] for row in content["workspace_settings"]] == ["Client"]


def test_a_workspace_made_by_every_revision_and_upgraded_opens(tmp_path: Path) -> None:
    # The reference schema comes from the migrations: every path through them must match it.
    from okrdesk.store.workspace import migrate

    for revision in migrate.known_revisions():
        path = tmp_path / f"made-at-{revision}.okrdesk"
        create_workspace(path, "Team", revision=revision).close()
        open_workspace(path).close()
        workspace = open_workspace(path)  # once more at head, not migrated this time
        assert workspace.backup_path is None
        workspace.close()


def test_the_kept_reference_is_the_one_the_migrations_make(tmp_path: Path) -> None:
    from okrdesk.store.workspace import schema_check

    built = schema_check._build_references()
    kept = tmp_path / "schemas"
    schema_check._write_cache(kept, built)
    assert {revision: schema_check._read_cache(kept, revision) for revision in built} == built
    head = max(built)
    (kept / f"{head}.json").write_text("{not json", encoding="utf-8")
    assert schema_check._read_cache(kept, head) is None  # then it is built again


def test_opening_a_workspace_reads_only_its_own_revisions_kept_reference(
    sound_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from okrdesk.store.workspace import migrate, schema_check

    schema_check._references.clear()
    open_workspace(sound_file).close()  # keeps every revision's reference, if not yet kept
    kept = schema_check._cache_folder()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = schema_check._cache_folder()
    shutil.copytree(kept, folder)
    head = migrate.head_revision()
    for revision in migrate.known_revisions():
        if revision != head:
            (folder / f"{revision}.json").write_text("{not json", encoding="utf-8")
    schema_check._references.clear()
    open_workspace(sound_file).close()
    assert set(schema_check._references) == {head}  # the damaged ones were not read


def test_a_refused_file_with_a_log_beside_it_keeps_both_and_gets_no_more(
    sound_file: Path, tmp_path: Path, sha256
) -> None:
    (tmp_path / "made").mkdir()
    made = _hostile(sound_file, tmp_path / "made", "added trigger")
    writer = sqlite3.connect(made, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO teams (name) VALUES ('Written before the crash')")
    folder = tmp_path / "crashed"
    folder.mkdir()
    path = folder / made.name
    shutil.copyfile(made, path)
    shutil.copyfile(f"{made}-wal", f"{path}-wal")  # as a crash leaves them: no -shm
    writer.close()
    digests = (sha256(path), sha256(Path(f"{path}-wal")))

    with pytest.raises(WorkspaceError) as raised:
        open_workspace(path)

    assert str(raised.value) == f"{path}: {KINDS['added trigger'][1]}"
    assert (sha256(path), sha256(Path(f"{path}-wal"))) == digests
    assert sorted(p.name for p in folder.iterdir()) == [path.name, f"{path.name}-wal"]
