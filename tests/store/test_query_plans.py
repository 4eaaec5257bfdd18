"""Years of history stay out of the reads of what a screen shows: SQLite's query plan of the
statements the dashboards, the experiments board, the backlog and the review run, caught as
they run on a real workspace, searches an index instead of scanning the tables that grow
(check-ins, funnel counts and spend, experiments).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event

from okrdesk.store.experiments import records
from okrdesk.store.okr import queries
from okrdesk.store.review import dashboard, summary
from okrdesk.store.review.data import funnel_steps
from okrdesk.store.workspace.files import Workspace, open_workspace
from tests.conftest import DEMO_DAY

THIS_WEEK = dt.date(2026, 11, 23)  # DEMO_DAY's, a Wednesday's
LAST_FULL_WEEK = dt.date(2026, 11, 16)
GROWING = ("checkins", "funnel_counts", "funnel_spend", "experiments")


@pytest.fixture
def workspace(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "copy.okrdesk"
    shutil.copyfile(demo_file, path)
    opened = open_workspace(path)
    yield opened
    opened.close()


def plans(workspace: Workspace, read: Callable[[Connection], Any]) -> dict[str, list[str]]:
    """Each SELECT that `read` runs → the lines of its EXPLAIN QUERY PLAN."""
    caught: list[tuple[str, Any]] = []

    def catch(_connection, _cursor, statement, parameters, _context, _executemany) -> None:
        caught.append((statement, parameters))

    with workspace.engine.connect() as connection:
        event.listen(workspace.engine, "before_cursor_execute", catch)
        try:
            read(connection)
        finally:
            event.remove(workspace.engine, "before_cursor_execute", catch)
        return {
            statement: [
                row[-1]
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", values)
            ]
            for statement, values in caught
            if statement.lstrip().upper().startswith("SELECT")
        }


def reading(found: dict[str, list[str]], table: str) -> dict[str, list[str]]:
    """The plans of the statements that read `table`."""
    return {
        statement: lines
        for statement, lines in found.items()
        if f"FROM {table}" in statement or f"JOIN {table}" in statement
    }


def full_scans(found: dict[str, list[str]]) -> list[str]:
    """Plan lines that read a growing table, or one of its indexes, from end to end."""
    return [
        line
        for lines in found.values()
        for line in lines
        if any(line == f"SCAN {table}" or line.startswith(f"SCAN {table} ") for table in GROWING)
    ]


def test_the_dashboards_latest_checkins_read_the_newest_by_the_day_index(workspace):
    found = reading(plans(workspace, summary.latest_checkins), "checkins")

    assert found
    lines = [line for lines in found.values() for line in lines]
    # Read newest first along the index, stopping after the few rows shown.
    assert any("USING INDEX ix_checkins_checked_on" in line for line in lines), lines
    assert not any("TEMP B-TREE" in line for line in lines), lines


def test_the_okr_sections_latest_checkins_are_those_of_the_cycles_key_results(workspace):
    def read(connection: Connection) -> None:
        cycle = queries.current_cycle_info(connection, DEMO_DAY)
        assert cycle is not None
        queries.cycle_objectives(connection, cycle.id)

    found = reading(plans(workspace, read), "checkins")

    assert found
    lines = [line for lines in found.values() for line in lines]
    assert any(line.startswith("SEARCH checkins USING") for line in lines), lines
    assert not full_scans(found)


def test_a_weeks_experiments_are_searched_by_their_start(workspace):
    def read(connection: Connection) -> None:
        records.experiments_in_week(connection, LAST_FULL_WEEK)
        dashboard.running_in_week(connection, LAST_FULL_WEEK)

    found = reading(plans(workspace, read), "experiments")

    assert found
    for lines in found.values():
        assert any(
            "SEARCH experiments USING INDEX ix_experiments_start_date" in line for line in lines
        ), lines
    assert not full_scans(found)


def test_the_backlogs_ideas_are_searched_by_their_status(workspace):
    found = reading(plans(workspace, records.backlog), "experiments")

    assert found
    for lines in found.values():
        assert any(
            "SEARCH experiments USING INDEX ix_experiments_status" in line for line in lines
        ), lines
    assert not full_scans(found)


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(
            lambda connection: summary.last_week_stage_totals(connection, THIS_WEEK),
            id="dashboard",
        ),
        pytest.param(lambda connection: funnel_steps(connection, LAST_FULL_WEEK), id="review"),
        pytest.param(lambda connection: dashboard.team_data(connection, DEMO_DAY), id="team"),
        pytest.param(
            lambda connection: dashboard.management_data(connection, DEMO_DAY), id="management"
        ),
    ],
)
def test_funnel_counts_and_spend_are_read_for_the_weeks_shown_only(workspace, read):
    found = plans(workspace, read)

    for table in ("funnel_counts", "funnel_spend"):
        for statement, lines in reading(found, table).items():
            if "LIMIT" in statement:  # whether the funnel has any: one row at most
                continue
            searched = [line for line in lines if line.startswith(f"SEARCH {table} USING")]
            assert searched, lines
            assert all("week_start" in line for line in searched), lines
    assert reading(found, "funnel_counts")
    assert not full_scans(found)
