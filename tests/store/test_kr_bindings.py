"""Key results bound to a funnel metric, and the automatic check-ins an import writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.bindings import (
    Binding,
    bind,
    binding,
    bindings,
    funnel_revenue,
    latest_complete_week,
    record_bound_checkins,
    restore_binding,
    unbind,
    weekly_values,
)
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.okr.commands import create_key_result
from okrdesk.store.schema import (
    CheckIn,
    Cycle,
    Funnel,
    FunnelCount,
    FunnelSpend,
    FunnelStage,
    ImportBatch,
    KeyResult,
    Objective,
)

LAST_FULL_WEEK = dt.date(2026, 11, 16)  # the demo is built on Wednesday 2026-11-25
MONDAY_AFTER = dt.date(2026, 11, 23)
FORM_RATE_KR = "Raise visit→form conversion from 2.8 % to 4.0 %"


@pytest.fixture
def unbound(ws):
    """The demo without its own bound key result, which every import would count too."""
    with ws.session() as session, session.begin():
        for key_result_id in bindings(session):
            unbind(session, key_result_id)
    return ws


def _funnel(session) -> tuple[int, dict[str, int]]:
    funnel_id = session.scalar(select(Funnel.id))
    rows = session.execute(
        select(FunnelStage.name, FunnelStage.id).where(FunnelStage.funnel_id == funnel_id)
    )
    stages = {name: stage_id for name, stage_id in rows}
    return funnel_id, stages


def _new_key_result(session, unit: str = "percent", closed: bool = False) -> int:
    """A key result with no check-ins in the current (or the closed previous) cycle."""
    cycle = select(Cycle.id).where(
        Cycle.closed_at.is_not(None) if closed else Cycle.closed_at.is_(None)
    )
    objective_id = session.scalar(select(Objective.id).where(Objective.cycle_id.in_(cycle)))
    values = KeyResultValues("Visit to form rate", "increase", unit, 2.0, 4.0)
    return create_key_result(session, objective_id, values)


def _batch(session, funnel_id: int, first: dt.date, last: dt.date, imported: dt.datetime) -> int:
    return session.scalar(
        insert(ImportBatch).returning(ImportBatch.id),
        [
            {
                "funnel_id": funnel_id,
                "file_name": "ga-export.csv",
                "sha256": "0" * 64,
                "row_count": 10,
                "first_week": first,
                "last_week": last,
                "imported_at": imported,
            }
        ],
    )


def _stage_total(session, stage_id: int, week: dt.date, segment: str = "") -> int:
    statement = select(func.sum(FunnelCount.count)).where(
        FunnelCount.stage_id == stage_id, FunnelCount.week_start == week
    )
    if segment:
        statement = statement.where(FunnelCount.segment == segment)
    return session.scalar(statement)


def _automatic(session, key_result_id: int) -> list[CheckIn]:
    return list(
        session.scalars(
            select(CheckIn).where(CheckIn.key_result_id == key_result_id, CheckIn.automatic)
        )
    )


def test_bind_unbind_and_restore(ws):
    with ws.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session)
        assert binding(session, kr) is None
        assert bind(session, kr, funnel_id, "step_rate", stages["Visit"], stages["Lead"]) is None
        first = binding(session, kr)
        assert first == Binding(kr, funnel_id, "step_rate", stages["Visit"], stages["Lead"], "")
        previous = bind(session, kr, funnel_id, "stage_count", None, stages["MQL"], " organic ")
        assert previous == first
        assert binding(session, kr).segment == "organic"
        removed = unbind(session, kr)
        assert removed.metric == "stage_count" and binding(session, kr) is None
        assert unbind(session, kr) is None
        restore_binding(session, previous, kr)
        assert binding(session, kr) == first
        restore_binding(session, None, kr)
        assert binding(session, kr) is None


@pytest.mark.parametrize(
    ("metric", "from_stage", "to_stage", "error"),
    [
        ("conversion", "Visit", "Lead", ValueError),
        ("step_rate", None, "Lead", ValueError),
        ("step_rate", "Lead", "Visit", ValueError),
        ("step_rate", "Lead", "Lead", ValueError),
        ("stage_count", None, None, ValueError),
    ],
)
def test_a_binding_that_cannot_be_computed_is_refused(ws, metric, from_stage, to_stage, error):
    with ws.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session)
        with pytest.raises(error):
            bind(session, kr, funnel_id, metric, stages.get(from_stage), stages.get(to_stage))
        assert binding(session, kr) is None


def test_unknown_key_result_funnel_or_foreign_stage_are_refused(ws):
    with ws.session() as session, session.begin():
        funnel_id, _stages = _funnel(session)
        kr = _new_key_result(session)
        with pytest.raises(LookupError):
            bind(session, 999_999, funnel_id, "spend")
        with pytest.raises(LookupError):
            bind(session, kr, 999_999, "spend")
        other = Funnel(name="Partners", stages=[FunnelStage(name="Visit", position=0)])
        session.add(other)
        session.flush()
        with pytest.raises(ValueError, match="not a stage"):
            bind(session, kr, funnel_id, "stage_count", None, other.stages[0].id)


def test_latest_complete_week():
    monday = dt.date(2026, 11, 16)
    assert latest_complete_week(monday, monday, dt.date(2026, 11, 23)) == monday
    assert latest_complete_week(monday, monday, dt.date(2026, 11, 22)) is None
    last = dt.date(2026, 11, 23)
    assert latest_complete_week(monday, last, dt.date(2026, 11, 25)) == monday


def test_import_writes_an_automatic_checkin_of_the_last_full_week(unbound):
    with unbound.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session, unit="percent")
        bind(session, kr, funnel_id, "step_rate", stages["Visit"], stages["Form submitted"])
        # Covers the running week too; that one is not complete on the import day.
        batch = _batch(
            session, funnel_id, dt.date(2026, 11, 9), MONDAY_AFTER, dt.datetime(2026, 11, 25, 9)
        )
        assert record_bound_checkins(session, funnel_id, batch) == 1
        (checkin,) = _automatic(session, kr)
        visits = _stage_total(session, stages["Visit"], LAST_FULL_WEEK)
        forms = _stage_total(session, stages["Form submitted"], LAST_FULL_WEEK)
        assert checkin.checked_on == MONDAY_AFTER
        assert checkin.value == pytest.approx(100 * forms / visits)
        assert checkin.comment == "Automatic: from import ga-export.csv, week 2026-W47"
        assert checkin.import_batch_id == batch and checkin.confidence is None  # none before
        assert checkin.created_at == dt.datetime(2026, 11, 25, 9)


def test_importing_the_week_again_replaces_the_automatic_checkin(unbound):
    with unbound.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session, unit="number")
        bind(session, kr, funnel_id, "stage_count", None, stages["MQL"], "organic")
        imported = dt.datetime(2026, 11, 24, 8)
        first = _batch(session, funnel_id, LAST_FULL_WEEK, LAST_FULL_WEEK, imported)
        second = _batch(session, funnel_id, LAST_FULL_WEEK, LAST_FULL_WEEK, imported)
        assert record_bound_checkins(session, funnel_id, first) == 1
        assert record_bound_checkins(session, funnel_id, second) == 1
        (checkin,) = _automatic(session, kr)
        assert checkin.import_batch_id == second
        assert checkin.value == _stage_total(session, stages["MQL"], LAST_FULL_WEEK, "organic")


def test_the_owners_last_confidence_is_kept(unbound):
    with unbound.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session, unit="number")
        record_checkin(session, CheckInValues(kr, dt.date(2026, 11, 2), 120, 3, "Worried"))
        record_checkin(session, CheckInValues(kr, dt.date(2026, 11, 9), 130, None, "No idea"))
        record_checkin(session, CheckInValues(kr, dt.date(2026, 11, 30), 150, 8, "Later"))
        bind(session, kr, funnel_id, "stage_count", None, stages["Lead"])
        batch = _batch(
            session, funnel_id, LAST_FULL_WEEK, LAST_FULL_WEEK, dt.datetime(2026, 11, 24)
        )
        assert record_bound_checkins(session, funnel_id, batch) == 1
        (checkin,) = _automatic(session, kr)
        assert checkin.confidence == 3


def test_a_manual_checkin_of_that_day_is_never_overwritten(unbound):
    with unbound.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session)
        record_checkin(session, CheckInValues(kr, MONDAY_AFTER, 3.3, 7, "Typed by Tom"))
        bind(session, kr, funnel_id, "step_rate", stages["Visit"], stages["Form submitted"])
        batch = _batch(
            session, funnel_id, LAST_FULL_WEEK, LAST_FULL_WEEK, dt.datetime(2026, 11, 24)
        )
        assert record_bound_checkins(session, funnel_id, batch) == 0
        (kept,) = session.scalars(select(CheckIn).where(CheckIn.key_result_id == kr))
        assert (kept.value, kept.comment, kept.automatic) == (3.3, "Typed by Tom", False)


def test_closed_cycles_incomplete_weeks_and_undefined_values_write_nothing(unbound):
    with unbound.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        closed = _new_key_result(session, closed=True)
        bind(session, closed, funnel_id, "stage_count", None, stages["Lead"])
        no_source = _new_key_result(session)
        bind(session, no_source, funnel_id, "step_rate", stages["Visit"], stages["Lead"], "tiktok")
        # A cycle that ended before the check-in day (the Monday after the week).
        short = Cycle(name="Sprint", start_date=dt.date(2026, 11, 1), end_date=MONDAY_AFTER)
        short.end_date -= dt.timedelta(days=1)
        objective = Objective(cycle=short, level="team", title="Sprint goal")
        ended = KeyResult(objective=objective, title="Leads", start_value=0, target_value=9)
        session.add(ended)
        session.flush()
        bind(session, ended.id, funnel_id, "stage_count", None, stages["Lead"])
        running = _batch(session, funnel_id, MONDAY_AFTER, MONDAY_AFTER, dt.datetime(2026, 11, 25))
        assert record_bound_checkins(session, funnel_id, running) == 0
        full = _batch(session, funnel_id, LAST_FULL_WEEK, LAST_FULL_WEEK, dt.datetime(2026, 11, 24))
        assert record_bound_checkins(session, funnel_id, full) == 0
        assert _automatic(session, closed) == [] and _automatic(session, no_source) == []
        assert _automatic(session, ended.id) == []


def test_money_metrics_follow_the_spend_table(ws):
    with ws.session() as session, session.begin():
        funnel_id, stages = _funnel(session)
        kr = _new_key_result(session, unit="currency")
        week = LAST_FULL_WEEK
        spend, revenue = session.execute(
            select(func.sum(FunnelSpend.spend), func.sum(FunnelSpend.revenue)).where(
                FunnelSpend.funnel_id == funnel_id,
                FunnelSpend.week_start == week,
                FunnelSpend.segment == "google_ads",
            )
        ).one()
        leads = _stage_total(session, stages["Lead"], week, "google_ads")
        expected = {
            "cost_per_lead": spend / leads,
            "spend": spend,
            "revenue": revenue,
            "roi": (revenue - spend) / spend,
        }
        for metric, value in expected.items():
            bind(session, kr, funnel_id, metric, None, stages["Lead"], "google_ads")
            got = weekly_values(session, binding(session, kr), [week])[week]
            assert got == pytest.approx(value), metric
        bind(session, kr, funnel_id, "roi", None, None, "organic")  # organic costs nothing
        assert weekly_values(session, binding(session, kr), [week]) == {week: None}
        assert session.get(KeyResult, kr) is not None


def test_the_demo_form_rate_is_bound_and_checked_in_by_its_import(ws):
    with ws.session() as session:
        funnel_id, stages = _funnel(session)
        kr = session.scalar(select(KeyResult.id).where(KeyResult.title == FORM_RATE_KR))
        assert binding(session, kr) == Binding(
            kr, funnel_id, "step_rate", stages["Visit"], stages["Form submitted"], ""
        )
        automatic = session.scalars(select(CheckIn).where(CheckIn.automatic)).all()
        assert [c.key_result_id for c in automatic] == [kr]
        (checkin,) = automatic
        batch = session.get(ImportBatch, checkin.import_batch_id)
        assert checkin.checked_on == MONDAY_AFTER == batch.last_week + dt.timedelta(weeks=1)
        assert checkin.comment == f"Automatic: from import {batch.file_name}, week 2026-W47"
        visits = _stage_total(session, stages["Visit"], LAST_FULL_WEEK)
        forms = _stage_total(session, stages["Form submitted"], LAST_FULL_WEEK)
        assert checkin.value == pytest.approx(100 * forms / visits)
        assert checkin.confidence is not None  # the owner's, from the week before


def test_an_import_checks_in_the_bound_key_results_in_its_own_transaction(tmp_path):
    """bindings.import_file calls record_bound_checkins inside the import's transaction."""
    from okrdesk.store.bindings import import_file
    from okrdesk.store.funnel.importing import ImportOptions
    from okrdesk.store.workspace.files import create_workspace

    today = dt.date.today()
    last_week = today - dt.timedelta(days=today.weekday(), weeks=1)
    workspace = create_workspace(tmp_path / "team.okrdesk", "Team")
    try:
        with workspace.session() as session, session.begin():
            cycle = Cycle(
                name="Now",
                start_date=today - dt.timedelta(days=60),
                end_date=today + dt.timedelta(days=60),
            )
            objective = Objective(cycle=cycle, level="team", title="Grow inbound")
            kr = KeyResult(
                objective=objective,
                title="Lead to MQL rate",
                unit="percent",
                start_value=30,
                target_value=50,
            )
            funnel = Funnel(
                name="Web",
                stages=[FunnelStage(name=n, position=i) for i, n in enumerate(["Lead", "MQL"])],
            )
            session.add_all([kr, funnel])
            session.flush()
            bind(session, kr.id, funnel.id, "step_rate", *[s.id for s in funnel.stages])
            kr_id = kr.id
        lines = ["week;stage;source;count"]
        for weeks_ago, (leads, mqls) in enumerate([(200, 90), (180, 60)], start=1):
            week = (last_week - dt.timedelta(weeks=weeks_ago - 1)).isoformat()
            lines += [f"{week};Lead;ads;{leads}", f"{week};MQL;ads;{mqls}"]
        path = tmp_path / "crm-export.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_file(workspace, path, ImportOptions(funnel="Web"))
        assert result is not None
        with workspace.session() as session:
            (checkin,) = session.scalars(select(CheckIn).where(CheckIn.key_result_id == kr_id))
            year, number, _ = last_week.isocalendar()
            assert checkin.automatic and checkin.import_batch_id == result.batch_id
            assert checkin.checked_on == last_week + dt.timedelta(weeks=1)
            assert checkin.value == pytest.approx(45.0)  # 90 of 200, in percent
            assert checkin.comment == (
                f"Automatic: from import crm-export.csv, week {year}-W{number:02d}"
            )
    finally:
        workspace.close()


