"""`okrdesk new`: an empty workspace with its first cycle, as a script creates it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.store.okr.queries import CycleInfo, cycle_objectives, list_cycles
from tests.helpers import DEMO_DAY, query, rows


@pytest.fixture(autouse=True)
def demo_day(monkeypatch) -> None:
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())


def cycles(path: Path) -> list[tuple[str, dt.date, dt.date, bool]]:
    return [(c.name, c.start_date, c.end_date, c.closed) for c in query(path, list_cycles)]


def test_new_gives_the_current_quarter_and_the_files_name(tmp_path, capsys):
    path = tmp_path / "growth.okrdesk"

    assert main(["new", str(path)]) == 0

    assert capsys.readouterr().out == (
        f'Workspace "growth" created in {path} with the cycle 2026 Q4 (1 Oct 2026 to 31 Dec 2026) '
        'and the funnel "Sales funnel" to plan in\n'
    )
    assert cycles(path) == [("2026 Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31), False)]
    assert rows(path, "SELECT name FROM workspace_settings") == [("growth",)]
    cycle: CycleInfo = query(path, list_cycles)[0]
    assert query(path, cycle_objectives, cycle.id) == []
    assert main(["check", str(path)]) == 0


def test_new_with_a_name_and_a_cycle_of_its_own(tmp_path, capsys):
    path = tmp_path / "team" / "sales.okrdesk"
    args = ["--name", "Sales team", "--cycle", " Winter push ", "--from", "2026-12-01"]

    assert main(["new", str(path), *args, "--to", "2027-02-28"]) == 0

    assert capsys.readouterr().out == (
        f'Workspace "Sales team" created in {path} with the cycle Winter push '
        '(1 Dec 2026 to 28 Feb 2027) and the funnel "Sales funnel" to plan in\n'
    )
    assert cycles(path) == [("Winter push", dt.date(2026, 12, 1), dt.date(2027, 2, 28), False)]
    assert rows(path, "SELECT name FROM workspace_settings") == [("Sales team",)]


def test_new_refuses_an_existing_path_and_leaves_it_alone(tmp_path, capsys):
    path = tmp_path / "notes.okrdesk"
    path.write_text("Monday: check in every KR\n", encoding="utf-8")

    assert main(["new", str(path)]) == 2

    assert capsys.readouterr().err == (
        f"okrdesk: {path}: a file with this name already exists; nothing was changed\n"
    )
    assert path.read_text(encoding="utf-8") == "Monday: check in every KR\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2027-01-31", "--to", "2027-01-01"],
            "--to 2027-01-01: the last day must come after the first day (2027-01-31)",
        ),
        (
            ["--from", "2027-01-01", "--to", "2027-01-01"],
            "--to 2027-01-01: the last day must come after the first day (2027-01-01)",
        ),
        (["--from", "2027-01-01"], "--from and --to go together"),
        (["--to", "2027-03-31"], "--from and --to go together"),
        (["--from", "1.1.2027", "--to", "2027-03-31"], "--from 1.1.2027: not a date (YYYY-MM-DD)"),
        (["--cycle", "  "], "--cycle: the cycle needs a name"),
    ],
)
def test_new_refuses_bad_cycle_dates_and_creates_nothing(tmp_path, capsys, args, message):
    path = tmp_path / "growth.okrdesk"

    assert main(["new", str(path), *args]) == 2

    assert capsys.readouterr().err == f"okrdesk: {message}\n"
    assert list(tmp_path.iterdir()) == []


def test_new_as_a_command(tmp_path, sandbox_env):
    path = tmp_path / "growth.okrdesk"
    env = dict(sandbox_env, OKRDESK_TODAY="2027-02-14", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "okrdesk", "new", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "with the cycle 2027 Q1 (1 Jan 2027 to 31 Mar 2027)" in result.stdout
    assert cycles(path) == [("2027 Q1", dt.date(2027, 1, 1), dt.date(2027, 3, 31), False)]
