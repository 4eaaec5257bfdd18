"""The review of a week read from the demo workspace, checked against the file's own rows."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from sqlalchemy import select, text, update

from okrdesk.store.review.data import (
    SavedReview,
    default_week,
    load_review,
    meeting_week_of,
    report_settings,
    restore_review,
    reviewed_weeks,
    save_review,
    saved_review,
)
from okrdesk.store.schema import Experiment, ExperimentArm, WeeklyReview, WorkspaceSettings
from tests.helpers import DEMO_DAY

LAST_FULL_WEEK = dt.date(2026, 11, 16)


def stage_totals(connection, week: dt.date) -> list[int]:
    """The first funnel's count per stage in a week, all segments and variants summed."""
    rows = connection.execute(
        text(
            "SELECT s.position, SUM(c.count) FROM funnel_counts c "
            "JOIN funnel_stages s ON s.id = c.stage_id "
            "WHERE c.week_start = :week GROUP BY s.position ORDER BY s.position"
        ),
        {"week": week.isoformat()},
    ).all()
    return [int(total) for _position, total in rows]


def two_sided_p(x1: int, n1: int, x2: int, n2: int) -> float:
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (x2 / n2 - x1 / n1) / se
    return math.erfc(abs(z) / math.sqrt(2))


def test_default_week_is_the_last_full_week(ws):
    with ws.engine.connect() as connection:
        assert default_week(connection, DEMO_DAY) == LAST_FULL_WEEK
        settings = report_settings(connection)
    assert settings.name == "Northwind Analytics — demo"
    assert settings.paper_size == "A4" and settings.logo_png is None
    assert meeting_week_of(LAST_FULL_WEEK) == dt.date(2026, 11, 23)


def test_funnel_steps_week_over_week_with_their_test(ws):
    with ws.engine.connect() as connection:
        review = load_review(connection, LAST_FULL_WEEK)
        now = stage_totals(connection, LAST_FULL_WEEK)
        before = stage_totals(connection, LAST_FULL_WEEK - dt.timedelta(weeks=1))
    assert len(review.funnel_steps) == len(now) - 1 == 5
    for i, s in enumerate(review.funnel_steps, start=1):
        assert (s.from_count, s.to_count) == (now[i - 1], now[i])
        assert (s.previous_from_count, s.previous_to_count) == (before[i - 1], before[i])
        assert s.rate == now[i] / now[i - 1]
        assert s.previous_rate == before[i] / before[i - 1]
        p = two_sided_p(before[i], before[i - 1], now[i], now[i - 1])
        assert math.isclose(s.p_value, p, rel_tol=1e-9)
        assert s.significant == (p < 0.05)
    # The demo's last full week has its lead→MQL drop, and nothing else beyond noise.
    assert [(s.from_stage, s.to_stage) for s in review.significant_steps] == [("Lead", "MQL")]


def test_key_results_as_of_the_weeks_last_day(ws):
    week_end = LAST_FULL_WEEK + dt.timedelta(days=6)
    with ws.engine.connect() as connection:
        review = load_review(connection, LAST_FULL_WEEK)
        for line in review.key_results:
            values = connection.execute(
                text(
                    "SELECT checked_on, value FROM checkins WHERE key_result_id = :kr "
                    "AND checked_on <= :end ORDER BY checked_on"
                ),
                {"kr": line.id, "end": week_end.isoformat()},
            ).all()
            assert line.current == values[-1][1]
            before = [v for day, v in values if day < LAST_FULL_WEEK.isoformat()]
            assert line.previous == before[-1]
            assert line.last_checkin.isoformat() == values[-1][0]
    assert review.cycle.name == "2026 Q4"
    assert math.isclose(review.cycle.expected, 53 / 92)  # 1 Oct–22 Nov of 1 Oct–31 Dec
    counts = review.cycle.status_counts
    assert sum(counts.values()) == len(review.key_results) == 17
    for line in review.behind:
        assert line.status in ("off_track", "at_risk")
        assert line.gap > 0.2 or (line.confidence is not None and line.confidence <= 4)
    assert counts["off_track"] == sum(k.status == "off_track" for k in review.behind) > 0


