"""Stretch scoring at the close: the 0.6–0.7 sweet spot and sandbagged objectives."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.domain.stretch import ObjectiveStretch, early_until, judge, reached_full_on, verdict

Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))  # 92 days


def test_early_means_by_the_day_two_thirds_of_the_cycle_have_passed():
    assert early_until(*Q3) == dt.date(2026, 8, 30)  # day 61 of 92 (61.33 rounded down)
    assert early_until(dt.date(2026, 1, 1), dt.date(2026, 1, 3)) == dt.date(2026, 1, 2)
    assert early_until(dt.date(2026, 1, 1), dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("score", "days", "expected"),
    [
        (0.6, [], "sweet_spot"),
        (0.7, [dt.date(2026, 8, 1)], "sweet_spot"),
        (0.65, [], "sweet_spot"),  # rounds half up to 0.7
        (0.5, [], None),
        (0.8, [dt.date(2026, 7, 10)], None),
        (1.0, [dt.date(2026, 7, 10), dt.date(2026, 8, 30)], "sandbagged"),
        (1.0, [dt.date(2026, 7, 10), dt.date(2026, 8, 31)], None),  # the last third: earned
        (1.0, [dt.date(2026, 7, 10), None], None),
        (1.0, [], None),  # only stay-above/below key results: nothing was reached
        (0.9, [dt.date(2026, 7, 10)], None),
    ],
)
def test_verdict(score, days, expected):
    assert verdict(score, days, *Q3) == expected


def test_reached_full_on_is_the_first_checkin_at_the_target():
    checkins = [
        (dt.date(2026, 8, 3), 2.9),
        (dt.date(2026, 7, 27), 3.0),
        (dt.date(2026, 8, 10), 3.1),
    ]
    assert reached_full_on("increase", 2.1, 3.0, checkins) == dt.date(2026, 7, 27)
    assert reached_full_on("decrease", 40, 12, [(dt.date(2026, 8, 3), 13)]) is None
    assert reached_full_on("binary", 0, 1, [(dt.date(2026, 9, 1), 1.0)]) == dt.date(2026, 9, 1)
    assert reached_full_on("stay_below", 3, 2, [(dt.date(2026, 7, 6), 1.0)]) is None


def test_judge_scores_objectives_as_closing_does():
    objectives = [
        ObjectiveStretch(1, "Inbound", ((1, 1.0), (2, 1.0)), (None, None)),
        ObjectiveStretch(2, "Website", ((3, 1.0), (4, 3.0)), (dt.date(2026, 8, 24),) * 2),
        ObjectiveStretch(3, "Empty", (), ()),
    ]
    grades = {1: 0.6, 2: 0.8, 3: 1.0, 4: 1.0}
    judged = judge(objectives, grades, *Q3)
    assert [(o.title, o.score, o.verdict) for o in judged] == [
        ("Inbound", 0.7, "sweet_spot"),
        ("Website", 1.0, "sandbagged"),
    ]
