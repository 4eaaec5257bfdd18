"""`okrdesk team init` and the roles it makes, on a real throwaway server (tests/pg.py): the
owner owns the tables and upgrades them, a member writes, a viewer only reads and is refused a
write in words; a re-run changes nothing; tables of later revisions are covered too."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from okrdesk.cli import main
from okrdesk.store.errors import ReadOnlyWorkspaceError
from okrdesk.store.schema import Cycle, WorkspaceSettings
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import create_workspace, open_workspace
from okrdesk.store.workspace.server import make_server_engine
from okrdesk.store.workspace.server_access import RoleRefusedError
from okrdesk.store.workspace.team_roles import team_roles


@pytest.fixture
def team_url(pg_server) -> Iterator[str]:
    """An empty database; `okrdesk team init` is the test's to run."""
    url = pg_server.new_database("template0")
    yield url
    pg_server.drop_database(url)


def _one(url: str, sql: str, *args: object) -> object:
    with psycopg.connect(url) as connection:
        row = connection.execute(sql, args).fetchone()  # type: ignore[arg-type]
    return None if row is None else row[0]


def _run(url: str, *statements: str) -> None:
    with psycopg.connect(url) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


def _login(url: str, user: str, kind: str | None) -> str:
    """A login role `user` (in the team role `kind`) and the URL it connects with."""
    database = url.rsplit("/", 1)[1]
    name = f"{user}_{database}"
    if kind is None:
        _run(url, f'CREATE ROLE "{name}" LOGIN')
    else:
        assert main(["team", "add", url, name, "--role", kind]) == 0
    return url.replace("okrdesk_test@", f"{name}@")


