"""Back-dated check-ins, corrections and deletions on a real workspace file, and their undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from okrdesk.domain.checkin_rules import checkin_day_problem, checkin_days, default_checkin_day
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.okr.checkins import (
    CheckInValues,
    correct_checkin,
    delete_checkin,
    record_checkin,
    restore_checkin,
    undo_correction,
)
from okrdesk.store.okr.queries import key_result_history
from okrdesk.store.schema import Cycle, KeyResult, Objective
from okrdesk.store.workspace.files import open_workspace

START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def workspace(tmp_path: Path, new_workspace_file):
    workspace = open_workspace(new_workspace_file(tmp_path / "team.okrdesk", "Team"))
    with workspace.session() as session, session.begin():
        cycle = Cycle(name="2026 Q4", start_date=START, end_date=END)
        objective = Objective(cycle=cycle, level="team", title="Grow inbound")
        session.add(
            KeyResult(
                objective=objective, title="MQLs per month", start_value=240, target_value=360
            )
        )
    yield workspace
    workspace.close()


def write(workspace, *values: CheckInValues) -> None:
    with workspace.session() as session, session.begin():
        for one in values:
            record_checkin(session, one)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2026, 11, 26), "future_day"),
        (dt.date(2026, 9, 30), "before_cycle"),
        (START, None),
        (TODAY, None),
    ],
)
def test_the_day_of_a_check_in_lies_in_its_cycle_up_to_today(day, code):
    problem = checkin_day_problem(day, START, END, TODAY)
    assert (problem and problem.code) == code
    assert checkin_day_problem(dt.date(2027, 1, 1), START, END, dt.date(2027, 2, 1)).code == (
        "after_cycle"
    )


def test_the_days_offered_and_the_default_day():
    assert checkin_days(START, END, TODAY) == (START, TODAY)
    assert checkin_days(START, END, dt.date(2027, 3, 1)) == (START, END)
    assert checkin_days(START, END, dt.date(2026, 9, 1)) is None
    assert default_checkin_day(START, END, TODAY) == TODAY
    assert default_checkin_day(START, END, dt.date(2027, 3, 1)) == END


@pytest.mark.parametrize("day", [dt.date(2026, 11, 26), dt.date(2026, 9, 30)])
def test_a_day_outside_the_cycle_or_in_the_future_is_refused(workspace, dump, day):
    before = dump(workspace.path)
    with pytest.raises(InvalidValuesError), workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, day, 300, 6), today=TODAY)
    assert dump(workspace.path) == before


def test_a_back_dated_check_in_takes_its_place_in_date_order(workspace):
    write(workspace, CheckInValues(1, dt.date(2026, 11, 23), 300, 6))
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, dt.date(2026, 11, 2), 260, 5), today=TODAY)
    with workspace.engine.connect() as connection:
        history = key_result_history(connection, 1)
    assert [(p.checked_on.day, p.value) for p in history] == [(2, 260.0), (23, 300.0)]


def test_correcting_a_check_in_keeps_its_row_and_undo_restores_it(workspace, dump):
    write(workspace, CheckInValues(1, dt.date(2026, 11, 9), 270, 5, "first", ""))
    before = dump(workspace.path)
    corrected = CheckInValues(1, dt.date(2026, 11, 9), 275, 6, "counted again", "")
    with workspace.session() as session, session.begin():
        correction = correct_checkin(session, 1, dt.date(2026, 11, 9), corrected, today=TODAY)
    after = dump(workspace.path)
    assert [row[:7] for row in after["checkins"]] == [
        (1, 1, "2026-11-09", 275.0, 6, "counted again", "")
    ]
    # created_at kept (the version moved on: a correction is a change)
    assert after["checkins"][0][9] == before["checkins"][0][9]
    with workspace.session() as session, session.begin():
        undo_correction(session, correction)
    assert dump(workspace.path) == before


def test_a_check_in_moved_onto_another_day_replaces_that_one_until_undone(workspace, dump):
    write(
        workspace,
        CheckInValues(1, dt.date(2026, 11, 9), 270, 5),
        CheckInValues(1, dt.date(2026, 11, 16), 280, 5),
    )
    before = dump(workspace.path)
    moved = CheckInValues(1, dt.date(2026, 11, 16), 285, 7)
    with workspace.session() as session, session.begin():
        correction = correct_checkin(session, 1, dt.date(2026, 11, 9), moved, today=TODAY)
    assert [(r[0], r[2], r[3]) for r in dump(workspace.path)["checkins"]] == [
        (1, "2026-11-16", 285.0)
    ]
    with workspace.session() as session, session.begin():
        undo_correction(session, correction)
    assert dump(workspace.path) == before


def test_a_correction_into_the_future_is_refused(workspace, dump):
    write(workspace, CheckInValues(1, dt.date(2026, 11, 9), 270, 5))
    before = dump(workspace.path)
    with pytest.raises(InvalidValuesError), workspace.session() as session, session.begin():
        correct_checkin(
            session, 1, dt.date(2026, 11, 9), CheckInValues(1, dt.date(2026, 12, 1), 1, 5), TODAY
        )
    assert dump(workspace.path) == before


def test_deleting_a_check_in_and_putting_it_back(workspace, dump):
    write(workspace, CheckInValues(1, dt.date(2026, 11, 9), 270, 5, "kept", "blocked"))
    before = dump(workspace.path)
    with workspace.session() as session, session.begin():
        stored = delete_checkin(session, 1, dt.date(2026, 11, 9))
    assert dump(workspace.path)["checkins"] == []
    with workspace.session() as session, session.begin():
        restore_checkin(session, stored)
    assert dump(workspace.path) == before
    with pytest.raises(LookupError), workspace.session() as session, session.begin():
        delete_checkin(session, 1, dt.date(2026, 11, 10))


def test_a_corrected_automatic_check_in_becomes_the_users_own(workspace, dump):
    write(workspace, CheckInValues(1, dt.date(2026, 11, 9), 270, None, "Automatic", "", True))
    with workspace.session() as session, session.begin():
        correct_checkin(
            session, 1, dt.date(2026, 11, 9), CheckInValues(1, dt.date(2026, 11, 9), 268), TODAY
        )
    (row,) = dump(workspace.path)["checkins"]
    assert (row[3], row[7]) == (268.0, 0)  # value, automatic
