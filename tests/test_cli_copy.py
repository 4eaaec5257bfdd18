"""`okrdesk copy SOURCE DEST` against a real server (tests/pg.py): the demo file onto a server and
back into a file, every row and id kept and checked; refusals of a destination that is not new
and of a bad source, each one line and nothing written; Ctrl+C and a failure leave the
destination as it was."""

from __future__ import annotations

import contextlib
import io
import shutil
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from okrdesk.cli import main
from okrdesk.reports import language
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.copying import copy_workspace, workspace_checks
from okrdesk.store.workspace.digest import TableCheck
from okrdesk.store.workspace.files import create_workspace
from okrdesk.store.workspace.server import make_server_engine
from tests.helpers import DEMO_DAY, dump_tables, listing
from tests.qm_files import build_qm

MQLS = "Grow MQLs per month from 240 to 360"


@dataclass
class RoundTrip:
    """The demo file copied onto a server and back, with what each step said and read."""

    server: str
    back: Path
    to_server: tuple[int, str, str]  # exit code, stdout, stderr
    to_file: tuple[int, str, str]
    checks: dict[str, tuple[str, list[TableCheck]]]  # "file", "server", "back"
    check_lines: dict[str, list[str]]  # `okrdesk check` of each, less its first line


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _one(url: str, sql: str) -> object:
    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchone()[0]  # type: ignore[arg-type]


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        found = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    return sorted(row[0] for row in found)


@pytest.fixture(scope="module")
def round_trip(pg_server, demo_file: Path, tmp_path_factory) -> RoundTrip:
    """Built once for the module; all it read is read at once, so a test may write after."""
    server = pg_server.new_database("template0")
    back = tmp_path_factory.mktemp("copy") / "back.okrdesk"
    to_server = _run("copy", str(demo_file), server)
    to_file = _run("copy", server, str(back))
    places = {"file": str(demo_file), "server": server, "back": str(back)}
    checks = {name: workspace_checks(place) for name, place in places.items()}
    check_lines = {}
    for name, place in places.items():
        code, out, _ = _run("check", place)
        assert code == 0
        check_lines[name] = out.splitlines()[1:]
    yield RoundTrip(server, back, to_server, to_file, checks, check_lines)
    pg_server.drop_database(server)


def test_the_demo_goes_onto_a_server_and_back_with_every_row(round_trip, demo_file) -> None:
    assert round_trip.to_server[0] == 0
    assert round_trip.to_file[0] == 0
    file, on_server, back = (round_trip.checks[name] for name in ("file", "server", "back"))
    assert file == on_server == back  # the same revision, rows and digests in all three
    assert sum(check.rows for check in file[1]) > 1000
    # The file that came back holds exactly what SQLite stored in the first: ids, dates,
    # datetimes, booleans and floats alike.
    assert dump_tables(round_trip.back) == dump_tables(demo_file)


def test_okrdesk_check_counts_the_same_in_all_three(round_trip) -> None:
    lines = round_trip.check_lines
    assert lines["file"] == lines["server"] == lines["back"]
    assert "key results:     23" in lines["server"]


def test_the_copy_says_what_it_copies_and_shows_its_check(round_trip, demo_file) -> None:
    _, out, err = round_trip.to_server
    assert "objectives: 11 rows copied\n" in err
    assert "workspace_settings: 1 row copied\n" in err
    lines = out.splitlines()
    assert lines[0].split() == [
        "table",
        "rows",
        "rows",
        "copied",
        "digest",
        "digest",
        "of",
        "the",
        "copy",
    ]
    checks = {check.table: check for check in round_trip.checks["file"][1]}
    key_results = next(line for line in lines if line.startswith("key_results "))
    digest = checks["key_results"].digest[:16]
    assert key_results.split() == ["key_results", "23", "23", digest, digest]
    assert lines[-1] == (
        f"Copied {demo_file} to {round_trip.server} at schema version {migrate.head_revision()}: "
        f"{len(checks)} tables, the same rows and digests in both."
    )


def test_ids_are_kept_and_the_next_row_on_the_server_gets_a_new_id(round_trip, monkeypatch):
    server = round_trip.server
    before = _one(server, "SELECT max(id) FROM checkins")
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())
    assert _run("checkin", server, MQLS, "300", "--date", "2026-11-24")[0] == 0
    assert _one(server, "SELECT max(id) FROM checkins") == before + 1
    with psycopg.connect(server) as connection:
        for name in _tables(server):
            if name == "alembic_version":
                continue
            highest = connection.execute(f'SELECT coalesce(max(id), 0) FROM "{name}"').fetchone()
            following = connection.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id'))", (name,)
            ).fetchone()
            assert following[0] > highest[0], name


# -- refusals --------------------------------------------------------------------------------


def test_an_existing_file_is_refused_and_left_alone(demo_file, tmp_path) -> None:
    taken = tmp_path / "taken.okrdesk"
    taken.write_bytes(b"mine")
    code, out, err = _run("copy", str(demo_file), str(taken))
    assert (code, out) == (2, "")
    assert err == f"okrdesk: {taken}: a file with this name already exists\n"
    assert taken.read_bytes() == b"mine"
    assert listing(tmp_path) == ["taken.okrdesk"]


def test_a_database_holding_a_workspace_is_refused_saying_what_it_holds(pg_server, demo_file):
    url = pg_server.new_database()  # a new workspace: its settings and the default funnel
    before = dump_tables(workspace_address(url))
    try:
        code, out, err = _run("copy", str(demo_file), url)
        assert (code, out) == (2, "")
        assert err == (
            f"okrdesk: {url}: already holds 8 rows (funnels 1, workspace_settings 1, "
            "funnel_stages 6); copy into an empty database\n"
        )
        assert dump_tables(workspace_address(url)) == before
    finally:
        pg_server.drop_database(url)


