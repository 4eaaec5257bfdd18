"""File names with URL syntax in them ("?", "#", "%20") open the file named and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrdesk.store.schema import Team
from okrdesk.store.workspace.engine import leaves_no_sidecars, read_only_connection
from okrdesk.store.workspace.files import create_workspace, inspect, open_workspace
from okrdesk.store.workspace.health import check_workspace

NAMES = [
    "Bistro Nowak ąę? #1%20.okrdesk",
    "what?.okrdesk",
    "plan?mode=ro.okrdesk",
    "#1.okrdesk",
    "team%20a.okrdesk",
    "two  spaces .okrdesk",
    "Zürich — 東京.okrdesk",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_workspace_is_created_and_reopened_under_its_own_name(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "clients"
    path = folder / name
    ws = create_workspace(path, "Bistro")
    try:
        with ws.session() as session, session.begin():
            session.add(Team(name="Kitchen"))
    finally:
        ws.close()
    assert [p.name for p in folder.iterdir()] == [name]

    reopened = open_workspace(path)
    try:
        assert reopened.name == "Bistro"
        with reopened.session() as session:
            assert session.get(Team, 1).name == "Kitchen"
    finally:
        reopened.close()
    assert [p.name for p in folder.iterdir()] == [name]


def _misreadings(name: str) -> set[str]:
    """Names a URL parser would make of `name`: cut at "?" or "#", or with "%20" decoded."""
    cut = name.split("?")[0].split("#")[0]
    return {n for n in (cut, name.replace("%20", " ")) if n and n != name}


@pytest.mark.parametrize("name", NAMES)
def test_read_only_looks_read_the_file_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    create_workspace(path, "Bistro").close()
    # Files under the names a misparsed URL would open: reading one of them must fail the test.
    decoys = _misreadings(name)
    for decoy in decoys:
        (tmp_path / decoy).write_bytes(b"not a database")

    with leaves_no_sidecars(path):
        connection = read_only_connection(path)
        try:
            row = connection.execute("SELECT name FROM workspace_settings").fetchone()
        finally:
            connection.close()
    assert row == ("Bistro",)
    assert inspect(path).revision
    assert check_workspace(path).healthy
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({name, *decoys})
