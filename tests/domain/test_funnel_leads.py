"""Counting from what is remembered of each lead per week gives what the events give."""

from __future__ import annotations

import pandas as pd
import pytest

from okrdesk.domain import funnel_leads
from okrdesk.domain.funnel_events import aggregate
from tests.domain.test_funnel_events import EVENTS, LEAD


@pytest.fixture
def events() -> pd.DataFrame:
    frame = pd.DataFrame(
        EVENTS, columns=["lead_id", "timestamp", "stage", "segment", "variant", "revenue"]
    )
    frame["timestamp"] = pd.to_datetime(frame["timestamp"])
    frame["revenue"] = frame["revenue"].astype(float)
    return frame


def test_the_weekly_memory_counts_as_the_events_do(events):
    memory = funnel_leads.summarise(events)
    assert len(memory.marks) == 5  # one row per lead and week: A in 3 weeks, B and C in 1
    direct = aggregate(events, 6, lead_stage=LEAD)
    remembered = funnel_leads.views(memory, 6, lead_stage=LEAD)
    for view in ("activity", "cohort", "speed", "revenue"):
        pd.testing.assert_frame_equal(
            getattr(remembered, view).reset_index(drop=True),
            getattr(direct, view).reset_index(drop=True),
            check_dtype=False,
        )


def test_a_later_week_keeps_the_first_weeks_source(events):
    first = events[events["timestamp"] < "2026-11-23"]
    later = events[events["timestamp"] >= "2026-11-23"]
    before = funnel_leads.summarise(first)
    after, replaced, touched = funnel_leads.recount(before, funnel_leads.summarise(later))
    assert replaced.marks.empty
    # A's later weeks recount its first week too (its cohort grows); C is new.
    assert sorted(str(w.date()) for w in touched) == ["2026-11-16", "2026-11-23", "2026-12-14"]
    activity = funnel_leads.views(after, 6, lead_stage=LEAD).activity
    sql = activity[(activity["stage"] == 4) & (activity["count"] > 0)]
    assert list(sql["segment"]) == ["google"] and list(sql["variant"]) == ["A"]