def test_a_database_holding_another_programs_tables_is_refused(pg_server, demo_file) -> None:
    url = pg_server.new_database("template0")
    try:
        with psycopg.connect(url) as connection:
            connection.execute("CREATE TABLE notes (id integer)")
        code, _, err = _run("copy", str(demo_file), url)
        assert code == 2
        assert err == (
            f"okrdesk: {url}: already holds tables (notes); copy into an empty database\n"
        )
        assert _tables(url) == ["notes"]
    finally:
        pg_server.drop_database(url)


def _schema_only(url: str, revision: str) -> None:
    """okrdesk's tables at `revision` in the database, with no rows (as a setup made them)."""
    engine = make_server_engine(workspace_address(url))
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, revision)
    finally:
        engine.dispose()


def test_okrdesk_tables_without_rows_are_filled_after_an_upgrade(pg_database, demo_file):
    _schema_only(pg_database, "0003")
    code, _, err = _run("copy", str(demo_file), pg_database)
    assert code == 0, err
    assert workspace_checks(pg_database) == workspace_checks(demo_file)


def test_okrdesk_tables_newer_than_the_source_are_refused(pg_database, tmp_path) -> None:
    old = tmp_path / "old.okrdesk"
    create_workspace(old, "Old team", revision="0003").close()
    _schema_only(pg_database, "head")
    before = dump_tables(workspace_address(pg_database))
    code, _, err = _run("copy", str(old), pg_database)
    assert code == 2
    assert err == (
        f"okrdesk: {pg_database}: holds okrdesk's tables of schema "
        f"{migrate.head_revision()}, newer than the source's 0003; open the source in this "
        "okrdesk once to upgrade it, then copy again\n"
    )
    assert dump_tables(workspace_address(pg_database)) == before


def _newer(demo_file: Path, path: Path) -> Path:
    shutil.copyfile(demo_file, path)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("missing", "no such file"),
        ("text", "not an okrdesk workspace (the file is not a SQLite database)"),
        ("newer", "made by a newer okrdesk (schema 9999); update okrdesk to open it"),
    ],
)
def test_a_bad_source_file_is_refused_and_nothing_is_written(
    source: str, reason: str, demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / f"{source}.okrdesk"
    if source == "text":
        path.write_text("week,count\n")
    elif source == "newer":
        _newer(demo_file, path)
    before = listing(tmp_path)
    code, out, err = _run("copy", str(path), str(tmp_path / "copy" / "new.okrdesk"))
    assert (code, out, err) == (2, "", f"okrdesk: {path}: {reason}\n")
    assert listing(tmp_path) == before


def test_a_source_database_without_a_workspace_and_a_password_are_refused(
    pg_database: str, tmp_path: Path
) -> None:
    code, _, err = _run("copy", pg_database, str(tmp_path / "new.okrdesk"))
    assert code == 2
    assert err == (
        f"okrdesk: {pg_database}: holds no okrdesk workspace yet (the database is empty)\n"
    )
    code, _, err = _run("copy", "postgresql://anna:s3cret@db.example/team", pg_database)
    assert code == 2
    assert "s3cret" not in err
    assert err.count("\n") == 1
    assert listing(tmp_path) == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_at_either_end_is_refused_in_one_line(demo_file, tmp_path) -> None:
    url = f"postgresql://anna@127.0.0.1:{_closed_port()}/team"
    for argv in ([url, str(tmp_path / "new.okrdesk")], [str(demo_file), url]):
        code, out, err = _run("copy", *argv)
        assert (code, out) == (2, "")
        assert err.startswith(f"okrdesk: {url}: the server cannot be reached (")
        assert err.count("\n") == 1
    assert listing(tmp_path) == []


def test_refusals_speak_the_users_language(demo_file, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "translations"
    build_qm(
        folder,
        "okrdesk_pl",
        "pl_PL",
        {("WorkspaceErrors", "a file with this name already exists"): "plik już istnieje"},
    )
    monkeypatch.setattr(language, "translations_dir", lambda: str(folder))
    for variable in language.LANGUAGE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    code, _, err = _run("copy", str(demo_file), str(demo_file))
    assert (code, err) == (2, f"okrdesk: {demo_file}: plik już istnieje\n")


# -- all or nothing ----------------------------------------------------------------------------


def _interrupt_at(table: str):
    def progress(name: str, rows: int, finished: bool) -> None:
        if name == table and finished:
            raise KeyboardInterrupt

    return progress


def test_ctrl_c_leaves_an_empty_database_empty(pg_database: str, demo_file: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        copy_workspace(demo_file, pg_database, progress=_interrupt_at("key_results"))
    assert _tables(pg_database) == []


def test_ctrl_c_leaves_no_file_behind(demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        copy_workspace(
            demo_file, tmp_path / "new" / "copy.okrdesk", progress=_interrupt_at("checkins")
        )
    assert listing(tmp_path) == []


def test_a_row_the_server_refuses_fails_the_copy_in_one_line(
    pg_database: str, demo_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "long.okrdesk"
    shutil.copyfile(demo_file, source)
    with contextlib.closing(sqlite3.connect(source)) as connection, connection:
        # SQLite keeps any length in a VARCHAR(100); PostgreSQL refuses it.
        connection.execute("UPDATE teams SET name = ? WHERE id = 1", ("x" * 150,))
    code, _, err = _run("copy", str(source), pg_database)
    assert code == 2
    assert err.splitlines()[-1] == (
        f"okrdesk: {pg_database}: the copy failed (value too long for type character "
        "varying(100)); nothing was written"
    )
    assert _tables(pg_database) == []
