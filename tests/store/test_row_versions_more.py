"""No lost update for the rows beside the OKRs: a person, a team, an initiative, a KPI and a KPI
value, a funnel, a funnel stage and an experiment's day task. A save names the version its
screen read; someone else's change since is a conflict carrying theirs and yours, and nothing
is written. The second person is a second workspace (its own engine) on the same data."""

from __future__ import annotations

import dataclasses

import pytest

from okrdesk.store import people
from okrdesk.store.experiments import tasks
from okrdesk.store.funnel import definitions
from okrdesk.store.okr import initiatives, kpis
from okrdesk.store.people import PersonValues
from okrdesk.store.versions import ConflictError
from okrdesk.store.workspace.files import Workspace
from tests.helpers import BOTH_BACKENDS, read, rows, run

pytestmark = BOTH_BACKENDS


def _refused(ws: Workspace, save, *args, **kwargs) -> ConflictError:
    with pytest.raises(ConflictError) as raised:
        run(ws, save, *args, **kwargs)
    return raised.value


def test_a_person_changed_since_it_was_read_is_not_overwritten(ws, other):
    person = read(ws, people.list_people)[0]  # what my screen read
    theirs = PersonValues(person.name, "theirs@example.com", person.team_id)
    run(other, people.update_person, person.id, theirs, seen_version=person.version)

    mine = PersonValues("Mine", person.email, person.team_id)
    error = _refused(ws, people.update_person, person.id, mine, seen_version=person.version)
    assert error.conflict.kind == "person"
    assert error.conflict.theirs.row["email"] == "theirs@example.com"
    assert error.conflict.theirs.version == person.version + 1
    assert error.conflict.yours["name"] == "Mine"
    assert str(error) == (
        f"Someone else changed “{person.name}” after you opened it; nothing was saved."
    )
    assert rows(ws.path, "SELECT name, email FROM people WHERE id = ?", person.id) == [
        (person.name, "theirs@example.com")
    ]


def test_a_team_renamed_since_it_was_read_is_not_renamed_again(ws, other):
    team = read(ws, people.list_teams)[0]
    run(other, people.rename_team, team.id, "Theirs", seen_version=team.version)
    error = _refused(ws, people.rename_team, team.id, "Mine", seen_version=team.version)
    assert (error.conflict.kind, error.conflict.title) == ("team", "Theirs")
    assert rows(ws.path, "SELECT name FROM teams WHERE id = ?", team.id) == [("Theirs",)]


def test_an_initiative_changed_since_it_was_read_is_not_overwritten(ws, other):
    key_result = rows(ws.path, "SELECT key_result_id FROM initiatives ORDER BY id")[0][0]
    row = read(ws, initiatives.key_result_initiatives, key_result)[0]
    theirs = dataclasses.replace(row.values, done=not row.done)
    run(other, initiatives.update_initiative, row.id, theirs, seen_version=row.version)
    mine = dataclasses.replace(row.values, title="Mine")
    error = _refused(ws, initiatives.update_initiative, row.id, mine, seen_version=row.version)
    assert error.conflict.kind == "initiative"
    now = read(ws, initiatives.key_result_initiatives, key_result)
    assert [(r.title, r.done) for r in now if r.id == row.id] == [(row.title, not row.done)]


def test_a_kpi_changed_since_it_was_read_is_not_overwritten(ws, other):
    kpi = read(ws, kpis.list_kpis)[0]
    theirs = dataclasses.replace(kpi.values, green_threshold=kpi.green_threshold + 1)
    run(other, kpis.update_kpi, kpi.id, theirs, seen_version=kpi.version)
    mine = dataclasses.replace(kpi.values, name="Mine")
    error = _refused(ws, kpis.update_kpi, kpi.id, mine, seen_version=kpi.version)
    assert error.conflict.kind == "kpi"
    assert error.conflict.theirs.row["green_threshold"] == kpi.green_threshold + 1
    assert rows(ws.path, "SELECT name, green_threshold FROM kpis WHERE id = ?", kpi.id) == [
        (kpi.name, kpi.green_threshold + 1)
    ]


