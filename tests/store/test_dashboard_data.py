"""The dashboards' numbers read from the demo workspace, checked against the file's own rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from okrdesk.domain import okr
from okrdesk.domain.funnel import money_stages
from okrdesk.store.review.dashboard import (
    experiment_by_code,
    form_step,
    management_data,
    team_data,
)
from okrdesk.store.workspace.files import create_workspace
from tests.helpers import DEMO_DAY

LAST_FULL_WEEK = dt.date(2026, 11, 16)


def scalar(connection, sql: str, **params):
    return connection.execute(text(sql), params).scalar()


def test_revenue_key_results_are_the_growing_money_ones_of_the_current_cycle(ws):
    with ws.engine.connect() as connection:
        data = management_data(connection, DEMO_DAY)
        expected_titles = (
            connection.execute(
                text(
                    "SELECT k.title FROM key_results k JOIN objectives o ON o.id = k.objective_id "
                    "JOIN cycles c ON c.id = o.cycle_id WHERE c.closed_at IS NULL "
                    "AND k.unit = 'currency' AND k.kind = 'increase' AND o.status != 'cancelled'"
                )
            )
            .scalars()
            .all()
        )
        mrr = data.revenue_key_results[0]
        latest = scalar(
            connection,
            "SELECT value FROM checkins WHERE key_result_id = :id ORDER BY checked_on DESC",
            id=mrr.id,
        )
    assert data.cycle is not None and data.cycle.name == "2026 Q4"
    assert sorted(k.title for k in data.revenue_key_results) == sorted(expected_titles)
    assert mrr.current == latest
    assert mrr.progress == pytest.approx((latest - mrr.start) / (mrr.target - mrr.start))
    assert data.expected == pytest.approx(
        okr.expected_progress(dt.date(2026, 10, 1), dt.date(2026, 12, 31), DEMO_DAY)
    )


def test_forecast_is_the_line_through_the_check_ins_at_the_cycle_end(ws):
    with ws.engine.connect() as connection:
        data = management_data(connection, DEMO_DAY)
        mrr = data.revenue_key_results[0]
        history = connection.execute(
            text(
                "SELECT checked_on, value FROM checkins WHERE key_result_id = :id "
                "ORDER BY checked_on"
            ),
            {"id": mrr.id},
        ).all()
    points = [(dt.date.fromisoformat(str(day)), value) for day, value in history]
    assert mrr.forecast == pytest.approx(okr.forecast(points, dt.date(2026, 12, 31)))
    binary = [k for k in data.key_results if k.kind == "binary"]
    assert binary and all(k.forecast is None for k in binary)


def in_cycle_sum(connection, sql: str, last: dt.date) -> float:
    """SUM per week of `sql` (rows of week_start, total), each week weighted by its days in the
    demo's cycle (1 Oct – 31 Dec 2026) up to the last full week: 28 Sep counts 4/7."""
    first, end = dt.date(2026, 10, 1), last + dt.timedelta(days=6)
    total = 0.0
    for week, value in connection.execute(text(sql)):
        monday = dt.date.fromisoformat(str(week))
        days = (min(monday + dt.timedelta(days=6), end) - max(monday, first)).days + 1
        total += value * max(days, 0) / 7
    return total


def test_cac_is_the_cycle_spend_over_its_deals(ws):
    with ws.engine.connect() as connection:
        data = management_data(connection, DEMO_DAY)
        spend = in_cycle_sum(
            connection,
            "SELECT week_start, SUM(spend) FROM funnel_spend GROUP BY week_start",
            LAST_FULL_WEEK,
        )
        revenue = in_cycle_sum(
            connection,
            "SELECT week_start, SUM(revenue) FROM funnel_spend GROUP BY week_start",
            LAST_FULL_WEEK,
        )
        deals = in_cycle_sum(
            connection,
            "SELECT c.week_start, SUM(c.count) FROM funnel_counts c "
            "JOIN funnel_stages s ON s.id = c.stage_id WHERE s.name = 'Deal' "
            "GROUP BY c.week_start",
            LAST_FULL_WEEK,
        )
        week_spend = scalar(
            connection,
            "SELECT SUM(spend) FROM funnel_spend WHERE week_start = :week",
            week=LAST_FULL_WEEK.isoformat(),
        )
        week_deals = scalar(
            connection,
            "SELECT SUM(c.count) FROM funnel_counts c JOIN funnel_stages s ON s.id = c.stage_id "
            "WHERE s.name = 'Deal' AND c.week_start = :week",
            week=LAST_FULL_WEEK.isoformat(),
        )
    money = data.money
    assert money is not None and money.funnel == "Inbound B2B"
    assert money.last_week == LAST_FULL_WEEK
    assert money.spend == pytest.approx(spend)
    assert money.revenue == pytest.approx(revenue)
    assert money.deals == pytest.approx(deals)
    assert money.first_day == dt.date(2026, 10, 1)  # the week of 28 Sep counts by 4 of 7 days
    assert money.cac == pytest.approx(spend / deals)
    assert money.week_cac == pytest.approx(week_spend / week_deals)


