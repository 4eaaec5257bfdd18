"""The demo workspace: deterministic, complete, plausible, and cancellable without leftovers."""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.orm import Session

from okrdesk.store.demo import builder as demo
from okrdesk.store.errors import WorkspaceError
from okrdesk.store.schema import (
    KR_KINDS,
    KR_UNITS,
    CheckIn,
    Cycle,
    Experiment,
    ExperimentArm,
    ExperimentTask,
    Funnel,
    FunnelCount,
    FunnelSpend,
    FunnelStage,
    ImportBatch,
    Initiative,
    KeyResult,
    Kpi,
    KpiValue,
    Objective,
    Person,
    Team,
    WeeklyReview,
    WorkspaceSettings,
)
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import DEMO_DAY

TODAYS = [
    dt.date(2026, 10, 1),  # first day of a quarter
    DEMO_DAY,
    dt.date(2026, 12, 31),  # last day of a quarter and of a year
    dt.date(2028, 2, 29),  # leap day
]
SOURCES = {"google_ads", "linkedin", "organic", "newsletter", "referral"}
STAGES = ["Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal"]


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row and column of every table, in primary key order."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return {
                name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        engine.dispose()


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    """built(today) -> path of a demo built for `today`, built once per module."""
    paths: dict[dt.date, Path] = {}

    def build(today: dt.date) -> Path:
        if today not in paths:
            path = tmp_path_factory.mktemp("demo") / f"demo-{today}.okrdesk"
            demo.build_demo(path, today)
            paths[today] = path
        return paths[today]

    return build


@pytest.fixture(params=TODAYS, ids=str)
def session(request: pytest.FixtureRequest, built) -> Iterator[Session]:
    workspace = open_workspace(built(request.param))
    with workspace.session() as session:
        session.info["today"] = request.param
        yield session
    workspace.close()


def current_cycle(session: Session) -> Cycle:
    return session.scalars(select(Cycle).where(Cycle.closed_at.is_(None))).one()


def test_same_today_gives_identical_content(tmp_path: Path) -> None:
    first, second = tmp_path / "first.okrdesk", tmp_path / "second.okrdesk"
    demo.build_demo(first, DEMO_DAY)
    time.sleep(0.01)  # any clock reading would now differ
    demo.build_demo(second, DEMO_DAY)
    content = dump(first)
    assert content == dump(second)
    assert len(content["funnel_counts"]) == 780


def test_settings_teams_and_people(session: Session) -> None:
    settings = session.get(WorkspaceSettings, 1)
    assert settings.name == "Northwind Analytics — demo"
    assert settings.currency == "EUR"
    assert set(session.scalars(select(Team.name))) == {
        "Leadership",
        "Marketing",
        "Sales",
        "Customer Success",
    }
    people = session.scalars(select(Person)).all()
    assert 6 <= len(people) <= 8
    assert {"Zofia Nowak", "Bence Kovács"} <= {p.name for p in people}
    assert all(p.team_id is not None and "@" in p.email for p in people)


def test_cycles_follow_the_calendar_quarter(session: Session) -> None:
    today = session.info["today"]
    cycle = current_cycle(session)
    quarter = (today.month - 1) // 3
    assert cycle.name == f"{today.year} Q{quarter + 1}"
    assert cycle.start_date == dt.date(today.year, 3 * quarter + 1, 1)
    assert cycle.start_date <= today <= cycle.end_date
    assert (cycle.end_date + dt.timedelta(days=1)).day == 1
    assert (cycle.end_date + dt.timedelta(days=1)).month in (1, 4, 7, 10)

    previous = session.scalars(select(Cycle).where(Cycle.closed_at.is_not(None))).one()
    assert previous.end_date == cycle.start_date - dt.timedelta(days=1)
    assert previous.closed_at.date() <= today
    assert previous.what_helped and previous.root_causes and previous.lessons
    closed = session.scalars(select(Objective).where(Objective.cycle_id == previous.id)).all()
    assert all(o.grade is not None and o.retrospective for o in closed)
    graded = session.scalars(
        select(KeyResult.grade).join(Objective).where(Objective.cycle_id == previous.id)
    ).all()
    assert graded and all(g is not None and round(g, 1) == g for g in graded)


