"""The schema of a workspace file: what is written comes back, and bad rows never reach the file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import CheckConstraint, delete, func, inspect, select
from sqlalchemy.exc import IntegrityError

from okrdesk.store.schema import (
    Base,
    CheckIn,
    Cycle,
    Experiment,
    ExperimentArm,
    ExperimentTask,
    Funnel,
    FunnelCohortCount,
    FunnelCount,
    FunnelLeadSpeed,
    FunnelLeadWeek,
    FunnelSpend,
    FunnelStage,
    ImportBatch,
    Initiative,
    KeyResult,
    KeyResultBinding,
    KeyResultChange,
    Kpi,
    KpiValue,
    Objective,
    Person,
    Team,
    WeeklyReview,
    WorkspaceSettings,
)
from okrdesk.store.workspace.engine import APPLICATION_ID
from okrdesk.store.workspace.files import Workspace, create_workspace, open_workspace

MODELS = [mapper.class_ for mapper in Base.registry.mappers]


def _columns(obj) -> dict:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def _fill_every_table(ws: Workspace) -> dict[str, list[dict]]:
    """Write realistic rows into every table; return what was written, per table, by id."""
    with ws.session() as session, session.begin():
        settings_row = session.get(WorkspaceSettings, 1)
        assert settings_row is not None
        settings_row.name = "Growth team"
        settings_row.currency = "USD"
        settings_row.week_start = 6
        settings_row.at_risk_gap = 0.25
        settings_row.off_track_gap = 0.5
        settings_row.at_risk_confidence = 5
        settings_row.off_track_confidence = 3
        settings_row.stale_days = 10
        settings_row.conversion_window_days = 30
        settings_row.next_experiment_number = 8
        settings_row.paper_size = "Letter"
        settings_row.logo_png = b"\x89PNG\r\n\x1a\n\x00logo"
        settings_row.created_at = dt.datetime(2026, 1, 2, 9, 15, 0, 123456)

        team = Team(name="Growth")
        session.add(team)
        session.flush()
        person = Person(name="Aïcha Benali", email="aicha@example.com", team_id=team.id)
        session.add(person)
        session.flush()

        cycle = Cycle(
            name="2026 Q1",
            start_date=dt.date(2026, 1, 1),
            end_date=dt.date(2026, 3, 31),
            closed_at=dt.datetime(2026, 4, 2, 17, 30, 12, 345678),
            what_helped="Weekly check-ins kept everyone honest.",
            root_causes="Tracking of trials broke for two weeks in February.",
            lessons="Instrument the funnel before setting targets on it.",
        )
        company = Objective(
            cycle=cycle,
            level="company",
            title="Grow self-serve revenue — profitably",
            description="Self-serve should carry 40 % of new MRR by the end of the year.",
            owner_id=person.id,
            team_id=team.id,
            status="done",
            grade=0.7,
            retrospective="Pricing work paid off; onboarding did not move.",
            position=0,
        )
        session.add_all([cycle, company])
        session.flush()
        child = Objective(
            cycle_id=cycle.id,
            parent_id=company.id,
            carried_from_id=company.id,
            level="team",
            title="Make the trial convert",
            status="active",
            position=1,
        )
        key_result = KeyResult(
            objective=company,
            title="Raise trial→paid conversion from 4 % to 6 %",
            kind="increase",
            unit="percent",
            start_value=4.0,
            target_value=6.0,
            weight=2.0,
            owner_id=person.id,
            budget=12000.0,
            cost=4350.5,
            grade=0.65,
            grade_note="Reached 5.3 %.",
            position=0,
            unit_label="pp",
            decimals=2,
        )
        session.add_all([child, key_result])
        session.flush()
        carried = KeyResult(
            objective_id=child.id,
            carried_from_id=key_result.id,
            title="Keep churn below 3 %",
            kind="stay_below",
            unit="percent",
            start_value=3.4,
            target_value=3.0,
            position=0,
        )
        checkin = CheckIn(
            key_result_id=key_result.id,
            checked_on=dt.date(2026, 2, 2),
            value=4.8,
            confidence=7,
            comment="Pricing page test is live.",
            blockers="Waiting on legal for the new terms.",
            automatic=True,
            created_at=dt.datetime(2026, 2, 2, 10, 0, 0, 1),
            author_id=person.id,
        )
        change = KeyResultChange(
            key_result_id=key_result.id,
            field="target_value",
            old_value="5.5",
            new_value="6.0",
            author_id=person.id,
            changed_at=dt.datetime(2026, 2, 9, 11, 30, 0, 250000),
        )
        initiative = Initiative(
            key_result_id=key_result.id,
            title="Redesign the pricing page",
            owner_id=person.id,
            due_date=dt.date(2026, 2, 27),
            done=True,
        )
        kpi = Kpi(
            name="Monthly churn",
            unit="percent",
            team_id=team.id,
            higher_is_better=False,
            green_threshold=2.0,
            red_threshold=4.5,
        )
        funnel = Funnel(name="Self-serve")
        session.add_all([carried, checkin, change, initiative, kpi, funnel])
        session.flush()
        visit = FunnelStage(funnel_id=funnel.id, name="Visit", position=0)
        trial = FunnelStage(funnel_id=funnel.id, name="Trial", position=1)
        batch = ImportBatch(
            funnel_id=funnel.id,
            file_name="ga-export-2026-w05.csv",
            sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            kind="weekly_counts",
            row_count=42,
            first_week=dt.date(2026, 1, 5),
            last_week=dt.date(2026, 2, 2),
            imported_at=dt.datetime(2026, 2, 3, 8, 0, 0),
            undone_at=dt.datetime(2026, 2, 3, 8, 5, 30),
            replaced='[{"week": "2026-01-26", "stage": "Trial", "count": 1200}]',
        )
        kpi_value = KpiValue(kpi_id=kpi.id, measured_on=dt.date(2026, 1, 31), value=3.1)
        session.add_all([visit, trial, batch, kpi_value])
        session.flush()
        count = FunnelCount(
            stage_id=trial.id,
            week_start=dt.date(2026, 1, 26),
            segment="paid_search",
            variant="B",
            count=1234,
            import_batch_id=batch.id,
        )
        spend = FunnelSpend(
            funnel_id=funnel.id,
            week_start=dt.date(2026, 1, 26),
            segment="paid_search",
            variant="B",
            spend=950.25,
            revenue=4100.0,
            import_batch_id=batch.id,
        )
        experiment = Experiment(
            code="EXP-007",
            title="Annual plan shown first",
            hypothesis="If the annual plan is shown first, more trials pick it.",
            variable="Plan order on the pricing page",
            key_result_id=key_result.id,
            funnel_id=funnel.id,
            from_stage_id=visit.id,
            to_stage_id=trial.id,
            control_share=0.4,
            start_date=dt.date(2026, 1, 12),
            owner_id=person.id,
            impact=8,
            confidence=6,
            ease=4,
            status="decided",
            decision="scale",
            learnings="Annual-first lifted trial starts without hurting conversion.",
            decided_on=dt.date(2026, 1, 18),
            decided_by_id=person.id,
            planned_mde=0.02,
            duration_days=14,
            created_at=dt.datetime(2026, 1, 10, 14, 2, 3),
        )
        checkin.import_batch_id = batch.id
        cohort = FunnelCohortCount(
            stage_id=trial.id,
            cohort_week=dt.date(2026, 1, 26),
            segment="paid_search",
            variant="B",
            count=87,
            window_days=21,
            import_batch_id=batch.id,
        )
        speed = FunnelLeadSpeed(
            funnel_id=funnel.id,
            week_start=dt.date(2026, 1, 26),
            segment="paid_search",
            variant="B",
            median_hours=5.5,
            leads=40,
            import_batch_id=batch.id,
        )
        binding = KeyResultBinding(
            key_result_id=key_result.id,
            funnel_id=funnel.id,
            metric="step_rate",
            from_stage_id=visit.id,
            to_stage_id=trial.id,
            segment="paid_search",
        )
        lead_week = FunnelLeadWeek(
            funnel_id=funnel.id,
            lead_key="lead-0042",
            week_start=dt.date(2026, 1, 26),
            stage_times=f"{visit.id}:36000000,{trial.id}:36300000",
            source="paid_search",
            source_ms=36000000,
            variant="B",
            variant_ms=36000000,
            revenue=1800.0,
            import_batch_id=batch.id,
        )
        session.add_all([count, spend, experiment, cohort, speed, binding, lead_week])
        session.flush()
        task = ExperimentTask(
            experiment_id=experiment.id,
            day=3,
            title="Ship variant B behind a flag",
            owner_id=person.id,
            done=True,
            position=1,
        )
        control = ExperimentArm(
            experiment_id=experiment.id,
            name="control",
            is_control=True,
            visitors=5000,
            conversions=210,
            sql_count=30,
            avg_deal_value=1800.0,
        )
        variant = ExperimentArm(
            experiment_id=experiment.id, name="B", visitors=5100, conversions=260
        )
        review = WeeklyReview(
            week_start=dt.date(2026, 2, 2),
            brief="Conversion up, churn flat.",
            decisions="Scale EXP-007 to all traffic.",
            notes="Legal review still pending.",
            next_experiment_id=experiment.id,
            created_at=dt.datetime(2026, 2, 2, 16, 0, 0),
            updated_at=dt.datetime(2026, 2, 3, 9, 30, 0),
        )
        session.add_all([task, control, variant, review])
        session.flush()
        written = [
            settings_row,
            team,
            person,
            cycle,
            company,
            child,
            key_result,
            carried,
            checkin,
            change,
            initiative,
            kpi,
            kpi_value,
            funnel,
            visit,
            trial,
            batch,
            count,
            spend,
            cohort,
            speed,
            binding,
            lead_week,
            experiment,
            task,
            control,
            variant,
            review,
        ]
        expected: dict[str, list[dict]] = {}
        for obj in written:
            expected.setdefault(type(obj).__tablename__, []).append(_columns(obj))
    return {table: sorted(rows, key=lambda row: row["id"]) for table, rows in expected.items()}


def _read_every_table(ws: Workspace) -> dict[str, list[dict]]:
    with ws.session() as session:
        return {
            model.__tablename__: [
                _columns(obj) for obj in session.scalars(select(model).order_by(model.id))
            ]
            for model in MODELS
        }


def test_every_model_round_trips_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "growth.okrdesk"
    ws = create_workspace(path, "Growth", default_funnel=False)
    try:
        expected = _fill_every_table(ws)
    finally:
        ws.close()

    # The test really writes every table of the schema, not just some of them.
    assert set(expected) == set(Base.metadata.tables)

    reopened = open_workspace(path)
    try:
        assert reopened.backup_path is None  # already at head: nothing to migrate
        assert reopened.name == "Growth team"
        assert _read_every_table(reopened) == expected
    finally:
        reopened.close()


def test_engine_connections_have_the_design_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "pragmas.okrdesk"
    create_workspace(path, "Pragmas").close()
    ws = open_workspace(path)
    try:
        with ws.engine.connect() as connection:

            def pragma(name: str):
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("trusted_schema") == 0
            assert pragma("busy_timeout") > 0
            assert pragma("application_id") == APPLICATION_ID
    finally:
        ws.close()


def test_a_fresh_file_has_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "fresh.okrdesk", "Fresh")
    try:
        with ws.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            # Alembic does not compare CHECK constraints: the migrations must match the models.
            inspector = inspect(connection)
            in_file = {
                table: sorted(
                    (c["name"], c["sqltext"]) for c in inspector.get_check_constraints(table)
                )
                for table in Base.metadata.tables
            }
    finally:
        ws.close()
    in_models = {
        name: sorted(
            (c.name, str(c.sqltext)) for c in table.constraints if isinstance(c, CheckConstraint)
        )
        for name, table in Base.metadata.tables.items()
    }
    assert in_file == in_models


# --- constraints ------------------------------------------------------------------------------


@dataclass
class Seeded:
    """A workspace holding one of each of the rows the constraint tests lean on."""

    ws: Workspace
    path: Path
    cycle_id: int
    other_cycle_id: int
    objective_id: int
    key_result_id: int
    experiment_id: int


def _seed(path: Path, new_workspace_file) -> Seeded:
    ws = open_workspace(new_workspace_file(path, "Constraints"))
    with ws.session() as session, session.begin():
        cycle = Cycle(name="2026 Q1", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 3, 31))
        other = Cycle(name="2026 Q2", start_date=dt.date(2026, 4, 1), end_date=dt.date(2026, 6, 30))
        objective = Objective(cycle=cycle, title="Win the mid-market")
        kept = Objective(cycle=other, title="Keep the lights on")
        key_result = KeyResult(
            objective=objective, title="Sign 12 mid-market logos", target_value=12
        )
        kept_kr = KeyResult(objective=kept, title="Uptime above 99.9 %", kind="stay_above")
        key_result.checkins.append(CheckIn(checked_on=dt.date(2026, 2, 2), value=3, confidence=6))
        kept_kr.checkins.append(CheckIn(checked_on=dt.date(2026, 4, 6), value=99.95))
        session.add_all([cycle, other, objective, kept, key_result, kept_kr])
        session.flush()
        session.add(Initiative(key_result_id=key_result.id, title="Hire an SDR"))
        experiment = Experiment(code="EXP-001", title="Demo video on the homepage")
        experiment.key_result_id = key_result.id
        experiment.tasks.append(ExperimentTask(day=1, title="Record the video"))
        experiment.arms.append(ExperimentArm(name="control", visitors=100, conversions=4))
        session.add(experiment)
        session.flush()
        seeded = Seeded(
            ws=ws,
            path=path,
            cycle_id=cycle.id,
            other_cycle_id=other.id,
            objective_id=objective.id,
            key_result_id=key_result.id,
            experiment_id=experiment.id,
        )
    return seeded


@pytest.fixture
def seeded(tmp_path: Path, new_workspace_file):
    seeded = _seed(tmp_path / "constraints.okrdesk", new_workspace_file)
    yield seeded
    seeded.ws.close()


def _checkin(s: Seeded, **values) -> CheckIn:
    return CheckIn(key_result_id=s.key_result_id, checked_on=dt.date(2026, 2, 9), value=5, **values)


def _kr(s: Seeded, **values) -> KeyResult:
    values.setdefault("objective_id", s.objective_id)
    values.setdefault("title", "Close 3 enterprise pilots")
    return KeyResult(**values)


def _task(s: Seeded, day: int) -> ExperimentTask:
    return ExperimentTask(experiment_id=s.experiment_id, day=day, title="Review the results")


# Each bad row, and the constraint that must refuse it (so that no case passes by accident).
BAD_ROWS = {
    "checkin confidence 11": (
        lambda s: _checkin(s, confidence=11),
        "CHECK constraint failed: ck_checkins_confidence",
    ),
    "checkin confidence -1": (
        lambda s: _checkin(s, confidence=-1),
        "CHECK constraint failed: ck_checkins_confidence",
    ),
    "key result weight 0": (
        lambda s: _kr(s, weight=0),
        "CHECK constraint failed: ck_key_results_weight_positive",
    ),
    "experiment task day 0": (
        lambda s: _task(s, 0),
        "CHECK constraint failed: ck_experiment_tasks_day_range",
    ),
    "experiment task day 8": (
        lambda s: _task(s, 8),
        "CHECK constraint failed: ck_experiment_tasks_day_range",
    ),
    "unknown key result kind": (
        lambda s: _kr(s, kind="maximise"),
        "CHECK constraint failed: ck_key_results_kind_known",
    ),
    "increase KR whose target is below its start": (
        lambda s: _kr(s, kind="increase", start_value=30, target_value=25),
        "CHECK constraint failed: ck_key_results_increase_target_above_start",
    ),
    "increase KR whose target is its start": (
        lambda s: _kr(s, kind="increase", start_value=30, target_value=30),
        "CHECK constraint failed: ck_key_results_increase_target_above_start",
    ),
    "decrease KR whose target is above its start": (
        lambda s: _kr(s, kind="decrease", start_value=420, target_value=480),
        "CHECK constraint failed: ck_key_results_decrease_target_below_start",
    ),
    "decrease KR whose target is its start": (
        lambda s: _kr(s, kind="decrease", start_value=420, target_value=420),
        "CHECK constraint failed: ck_key_results_decrease_target_below_start",
    ),
    "decision on an experiment still running": (
        lambda s: Experiment(
            code="EXP-002", title="Shorter form", status="running", decision="scale"
        ),
        "CHECK constraint failed: ck_experiments_decision_only_when_decided",
    ),
    "empty objective title": (
        lambda s: Objective(cycle_id=s.cycle_id, title=""),
        "CHECK constraint failed: ck_objectives_title_required",
    ),
    "blank objective title": (
        lambda s: Objective(cycle_id=s.cycle_id, title="    "),
        "CHECK constraint failed: ck_objectives_title_required",
    ),
    "duplicate experiment code": (
        lambda s: Experiment(code="EXP-001", title="Another idea"),
        "UNIQUE constraint failed: experiments.code",
    ),
    "duplicate check-in for a day": (
        lambda s: CheckIn(key_result_id=s.key_result_id, checked_on=dt.date(2026, 2, 2), value=4),
        "UNIQUE constraint failed: checkins.key_result_id, checkins.checked_on",
    ),
    "key result of a missing objective": (
        lambda s: _kr(s, objective_id=999_999),
        "FOREIGN KEY constraint failed",
    ),
    "more conversions than visitors": (
        lambda s: ExperimentArm(
            experiment_id=s.experiment_id, name="B", visitors=100, conversions=101
        ),
        "CHECK constraint failed: ck_experiment_arms_conversions_range",
    ),
    "second settings row (id 2)": (
        lambda s: WorkspaceSettings(id=2, name="Another workspace"),
        "CHECK constraint failed: ck_workspace_settings_single_row",
    ),
    "second settings row (id 1)": (
        lambda s: WorkspaceSettings(name="Another workspace"),
        "UNIQUE constraint failed: workspace_settings.id",
    ),
}


@pytest.mark.parametrize(("make_row", "constraint"), BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_a_bad_row_is_refused_and_its_transaction_writes_nothing(
    seeded: Seeded, make_row, constraint: str, dump
) -> None:
    before = dump(seeded.path)
    with (
        pytest.raises(IntegrityError, match=re.escape(constraint)),
        seeded.ws.session() as session,
        session.begin(),
    ):
        # A valid row in the same user action must not be written either.
        session.add(Team(name="Sales"))
        session.add(make_row(seeded))
    assert dump(seeded.path) == before


# Rows at the edge of those constraints, which must be kept.
GOOD_ROWS = {
    "decrease KR from 420 to 300": lambda s: _kr(
        s, kind="decrease", start_value=420, target_value=300
    ),
    "stay_above KR under its baseline": lambda s: _kr(
        s, kind="stay_above", start_value=99.95, target_value=99.9
    ),
    "stay_below KR over its baseline": lambda s: _kr(
        s, kind="stay_below", start_value=3.4, target_value=3.0
    ),
    "binary KR": lambda s: _kr(s, kind="binary", start_value=0, target_value=1),
    "experiment decided without a decision yet": lambda s: Experiment(
        code="EXP-002", title="Shorter form", status="decided"
    ),
    "experiment decided to scale": lambda s: Experiment(
        code="EXP-002", title="Shorter form", status="decided", decision="scale"
    ),
}


@pytest.mark.parametrize("make_row", GOOD_ROWS.values(), ids=GOOD_ROWS.keys())
def test_a_row_at_the_edge_of_a_constraint_is_kept(seeded: Seeded, make_row) -> None:
    with seeded.ws.session() as session, session.begin():
        row = make_row(seeded)
        session.add(row)
    with seeded.ws.session() as session:
        assert _columns(session.get(type(row), row.id)) == _columns(row)


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize("how", ["orm", "sql"])
def test_deleting_a_cycle_deletes_its_objectives_key_results_and_checkins(seeded: Seeded, how):
    with seeded.ws.session() as session, session.begin():
        if how == "orm":
            session.delete(session.get(Cycle, seeded.cycle_id))
        else:
            session.execute(delete(Cycle).where(Cycle.id == seeded.cycle_id))

    with seeded.ws.session() as session:
        assert session.get(Cycle, seeded.cycle_id) is None
        assert _count(session, Objective, Objective.cycle_id == seeded.cycle_id) == 0
        assert _count(session, KeyResult) == 1  # only the other cycle's
        assert _count(session, CheckIn) == 1
        assert _count(session, Initiative) == 0
        # The other cycle is untouched.
        other = session.get(Cycle, seeded.other_cycle_id)
        assert [o.title for o in other.objectives] == ["Keep the lights on"]
        assert [c.value for c in other.objectives[0].key_results[0].checkins] == [99.95]
        # An experiment outlives the key result it pointed at.
        experiment = session.get(Experiment, seeded.experiment_id)
        assert experiment is not None
        assert experiment.key_result_id is None
        assert [task.title for task in experiment.tasks] == ["Record the video"]


@pytest.fixture(scope="module")
def property_ws(tmp_path_factory, new_workspace_file):
    seeded = _seed(tmp_path_factory.mktemp("property") / "property.okrdesk", new_workspace_file)
    yield seeded
    seeded.ws.close()


INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(confidence=INT64.filter(lambda c: not 0 <= c <= 10))
def test_any_confidence_outside_0_to_10_is_refused(property_ws: Seeded, confidence: int) -> None:
    s = property_ws
    with pytest.raises(IntegrityError), s.ws.session() as session, session.begin():
        session.add(_checkin(s, confidence=confidence))
    with s.ws.session() as session:
        assert _count(session, CheckIn, CheckIn.key_result_id == s.key_result_id) == 1


@PROPERTY_SETTINGS
@given(confidence=st.one_of(st.none(), st.integers(min_value=0, max_value=10)))
def test_any_confidence_from_0_to_10_is_kept(property_ws: Seeded, confidence: int | None) -> None:
    s = property_ws
    with s.ws.session() as session, session.begin():
        checkin = _checkin(s, confidence=confidence)
        session.add(checkin)
    try:
        with s.ws.session() as session:
            assert session.get(CheckIn, checkin.id).confidence == confidence
    finally:
        with s.ws.session() as session, session.begin():
            session.execute(delete(CheckIn).where(CheckIn.id == checkin.id))
