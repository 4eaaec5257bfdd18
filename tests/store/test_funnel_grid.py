"""The data grid's reads and writes on a copy of the demo workspace."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.funnel import definitions as fd
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.versions import ConflictError
from tests.helpers import EDIT_MARKS


def _funnel_and_stages(ws):
    with ws.engine.connect() as connection:
        funnel = fd.list_funnels(connection)[0]
        return funnel, fd.list_stages(connection, funnel.id)


def test_all_sources_is_the_sum_of_every_segment(ws):
    funnel, stages = _funnel_and_stages(ws)
    with ws.engine.connect() as connection:
        total = funnel_grid.read_grid(connection, funnel.id, None, None)
        segments = sorted(
            {
                row[0]
                for row in connection.exec_driver_sql("SELECT DISTINCT segment FROM funnel_counts")
            }
        )
        parts = [funnel_grid.read_grid(connection, funnel.id, s, None) for s in segments]
    assert len(total.weeks) == 26 and total.weeks == sorted(total.weeks)
    cell = (total.weeks[-1], stages[0].id)
    assert total.counts[cell] == sum(part.counts.get(cell, 0) for part in parts)


def test_set_counts_returns_what_undoes_it(ws, content):
    funnel, stages = _funnel_and_stages(ws)
    with ws.engine.connect() as connection:
        segment = connection.exec_driver_sql("SELECT segment FROM funnel_counts LIMIT 1").scalar()
        grid = funnel_grid.read_grid(connection, funnel.id, segment, "")
    before = content(ws, EDIT_MARKS)  # a typed count moves its version on, never back
    new_week = grid.weeks[-1] + dt.timedelta(weeks=1)
    cells = {(grid.weeks[0], stages[0].id): 7, (new_week, stages[1].id): 3}
    with ws.session() as session, session.begin():
        previous = funnel_grid.set_counts(session, funnel.id, segment, "", cells)
    assert previous == {
        (grid.weeks[0], stages[0].id): grid.counts[(grid.weeks[0], stages[0].id)],
        (new_week, stages[1].id): None,
    }
    with ws.engine.connect() as connection:
        after = funnel_grid.read_grid(connection, funnel.id, segment, "")
    assert after.counts[(grid.weeks[0], stages[0].id)] == 7
    assert after.weeks[-1] == new_week
    with ws.session() as session, session.begin():
        funnel_grid.set_counts(session, funnel.id, segment, "", previous)
    assert content(ws, EDIT_MARKS) == before


def test_set_counts_refuses_negative_counts_and_writes_nothing(ws, content):
    funnel, stages = _funnel_and_stages(ws)
    before = content(ws)
    week = dt.date(2026, 11, 16)
    cells = {(week, stages[0].id): 5, (week, stages[1].id): -1}
    with pytest.raises(ValueError, match="2026-11-16"), ws.session() as session, session.begin():
        funnel_grid.set_counts(session, funnel.id, "Ads", "", cells)
    assert content(ws) == before


def test_a_count_changed_since_the_grid_showed_it_is_a_conflict_and_nothing_is_written(ws, content):
    funnel, stages = _funnel_and_stages(ws)
    with ws.engine.connect() as connection:
        segment = connection.exec_driver_sql("SELECT segment FROM funnel_counts LIMIT 1").scalar()
        grid = funnel_grid.read_grid(connection, funnel.id, segment, "")
    cell, other = (grid.weeks[0], stages[0].id), (grid.weeks[0], stages[1].id)
    shown = {cell: grid.counts[cell], other: grid.counts.get(other)}
    with ws.session() as session, session.begin():  # Anna types into the first cell
        funnel_grid.set_counts(session, funnel.id, segment, "", {cell: 11})
    before = content(ws)
    with pytest.raises(ConflictError) as refused, ws.session() as session, session.begin():
        funnel_grid.set_counts(session, funnel.id, segment, "", {cell: 5, other: 6}, seen=shown)
    assert content(ws) == before
    assert refused.value.conflict.title == funnel.name
    assert str(refused.value) == (
        f"Someone else changed “{funnel.name}” after you opened it; nothing was saved."
    )
    # What the grid shows now is what a save names: it lands.
    with ws.session() as session, session.begin():
        funnel_grid.set_counts(
            session, funnel.id, segment, "", {other: 6}, seen={other: shown[other]}
        )
    with ws.engine.connect() as connection:
        assert funnel_grid.read_grid(connection, funnel.id, segment, "").counts[other] == 6