def test_a_key_result_silent_for_more_than_14_days_needs_an_update(ws):
    with ws.engine.connect() as connection:
        later = load_review(connection, dt.date(2026, 11, 23))  # the week of today
    stale = [k.title for k in later.needs_update]
    assert stale == ["Publish 6 customer case studies"]
    assert later.needs_update[0].days_silent == 20


def test_experiments_that_ended_and_those_running(ws):
    with ws.engine.connect() as connection:
        review = load_review(connection, LAST_FULL_WEEK)
        arms = {
            (code, control): (visitors, conversions)
            for code, control, visitors, conversions in connection.execute(
                text(
                    "SELECT e.code, a.is_control, a.visitors, a.conversions "
                    "FROM experiment_arms a JOIN experiments e ON e.id = a.experiment_id"
                )
            )
        }
    assert [(e.code, e.phase) for e in review.experiments] == [
        ("EXP-0003", "ended"),
        ("EXP-0004", "running"),
    ]
    for e in review.experiments:
        (variant,) = e.variants
        assert (e.control_visitors, e.control_conversions) == arms[(e.code, 1)]
        assert (variant.visitors, variant.conversions) == arms[(e.code, 0)]
        assert e.control_rate == e.control_conversions / e.control_visitors
        p = two_sided_p(
            e.control_conversions, e.control_visitors, variant.conversions, variant.visitors
        )
        if variant.test == "z":
            assert math.isclose(variant.p_value, p, rel_tol=1e-9)
        else:  # a small table: Fisher's exact test, which is more cautious
            assert variant.p_value > p
    ended, running = review.experiments
    assert ended.variants[0].verdict == "no_difference" and ended.metric == "Visit → Form submitted"
    assert ended.final and not running.final
    assert running.variants[0].verdict == "not_enough_data"


def test_every_variant_of_an_experiment_is_in_the_review(ws):
    """Three variants: one line with a verdict for each, Holm-corrected, none left out."""
    with ws.session() as session:
        running = session.scalars(select(Experiment).where(Experiment.code == "EXP-0004")).one()
        running.control_share = 0.25
        running.arms.clear()
        session.flush()
        for name, is_control, visitors, conversions in (
            ("control", True, 1000, 250),
            ("B", False, 1000, 296),
            ("C", False, 1000, 340),
            ("D", False, 1000, 240),
        ):
            running.arms.append(
                ExperimentArm(
                    name=name, is_control=is_control, visitors=visitors, conversions=conversions
                )
            )
        session.commit()
    with ws.engine.connect() as connection:
        line = next(
            e for e in load_review(connection, LAST_FULL_WEEK).experiments if e.code == "EXP-0004"
        )
    assert line.control_name == "control" and line.control_visitors == 1000
    assert [v.name for v in line.variants] == ["B", "C", "D"]
    assert [v.verdict for v in line.variants] == [
        "variant_leading",  # p = 0.02 at one look, running: not a call
        "variant_wins",  # decisive even after Holm over three variants
        "variant_trailing",
    ]
    assert not line.final


def test_next_step_before_the_meeting_is_a_proposal(ws):
    with ws.engine.connect() as connection:
        step = load_review(connection, LAST_FULL_WEEK).next_step
    assert not step.saved and step.proposed
    assert step.experiment_code == "EXP-0004"  # it starts on the meeting's Monday
    assert step.decisions == step.notes == step.edited_brief == ""


