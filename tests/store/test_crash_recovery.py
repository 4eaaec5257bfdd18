"""A crash never makes a workspace unopenable: its write-ahead log is part of it.

A checkpoint cut short leaves the file shorter than the page count in its header while the
-wal beside it holds every page; okrdesk lets SQLite read through the log before judging. And
a process checking in is killed (kill -9) at random moments: each time the workspace opens and
every check-in it had committed is there.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from okrdesk.cli import main
from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective, Team
from okrdesk.store.workspace.files import create_workspace, open_workspace

FIRST_DAY = dt.date(2020, 1, 1)
KILLS = 10  # each kill starts a Python child; 10 random moments keep CI within its 15 minutes
SEED = 20261206


def _header_pages(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:100]
    (page_size,) = struct.unpack(">H", header[16:18])
    (pages,) = struct.unpack(">I", header[28:32])
    return (65536 if page_size == 1 else page_size), pages


def _cut_checkpoint(folder: Path) -> tuple[Path, int]:
    """A workspace as a crash during a checkpoint leaves it: the file cut short, its -wal whole."""
    made = folder / "made" / "team.okrdesk"
    made.parent.mkdir()
    create_workspace(made, "Team").close()
    connection = sqlite3.connect(made, isolation_level=None)
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute("BEGIN")
    for number in range(3000):
        name = f"Team {number:05} " + "x" * 90
        connection.execute("INSERT INTO teams (name) VALUES (?)", (name,))
    connection.execute("COMMIT")
    # Every page is copied into the file, and still in the log: copy both before it is reset.
    assert connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[0] == 0
    path = folder / "crashed.okrdesk"
    shutil.copyfile(made, path)
    shutil.copyfile(f"{made}-wal", f"{path}-wal")
    connection.close()
    page_size, pages = _header_pages(path)
    os.truncate(path, page_size * (pages // 2))  # the checkpoint got halfway
    return path, pages * page_size


def test_a_checkpoint_cut_short_opens_with_every_row(tmp_path: Path) -> None:
    path, needed = _cut_checkpoint(tmp_path)
    assert path.stat().st_size < needed

    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            assert len(session.scalars(select(Team.name)).all()) == 3000
        with workspace.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        workspace.close()
    assert path.stat().st_size >= needed  # the log was replayed into the file on close
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == [path.name]


def test_okrdesk_check_reads_a_checkpoint_cut_short(tmp_path: Path, capsys) -> None:
    path, _needed = _cut_checkpoint(tmp_path)

    assert main(["check", str(path)]) == 0

    out = capsys.readouterr().out
    assert "integrity check: ok" in out


CHILD = textwrap.dedent(
    """
    import datetime as dt, sys
    from sqlalchemy import event
    from okrdesk.store.okr.checkins import CheckInValues, record_checkin
    from okrdesk.store.workspace.files import open_workspace

    path, start = sys.argv[1], int(sys.argv[2])
    workspace = open_workspace(path)

    @event.listens_for(workspace.engine, "connect")
    def checkpoint_often(connection, _record):
        # A checkpoint every few check-ins, so that kills land in the middle of them too.
        connection.execute("PRAGMA wal_autocheckpoint=200")

    print("ready", flush=True)
    for number in range(start, start + 100000):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
        with workspace.session() as session, session.begin():
            record_checkin(session, CheckInValues(1, day, float(number), 5, "c" * 40000))
        print(number, flush=True)
    """
)


@pytest.mark.once
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_check_ins_killed_at_random_moments_are_all_there(tmp_path: Path) -> None:
    path = tmp_path / "team.okrdesk"
    workspace = create_workspace(path, "Team")
    with workspace.session() as session, session.begin():
        cycle = Cycle(name="2020", start_date=dt.date(2020, 1, 1), end_date=dt.date(2099, 12, 31))
        objective = Objective(cycle=cycle, level="team", title="Keep every check-in")
        session.add(
            KeyResult(objective=objective, title="Check-ins", start_value=0, target_value=1)
        )
    workspace.close()
    chance = random.Random(SEED)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    committed: set[int] = set()
    start = 0
    for _kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        try:
            child.wait(timeout=chance.uniform(0.05, 0.6))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        written = [int(line) for line in child.stdout.read().split()]
        child.stdout.close()
        committed.update(written)
        start = max(committed, default=start - 1) + 1 + 1  # one gap: the one killed mid-way

        workspace = open_workspace(path)  # a refusal here would lock the user out
        try:
            with workspace.session() as session:
                days = set(session.scalars(select(CheckIn.checked_on)))
            with workspace.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
        finally:
            workspace.close()
        stored = {(day - FIRST_DAY).days for day in days}
        assert committed <= stored
    assert len(committed) > KILLS  # the children got to write
