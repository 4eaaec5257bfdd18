"""Funnels and stages: every change and its inverse, on a copy of the demo workspace."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from okrdesk.store.errors import InvalidNameError
from okrdesk.store.funnel import definitions as fd
from okrdesk.store.schema import Experiment, FunnelCount, KeyResultBinding
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS


def _funnel(ws) -> fd.FunnelRow:
    with ws.engine.connect() as connection:
        return fd.list_funnels(connection)[0]


def _stages(ws, funnel_id: int) -> list[str]:
    with ws.engine.connect() as connection:
        return [stage.name for stage in fd.list_stages(connection, funnel_id)]


def test_create_funnel_has_the_default_stages_and_a_unique_name(ws):
    with ws.session() as session, session.begin():
        funnel_id = fd.create_funnel(session, "  Outbound  ")
    assert _stages(ws, funnel_id) == list(fd.DEFAULT_STAGES)
    with ws.engine.connect() as connection:
        assert [f.name for f in fd.list_funnels(connection)][-1] == "Outbound"
    with pytest.raises(InvalidNameError) as error, ws.session() as session:
        fd.create_funnel(session, "outbound")
    assert error.value.problem.code == "name_taken"


def test_add_rename_move_stage_and_their_inverses(ws):
    funnel = _funnel(ws)
    before = _stages(ws, funnel.id)
    with ws.session() as session, session.begin():
        stage_id = fd.add_stage(session, funnel.id, "Demo booked", position=4)
    assert _stages(ws, funnel.id) == [*before[:4], "Demo booked", *before[4:]]
    with ws.session() as session, session.begin():
        assert fd.rename_stage(session, stage_id, "Demo") == "Demo booked"
        assert fd.move_stage(session, stage_id, 0) == 4
    assert _stages(ws, funnel.id) == ["Demo", *before]
    with ws.session() as session, session.begin():
        fd.move_stage(session, stage_id, 4)
        fd.rename_stage(session, stage_id, "Demo booked")
        fd.delete_stage(session, stage_id)
    assert _stages(ws, funnel.id) == before
    with pytest.raises(InvalidNameError), ws.session() as session:
        fd.add_stage(session, funnel.id, "lead")


def test_deleting_a_stage_takes_its_counts_and_restore_puts_everything_back(ws, content):
    funnel = _funnel(ws)
    with ws.engine.connect() as connection:
        lead = next(s for s in fd.list_stages(connection, funnel.id) if s.name == "Lead")
        weeks = fd.stage_weeks(connection, lead.id)
    assert weeks == 26
    before = content(ws)
    with ws.session() as session, session.begin():
        snapshot = fd.delete_stage(session, lead.id)
    with ws.engine.connect() as connection:
        left = connection.scalar(select(FunnelCount.id).where(FunnelCount.stage_id == lead.id))
        assert left is None
        assert fd.stage_weeks(connection, lead.id) == 0
        positions = [s.position for s in fd.list_stages(connection, funnel.id)]
    assert positions == list(range(5))
    with ws.session() as session, session.begin():
        fd.restore_stage(session, snapshot)
    assert content(ws) == before


def test_deleting_a_funnel_and_restoring_it_gives_back_the_same_file(ws, content):
    funnel = _funnel(ws)
    before = content(ws)
    with ws.session() as session, session.begin():
        snapshot = fd.delete_funnel(session, funnel.id)
    with ws.engine.connect() as connection:
        assert fd.list_funnels(connection) == []
        assert connection.scalar(select(KeyResultBinding.id)) is None
        assert (
            connection.scalar(select(Experiment.id).where(Experiment.funnel_id.is_not(None)))
            is None
        )
    with ws.session() as session, session.begin():
        fd.restore_funnel(session, snapshot)
    assert content(ws) == before


def test_rename_funnel_refuses_an_empty_name(ws):
    funnel = _funnel(ws)
    with pytest.raises(InvalidNameError) as error, ws.session() as session:
        fd.rename_funnel(session, funnel.id, "   ")
    assert error.value.problem.code == "name_required"
    with ws.session() as session, session.begin():
        assert fd.rename_funnel(session, funnel.id, "Inbound") == funnel.name
    assert _funnel(ws).name == "Inbound"