def test_objectives_are_aligned(session: Session) -> None:
    cycle = current_cycle(session)
    objectives = session.scalars(select(Objective).where(Objective.cycle_id == cycle.id)).all()
    company = [o for o in objectives if o.level == "company"]
    team = [o for o in objectives if o.level == "team"]
    assert len(company) == 3 and all(o.parent_id is None for o in company)
    assert len(team) >= 4
    assert {o.parent_id for o in team} <= {o.id for o in company}
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    aligned = {teams[o.team_id] for o in team}
    assert {"Marketing", "Sales"} <= aligned

    siblings = defaultdict(list)
    for o in objectives:
        siblings[o.parent_id].append(o.position)
    for positions in siblings.values():
        assert sorted(positions) == list(range(len(positions)))
    for o in objectives:
        positions = [k.position for k in o.key_results]
        assert sorted(positions) == list(range(len(positions)))
        assert 2 <= len(positions) <= 5


def test_key_results_cover_every_kind_and_unit(session: Session) -> None:
    cycle = current_cycle(session)
    krs = session.scalars(
        select(KeyResult).join(Objective).where(Objective.cycle_id == cycle.id)
    ).all()
    assert len(krs) >= 12
    assert {k.kind for k in krs} == set(KR_KINDS)
    assert {k.unit for k in krs} == set(KR_UNITS)
    for k in krs:
        if k.kind == "increase":
            assert k.target_value > k.start_value
        elif k.kind == "decrease":
            assert k.target_value < k.start_value
        elif k.kind == "binary":
            assert (k.start_value, k.target_value) == (0, 1)
    assert any(k.budget for k in krs)
    assert all(k.cost <= k.budget * 1.1 for k in krs if k.budget)
    assert any(k.carried_from_id for k in krs)


def test_checkins(session: Session) -> None:
    today = session.info["today"]
    checkins = session.scalars(select(CheckIn)).all()
    weeks = {monday_of(c.checked_on) for c in checkins}
    assert len(weeks) >= 12
    assert all(0 <= c.confidence <= 10 for c in checkins)
    assert all(c.checked_on <= today and c.checked_on.weekday() == 0 for c in checkins)
    assert all(c.created_at.date() == c.checked_on for c in checkins)
    assert sum(bool(c.blockers) for c in checkins) >= 3
    assert sum(bool(c.comment) for c in checkins) > len(checkins) / 2
    for kr in session.scalars(select(KeyResult)):
        cycle = kr.objective.cycle
        assert all(cycle.start_date <= c.checked_on <= cycle.end_date for c in kr.checkins)


def test_statuses_vary_in_mid_quarter(built) -> None:
    workspace = open_workspace(built(DEMO_DAY))
    with workspace.session() as session:
        cycle = current_cycle(session)
        krs = session.scalars(
            select(KeyResult).join(Objective).where(Objective.cycle_id == cycle.id)
        ).all()
        latest = {k.title: k.checkins[-1] for k in krs if k.checkins}
    workspace.close()
    assert len(latest) == len(krs)
    age = {title: (DEMO_DAY - c.checked_on).days for title, c in latest.items()}
    assert sorted(age.values())[-1] > 14  # one needs an update ...
    assert sorted(age.values())[-2] < 7  # ... all others checked in this week
    confidence = [c.confidence for c in latest.values()]
    assert any(c <= 2 for c in confidence)  # off track
    assert any(2 < c <= 4 for c in confidence)  # at risk
    assert sum(c >= 6 for c in confidence) >= len(krs) // 2
    done = [k for k in krs if k.kind == "binary" and k.checkins[-1].value == 1]
    assert done


def test_initiatives_and_kpis(session: Session) -> None:
    today = session.info["today"]
    initiatives = session.scalars(select(Initiative)).all()
    assert len(initiatives) >= 3
    assert all(i.owner_id and i.due_date for i in initiatives)
    assert not any(i.done and i.due_date >= today for i in initiatives)
    kpis = session.scalars(select(Kpi)).all()
    assert len(kpis) == 3
    for kpi in kpis:
        values = session.scalars(select(KpiValue).where(KpiValue.kpi_id == kpi.id)).all()
        assert len(values) >= 12
        assert all(v.measured_on <= today for v in values)
        better = kpi.green_threshold > kpi.red_threshold
        assert better == kpi.higher_is_better


def funnel_counts(session: Session) -> dict[tuple[dt.date, str], list[int]]:
    """(week, source) -> counts per stage, in stage order."""
    rows = session.execute(
        select(FunnelCount.week_start, FunnelCount.segment, FunnelStage.position, FunnelCount.count)
        .join(FunnelStage)
        .order_by(FunnelStage.position)
    ).all()
    counts: dict[tuple[dt.date, str], list[int]] = defaultdict(list)
    for week, segment, _, count in rows:
        counts[week, segment].append(count)
    return counts


