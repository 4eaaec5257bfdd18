"""Experiment day tasks on demo files: each command and its inverse leave the file as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from okrdesk.store.experiments import tasks as store
from okrdesk.store.experiments.tasks import DAY_TEMPLATE, TaskValues
from okrdesk.store.schema import Experiment, Person
from okrdesk.store.workspace.files import Workspace
from tests.helpers import run


def listed(ws: Workspace, experiment_id: int) -> list[store.TaskRow]:
    with ws.engine.connect() as connection:
        return store.tasks_of(connection, experiment_id)


def experiment_id(ws: Workspace, code: str) -> int:
    with ws.engine.connect() as connection:
        return connection.scalar(select(Experiment.id).where(Experiment.code == code))


def new_experiment(ws: Workspace) -> int:
    with ws.session() as session, session.begin():
        return session.scalar(
            insert(Experiment).values(code="EXP-0100", title="Test").returning(Experiment.id)
        )


def person(ws: Workspace) -> tuple[int, str]:
    with ws.engine.connect() as connection:
        return tuple(connection.execute(select(Person.id, Person.name).limit(1)).one())


def test_the_demo_tasks_come_by_day(ws):
    rows = listed(ws, experiment_id(ws, "EXP-0004"))
    assert [row.day for row in rows] == list(range(1, 8))
    assert all(row.owner_name for row in rows)
    assert listed(ws, experiment_id(ws, "EXP-0006")) == []  # an idea has no days yet


def test_day_tasks_from_the_template_and_undo(ws, content):
    exp = new_experiment(ws)
    before = content(ws)
    ids = run(ws, store.create_day_tasks, exp)
    rows = listed(ws, exp)
    assert [row.id for row in rows] == ids
    assert [(row.day, row.title) for row in rows] == list(DAY_TEMPLATE)
    assert not any(row.done for row in rows)
    snapshots = [run(ws, store.delete_task, task_id) for task_id in ids]
    assert listed(ws, exp) == []
    assert content(ws) == before
    run(ws, store.restore_tasks, snapshots)
    assert listed(ws, exp) == rows


def test_day_tasks_go_after_the_days_own_and_take_a_translated_template(ws):
    exp = new_experiment(ws)
    owner_id, owner_name = person(ws)
    first = run(ws, store.add_task, exp, 1, TaskValues("Talk to sales"))
    run(ws, store.create_day_tasks, exp, [(1, "Definir"), (2, "Desplegar")], owner_id)
    rows = listed(ws, exp)
    assert [(r.day, r.position, r.title) for r in rows] == [
        (1, 0, "Talk to sales"),
        (1, 1, "Definir"),
        (2, 0, "Desplegar"),
    ]
    assert rows[0].id == first
    assert [r.owner_name for r in rows] == ["", owner_name, owner_name]


def test_add_update_delete_restore(ws, content):
    exp = experiment_id(ws, "EXP-0004")
    owner_id, owner_name = person(ws)
    before = content(ws)
    task = run(ws, store.add_task, exp, 3, TaskValues("  Check the UTM tags ", owner_id))
    row = next(r for r in listed(ws, exp) if r.id == task)
    assert (row.day, row.title, row.owner_name, row.done) == (
        3,
        "Check the UTM tags",
        owner_name,
        False,
    )
    assert row.position == 1  # after the day's template task
    previous = run(ws, store.update_task, task, TaskValues("Check UTM tags", None, True))
    assert previous == TaskValues("Check the UTM tags", owner_id, False)
    row = next(r for r in listed(ws, exp) if r.id == task)
    assert row.values == TaskValues("Check UTM tags", None, True)
    snapshot = run(ws, store.delete_task, task)
    assert task not in [r.id for r in listed(ws, exp)]
    run(ws, store.restore_task, snapshot)
    assert next(r for r in listed(ws, exp) if r.id == task).values == row.values
    run(ws, store.delete_task, task)
    assert content(ws) == before


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s, e: store.add_task(s, e, 0, TaskValues("x")), ValueError),
        (lambda s, e: store.add_task(s, e, 8, TaskValues("x")), ValueError),
        (lambda s, e: store.add_task(s, e, 2, TaskValues("   ")), ValueError),
        (lambda s, e: store.add_task(s, e, 2, TaskValues("x" * 301)), ValueError),
        (lambda s, e: store.add_task(s, e, 2, TaskValues("x", owner_id=9999)), LookupError),
        (lambda s, e: store.add_task(s, 9999, 2, TaskValues("x")), LookupError),
        (lambda s, e: store.update_task(s, 9999, TaskValues("x")), LookupError),
        (lambda s, e: store.delete_task(s, 9999), LookupError),
        (lambda s, e: store.create_day_tasks(s, e, [(1, "ok"), (9, "bad")]), ValueError),
        (lambda s, e: store.create_day_tasks(s, 9999), LookupError),
    ],
)
def test_refusals_write_nothing(ws, content, call, error):
    exp = experiment_id(ws, "EXP-0004")
    before = content(ws)
    with pytest.raises(error), ws.session() as session, session.begin():
        call(session, exp)
    assert content(ws) == before


def test_restoring_twice_is_refused(ws):
    exp = experiment_id(ws, "EXP-0004")
    task = listed(ws, exp)[0].id
    snapshot = run(ws, store.delete_task, task)
    run(ws, store.restore_task, snapshot)
    with pytest.raises(ValueError):
        run(ws, store.restore_task, snapshot)
