"""Arms of an experiment on demo files, typed in or taken from the funnel data by variant."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from okrdesk.store.errors import ArmError
from okrdesk.store.experiments import results as store
from okrdesk.store.experiments.results import ArmValues
from okrdesk.store.schema import Experiment, FunnelCount, FunnelStage
from okrdesk.store.workspace.files import Workspace
from tests.helpers import read, run

MONDAY = dt.date(2026, 11, 23)  # the demo's week (DEMO_DAY is Wednesday 25 November)


def experiment_id(ws: Workspace, code: str) -> int:
    return read(ws, lambda c: c.scalar(select(Experiment.id).where(Experiment.code == code)))


def stage_id(ws: Workspace, name: str) -> int:
    return read(ws, lambda c: c.scalar(select(FunnelStage.id).where(FunnelStage.name == name)))


def add_variant_counts(ws: Workspace, rows: list[tuple[dt.date, str, str, str, int]]) -> None:
    """rows: (week, stage name, segment, variant, count)."""
    values = [
        {"week_start": week, "stage_id": stage_id(ws, stage), "segment": segment}
        | {"variant": variant, "count": count}
        for week, stage, segment, variant, count in rows
    ]
    with ws.session() as session, session.begin():
        session.execute(insert(FunnelCount), values)


def test_demo_arms_control_first(ws):
    arms = read(ws, store.arms_of, experiment_id(ws, "EXP-0001"))
    assert arms == [
        ArmValues("control", True, 2210, 64, 11, 3800.0),
        ArmValues("variant", False, 2185, 106, 16, 3900.0),
    ]
    assert arms[0].rate == pytest.approx(64 / 2210)
    assert arms[1].sql_share == pytest.approx(16 / 106)
    assert read(ws, store.arms_of, experiment_id(ws, "EXP-0006")) == []


def test_set_arms_and_undo(ws):
    exp = experiment_id(ws, "EXP-0003")
    new = [
        ArmValues(" control ", True, 1300, 40, 8, 4000.0),
        ArmValues("chat", False, 1290, 55),
        ArmValues("chat + bot", False, 1310, 52),
    ]
    previous = run(ws, store.set_arms, exp, new)
    assert [a.name for a in previous] == ["control", "variant"]
    assert read(ws, store.arms_of, exp) == [
        ArmValues("control", True, 1300, 40, 8, 4000.0),
        ArmValues("chat", False, 1290, 55),
        ArmValues("chat + bot", False, 1310, 52),
    ]
    run(ws, store.set_arms, exp, previous)
    assert read(ws, store.arms_of, exp) == previous
    assert read(ws, store.arms_of, exp) == [
        ArmValues("control", True, 1240, 38),
        ArmValues("variant", False, 1228, 51),
    ]


@pytest.mark.parametrize(
    ("arms", "field"),
    [
        ([ArmValues("control", True, 10, 11)], "conversions"),
        ([ArmValues("control", True, -1, 0)], "visitors"),
        ([ArmValues("control", True, 10.5, 1)], "visitors"),
        ([ArmValues("control", True, 10, 5, 6)], "SQL count"),
        ([ArmValues("control", True, 10, 5, 2, -3.0)], "average deal value"),
        ([ArmValues("   ", True, 10, 5)], "name"),
        ([ArmValues("control", True), ArmValues("Control", False)], "name"),
        ([ArmValues("a", False), ArmValues("b", False)], "control"),
        ([ArmValues("a", True), ArmValues("b", True)], "control"),
    ],
)
def test_bad_arms_are_refused_and_nothing_is_written(ws, content, arms, field):
    exp = experiment_id(ws, "EXP-0003")
    before = content(ws)
    with pytest.raises(ArmError) as error:
        run(ws, store.set_arms, exp, arms)
    assert error.value.field == field
    assert content(ws) == before


def test_unknown_experiment(ws):
    with pytest.raises(LookupError):
        run(ws, store.set_arms, 9999, [])
    with pytest.raises(LookupError):
        read(ws, store.arms_from_funnel, 9999)


def test_no_variants_in_the_funnel_data(ws):
    exp = experiment_id(ws, "EXP-0004")
    assert read(ws, store.funnel_variants, exp) == []
    assert read(ws, store.arms_from_funnel, exp) == []


def test_arms_from_funnel_sum_the_experiments_weeks_and_segments(ws):
    exp = experiment_id(ws, "EXP-0004")  # MQL → SQL, Day 1 on MONDAY, 7 days
    run(ws, store.set_arms, exp, [ArmValues("B", True, 1, 1, 1, 5000.0)])
    add_variant_counts(
        ws,
        [
            (MONDAY, "MQL", "google", "A", 120),
            (MONDAY, "MQL", "linkedin", "A", 30),
            (MONDAY, "SQL", "google", "A", 40),
            (MONDAY, "MQL", "google", "B", 140),
            (MONDAY, "SQL", "google", "B", 61),
            (MONDAY, "SQL", "linkedin", "B", 4),
            # Outside the experiment's days, or on other stages: not counted.
            (MONDAY - dt.timedelta(weeks=1), "MQL", "google", "A", 999),
            (MONDAY + dt.timedelta(weeks=1), "SQL", "google", "B", 999),
            (MONDAY, "Lead", "google", "B", 999),
        ],
    )
    assert read(ws, store.funnel_variants, exp) == ["A", "B"]
    assert read(ws, store.arms_from_funnel, exp) == [
        ArmValues("A", True, 150, 40),  # "A" is named like a control
        ArmValues("B", False, 140, 65, 1, 5000.0),  # lead quality typed before is kept
    ]


def test_a_fourteen_day_run_mid_week_covers_three_funnel_weeks(ws):
    exp = experiment_id(ws, "EXP-0004")
    with ws.session() as session, session.begin():
        session.execute(
            update(Experiment)
            .where(Experiment.id == exp)
            .values(start_date=MONDAY + dt.timedelta(days=3), duration_days=14)
        )
    add_variant_counts(
        ws,
        [
            (MONDAY + dt.timedelta(weeks=w), stage, "", variant, count)
            for w in range(-1, 4)
            for stage, count in (("MQL", 100), ("SQL", 30))
            for variant in ("new", "old")
        ],
    )
    arms = read(ws, store.arms_from_funnel, exp)
    # Thursday + 13 days = the Wednesday two weeks later: weeks 0, 1 and 2.
    assert [(a.name, a.visitors, a.conversions) for a in arms] == [
        ("new", 300, 90),
        ("old", 300, 90),
    ]
    assert arms[0].is_control  # no control-like name and none marked: the first by name


def test_activity_counts_that_do_not_make_a_rate_are_refused(ws):
    exp = experiment_id(ws, "EXP-0004")
    add_variant_counts(ws, [(MONDAY, "MQL", "", "control", 10), (MONDAY, "SQL", "", "control", 12)])
    with pytest.raises(ArmError) as error:
        read(ws, store.arms_from_funnel, exp)
    assert error.value.arm == "control" and error.value.field == "conversions"


def test_an_experiment_without_a_date_or_step_has_no_funnel_arms(ws):
    exp = experiment_id(ws, "EXP-0006")  # an idea: no start date
    assert read(ws, store.arms_from_funnel, exp) == []
    window = read(ws, store.experiment_window, exp)
    assert window.first_day is None and window.last_day is None
    assert window.control_share == 0.5
