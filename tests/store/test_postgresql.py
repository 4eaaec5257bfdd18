"""A workspace in a PostgreSQL database, on a real throwaway server (tests/pg.py): created,
opened, migrated from an older revision under a lock, refused when it is not one of ours."""

from __future__ import annotations

import datetime as dt
import socket
import threading

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import (
    BadAddressError,
    MigrationError,
    NewerWorkspaceError,
    NotWorkspaceError,
    ReadOnlyWorkspaceError,
    ServerUnreachableError,
    WorkspaceError,
)
from okrdesk.store.schema import Base, Cycle, KeyResult, Objective
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import create_workspace, open_workspace
from okrdesk.store.workspace.health import check_workspace
from okrdesk.store.workspace.server import MIGRATION_LOCK, make_server_engine, read_revision

FIRST = "0001"


def _revision(url: str) -> str | None:
    engine = make_server_engine(workspace_address(url))
    try:
        with engine.connect() as connection:
            return read_revision(connection)
    finally:
        engine.dispose()


def _execute(url: str, *statements: str) -> None:
    with psycopg.connect(url) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


def _make_first_revision_database(url: str) -> None:
    """A workspace at revision 0001 with objectives and key results made in interleaved order."""
    create_workspace(url, "Sales", revision=FIRST).close()
    _execute(
        url,
        "INSERT INTO cycles (id, name, start_date, end_date, what_helped, root_causes, lessons) "
        "VALUES (1, '2026 Q1', '2026-01-01', '2026-03-31', '', '', '')",
        "INSERT INTO objectives (id, cycle_id, level, title, description, status, retrospective) "
        "VALUES (1, 1, 'team', 'Win the mid-market', '', 'active', ''), "
        "(2, 1, 'team', 'Make onboarding self-serve', '', 'active', '')",
        "INSERT INTO key_results (id, objective_id, title, kind, unit, start_value, "
        "target_value, weight, grade_note) VALUES "
        "(1, 1, 'Sign 12 logos', 'increase', 'number', 0, 10, 1, ''), "
        "(2, 2, 'Time to value', 'increase', 'number', 0, 10, 1, ''), "
        "(3, 1, 'Pipeline', 'increase', 'number', 0, 10, 1, '')",
        "INSERT INTO checkins (key_result_id, checked_on, value, confidence, comment, blockers, "
        "automatic, created_at) VALUES (3, '2026-01-19', 0.8, 6, 'on track', '', false, "
        "'2026-01-19 09:00:00')",
    )


def test_a_new_workspace_on_a_server_opens_and_is_checked(pg_database: str) -> None:
    create_workspace(pg_database, "Team").close()
    ws = open_workspace(pg_database)
    try:
        assert isinstance(ws.path, ServerAddress)
        assert ws.name == "Team"
        with ws.session() as session, session.begin():
            session.add(
                Cycle(name="Q4", start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 12, 31))
            )
    finally:
        ws.close()
    report = check_workspace(pg_database)
    assert report.revision == migrate.head_revision()
    assert report.is_current and report.healthy
    assert report.counts.cycles == 1


def test_every_revision_runs_on_postgresql_and_head_is_the_models_schema(pg_server) -> None:
    url = pg_server.new_database("template0")
    for revision in migrate.known_revisions():
        engine = make_server_engine(workspace_address(url))
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection, revision)
            with engine.connect() as connection:
                assert read_revision(connection) == revision
        finally:
            engine.dispose()
    engine = make_server_engine(workspace_address(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_an_older_workspace_is_migrated_when_opened_keeping_its_rows(pg_database: str) -> None:
    _make_first_revision_database(pg_database)
    ws = open_workspace(pg_database)
    try:
        assert _revision(pg_database) == migrate.head_revision()
        with ws.session() as session:
            positions = {kr.title: kr.position for kr in session.scalars(select(KeyResult))}
            assert positions == {"Sign 12 logos": 0, "Time to value": 0, "Pipeline": 1}
            objectives = session.scalars(select(Objective).order_by(Objective.id)).all()
            assert [o.position for o in objectives] == [0, 1]
            pipeline = session.scalar(select(KeyResult).where(KeyResult.title == "Pipeline"))
            assert [(c.checked_on, c.value) for c in pipeline.checkins] == [
                (dt.date(2026, 1, 19), 0.8)
            ]
    finally:
        ws.close()


def _waiting_for_the_lock(url: str) -> int:
    with psycopg.connect(url) as connection:
        return connection.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND objid = %s",
            (MIGRATION_LOCK,),
        ).fetchone()[0]


def test_two_clients_opening_an_older_workspace_migrate_it_once(pg_database: str) -> None:
    _make_first_revision_database(pg_database)
    opened: list[object] = []
    failures: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(open_workspace(pg_database))
        except BaseException as error:
            failures.append(error)

    # A third client holds the migration lock until both have come to wait for it.
    with psycopg.connect(pg_database) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        clients = [threading.Thread(target=open_it) for _ in range(2)]
        for client in clients:
            client.start()
        for _ in range(600):  # both wait for the lock within seconds; 30 s at most
            if _waiting_for_the_lock(pg_database) == 2:
                break
            threading.Event().wait(0.05)
        waiting = _waiting_for_the_lock(pg_database)
        holder.rollback()  # releases the lock: one migrates, the other finds it done
        for client in clients:
            client.join()
    assert waiting == 2, "the clients did not wait for the migration lock"
    assert failures == []
    assert len(opened) == 2
    for ws in opened:
        ws.close()  # type: ignore[attr-defined]
    assert _revision(pg_database) == migrate.head_revision()


def test_a_migration_that_fails_leaves_the_database_as_it_was(pg_server) -> None:
    url = pg_server.new_database("template0")
    create_workspace(url, "Sales", revision="0004").close()
    # A table in the way of revision 0005's: its migration fails midway.
    _execute(url, "CREATE TABLE key_result_changes (id integer)")
    with pytest.raises(MigrationError, match="left as it was"):
        open_workspace(url)
    assert _revision(url) == "0004"
    engine = make_server_engine(workspace_address(url))
    try:
        with engine.connect() as connection:
            columns = connection.scalars(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'key_results'"
                )
            ).all()
            assert "unit_label" not in columns  # the first steps of 0005 were rolled back
    finally:
        engine.dispose()