def test_a_funnel_without_stages_writes_no_checkin_and_does_not_fail_the_import(unbound):
    with unbound.session() as session, session.begin():
        empty = Funnel(name="Events")
        session.add(empty)
        session.flush()
        kr = _new_key_result(session, unit="currency")
        bind(session, kr, empty.id, "spend")
        batch = _batch(session, empty.id, LAST_FULL_WEEK, LAST_FULL_WEEK, dt.datetime(2026, 11, 24))
        assert record_bound_checkins(session, empty.id, batch) == 0


def _revenue(session, *where) -> float:
    """Revenue from Thursday 1 October to Sunday 22 November: the week of Monday 28 September
    by its 4 days in October, the others whole."""
    rows = session.execute(
        select(FunnelSpend.week_start, FunnelSpend.revenue).where(
            FunnelSpend.week_start.between(dt.date(2026, 9, 28), LAST_FULL_WEEK), *where
        )
    )
    return sum(r * (4 / 7 if w == dt.date(2026, 9, 28) else 1) for w, r in rows)


def test_funnel_revenue_is_the_bound_sources_revenue_in_the_given_days(ws):
    first, last = dt.date(2026, 10, 1), LAST_FULL_WEEK + dt.timedelta(days=6)
    with ws.session() as session:
        funnel_id, stages = _funnel(session)
        kr = session.scalar(select(KeyResult.id).where(KeyResult.title == FORM_RATE_KR))
        every_source = _revenue(session, FunnelSpend.funnel_id == funnel_id)
        assert every_source > 0
        assert funnel_revenue(session, kr, first, last) == pytest.approx(every_source)

        segment = session.scalar(select(FunnelSpend.segment).where(FunnelSpend.revenue > 0))
        bind(
            session, kr, funnel_id, "step_rate", stages["Visit"], stages["Form submitted"], segment
        )
        one_source = _revenue(session, FunnelSpend.segment == segment)
        assert funnel_revenue(session, kr, first, last) == pytest.approx(one_source)
        assert funnel_revenue(session, kr, dt.date(2030, 1, 1), dt.date(2030, 2, 1)) is None
        unbind(session, kr)
        assert funnel_revenue(session, kr, first, last) is None