def test_team_init_makes_the_schema_and_three_roles_and_can_run_again(
    team_url: str, capsys
) -> None:
    database = team_url.rsplit("/", 1)[1]
    roles = team_roles(database)
    assert main(["team", "init", team_url]) == 0
    out = capsys.readouterr().out
    assert f"role {roles.owner}: owns the tables and upgrades them (created)" in out
    assert f"role {roles.viewer}: reads only (created)" in out
    assert f'workspace "{database}" created (schema {migrate.head_revision()})' in out
    assert f"CREATE ROLE anna LOGIN IN ROLE {roles.member}" in out
    owners = _one(
        team_url,
        "SELECT array_agg(DISTINCT tableowner) FROM pg_tables WHERE schemaname = 'public'",
    )
    assert owners == [roles.owner]
    assert (
        _one(team_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", roles.member) is False
    )

    assert main(["team", "init", team_url]) == 0
    again = capsys.readouterr().out
    assert f"role {roles.member}: reads and writes (already there)" in again
    assert f"workspace already at schema {migrate.head_revision()}" in again
    assert _one(team_url, "SELECT count(*) FROM workspace_settings") == 1
    assert _one(team_url, "SELECT count(*) FROM funnels") == 1


def test_two_workspaces_on_one_server_have_their_own_roles() -> None:
    first, second = team_roles("sales"), team_roles("support")
    assert first.member == "okrdesk_sales_member"
    assert second.member == "okrdesk_support_member"
    # Names that fold into one another, or are long, keep a digest of the exact name.
    assert team_roles("Sales").member != team_roles("sales").member
    assert team_roles("sales-eu").member != team_roles("sales_eu").member
    assert len(team_roles("x" * 63).viewer.encode()) <= 63


def test_a_member_writes_and_a_viewer_reads_but_is_refused_in_words(team_url: str, capsys) -> None:
    assert main(["team", "init", team_url, "--name", "Northwind"]) == 0
    member = _login(team_url, "anna", "member")
    viewer = _login(team_url, "vera", "viewer")
    capsys.readouterr()

    workspace = open_workspace(member)
    try:
        assert not workspace.read_only and not workspace.viewer
        with workspace.session() as session, session.begin():
            session.get(WorkspaceSettings, 1).name = "Northwind Sales"  # type: ignore[union-attr]
    finally:
        workspace.close()

    workspace = open_workspace(viewer)
    try:
        assert workspace.read_only and workspace.viewer
        assert workspace.name == "Northwind Sales"
    finally:
        workspace.close()
    with pytest.raises(ReadOnlyWorkspaceError, match="your role only lets you read"):
        open_workspace(viewer, read_only=False)

    assert main(["new", viewer]) == 2
    assert main(["checkin", viewer, "anything", "1"]) == 2
    err = capsys.readouterr().err
    assert "your role only lets you read this team workspace; nothing was changed" in err
    assert "Traceback" not in err

    # Past the window's own check, the server's refusal is said too, never a driver error.
    engine = make_server_engine(workspace_address(viewer))
    try:
        with (
            pytest.raises(RoleRefusedError, match="your role on this team workspace does not"),
            Session(engine) as session,
            session.begin(),
        ):
            session.execute(insert(Cycle).values(name="Q9", start_date=None, end_date=None))
    finally:
        engine.dispose()


def test_tables_of_a_later_revision_are_granted_by_default(team_url: str) -> None:
    assert main(["team", "init", team_url]) == 0
    roles = team_roles(team_url.rsplit("/", 1)[1])
    member = _login(team_url, "anna", "member")
    viewer = _login(team_url, "vera", "viewer")
    owner = _login(team_url, "olga", "owner")
    # What a later revision run by the owner makes.
    _run(owner, f'SET ROLE "{roles.owner}"', "CREATE TABLE later (id serial PRIMARY KEY, x int)")
    _run(member, "INSERT INTO later (x) VALUES (7)")
    assert _one(viewer, "SELECT x FROM later") == 7
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _run(viewer, "INSERT INTO later (x) VALUES (8)")
    # Nobody but the owner moves the schema's revision.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _run(member, "UPDATE alembic_version SET version_num = '9999'")


def test_a_workspace_made_by_okrdesk_new_is_handed_to_the_owner(team_url: str, capsys) -> None:
    create_workspace(team_url, "Early").close()
    roles = team_roles(team_url.rsplit("/", 1)[1])
    assert main(["team", "init", team_url]) == 0
    assert "tables handed to the owner role" in capsys.readouterr().out
    assert (
        _one(
            team_url,
            "SELECT count(*) FROM pg_tables WHERE tableowner <> %s AND schemaname = 'public'",
            roles.owner,
        )
        == 0
    )
    assert _one(team_url, "SELECT name FROM workspace_settings") == "Early"


def test_only_the_owner_role_upgrades_an_older_team_workspace(team_url: str) -> None:
    create_workspace(team_url, "Old", revision="0004").close()
    assert main(["team", "init", team_url]) == 0  # upgrades it: team init is the owner's tool
    assert _one(team_url, "SELECT version_num FROM alembic_version") == migrate.head_revision()


def test_a_member_cannot_upgrade_but_an_owner_login_can(pg_server, team_url: str) -> None:
    roles = team_roles(team_url.rsplit("/", 1)[1])
    assert main(["team", "init", team_url]) == 0
    member = _login(team_url, "anna", "member")
    owner = _login(team_url, "olga", "owner")
    # The schema goes back one revision, as if this okrdesk were newer than the workspace.
    previous = migrate.known_revisions()[-2]
    _downgrade(team_url, roles.owner, previous)

    with pytest.raises(RoleRefusedError, match="only its owner role can upgrade it"):
        open_workspace(member)
    workspace = open_workspace(owner)
    workspace.close()
    assert _one(team_url, "SELECT version_num FROM alembic_version") == migrate.head_revision()
    outsiders = _one(
        team_url,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> %s",
        roles.owner,
    )
    assert outsiders == 0
    assert open_workspace(member).close() is None


def _downgrade(url: str, owner: str, revision: str) -> None:
    from alembic import command

    engine = make_server_engine(workspace_address(url))
    try:
        with engine.begin() as connection:
            connection.execute(text(f'SET LOCAL ROLE "{owner}"'))
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_team_commands_refuse_a_file_and_a_database_without_roles(
    tmp_path, team_url, capsys
) -> None:
    assert main(["team", "init", str(tmp_path / "t.okrdesk")]) == 2
    assert "a team workspace lives on a server" in capsys.readouterr().err
    assert main(["team", "add", team_url, "anna", "--role", "viewer"]) == 2
    assert "has no team roles yet: run okrdesk team init" in capsys.readouterr().err


def test_a_file_copied_onto_the_server_becomes_a_team_workspace(
    team_url: str, demo_file, monkeypatch, capsys
) -> None:
    """The README's order: `okrdesk copy` into the empty database, then `team init`."""
    assert main(["copy", str(demo_file), team_url]) == 0
    assert main(["team", "init", team_url]) == 0
    assert "tables handed to the owner role" in capsys.readouterr().out
    member = _login(team_url, "anna", "member")
    monkeypatch.setenv("OKRDESK_TODAY", "2026-11-25")
    checkins = _one(team_url, "SELECT count(*) FROM checkins")
    assert main(["checkin", member, "Grow MQLs per month from 240 to 360", "300"]) == 0
    assert _one(team_url, "SELECT count(*) FROM checkins") == checkins + 1