def test_next_step_of_a_reviewed_week_comes_from_its_meeting(ws):
    week = dt.date(2026, 11, 9)
    with ws.session() as session:
        saved = session.scalars(
            select(WeeklyReview).where(WeeklyReview.week_start == meeting_week_of(week))
        ).one()
        with ws.engine.connect() as connection:
            review = load_review(connection, week)
    step = review.next_step
    assert step.saved and not step.proposed
    assert step.experiment_code == "EXP-0003"
    assert step.decisions == saved.decisions and step.notes == saved.notes
    assert review.brief == saved.brief
    assert [(e.code, e.phase, e.decision) for e in review.experiments] == [
        ("EXP-0002", "ended", "roll_back")
    ]


def test_a_day_inside_the_week_reviews_that_week_in_the_workspaces_weeks(ws):
    with ws.engine.begin() as connection:
        connection.execute(update(WorkspaceSettings).values(week_start=6))  # Sunday
        review = load_review(connection, dt.date(2026, 11, 18))
    assert review.week == dt.date(2026, 11, 15)
    assert review.funnel_steps == ()  # the demo's counts are in Monday weeks


def test_a_week_on_a_cycles_edge_belongs_to_the_cycle_of_its_last_day(ws):
    with ws.engine.connect() as connection:
        edge = load_review(connection, dt.date(2026, 9, 28))  # Monday 28 Sep – Sunday 4 Oct
        last_of_q3 = load_review(connection, dt.date(2026, 9, 21))
    assert edge.cycle.name == "2026 Q4"
    assert last_of_q3.cycle.name == "2026 Q3" and last_of_q3.cycle.expected == 89 / 92


def test_a_week_without_data(ws):
    with ws.engine.connect() as connection:
        review = load_review(connection, dt.date(2031, 3, 3))
    assert review.funnel_steps == () and review.experiments == ()
    assert review.next_step.experiment_code == "EXP-0005"  # the best planned one
    assert review.cycle is None and review.key_results == ()


def test_save_a_review_and_undo_it(ws, content):
    before = content(ws)
    with ws.session() as session, session.begin():
        chosen = session.scalars(select(Experiment.id).where(Experiment.code == "EXP-0005")).one()
        values = SavedReview("Our brief.", "1. Roll out the booking link.", "Short.", chosen)
        assert save_review(session, LAST_FULL_WEEK, values) is None
    with ws.engine.connect() as connection:
        assert saved_review(connection, LAST_FULL_WEEK) == values
        review = load_review(connection, LAST_FULL_WEEK)
        assert reviewed_weeks(connection)[0] == LAST_FULL_WEEK
    assert review.brief == "Our brief."
    assert review.next_step.saved and not review.next_step.proposed
    assert review.next_step.experiment_code == "EXP-0005"
    with ws.session() as session, session.begin():
        restore_review(session, LAST_FULL_WEEK, None)
    assert content(ws)["weekly_reviews"] == before["weekly_reviews"]


def test_saving_over_a_saved_review_returns_what_it_replaced(ws):
    week = dt.date(2026, 11, 9)
    with ws.session() as session, session.begin():
        earlier = saved_review(session, week)
        previous = save_review(session, week, replace(earlier, notes="Edited."))
    assert previous == earlier
    with ws.session() as session, session.begin():
        assert saved_review(session, week).notes == "Edited."
        restore_review(session, week, previous)
    with ws.engine.connect() as connection:
        assert saved_review(connection, week) == earlier
        assert reviewed_weeks(connection) == [dt.date(2026, 11, 9), dt.date(2026, 11, 2)]


def test_key_results_are_judged_as_of_the_meeting_held_the_week_after():
    from okrdesk.store.review.data import key_results_as_of

    week = dt.date(2026, 11, 16)  # Monday; its meeting week is 23–29 Nov
    assert key_results_as_of(week, None) == dt.date(2026, 11, 22)
    assert key_results_as_of(week, dt.date(2026, 11, 25)) == dt.date(2026, 11, 25)  # today
    assert key_results_as_of(week, dt.date(2027, 1, 4)) == dt.date(2026, 11, 29)  # past review
    assert key_results_as_of(week, dt.date(2026, 11, 18)) == dt.date(2026, 11, 22)  # under way
