"""A client killed (kill -9) in the middle of writing to a team workspace leaves the old data or
the new, never a mix: the server rolls back the transaction a dead client never committed.

`okrdesk import` of raw events is killed while its one transaction is writing (the server says
its backend holds a transaction id), then the same import runs to its end; `okrdesk checkin`'s
store work is killed at random moments in a loop of check-ins, each its own transaction. A few
kills only: each starts a Python process.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.store.address import ServerAddress
from okrdesk.store.workspace.addresses import workspace_address
from tests.bench.event_files import write_events
from tests.helpers import DEMO_DAY, dump_tables, rows

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")

EVENTS = 40_000  # a write that lasts long enough to be killed in the middle of
CHECKIN_KILLS = 3
SEED = 20261206
# What an import writes: the funnel's tables and the check-ins of key results bound to it.
FUNNEL_TABLES = (
    "funnels",
    "funnel_stages",
    "funnel_counts",
    "funnel_cohort_counts",
    "funnel_lead_speed",
    "funnel_lead_weeks",
    "funnel_spend",
    "import_batches",
    "checkins",
)


@pytest.fixture
def team_demo(pg_server) -> Iterator[ServerAddress]:
    url = pg_server.new_database("okrdesk_demo")
    yield workspace_address(url)
    pg_server.drop_database(url)


def _env() -> dict[str, str]:
    return dict(
        os.environ, PYTHONPATH=os.pathsep.join(sys.path), OKRDESK_TODAY=DEMO_DAY.isoformat()
    )


@pytest.fixture
def watching(pg_server) -> Iterator[object]:
    """An admin connection that looks at the server's activity."""
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        yield connection


def _writing_backends(watching, address: ServerAddress) -> int:
    """The database's connections inside a transaction that has written something."""
    query = (
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
        "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
    )
    return watching.execute(query, (address.database,)).fetchone()[0]


def _until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.005)


def _funnel_dump(address: ServerAddress) -> dict[str, list[tuple]]:
    return {name: rows for name, rows in dump_tables(address).items() if name in FUNNEL_TABLES}


@pytest.mark.once
def test_an_import_killed_while_writing_leaves_the_old_data(
    watching, team_demo, tmp_path: Path, monkeypatch, capsys
) -> None:
    events = tmp_path / "events.csv"
    write_events(events, EVENTS)
    ((funnel,),) = rows(team_demo, "SELECT name FROM funnels ORDER BY id LIMIT 1")
    before = _funnel_dump(team_demo)
    command = [sys.executable, "-m", "okrdesk", "import", str(team_demo), str(events)]
    command += ["--funnel", funnel, "--shape", "events"]

    child = subprocess.Popen(command, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _until(lambda: _writing_backends(watching, team_demo) > 0, 120, "the import never wrote")
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL  # killed while writing, not finished
    # The server rolls back once it finds its client gone.
    _until(lambda: _writing_backends(watching, team_demo) == 0, 30, "the write went on")

    assert _funnel_dump(team_demo) == before

    # The same import, not killed (in this process: no second start of Python).
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())
    assert main(command[3:]) == 0
    after = _funnel_dump(team_demo)
    assert after["import_batches"][: len(before["import_batches"])] == before["import_batches"]
    assert len(after["import_batches"]) == len(before["import_batches"]) + 1
    assert after["funnel_counts"] != before["funnel_counts"]  # the new data, whole


CHILD = textwrap.dedent(
    """
    import datetime as dt, sys
    from okrdesk.store.okr.checkins import CheckInValues, record_checkin
    from okrdesk.store.workspace.files import open_workspace

    address, key_result, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workspace = open_workspace(address)
    print("ready", flush=True)
    for number in range(start, start + 100000):
        # From 1900: the killed loop writes a few hundred days, far from the demo's own years.
        day = dt.date(1900, 1, 1) + dt.timedelta(days=number)
        with workspace.session() as session, session.begin():
            # The same number in the value and the comment: a mix would show.
            values = CheckInValues(key_result, day, float(number), 5, f"c{number}" + "x" * 4000)
            record_checkin(session, values)
        print(number, flush=True)
    """
)


@pytest.mark.once
def test_check_ins_killed_at_random_moments_are_whole_or_absent(team_demo) -> None:
    ((key_result,),) = rows(team_demo, "SELECT id FROM key_results ORDER BY id LIMIT 1")
    first = "SELECT count(*) FROM checkins WHERE key_result_id = ? AND checked_on < '2020-01-01'"
    assert rows(team_demo, first, key_result) == [(0,)]
    chance = random.Random(SEED)
    committed: set[int] = set()
    start = 0
    for _kill in range(CHECKIN_KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(team_demo), str(key_result), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        try:
            child.wait(timeout=chance.uniform(0.1, 0.6))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        committed.update(int(line) for line in child.stdout.read().split())
        child.stdout.close()
        start = max(committed, default=start - 1) + 2  # one gap: the one killed mid-way

    stored = rows(
        team_demo,
        "SELECT checked_on, value, comment FROM checkins WHERE key_result_id = ? "
        "AND checked_on < '2020-01-01'",
        key_result,
    )
    numbers = set()
    for day, value, comment in stored:
        number = (dt.date.fromisoformat(day) - dt.date(1900, 1, 1)).days
        assert value == number and comment == f"c{number}" + "x" * 4000
        numbers.add(number)
    assert committed <= numbers  # every committed one is there
    assert len(numbers - committed) <= CHECKIN_KILLS  # at most the one each kill cut short
    assert len(committed) > CHECKIN_KILLS  # the children got to write
