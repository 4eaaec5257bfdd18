"""Reading a funnel's weekly counts and spend from the demo workspace as pandas frames."""

import datetime as dt

import pandas as pd
import pytest
from sqlalchemy import func, insert, select

from okrdesk.domain.funnel import metrics
from okrdesk.store.demo import data as demo_data
from okrdesk.store.errors import FunnelNotFoundError
from okrdesk.store.funnel.data import (
    experiment_spans,
    funnel_id_by_name,
    funnel_names,
    load_counts,
    load_spend,
    segments,
    stage_names,
    variants,
)
from okrdesk.store.schema import Funnel, FunnelCohortCount, FunnelCount, FunnelStage
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

SOURCES = sorted(source.name for source in demo_data.SOURCES)


@pytest.fixture
def demo(ws):
    with ws.engine.connect() as connection:
        funnel_id = funnel_id_by_name(connection, demo_data.FUNNEL_NAME)
        yield connection, funnel_id


def test_funnels_and_stages_of_the_demo(demo):
    connection, funnel_id = demo
    assert funnel_names(connection) == [(funnel_id, demo_data.FUNNEL_NAME)]
    assert stage_names(connection, funnel_id) == list(demo_data.STAGES)
    assert segments(connection, funnel_id) == SOURCES
    assert variants(connection, funnel_id) == [""]


def test_weekly_counts_of_the_demo(demo):
    connection, funnel_id = demo
    counts = load_counts(connection, funnel_id)
    assert list(counts.columns) == ["week", "segment", "variant", "stage", "count"]
    assert len(counts) == 6 * 5 * 26
    assert counts["week"].dtype.kind == "M"
    weeks = sorted(counts["week"].unique())
    assert len(weeks) == 26
    assert all(week.weekday() == 0 for week in counts["week"].dt.date.unique())
    assert weeks == sorted(weeks) and counts["week"].is_monotonic_increasing
    assert sorted(counts["segment"].unique()) == SOURCES
    assert set(counts["variant"]) == {""}
    first = counts.iloc[:6]
    assert list(first["stage"]) == list(demo_data.STAGES)  # in funnel order
    stored = connection.scalar(select(func.sum(FunnelCount.count)))
    assert int(counts["count"].sum()) == stored


def test_loaded_counts_feed_the_metrics(demo):
    connection, funnel_id = demo
    counts = load_counts(connection, funnel_id)
    result = metrics(counts, stage_names(connection, funnel_id))
    assert len(result) == len(counts)
    visits = result[result["stage"] == "Visit"]
    assert (visits["overall_conversion"] == 1.0).all()
    assert visits["step_conversion"].isna().all()


def test_spend_of_the_demo(demo):
    connection, funnel_id = demo
    spend = load_spend(connection, funnel_id)
    assert list(spend.columns) == ["week", "segment", "variant", "spend", "revenue"]
    assert len(spend) == 5 * 26
    paid = spend.groupby("segment")["spend"].sum()
    assert paid["google_ads"] > 0 and paid["linkedin"] > 0
    assert paid["organic"] == 0
    assert spend["revenue"].sum() > 0


def test_a_span_of_weeks_reads_those_weeks_only(demo):
    connection, funnel_id = demo
    counts, spend = load_counts(connection, funnel_id), load_spend(connection, funnel_id)
    weeks = sorted(counts["week"].unique())
    first, last = weeks[10].date(), weeks[11].date()

    some_counts = load_counts(connection, funnel_id, weeks=(first, last))
    some_spend = load_spend(connection, funnel_id, weeks=(first, last))

    assert sorted(some_counts["week"].unique()) == weeks[10:12]
    shown = counts[counts["week"].between(weeks[10], weeks[11])].reset_index(drop=True)
    pd.testing.assert_frame_equal(some_counts, shown)
    shown = spend[spend["week"].between(weeks[10], weeks[11])].reset_index(drop=True)
    pd.testing.assert_frame_equal(some_spend, shown)


def test_cohort_view_reads_its_own_table(ws, demo):
    connection, funnel_id = demo
    assert load_counts(connection, funnel_id, view="cohort").empty
    stages = dict(
        connection.execute(
            select(FunnelStage.name, FunnelStage.id).where(FunnelStage.funnel_id == funnel_id)
        ).all()
    )
    week = dt.date(2026, 11, 9)
    connection.execute(
        insert(FunnelCohortCount).values(cohort_week=week),
        [
            {"stage_id": stages["Lead"], "segment": "ads", "variant": "", "count": 40},
            {"stage_id": stages["Visit"], "segment": "ads", "variant": "", "count": 900},
            {"stage_id": stages["Lead"], "segment": "", "variant": "B", "count": 3},
        ],
    )
    cohorts = load_counts(connection, funnel_id, view="cohort")
    assert list(cohorts.itertuples(index=False, name=None)) == [
        (pd.Timestamp(week), "", "B", "Lead", 3),
        (pd.Timestamp(week), "ads", "", "Visit", 900),
        (pd.Timestamp(week), "ads", "", "Lead", 40),
    ]
    assert variants(connection, funnel_id) == ["", "B"]
    assert len(load_counts(connection, funnel_id, view="activity")) == 6 * 5 * 26


def test_a_funnel_without_data_gives_empty_frames(demo):
    connection, _ = demo
    funnel_id = connection.execute(insert(Funnel).values(name="Outbound")).inserted_primary_key[0]
    connection.execute(
        insert(FunnelStage),
        [{"funnel_id": funnel_id, "name": n, "position": i} for i, n in enumerate(["A", "B"])],
    )
    assert stage_names(connection, funnel_id) == ["A", "B"]
    counts = load_counts(connection, funnel_id)
    assert counts.empty and list(counts.columns) == ["week", "segment", "variant", "stage", "count"]
    assert load_spend(connection, funnel_id).empty
    assert segments(connection, funnel_id) == []
    assert metrics(counts, ["A", "B"]).empty


def test_unknown_funnels_are_refused(demo):
    connection, _ = demo
    with pytest.raises(FunnelNotFoundError, match="Nowhere"):
        funnel_id_by_name(connection, "Nowhere")
    for read in (stage_names, load_counts, load_spend, segments, variants):
        with pytest.raises(FunnelNotFoundError):
            read(connection, 999)
    with pytest.raises(ValueError):
        load_counts(connection, 1, view="raw")


def test_experiment_spans_cover_each_experiments_days(demo):
    connection, funnel_id = demo
    spans = experiment_spans(connection, funnel_id)
    assert spans, "the demo has experiments on its funnel"
    for code, first, last in spans:
        assert code.startswith("EXP-")
        assert (last - first).days + 1 >= 1
    assert [s[1] for s in spans] == sorted(s[1] for s in spans)
    assert experiment_spans(connection, 999) == []
