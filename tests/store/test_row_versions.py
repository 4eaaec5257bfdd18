"""No lost update: a save names the version its screen read; someone else's change since is a
conflict carrying theirs and yours, with nothing written. The second person is a second
workspace (its own engine) on the same file or database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.experiments import records
from okrdesk.store.okr import commands, queries
from okrdesk.store.okr.checkins import CheckInValues, SeenDay, take_back_checkin, write_checkin
from okrdesk.store.okr.queries import ObjectiveRow, cycle_objectives
from okrdesk.store.versions import ConflictError
from okrdesk.store.workspace.files import Workspace
from tests.helpers import BOTH_BACKENDS, DEMO_DAY, read, rows, run

pytestmark = BOTH_BACKENDS


def key_result_values(row: queries.KeyResultRow) -> KeyResultValues:
    names = KeyResultValues.__dataclass_fields__
    return KeyResultValues(**{name: getattr(row, name) for name in names})


def objective_values(row: ObjectiveRow, description: str) -> ObjectiveValues:
    names = set(ObjectiveValues.__dataclass_fields__) - {"description"}
    return ObjectiveValues(**{name: getattr(row, name) for name in names}, description=description)


def _objectives(ws: Workspace) -> list[ObjectiveRow]:
    cycle = read(ws, queries.current_cycle_info, DEMO_DAY)
    return read(ws, cycle_objectives, cycle.id)


def _person(ws: Workspace, index: int = 0) -> tuple[int, str]:
    return rows(ws.path, "SELECT id, name FROM people ORDER BY id")[index]


def test_a_key_result_changed_since_it_was_read_is_a_conflict_and_nothing_is_written(ws, other):
    kr = _objectives(ws)[0].key_results[0]  # what my screen read
    anna_id, anna = _person(ws, 0)
    theirs = dataclasses.replace(key_result_values(kr), title="Theirs", weight=3.0)
    edit = run(other, commands.edit_key_result, kr.id, theirs, anna_id, seen_version=kr.version)
    assert edit.version == kr.version + 1

    mine = dataclasses.replace(key_result_values(kr), title="Mine")
    with pytest.raises(ConflictError) as raised:
        run(ws, commands.edit_key_result, kr.id, mine, _person(ws, 1)[0], seen_version=kr.version)

    conflict = raised.value.conflict
    assert conflict.kind == "key_result"
    assert conflict.seen_version == kr.version
    assert conflict.theirs.version == kr.version + 1
    assert (conflict.theirs.row["title"], conflict.theirs.row["weight"]) == ("Theirs", 3.0)
    assert conflict.theirs.changed_by == anna
    assert conflict.theirs.changed_at is not None
    assert conflict.yours["title"] == "Mine"
    assert str(raised.value) == f"{anna} changed “Theirs” after you opened it; nothing was saved."
    assert rows(ws.path, "SELECT title, version FROM key_results WHERE id = ?", kr.id) == [
        ("Theirs", kr.version + 1)
    ]


def test_an_objective_changed_since_it_was_read_is_a_conflict(ws, other):
    objective = _objectives(ws)[0]
    seen = objective_values(objective, objective.description)
    run(other, commands.edit_objective, objective.id, dataclasses.replace(seen, title="Theirs"))
    with pytest.raises(ConflictError) as raised:
        run(
            ws,
            commands.edit_objective,
            objective.id,
            dataclasses.replace(seen, description="Mine"),
            objective.version,
        )
    assert raised.value.conflict.theirs.row["title"] == "Theirs"
    assert raised.value.conflict.theirs.changed_by == ""  # written without an author
    assert rows(ws.path, "SELECT description FROM objectives WHERE id = ?", objective.id) == [
        (objective.description,)
    ]


def test_a_save_at_the_version_read_lands_and_moves_the_version_on(ws):
    objective = _objectives(ws)[0]
    seen = objective_values(objective, objective.description)
    person, _ = _person(ws)
    edit = run(
        ws,
        commands.edit_objective,
        objective.id,
        dataclasses.replace(seen, title="Mine"),
        objective.version,
        person,
    )
    assert edit.version == objective.version + 1
    assert rows(
        ws.path, "SELECT title, changed_by_id FROM objectives WHERE id = ?", objective.id
    ) == [("Mine", person)]


def test_an_undo_that_would_overwrite_a_later_change_is_refused(ws, other):
    kr = _objectives(ws)[0].key_results[0]
    mine = dataclasses.replace(key_result_values(kr), title="Mine")
    edit = run(ws, commands.edit_key_result, kr.id, mine, seen_version=kr.version)
    anna_id, anna = _person(ws)
    later = dataclasses.replace(mine, target_value=kr.target_value * 2)
    run(other, commands.edit_key_result, kr.id, later, anna_id, seen_version=edit.version)

    with pytest.raises(ConflictError) as raised:
        run(ws, commands.undo_key_result_edit, kr.id, edit)
    assert raised.value.undoing
    assert "nothing was undone" in str(raised.value) and anna in str(raised.value)
    assert rows(ws.path, "SELECT title, target_value FROM key_results WHERE id = ?", kr.id) == [
        ("Mine", kr.target_value * 2)
    ]


def test_two_people_checking_in_different_key_results_never_conflict(ws, other):
    first, second = _objectives(ws)[0].key_results[:2]
    anna, bob = _person(ws, 0)[0], _person(ws, 1)[0]
    # Both read their key result's day before either saves.
    seen_first = SeenDay.of(_stored(ws, first.id, DEMO_DAY))
    seen_second = SeenDay.of(_stored(other, second.id, DEMO_DAY))
    values = (CheckInValues(first.id, DEMO_DAY, 1.0, 5), CheckInValues(second.id, DEMO_DAY, 2.0, 6))
    run(ws, write_checkin, values[0], DEMO_DAY, anna, seen_first)
    run(other, write_checkin, values[1], DEMO_DAY, bob, seen_second)
    found = rows(
        ws.path,
        "SELECT key_result_id, value, author_id FROM checkins WHERE checked_on = ? "
        "ORDER BY key_result_id",
        DEMO_DAY.isoformat(),
    )
    assert (first.id, 1.0, anna) in found and (second.id, 2.0, bob) in found


def test_a_check_in_of_the_same_key_result_and_day_is_not_replaced_unseen(ws, other):
    kr = _objectives(ws)[0].key_results[0]
    anna_id, anna = _person(ws, 0)
    seen = SeenDay.of(_stored(ws, kr.id, DEMO_DAY))  # both dialogs opened on the same day
    run(other, write_checkin, CheckInValues(kr.id, DEMO_DAY, 7.0, 6), DEMO_DAY, anna_id, seen)
    with pytest.raises(ConflictError) as raised:
        run(ws, write_checkin, CheckInValues(kr.id, DEMO_DAY, 9.0, 4), DEMO_DAY, None, seen)
    theirs = raised.value.conflict.theirs
    assert (theirs.row["value"], theirs.changed_by) == (7.0, anna)
    assert raised.value.conflict.yours["value"] == 9.0
    assert _stored(ws, kr.id, DEMO_DAY).values.value == 7.0


def test_undoing_a_check_in_someone_replaced_since_is_refused(ws, other):
    kr = _objectives(ws)[0].key_results[0]
    seen = SeenDay.of(_stored(ws, kr.id, DEMO_DAY))
    written = run(ws, write_checkin, CheckInValues(kr.id, DEMO_DAY, 7.0), DEMO_DAY, None, seen)
    again = SeenDay(written.checkin_id, written.version)
    run(other, write_checkin, CheckInValues(kr.id, DEMO_DAY, 8.0), DEMO_DAY, None, again)
    with pytest.raises(ConflictError, match="nothing was undone"):
        run(ws, take_back_checkin, written)
    assert _stored(ws, kr.id, DEMO_DAY).values.value == 8.0


def test_an_experiment_changed_since_it_was_read_is_a_conflict(ws, other):
    row = read(ws, records.backlog)[0]
    theirs = dataclasses.replace(row.values, hypothesis="Theirs")
    run(other, records.save_experiment, row.id, theirs, row.status, row.version)
    mine = dataclasses.replace(row.values, title="Mine")
    with pytest.raises(ConflictError) as raised:
        run(ws, records.save_experiment, row.id, mine, row.status, row.version)
    assert raised.value.conflict.theirs.row["hypothesis"] == "Theirs"
    assert read(ws, records.experiment, row.id).title == row.title


def test_a_deleted_row_is_a_conflict_without_theirs(ws, other):
    kr = _objectives(ws)[0].key_results[0]
    run(other, commands.delete_key_result, kr.id)
    with pytest.raises(ConflictError, match="deleted by someone else") as raised:
        run(ws, commands.edit_key_result, kr.id, key_result_values(kr), seen_version=kr.version)
    assert raised.value.conflict.theirs is None


def _stored(ws: Workspace, key_result_id: int, day: dt.date):
    from okrdesk.store.okr.checkins import stored_checkin

    with ws.session() as session:
        return stored_checkin(session, key_result_id, day)
