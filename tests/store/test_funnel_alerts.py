"""Funnel alerts: a step whose rate fell significantly from one full week to the next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import insert, update

from okrdesk.domain.weeks import last_full_week
from okrdesk.store.funnel.alerts import significant_drops
from okrdesk.store.schema import Funnel, FunnelCount, FunnelStage, WorkspaceSettings
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import DEMO_DAY

LAST = dt.date(2026, 11, 16)
BEFORE = dt.date(2026, 11, 9)


def test_last_full_week_follows_the_week_start_setting():
    assert last_full_week(DEMO_DAY) == LAST
    assert last_full_week(dt.date(2026, 11, 23)) == LAST  # on Monday the week before is full
    assert last_full_week(DEMO_DAY, first_weekday=6) == dt.date(2026, 11, 15)  # Sunday weeks


def test_the_demo_shows_its_mql_drop(ws):
    with ws.engine.connect() as connection:
        alerts = significant_drops(connection, DEMO_DAY)
    mql = [a for a in alerts if (a.from_stage, a.to_stage) == ("Lead", "MQL")]
    assert len(mql) == 1
    (alert,) = mql
    assert alert.funnel == "Inbound B2B" and alert.week == LAST
    assert alert.change < 0 and alert.p_value < 0.05
    assert alert.rate == pytest.approx(alert.to_count / alert.from_count)
    assert alert.previous_rate == pytest.approx(alert.previous_to_count / alert.previous_from_count)
    assert alert.change == pytest.approx(alert.rate - alert.previous_rate)


@pytest.fixture
def workspace(tmp_path: Path, new_workspace_file):
    workspace = open_workspace(new_workspace_file(tmp_path / "alerts.okrdesk", "Alerts"))
    yield workspace
    workspace.close()


def _funnel(session, name: str, stages: list[str], weeks: dict[dt.date, list[int]]) -> None:
    funnel = Funnel(
        name=name, stages=[FunnelStage(name=s, position=i) for i, s in enumerate(stages)]
    )
    session.add(funnel)
    session.flush()
    rows = []
    for week, counts in weeks.items():
        for stage, count in zip(funnel.stages, counts, strict=True):
            # Two segments, so that the sums over segments are what is tested.
            half = count // 2
            rows.append({"stage_id": stage.id, "week_start": week, "segment": "a", "count": half})
            rows.append(
                {"stage_id": stage.id, "week_start": week, "segment": "b", "count": count - half}
            )
    session.execute(insert(FunnelCount), rows)


def test_only_significant_drops_of_full_weeks_are_alerts(workspace):
    with workspace.session() as session, session.begin():
        _funnel(
            session,
            "Web",
            ["Visit", "Lead", "Deal", "Paid"],
            {
                BEFORE: [1000, 300, 60, 30],
                # Lead: a big drop; Deal: a rise; Paid: a small, noisy drop.
                LAST: [1000, 200, 60, 28],
                # The running week is not full: its collapse is not an alert yet.
                LAST + dt.timedelta(weeks=1): [1000, 10, 1, 0],
            },
        )
        _funnel(session, "Events", ["Badge", "Meeting"], {LAST: [100, 5]})  # no week before
    with workspace.engine.connect() as connection:
        alerts = significant_drops(connection, DEMO_DAY)
    assert [(a.funnel, a.from_stage, a.to_stage) for a in alerts] == [("Web", "Visit", "Lead")]
    (alert,) = alerts
    assert (alert.previous_rate, alert.rate) == (0.3, 0.2)
    assert alert.change == pytest.approx(-0.1)
    assert (alert.from_count, alert.to_count) == (1000, 200)
    assert 0 < alert.p_value < 0.001


def test_counts_out_of_order_and_empty_workspaces_give_no_alert(workspace):
    with workspace.engine.connect() as connection:
        assert significant_drops(connection, DEMO_DAY) == []
    with workspace.session() as session, session.begin():
        # More leads than visits is not a proportion to test.
        _funnel(session, "Odd", ["Visit", "Lead"], {BEFORE: [100, 50], LAST: [10, 40]})
    with workspace.engine.connect() as connection:
        assert significant_drops(connection, DEMO_DAY) == []


def test_weeks_that_start_on_sunday(workspace):
    sunday_last, sunday_before = dt.date(2026, 11, 15), dt.date(2026, 11, 8)
    with workspace.session() as session, session.begin():
        session.execute(update(WorkspaceSettings).values(week_start=6))
        _funnel(
            session,
            "Web",
            ["Visit", "Lead"],
            {sunday_before: [1000, 300], sunday_last: [1000, 150]},
        )
    with workspace.engine.connect() as connection:
        (alert,) = significant_drops(connection, DEMO_DAY)
    assert alert.week == sunday_last
