"""Initiatives on real demo files: each command and its inverse leave the file as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.okr import initiatives as store
from okrdesk.store.okr.initiatives import InitiativeValues
from okrdesk.store.workspace.files import Workspace
from tests.helpers import DEMO_DAY, EDIT_MARKS, run


def listed(ws: Workspace, key_result_id: int) -> list[store.InitiativeRow]:
    with ws.engine.connect() as connection:
        return store.key_result_initiatives(connection, key_result_id)


def kr_with_initiatives(ws: Workspace) -> int:
    with ws.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT key_result_id FROM initiatives GROUP BY key_result_id "
            "ORDER BY count(*) DESC, key_result_id LIMIT 1"
        ).scalar_one()


def test_listing_puts_open_ones_first_by_due_date(ws):
    kr = kr_with_initiatives(ws)
    rows = listed(ws, kr)
    assert len(rows) == 2
    open_rows = [r for r in rows if not r.done]
    assert rows[: len(open_rows)] == open_rows
    dues = [r.due_date for r in open_rows]
    assert dues == sorted(dues)
    assert all(r.owner_name for r in rows)


def test_create_then_delete_then_restore_keeps_the_id(ws, content):
    kr = kr_with_initiatives(ws)
    before = content(ws)
    values = InitiativeValues("  Write the playbook ", None, dt.date(2026, 12, 1))
    new_id = run(ws, store.create_initiative, kr, values)
    row = next(r for r in listed(ws, kr) if r.id == new_id)
    assert (row.title, row.due_date, row.done, row.owner_name) == (
        "Write the playbook",
        dt.date(2026, 12, 1),
        False,
        "",
    )
    snapshot = run(ws, store.delete_initiative, new_id)
    assert content(ws) == before
    run(ws, store.restore_initiative, snapshot)
    assert [r.id for r in listed(ws, kr) if r.title == "Write the playbook"] == [new_id]


def test_update_returns_the_previous_values_and_ticking_done_undoes(ws, content):
    kr = kr_with_initiatives(ws)
    first = next(r for r in listed(ws, kr) if not r.done)
    before = content(ws, EDIT_MARKS)
    previous = run(
        ws,
        store.update_initiative,
        first.id,
        InitiativeValues(**(first.values.__dict__ | {"done": True})),
    )
    assert previous == first.values
    assert next(r for r in listed(ws, kr) if r.id == first.id).done
    run(ws, store.update_initiative, first.id, previous)
    assert content(ws, EDIT_MARKS) == before


def test_delete_then_restore_leaves_the_file_as_it_was(ws, content):
    kr = kr_with_initiatives(ws)
    before = content(ws)
    target = listed(ws, kr)[0]
    snapshot = run(ws, store.delete_initiative, target.id)
    assert target.id not in [r.id for r in listed(ws, kr)]
    run(ws, store.restore_initiative, snapshot)
    assert content(ws) == before
    with pytest.raises(ValueError, match="exists already"):
        run(ws, store.restore_initiative, snapshot)


@pytest.mark.parametrize(
    ("values", "error"),
    [
        (InitiativeValues(" \t "), ValueError),
        (InitiativeValues("x" * 301), ValueError),
        (InitiativeValues("Fine", owner_id=99_999), LookupError),
    ],
)
def test_refusals_write_nothing(ws, content, values, error):
    kr = kr_with_initiatives(ws)
    before = content(ws)
    with pytest.raises(error):
        run(ws, store.create_initiative, kr, values)
    with pytest.raises(LookupError):
        run(ws, store.create_initiative, 99_999, InitiativeValues("Fine"))
    with pytest.raises(LookupError):
        run(ws, store.delete_initiative, 99_999)
    assert content(ws) == before


def test_overdue():
    row = store.InitiativeRow(1, 1, "t", None, "", dt.date(2026, 11, 24), False)
    assert row.overdue(DEMO_DAY)
    assert not row.overdue(dt.date(2026, 11, 24))
    assert not store.InitiativeRow(1, 1, "t", None, "", dt.date(2026, 11, 1), True).overdue(
        DEMO_DAY
    )
    assert not store.InitiativeRow(1, 1, "t", None, "", None, False).overdue(DEMO_DAY)
