"""The experiment editor's choices and the traffic the planner reads, on the demo file."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from okrdesk.store.experiments import planning
from okrdesk.store.schema import FunnelStage
from tests.helpers import BOTH_BACKENDS, DEMO_DAY

pytestmark = BOTH_BACKENDS


def stage(ws, name: str) -> int:
    with ws.engine.connect() as connection:
        return connection.execute(
            select(FunnelStage.id).where(FunnelStage.name == name)
        ).scalar_one()


def test_funnels_list_their_stages_in_order(ws):
    with ws.engine.connect() as connection:
        (funnel,) = planning.funnel_choices(connection)
        key_results = planning.key_result_choices(connection)
    assert [name for _, name in funnel.stages] == [
        "Visit",
        "Form submitted",
        "Lead",
        "MQL",
        "SQL",
        "Deal",
    ]
    assert key_results[0].cycle_name == "2026 Q4"
    assert len({kr.id for kr in key_results}) == len(key_results)


def test_step_traffic_sums_the_last_four_full_weeks(ws):
    with ws.engine.connect() as connection:
        traffic = planning.step_traffic(connection, stage(ws, "MQL"), stage(ws, "SQL"), DEMO_DAY)
        expected = connection.exec_driver_sql(
            "SELECT s.name, sum(c.count) FROM funnel_counts c JOIN funnel_stages s "
            "ON s.id = c.stage_id WHERE c.week_start >= '2026-10-26' "
            "AND c.week_start < '2026-11-23' GROUP BY s.name"
        ).all()
    totals = dict(expected)
    assert (traffic.weeks, traffic.entered, traffic.converted) == (4, totals["MQL"], totals["SQL"])
    assert traffic.weekly_traffic == totals["MQL"] / 4
    assert traffic.baseline_rate == totals["SQL"] / totals["MQL"]


def test_a_step_without_counts_has_no_rate(ws):
    with ws.engine.connect() as connection:
        traffic = planning.step_traffic(
            connection, stage(ws, "MQL"), stage(ws, "SQL"), dt.date(2020, 1, 1)
        )
    assert (traffic.weeks, traffic.weekly_traffic, traffic.baseline_rate) == (0, 0.0, None)
