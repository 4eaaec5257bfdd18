"""A week's share of a period: a week straddling a cycle's start or end counts by its days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrdesk.domain.weeks import share_in_period

START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)  # Thursday to Thursday


@pytest.mark.parametrize(
    ("week", "share"),
    [
        (dt.date(2026, 9, 21), 0.0),  # ends before the cycle
        (dt.date(2026, 9, 28), 4 / 7),  # Thu 1 – Sun 4 Oct in the cycle
        (dt.date(2026, 10, 5), 1.0),
        (dt.date(2026, 12, 28), 4 / 7),  # Mon 28 – Thu 31 Dec in the cycle
        (dt.date(2027, 1, 4), 0.0),
    ],
)
def test_share_of_a_week_in_a_cycle(week, share):
    assert share_in_period(week, START, END) == pytest.approx(share)


def test_a_one_day_period_inside_a_week_is_a_seventh():
    day = dt.date(2026, 10, 7)
    assert share_in_period(dt.date(2026, 10, 5), day, day) == pytest.approx(1 / 7)


@given(
    st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31)),
    st.integers(0, 400),
)
def test_the_weeks_of_a_period_add_up_to_its_days(first, length):
    last = first + dt.timedelta(days=length)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = [monday + dt.timedelta(weeks=i) for i in range(length // 7 + 3)]
    total = sum(share_in_period(week, first, last) for week in weeks)
    assert total * 7 == pytest.approx(length + 1)
