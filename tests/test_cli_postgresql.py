"""The commands that take a workspace file take a postgresql:// URL too, against a real server
(tests/pg.py): the demo in a database, read, written, reported on and rendered."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import psycopg
import pytest

from okrdesk.cli import main
from tests.helpers import DEMO_DAY

MQLS = "Grow MQLs per month from 240 to 360"


@pytest.fixture(autouse=True)
def demo_day(monkeypatch) -> None:
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())


@pytest.fixture
def demo_url(pg_server) -> str:
    return pg_server.new_database("okrdesk_demo")


def _one(url: str, sql: str) -> object:
    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchone()[0]  # type: ignore[arg-type]


def test_check_a_workspace_on_a_server(demo_url: str, capsys) -> None:
    assert main(["check", demo_url]) == 0
    out = capsys.readouterr().out
    assert f"workspace:       {demo_url}" in out
    assert "integrity check: ok" in out
    assert "key results:     23" in out


def test_checkin_okrs_import_export_and_report_on_a_server(
    demo_url: str, tmp_path: Path, capsys
) -> None:
    before = _one(demo_url, "SELECT count(*) FROM checkins")
    assert main(["checkin", demo_url, MQLS, "300", "--date", "2026-11-24"]) == 0
    assert _one(demo_url, "SELECT count(*) FROM checkins") == before + 1

    sheet = tmp_path / "okrs.csv"
    assert main(["okrs", "export", demo_url, "--out", str(sheet)]) == 0
    assert MQLS.split(" from ")[0] in sheet.read_text(encoding="utf-8")

    counts = tmp_path / "week48.csv"
    counts.write_text("week,stage,count\n2026-W48,Visit,1234\n2026-W48,Lead,56\n")
    assert main(["import", demo_url, str(counts), "--funnel", "Partners"]) == 0
    assert 'Imported 2 rows of week48.csv as counts into the funnel "Partners"' in (
        capsys.readouterr().out
    )
    out = tmp_path / "partners.csv"
    assert main(["export", demo_url, "--funnel", "Partners", "--out", str(out)]) == 0
    assert "1234" in out.read_text(encoding="utf-8")

    review = tmp_path / "review.md"
    assert main(["report", demo_url, "--out", str(review)]) == 0
    assert "Northwind" in review.read_text(encoding="utf-8")


def test_screenshot_of_a_workspace_on_a_server(demo_url: str, tmp_path: Path) -> None:
    assert main(["screenshot", demo_url, str(tmp_path / "shots")]) == 0
    assert (tmp_path / "shots" / "okrs.png").stat().st_size > 0


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("command", ["check", "okrs export", "export", "report", "import"])
def test_an_unreachable_server_exits_2_with_one_line(command: str, tmp_path: Path, capsys) -> None:
    url = f"postgresql://anna@127.0.0.1:{_closed_port()}/team"
    words = command.split()
    extra = {
        "okrs export": ["--out", str(tmp_path / "o.csv")],
        "export": ["--funnel", "Inbound", "--out", str(tmp_path / "f.csv")],
        "report": ["--out", str(tmp_path / "r.md")],
        "import": [str(tmp_path / "none.csv"), "--funnel", "Inbound"],
    }.get(command, [])
    assert main([*words, url, *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"okrdesk: {url}: the server cannot be reached (")
    assert err.count("\n") == 1


def test_a_password_on_the_command_line_is_refused(capsys) -> None:
    assert main(["check", "postgresql://anna:s3cret@db.example/team"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "okrdesk: postgresql://anna@db.example/team: a password in the address is refused: "
        "put it in PGPASSWORD or ~/.pgpass\n"
    )


def test_open_an_unreachable_server_exits_2_with_the_reason(sandbox_env) -> None:
    import subprocess

    url = f"postgresql://anna@127.0.0.1:{_closed_port()}/team"
    result = subprocess.run(
        [sys.executable, "-m", "okrdesk", "open", url, "--exit-when-ready"],
        capture_output=True,
        text=True,
        env=sandbox_env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "the server cannot be reached" in result.stderr


def test_open_a_workspace_on_a_server_in_the_window(demo_url: str, sandbox_env) -> None:
    import subprocess

    result = subprocess.run(
        [sys.executable, "-m", "okrdesk", "open", demo_url, "--exit-when-ready"],
        capture_output=True,
        text=True,
        env=sandbox_env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_new_and_demo_make_a_workspace_in_an_empty_database(pg_server, capsys) -> None:
    team = pg_server.new_database("template0")
    assert main(["new", team, "--name", "Northwind"]) == 0
    assert _one(team, "SELECT name FROM workspace_settings") == "Northwind"
    assert _one(team, "SELECT count(*) FROM cycles") == 1
    assert main(["new", team]) == 2
    assert "the database already holds tables" in capsys.readouterr().err
    demo = pg_server.new_database("template0")
    assert main(["demo", demo]) == 0
    assert _one(demo, "SELECT count(*) FROM key_results") == 23
