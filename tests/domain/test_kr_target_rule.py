"""Which target a check-in is read against once the target changed (domain.kr_history)."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.domain.kr_history import (
    Definition,
    KrChange,
    decode,
    definition_on,
    encode,
    progress_on,
    tracked_changes,
)
from okrdesk.domain.okr_rules import KeyResultValues

NOW = Definition("decrease", 48.0, 12.0)
# On 10 November the target went from 24 h to 12 h; on 20 November the start from 40 to 48.
CHANGES = [
    KrChange("target_value", "24.0", "12.0", dt.datetime(2026, 11, 10, 15, 0)),
    KrChange("start_value", "40.0", "48.0", dt.datetime(2026, 11, 20, 9, 0)),
]


def test_a_checkin_before_a_change_is_read_against_the_old_target():
    assert definition_on(dt.date(2026, 11, 9), NOW, CHANGES) == Definition("decrease", 40, 24)
    # 32 h of a way from 40 h to 24 h is half way; against 48 → 12 it would be 0.44.
    assert progress_on(dt.date(2026, 11, 9), 32.0, NOW, CHANGES) == pytest.approx(0.5)


def test_a_change_counts_from_its_own_day_on():
    assert definition_on(dt.date(2026, 11, 10), NOW, CHANGES) == Definition("decrease", 40, 12)
    assert definition_on(dt.date(2026, 11, 20), NOW, CHANGES) == NOW
    assert progress_on(dt.date(2026, 11, 30), 30.0, NOW, CHANGES) == pytest.approx(0.5)


def test_only_tracked_fields_that_differ_are_changes():
    before = KeyResultValues("Reply fast", "decrease", "number", 48, 24, unit_label="h")
    after = KeyResultValues("Reply faster", "decrease", "number", 48.0, 12, 2, decimals=1)
    assert tracked_changes(before, after) == [
        ("unit_label", "h", ""),
        ("decimals", None, "1"),
        ("target_value", "24.0", "12.0"),
    ]
    assert tracked_changes(before, before) == []


def test_values_come_back_as_they_went_in():
    for field, value in (("target_value", 0.1 + 0.2), ("decimals", 3), ("kind", "increase")):
        assert decode(field, encode(value)) == value
    assert decode("decimals", encode(None)) is None
