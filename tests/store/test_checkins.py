"""Recording check-ins on a real workspace file, and putting them back for undo."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.okr.checkins import (
    CheckInValues,
    record_checkin,
    remove_checkin,
    restore_checkin,
)
from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def workspace(new_workspace):
    workspace = new_workspace("Team")
    with workspace.session() as session, session.begin():
        cycle = Cycle(
            name="2026 Q4", start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 12, 31)
        )
        objective = Objective(cycle=cycle, level="team", title="Grow inbound")
        session.add(
            KeyResult(
                objective=objective, title="MQLs per month", start_value=240, target_value=360
            )
        )
    yield workspace
    workspace.close()


def test_record_then_replace_the_same_day_then_undo_both(workspace, dump):
    before = dump(workspace.path)
    first = CheckInValues(1, DAY, 290, 6, "Webinar leads came in", "")
    with workspace.session() as session, session.begin():
        assert record_checkin(session, first) is None
    after_first = dump(workspace.path)
    assert after_first["checkins"][0][2:7] == ("2026-11-23", 290.0, 6, "Webinar leads came in", "")

    second = CheckInValues(1, DAY, 300, 7, "Corrected after the CRM sync", "Sync lag")
    with workspace.session() as session, session.begin():
        replaced = record_checkin(session, second)
    assert replaced is not None and replaced.values == first
    assert len(dump(workspace.path)["checkins"]) == 1

    with workspace.session() as session, session.begin():
        restore_checkin(session, replaced)
    assert dump(workspace.path) == after_first
    with workspace.session() as session, session.begin():
        remove_checkin(session, 1, DAY)
    assert dump(workspace.path) == before


@pytest.mark.parametrize("confidence", [-1, 11])
def test_confidence_outside_0_to_10_is_refused(workspace, dump, confidence):
    before = dump(workspace.path)
    with pytest.raises(ValueError), workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 300, confidence))
    assert dump(workspace.path) == before


def test_a_check_in_keeps_its_blockers_and_is_not_automatic(workspace):
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 310, 5, "", "Waiting for budget"))
    with workspace.session() as session:
        row = session.get(CheckIn, 1)
        assert (row.blockers, row.automatic) == ("Waiting for budget", False)