def test_objectives_by_status_counts_every_active_objective_of_the_cycle(ws):
    with ws.engine.connect() as connection:
        data = management_data(connection, DEMO_DAY)
        active = scalar(
            connection,
            "SELECT COUNT(*) FROM objectives o JOIN cycles c ON c.id = o.cycle_id "
            "WHERE c.closed_at IS NULL AND o.status != 'cancelled'",
        )
    assert sum(data.objectives_by_status.values()) == active
    assert list(data.objectives_by_status) == [
        "needs_update",
        "off_track",
        "at_risk",
        "on_track",
        "done",
    ]


def test_team_steps_and_sources_are_last_full_week_against_the_one_before(ws):
    with ws.engine.connect() as connection:
        data = team_data(connection, DEMO_DAY)

        def stage_total(stage: str, week: dt.date, segment: str | None = None) -> int:
            sql = (
                "SELECT COALESCE(SUM(c.count), 0) FROM funnel_counts c "
                "JOIN funnel_stages s ON s.id = c.stage_id "
                "WHERE s.name = :stage AND c.week_start = :week"
            )
            if segment is not None:
                sql += " AND c.segment = :segment"
            return scalar(connection, sql, stage=stage, week=week.isoformat(), segment=segment)

        before = LAST_FULL_WEEK - dt.timedelta(weeks=1)
        visits, forms = (
            stage_total("Visit", LAST_FULL_WEEK),
            stage_total("Form submitted", LAST_FULL_WEEK),
        )
        google = [
            stage_total(stage, week, "google_ads")
            for week in (LAST_FULL_WEEK, before)
            for stage in ("Visit", "Form submitted")
        ]
    assert data.week == LAST_FULL_WEEK
    assert (data.from_stage, data.to_stage) == ("Visit", "Form submitted")
    first = data.steps[0]
    assert (first.from_stage, first.to_stage) == ("Visit", "Form submitted")
    assert (first.from_count, first.to_count) == (visits, forms)
    assert first.rate == pytest.approx(forms / visits)
    assert [s.to_stage for s in data.steps] == ["Form submitted", "Lead", "MQL", "SQL", "Deal"]
    source = next(s for s in data.sources if s.segment == "google_ads")
    assert [
        source.from_count,
        source.to_count,
        source.previous_from_count,
        source.previous_to_count,
    ] == google
    assert source.rate == pytest.approx(google[1] / google[0])


def test_team_tasks_are_those_of_the_experiments_starting_this_week(ws):
    with ws.engine.connect() as connection:
        data = team_data(connection, DEMO_DAY)
        codes = connection.execute(
            text(
                "SELECT code FROM experiments WHERE start_date >= '2026-11-23' "
                "AND start_date < '2026-11-30' ORDER BY start_date, code"
            )
        ).scalars()
        codes = list(codes)
        task_count = scalar(
            connection,
            "SELECT COUNT(*) FROM experiment_tasks t JOIN experiments e "
            "ON e.id = t.experiment_id WHERE e.code = :code",
            code=codes[0],
        )
    assert data.current_week == dt.date(2026, 11, 23)
    assert [e.code for e in data.experiments] == codes
    assert len(data.experiments[0].tasks) == task_count


def test_an_empty_workspace_has_no_cycle_money_or_funnel(tmp_path):
    workspace = create_workspace(tmp_path / "empty.okrdesk", "Empty")
    try:
        with workspace.engine.connect() as connection:
            management = management_data(connection, DEMO_DAY)
            team = team_data(connection, DEMO_DAY)
    finally:
        workspace.close()
    assert management.cycle is None and management.money is None
    assert management.key_results == () and management.objectives == ()
    assert team.funnel == "" and team.steps == () and team.sources == ()
    assert team.experiments == ()


def test_money_and_form_stages_follow_the_stage_names():
    stages = ["Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal"]
    assert money_stages(stages) == ("Lead", "Deal")
    assert money_stages(["Visit", "Signup", "Paid"]) == ("Signup", "Paid")
    assert form_step(stages) == ("Visit", "Form submitted")
    assert form_step(["Visit", "Signup", "Paid"]) == ("Visit", "Signup")