def test_funnel_shape(session: Session) -> None:
    today = session.info["today"]
    funnel = session.scalars(select(Funnel)).one()
    assert funnel.name == "Inbound B2B"
    assert [s.name for s in funnel.stages] == STAGES
    rows = session.scalars(select(FunnelCount)).all()
    assert len(rows) == 5 * 26 * 6
    assert {r.variant for r in rows} == {""}
    assert {r.segment for r in rows} == SOURCES
    weeks = sorted({r.week_start for r in rows})
    last_full_week = monday_of(today) - dt.timedelta(weeks=1)
    assert weeks == [last_full_week - dt.timedelta(weeks=n) for n in range(25, -1, -1)]
    for counts in funnel_counts(session).values():
        assert len(counts) == 6
        assert counts == sorted(counts, reverse=True)


def test_funnel_rates_are_plausible(session: Session) -> None:
    counts = funnel_counts(session)
    for (week, source), stage_counts in counts.items():
        rate = stage_counts[1] / stage_counts[0]
        assert 0.02 <= rate <= 0.05, (week, source, rate)
    # Later steps have small weekly numbers: judge them over the whole half year.
    ranges = [(0.6, 0.9), (0.4, 0.6), (0.3, 0.5), (0.15, 0.30)]
    for source in SOURCES:
        totals = [sum(c[i] for (_, s), c in counts.items() if s == source) for i in range(6)]
        for step, (low, high) in enumerate(ranges, start=1):
            rate = totals[step + 1] / totals[step]
            assert low <= rate <= high, (source, STAGES[step + 1], rate)


def test_latest_week_has_a_significant_drop(session: Session) -> None:
    counts = funnel_counts(session)
    weeks = sorted({week for week, _ in counts})
    before, latest = (
        [sum(c[i] for (w, _), c in counts.items() if w == week) for i in range(6)]
        for week in weeks[-2:]
    )
    lead, mql = STAGES.index("Lead"), STAGES.index("MQL")
    n1, x1, n2, x2 = before[lead], before[mql], latest[lead], latest[mql]
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    assert z > 0 and math.erfc(z / math.sqrt(2)) < 0.01


def test_spend_revenue_and_import_batch(session: Session) -> None:
    today = session.info["today"]
    counts = funnel_counts(session)
    spends = session.scalars(select(FunnelSpend)).all()
    assert len(spends) == 5 * 26
    for row in spends:
        deals = counts[row.week_start, row.segment][-1]
        if row.segment in ("organic", "referral"):
            assert row.spend == 0
        if row.segment in ("google_ads", "linkedin"):
            assert 300 < row.spend < 3000
        if deals:
            assert 2000 <= row.revenue / deals <= 6000
        else:
            assert row.revenue == 0

    batch = session.scalars(select(ImportBatch)).one()
    assert re.fullmatch(r"hubspot_export_\d{4}-W\d{2}\.csv", batch.file_name)
    assert re.fullmatch(r"[0-9a-f]{64}", batch.sha256)
    assert batch.last_week == monday_of(today) - dt.timedelta(weeks=1)
    assert batch.first_week == batch.last_week - dt.timedelta(weeks=3)
    assert batch.imported_at.date() <= today and batch.undone_at is None
    for row in [*session.scalars(select(FunnelCount)), *spends]:
        imported = batch.first_week <= row.week_start <= batch.last_week
        assert (row.import_batch_id == batch.id) == imported


def test_experiments(session: Session) -> None:
    today = session.info["today"]
    this_monday = monday_of(today)
    experiments = session.scalars(select(Experiment).order_by(Experiment.id)).all()
    assert len(experiments) >= 5
    codes = [e.code for e in experiments]
    assert codes == [f"EXP-{n:04d}" for n in range(1, len(experiments) + 1)]
    assert session.get(WorkspaceSettings, 1).next_experiment_number == len(experiments) + 1
    by_status = {e.status: e for e in experiments}
    assert set(by_status) == {"idea", "planned", "running", "analysing", "decided"}
    rolled_back = [e for e in experiments if e.decision == "roll_back"]
    assert len(rolled_back) == 1 and rolled_back[0].status == "decided"
    assert rolled_back[0].learnings
    for e in experiments:
        assert re.fullmatch(r"If we .+, then .+ will .+, because .+\.", e.hypothesis)
        assert e.variable and e.key_result_id and e.funnel_id and e.owner_id
        assert e.from_stage_id and e.to_stage_id and e.control_share == 0.5
        assert all(1 <= score <= 10 for score in (e.impact, e.confidence, e.ease))
        assert e.created_at.date() <= today
        assert (e.decision is not None) == (e.status == "decided")
        assert (e.decided_on is not None) == (e.status == "decided")
    assert by_status["idea"].start_date is None
    assert by_status["planned"].start_date == this_monday + dt.timedelta(weeks=1)
    assert today - dt.timedelta(days=6) <= by_status["running"].start_date <= today


