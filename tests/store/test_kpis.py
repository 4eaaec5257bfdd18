"""KPIs and their values on real demo files: each command and its inverse leave the file as
it was."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from okrdesk.domain.kpi import KpiStatus, KpiValues
from okrdesk.store.okr import kpis as store
from okrdesk.store.workspace.files import Workspace
from tests.helpers import BOTH_BACKENDS, DEMO_DAY, EDIT_MARKS, run

pytestmark = BOTH_BACKENDS

NEW = KpiValues("Net revenue retention", "percent", None, True, 105.0, 95.0)


def kpis(ws: Workspace) -> list[store.KpiRow]:
    with ws.engine.connect() as connection:
        return store.list_kpis(connection)


def test_the_demo_kpis_with_their_weekly_values(ws):
    rows = kpis(ws)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    assert len(rows) == 3
    for row in rows:
        assert len(row.points) == 26
        days = [day for day, _ in row.points]
        assert days == sorted(days)
        assert row.latest == row.points[-1]
        assert row.status in set(KpiStatus)
        assert row.team_name


def test_create_delete_restore(ws, content):
    before = content(ws)
    new_id = run(ws, store.create_kpi, NEW)
    row = next(r for r in kpis(ws) if r.id == new_id)
    assert row.values == NEW
    assert row.points == ()
    assert row.status is None
    run(ws, store.record_kpi_value, new_id, DEMO_DAY, 101.0)
    snapshot = run(ws, store.delete_kpi, new_id)
    assert len(snapshot.values) == 1
    assert content(ws) == before
    run(ws, store.restore_kpi, snapshot)
    row = next(r for r in kpis(ws) if r.id == new_id)
    assert row.points == ((DEMO_DAY, 101.0),)
    assert row.status is KpiStatus.AMBER


def test_delete_a_demo_kpi_and_restore_it(ws, content):
    before = content(ws)
    target = kpis(ws)[0]
    snapshot = run(ws, store.delete_kpi, target.id)
    assert len(snapshot.values) == 26
    run(ws, store.restore_kpi, snapshot)
    assert content(ws) == before


def test_update_returns_the_previous_values(ws, content):
    before = content(ws, EDIT_MARKS)
    target = kpis(ws)[0]
    changed = KpiValues(**(target.values.__dict__ | {"name": "Renamed"}))
    previous = run(ws, store.update_kpi, target.id, changed)
    assert previous == target.values
    assert "Renamed" in [r.name for r in kpis(ws)]
    run(ws, store.update_kpi, target.id, previous)
    assert content(ws, EDIT_MARKS) == before


def test_record_a_value_returns_what_it_replaced(ws, content):
    before = content(ws, EDIT_MARKS)
    target = kpis(ws)[0]
    last_day, last_value = target.latest
    assert run(ws, store.record_kpi_value, target.id, last_day, last_value + 1) == last_value
    assert next(r for r in kpis(ws) if r.id == target.id).latest == (last_day, last_value + 1)
    run(ws, store.record_kpi_value, target.id, last_day, last_value)
    new_day = last_day + dt.timedelta(days=7)
    assert run(ws, store.record_kpi_value, target.id, new_day, 1.0) is None
    assert next(r for r in kpis(ws) if r.id == target.id).latest == (new_day, 1.0)
    run(ws, store.remove_kpi_value, target.id, new_day)
    assert content(ws, EDIT_MARKS) == before


def test_refusals_write_nothing(ws, content):
    before = content(ws, EDIT_MARKS)
    existing = kpis(ws)[0]
    with pytest.raises(ValueError, match="another KPI"):
        run(ws, store.create_kpi, KpiValues(**(NEW.__dict__ | {"name": existing.name})))
    with pytest.raises(ValueError, match="green"):
        run(ws, store.create_kpi, KpiValues(**(NEW.__dict__ | {"higher_is_better": False})))
    with pytest.raises(LookupError):
        run(ws, store.create_kpi, KpiValues(**(NEW.__dict__ | {"team_id": 99_999})))
    with pytest.raises(LookupError):
        run(ws, store.record_kpi_value, 99_999, DEMO_DAY, 1.0)
    with pytest.raises(ValueError):
        run(ws, store.record_kpi_value, existing.id, DEMO_DAY, math.nan)
    with pytest.raises(LookupError):
        run(ws, store.delete_kpi, 99_999)
    # Keeping its own name is not a clash.
    run(ws, store.update_kpi, existing.id, existing.values)
    assert content(ws, EDIT_MARKS) == before
