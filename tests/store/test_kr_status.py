"""Key result status read by every screen from a real workspace: one rule, whatever the view.

A 92-day cycle (1 Oct – 31 Dec 2026) with a stay-below KR that breaches its range on day 5
and a yes/no KR checked in with good confidence on day 40: the review, the management
dashboard and the OKR tree (its nodes) must all call the breach off track at once and the
yes/no KR on track, not judge either by the linear pace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.domain.review import status_reason
from okrdesk.reports.locale_format import locale_format
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.okr.commands import create_key_result, create_objective
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.review.dashboard import management_data
from okrdesk.store.review.data import load_review
from okrdesk.store.workspace.files import Workspace
from okrdesk.ui.okr.nodes import KeyResultNode, Node, build_tree
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
CHURN = "Keep monthly churn below 3 %"
LAUNCH = "Ship the partner portal"
SIGNUPS = "Grow signups to 1,000"


@pytest.fixture
def workspace(new_workspace) -> Iterator[Workspace]:
    ws = new_workspace("Status")
    with ws.session() as session, session.begin():
        cycle = create_cycle(session, "Q4 2026", START, END)
        objective = create_objective(
            session, cycle, ObjectiveValues("Keep customers", "company", None, None, None)
        )
        for values in (
            KeyResultValues(CHURN, "stay_below", "percent", 2.0, 3.0),
            KeyResultValues(LAUNCH, "binary", "number", 0, 1),
            KeyResultValues(SIGNUPS, "increase", "number", 0, 1000),
        ):
            create_key_result(session, objective, values)
    # day 5: churn outside its range
    check_in(ws, dt.date(2026, 10, 5), {CHURN: 3.4, LAUNCH: 0, SIGNUPS: 60}, 8)
    yield ws
    ws.close()


def check_in(ws: Workspace, day: dt.date, values: dict[str, float], confidence: int) -> None:
    """One check-in per KR title on `day`, as the check-in dialog writes them."""
    with ws.session() as session, session.begin():
        ids = {
            kr.title: kr.id
            for o in okr_queries.cycle_objectives(session.connection(), 1)
            for kr in o.key_results
        }
        for title, value in values.items():
            record_checkin(session, CheckInValues(ids[title], day, value, confidence))


def _tree_statuses(ws: Workspace, on: dt.date) -> dict[str, str]:
    with ws.engine.connect() as connection:
        cycle = okr_queries.current_cycle_info(connection, on)
        objectives = okr_queries.cycle_objectives(connection, cycle.id)
        thresholds = okr_queries.status_thresholds(connection)
    nodes: list[Node] = [build_tree(cycle, objectives, on, thresholds)]
    found = {}
    while nodes:
        node = nodes.pop()
        nodes += node.children
        if isinstance(node, KeyResultNode):
            found[node.row_data.title] = node.status.status.value
    return found


def _statuses(ws: Workspace, week: dt.date) -> tuple[dict, dict, dict]:
    """Status per KR title in the review of `week`, on the management dashboard and in the
    OKR tree, all as of the week's last day."""
    on = week + dt.timedelta(days=6)
    with ws.engine.connect() as connection:
        review = load_review(connection, week)
        management = management_data(connection, on)
    return (
        {k.title: k.status for k in review.key_results},
        {k.title: k.status for k in management.key_results},
        _tree_statuses(ws, on),
    )


def test_a_breached_range_is_off_track_on_every_screen_from_day_five(workspace):
    week = dt.date(2026, 10, 5)  # days 5–11 of 92: the pace alone would say on track
    review, management, tree = _statuses(workspace, week)
    assert review[CHURN] == management[CHURN] == tree[CHURN] == "off_track"
    assert review[LAUNCH] == management[LAUNCH] == tree[LAUNCH] == "on_track"
    assert review == management == tree

    with workspace.engine.connect() as connection:
        behind = load_review(connection, week).behind
    assert [k.title for k in behind] == [CHURN]
    assert status_reason(behind[0], locale_format("en_US")) == "outside its range"


def test_a_yes_no_result_is_judged_by_confidence_and_its_due_date_not_the_pace(workspace):
    # day 40: churn back inside, the launch not done yet and its owner sure of the date
    check_in(workspace, dt.date(2026, 11, 9), {CHURN: 2.5, LAUNCH: 0, SIGNUPS: 430}, 7)
    week = dt.date(2026, 11, 9)  # days 40–46: the pace alone would call it off track
    review, management, tree = _statuses(workspace, week)
    assert review[LAUNCH] == management[LAUNCH] == tree[LAUNCH] == "on_track"
    assert review[CHURN] == management[CHURN] == tree[CHURN] == "on_track"
    assert review == management == tree

    with workspace.engine.connect() as connection:
        line = next(k for k in load_review(connection, week).key_results if k.title == LAUNCH)
    assert (line.rule, line.status) == ("before_due", "on_track")


def test_at_the_cycle_end_a_range_kept_is_done_and_a_yes_no_not_done_is_off_track(workspace):
    check_in(workspace, dt.date(2026, 12, 28), {CHURN: 2.8, LAUNCH: 0, SIGNUPS: 990}, 8)
    review, management, tree = _statuses(workspace, dt.date(2026, 12, 28))  # holds 31 Dec
    assert review[CHURN] == management[CHURN] == tree[CHURN] == "done"
    assert review[LAUNCH] == management[LAUNCH] == tree[LAUNCH] == "off_track"