def test_experiment_tasks_and_arms(session: Session) -> None:
    today = session.info["today"]
    for e in session.scalars(select(Experiment)):
        tasks = session.scalars(
            select(ExperimentTask).where(ExperimentTask.experiment_id == e.id)
        ).all()
        arms = session.scalars(select(ExperimentArm).where(ExperimentArm.experiment_id == e.id))
        arms = {a.name: a for a in arms}
        if e.status == "idea":
            assert not tasks and not arms
            continue
        assert sorted(t.day for t in tasks) == list(range(1, 8))
        for t in tasks:
            elapsed = e.start_date + dt.timedelta(days=t.day - 1) < today
            expected = e.status == "decided" or (elapsed and t.day < 7)
            assert t.done == expected, (e.code, e.status, t.day)
        if e.status == "planned":
            assert not arms
            continue
        assert arms["control"].is_control and not arms["variant"].is_control
        assert all(0 < a.conversions <= a.visitors for a in arms.values())
        if e.status == "decided":
            assert all(a.sql_count is not None and a.avg_deal_value for a in arms.values())


def test_weekly_reviews(session: Session) -> None:
    this_monday = monday_of(session.info["today"])
    reviews = session.scalars(select(WeeklyReview).order_by(WeeklyReview.week_start)).all()
    assert [r.week_start for r in reviews] == [
        this_monday - dt.timedelta(weeks=2),
        this_monday - dt.timedelta(weeks=1),
    ]
    for r in reviews:
        assert r.brief and r.decisions and r.notes and r.next_experiment_id
        assert "{" not in r.brief
        assert r.created_at.date() == r.week_start <= r.updated_at.date()


def test_no_timestamp_comes_from_the_clock(session: Session) -> None:
    end_of_today = dt.datetime.combine(session.info["today"], dt.time.max)
    stamps = [
        session.get(WorkspaceSettings, 1).created_at,
        *session.scalars(select(Cycle.closed_at).where(Cycle.closed_at.is_not(None))),
        *session.scalars(select(CheckIn.created_at)),
        *session.scalars(select(ImportBatch.imported_at)),
        *session.scalars(select(Experiment.created_at)),
        *session.scalars(select(WeeklyReview.created_at)),
        *session.scalars(select(WeeklyReview.updated_at)),
    ]
    assert all(stamp <= end_of_today for stamp in stamps)


def leftovers(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}*"))


@pytest.mark.parametrize("cancel_after", [1, 7])
def test_cancel_leaves_no_file(tmp_path: Path, cancel_after: int) -> None:
    path = tmp_path / "demo.okrdesk"
    calls: list[tuple[int, int, bool]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total, path.exists()))

    demo.build_demo(path, DEMO_DAY, progress, cancelled=lambda: len(calls) >= cancel_after)
    assert len(calls) == cancel_after
    assert calls[-1][2]  # the file was there when the build was cancelled
    assert leftovers(path) == []


def test_a_failing_build_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    def broken(*_args) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo, "STEPS", (*demo.STEPS[:3], broken))
    path = tmp_path / "demo.okrdesk"
    with pytest.raises(RuntimeError, match="disk full"):
        demo.build_demo(path, DEMO_DAY)
    assert leftovers(path) == []


def test_an_existing_file_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "mine.okrdesk"
    path.write_bytes(b"precious")
    with pytest.raises(WorkspaceError):
        demo.build_demo(path, DEMO_DAY)
    assert path.read_bytes() == b"precious"


def test_progress_counts_every_step_once(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = tmp_path / "demo.okrdesk"
    demo.build_demo(path, DEMO_DAY, lambda *call: calls.append(call))
    assert leftovers(path) == [path]
    total = calls[-1][1]
    assert calls == [(done, total) for done in range(1, total + 1)]


def test_store_layer_does_not_import_qt() -> None:
    code = (
        "import sys, okrdesk.store.demo.builder; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_demo_experiment_plans_the_effect_it_must_detect(demo_file):
    with sqlite3.connect(demo_file) as connection:
        planned = connection.execute("SELECT code, planned_mde FROM experiments").fetchall()
    assert planned and all(0 < mde < 0.2 for _code, mde in planned)