def test_a_kpi_value_changed_or_written_since_it_was_read_is_not_overwritten(ws, other):
    kpi = read(ws, kpis.list_kpis)[0]
    day, value = kpi.latest
    seen = kpi.value_version(day)
    assert seen >= 1
    run(other, kpis.record_kpi_value, kpi.id, day, value + 1, seen)
    error = _refused(ws, kpis.record_kpi_value, kpi.id, day, value + 2, seen)
    assert (error.conflict.kind, error.conflict.title) == ("kpi_value", kpi.name)
    assert error.conflict.theirs.row["value"] == value + 1
    # A day neither had a value for: the first to save it wins, the second is told.
    new_day = day.replace(year=day.year + 1)
    assert kpi.value_version(new_day) == 0
    run(other, kpis.record_kpi_value, kpi.id, new_day, 5.0, 0)
    error = _refused(ws, kpis.record_kpi_value, kpi.id, new_day, 6.0, 0)
    assert error.conflict.theirs.row["value"] == 5.0
    stored = "SELECT value FROM kpi_values WHERE kpi_id = ? ORDER BY measured_on DESC LIMIT 2"
    assert rows(ws.path, stored, kpi.id) == [(5.0,), (value + 1,)]


def test_a_funnel_renamed_since_it_was_read_is_not_renamed_again(ws, other):
    funnel = read(ws, definitions.list_funnels)[0]
    run(other, definitions.rename_funnel, funnel.id, "Theirs", funnel.version)
    error = _refused(ws, definitions.rename_funnel, funnel.id, "Mine", funnel.version)
    assert (error.conflict.kind, error.conflict.title) == ("funnel", "Theirs")
    assert rows(ws.path, "SELECT name FROM funnels WHERE id = ?", funnel.id) == [("Theirs",)]


def test_a_stage_renamed_since_it_was_read_is_neither_renamed_nor_moved(ws, other):
    funnel = read(ws, definitions.list_funnels)[0]
    stage = read(ws, definitions.list_stages, funnel.id)[2]
    before = [s.name for s in read(ws, definitions.list_stages, funnel.id)]
    run(other, definitions.rename_stage, stage.id, "Theirs", stage.version)

    error = _refused(ws, definitions.rename_stage, stage.id, "Mine", stage.version)
    assert (error.conflict.kind, error.conflict.title) == ("funnel_stage", "Theirs")
    error = _refused(ws, definitions.move_stage, stage.id, 0, stage.version)
    assert error.conflict.yours == {"position": 0}
    now = [s.name for s in read(ws, definitions.list_stages, funnel.id)]
    assert now == [*before[:2], "Theirs", *before[3:]]


def test_a_day_task_changed_since_it_was_read_is_not_overwritten(ws, other):
    experiment = rows(ws.path, "SELECT experiment_id FROM experiment_tasks ORDER BY id")[0][0]
    task = read(ws, tasks.tasks_of, experiment)[0]
    theirs = dataclasses.replace(task.values, done=not task.done)
    run(other, tasks.update_task, task.id, theirs, task.version)
    error = _refused(ws, tasks.update_task, task.id, task.values, task.version)
    assert error.conflict.kind == "experiment_task"
    assert read(ws, tasks.tasks_of, experiment)[0].done == (not task.done)


def test_a_save_at_the_version_read_lands_one_version_on_and_a_deleted_row_is_refused(ws, other):
    person = read(ws, people.list_people)[-1]
    values = PersonValues(person.name, "mine@example.com", person.team_id)
    run(ws, people.update_person, person.id, values, seen_version=person.version)
    assert rows(ws.path, "SELECT version FROM people WHERE id = ?", person.id) == [
        (person.version + 1,)
    ]
    run(other, people.delete_person, person.id)
    error = _refused(ws, people.update_person, person.id, values, seen_version=person.version + 1)
    assert error.conflict.theirs is None
    assert str(error) == f"“{person.name}” was deleted by someone else; nothing was saved."