def test_experiment_by_code_names_what_is_behind_its_ids(ws):
    with ws.engine.connect() as connection:
        found = experiment_by_code(connection, "EXP-0004")
        title, hypothesis = connection.execute(
            text("SELECT title, hypothesis FROM experiments WHERE code = 'EXP-0004'")
        ).one()
        assert experiment_by_code(connection, "EXP-9999") is None
    assert found is not None
    assert (found.title, found.values.hypothesis) == (title, hypothesis)
    assert (found.from_stage_name, found.to_stage_name) == ("MQL", "SQL")


def test_a_fourteen_day_run_from_last_week_is_still_this_weeks(ws):
    with ws.engine.begin() as connection:
        connection.execute(
            text("UPDATE experiments SET duration_days = 14 WHERE code = 'EXP-0003'")
        )
    with ws.engine.connect() as connection:
        codes = [e.code for e in team_data(connection, DEMO_DAY).experiments]
    assert codes == ["EXP-0003", "EXP-0004"]


# A cycle from Wednesday 7 Oct to Wednesday 30 Dec 2026: its first week (from Monday 5 Oct)
# has 5 of its 7 days in the cycle, its last week (from Monday 28 Dec) 3.
STRADDLING = """Week;Source;Stage;Count;Spend;Revenue
2026-09-28;ads;Lead;70;700;1400
2026-09-28;ads;Deal;7;;
2026-10-05;ads;Lead;70;700;1400
2026-10-05;ads;Deal;7;;
2026-10-12;ads;Lead;70;700;2100
2026-10-12;ads;Deal;7;;
2026-12-28;ads;Lead;70;700;700
2026-12-28;ads;Deal;7;;
"""


def test_weeks_straddling_the_cycle_count_by_their_days_in_it(tmp_path):
    from okrdesk.store.funnel.importing import ImportOptions, import_file
    from okrdesk.store.okr.cycles import create_cycle

    workspace = create_workspace(tmp_path / "straddle.okrdesk", "Straddle")
    try:
        with workspace.session() as session, session.begin():
            create_cycle(session, "Q4", dt.date(2026, 10, 7), dt.date(2026, 12, 30))
        path = tmp_path / "weeks.csv"
        path.write_text(STRADDLING, encoding="utf-8")
        import_file(workspace, path, ImportOptions(funnel="Inbound"))
        with workspace.engine.connect() as connection:
            money = management_data(connection, dt.date(2027, 1, 6)).money
    finally:
        workspace.close()
    assert money is not None
    # 5/7 of the first week, all of the second, 3/7 of the last; none of the week before
    assert money.spend == pytest.approx(500 + 700 + 300)
    assert money.revenue == pytest.approx(1000 + 2100 + 300)
    assert money.deals == pytest.approx(5 + 7 + 3)
    assert money.leads == pytest.approx(50 + 70 + 30)
    assert money.cac == pytest.approx(100.0)
    assert money.week_cac == pytest.approx(100.0)  # the last full week's own CAC, whole
    assert (money.first_day, money.last_day) == (dt.date(2026, 10, 7), dt.date(2026, 12, 30))
    assert (money.first_week, money.last_week) == (dt.date(2026, 10, 5), dt.date(2026, 12, 28))


def test_the_team_dashboard_keeps_to_the_first_funnel_with_counts_in_any_week(tmp_path):
    from sqlalchemy import insert

    from okrdesk.store.schema import Funnel, FunnelCount, FunnelStage

    workspace = create_workspace(tmp_path / "two.okrdesk", "Two funnels", default_funnel=False)
    try:
        with workspace.engine.begin() as connection:
            for name, week in (("Older", dt.date(2025, 3, 3)), ("Newer", LAST_FULL_WEEK)):
                funnel = connection.execute(insert(Funnel).values(name=name)).inserted_primary_key
                stages = [
                    connection.execute(
                        insert(FunnelStage).values(funnel_id=funnel[0], name=stage, position=n)
                    ).inserted_primary_key[0]
                    for n, stage in enumerate(("Visit", "Form submitted"))
                ]
                connection.execute(
                    insert(FunnelCount),
                    [
                        {"stage_id": stage, "week_start": week, "segment": "ads", "count": count}
                        for stage, count in zip(stages, (100, 10), strict=True)
                    ],
                )
        with workspace.engine.connect() as connection:
            data = team_data(connection, DEMO_DAY)
    finally:
        workspace.close()
    # The first funnel has no counts in the weeks shown: its form step shows no source.
    assert data.funnel == "Older"
    assert data.sources == ()
    assert data.steps == ()