def test_a_database_that_is_not_a_workspace_is_refused(pg_server) -> None:
    empty = pg_server.new_database("template0")
    with pytest.raises(WorkspaceError, match="holds no okrdesk workspace"):
        open_workspace(empty)
    foreign = pg_server.new_database("template0")
    _execute(foreign, "CREATE TABLE invoices (id integer)")
    with pytest.raises(NotWorkspaceError, match="another program's database"):
        open_workspace(foreign)
    newer = pg_server.new_database()
    _execute(newer, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerWorkspaceError):
        open_workspace(newer)
    assert _revision(newer) == "9999"


def test_a_workspace_opened_read_only_cannot_be_written(pg_server) -> None:
    url = pg_server.new_database()
    ws = open_workspace(url, read_only=True)
    try:
        assert ws.read_only
        cycle = Cycle(name="Q4", start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 12, 31))
        with (
            pytest.raises(ReadOnlyWorkspaceError, match="is open read-only; nothing was changed"),
            ws.session() as session,
            session.begin(),
        ):
            session.add(cycle)
    finally:
        ws.close()
    old = pg_server.new_database("template0")
    create_workspace(old, "Old", revision=FIRST).close()
    with pytest.raises(ReadOnlyWorkspaceError):
        open_workspace(old, read_only=True)
    assert _revision(old) == FIRST


def test_a_creation_in_a_database_that_holds_tables_is_refused(pg_server) -> None:
    url = pg_server.new_database()
    with pytest.raises(WorkspaceError, match="already holds tables"):
        create_workspace(url, "Again")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_is_refused_in_one_line() -> None:
    url = f"postgresql://nobody@127.0.0.1:{_closed_port()}/team"
    with pytest.raises(ServerUnreachableError) as refused:
        open_workspace(url)
    message = str(refused.value)
    assert message.startswith(f"{url}: the server cannot be reached (")
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://anna:s3cret@db.example/team",
        "postgres://anna:s3cret@db.example:5433/team",
        "postgresql://anna@db.example/team?password=s3cret",
    ],
)
def test_a_password_in_the_address_is_refused_and_never_repeated(url: str) -> None:
    with pytest.raises(BadAddressError, match="password in the address is refused") as refused:
        open_workspace(url)
    assert "s3cret" not in str(refused.value)
    assert "PGPASSWORD" in str(refused.value)


def test_addresses_are_told_apart_from_file_names() -> None:
    assert workspace_address("team.okrdesk").name == "team.okrdesk"
    address = workspace_address("postgresql://anna@db.example:5433/team?sslmode=require")
    assert address == ServerAddress("anna", "db.example", 5433, "team", (("sslmode", "require"),))
    assert str(address) == "postgresql://anna@db.example:5433/team?sslmode=require"
    socket_folder = "postgresql://anna@%2Fvar%2Frun%2Fpostgresql/team"
    assert workspace_address(socket_folder).host == "/var/run/postgresql"
    assert str(workspace_address(socket_folder)) == socket_folder
    with pytest.raises(BadAddressError, match="names no database"):
        workspace_address("postgresql://anna@db.example")
