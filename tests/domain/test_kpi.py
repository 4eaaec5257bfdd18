"""A KPI value against its green and red thresholds, in both directions, and KPI validation."""

from __future__ import annotations

import math

import pytest

from okrdesk.domain.kpi import KpiStatus, KpiValues, kpi_status, validate_kpi

G, A, R = KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.RED


@pytest.mark.parametrize(
    ("value", "expected"),
    [(99.95, G), (99.9, G), (99.7, A), (99.5, R), (99.1, R)],
)
def test_higher_is_better(value, expected):
    assert kpi_status(value, green=99.9, red=99.5, higher_is_better=True) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1.5, G), (4.0, G), (6.0, A), (8.0, R), (12.0, R)],
)
def test_lower_is_better(value, expected):
    assert kpi_status(value, green=4.0, red=8.0, higher_is_better=False) is expected


@pytest.mark.parametrize("higher", [True, False])
def test_equal_thresholds_leave_no_amber(higher):
    assert kpi_status(5.0, 5.0, 5.0, higher) is G
    assert kpi_status(4.0 if higher else 6.0, 5.0, 5.0, higher) is R
    assert kpi_status(6.0 if higher else 4.0, 5.0, 5.0, higher) is G


@pytest.mark.parametrize("value", [None, math.nan])
def test_no_value_has_no_status(value):
    assert kpi_status(value, 1.0, 0.0, True) is None


VALID = KpiValues("Website uptime", "percent", None, True, 99.9, 99.5)


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({}, []),
        ({"name": "  "}, ["name_required"]),
        ({"name": "x" * 201}, ["name_too_long"]),
        ({"unit": "hours"}, ["unit_known"]),
        ({"green_threshold": 99.0}, ["green_below_red"]),
        ({"higher_is_better": False}, ["green_above_red"]),
        ({"higher_is_better": False, "green_threshold": 4.0, "red_threshold": 8.0}, []),
        ({"red_threshold": math.inf}, ["thresholds_finite"]),
        ({"red_threshold": 99.9}, []),
    ],
)
def test_validate_kpi(changes, codes):
    values = KpiValues(**(VALID.__dict__ | changes))
    assert [p.code for p in validate_kpi(values)] == codes
