"""Budget, cost, what is left and ROI, with the rule for which key results have a revenue."""

from __future__ import annotations

import pytest

from okrdesk.domain.budget import NoRoi, budget_summary, revenue


def test_roi_of_a_money_increase_is_the_gain_against_the_cost():
    summary = budget_summary("increase", "currency", 186_000, 196_000, 12_000, 8_000)
    assert summary.revenue == 10_000
    assert summary.roi == pytest.approx(0.25)
    assert summary.left == 4_000
    assert summary.no_roi is None


def test_a_loss_is_a_negative_roi_and_a_wrong_way_move_earns_nothing():
    assert budget_summary("increase", "currency", 100, 104, None, 8).roi == pytest.approx(-0.5)
    summary = budget_summary("increase", "currency", 100, 90, None, 8)
    assert summary.revenue == 0
    assert summary.roi == pytest.approx(-1.0)


@pytest.mark.parametrize(
    ("kind", "unit"),
    [
        ("decrease", "currency"),
        ("stay_below", "currency"),
        ("stay_above", "currency"),
        ("increase", "number"),
        ("increase", "percent"),
        ("binary", "number"),
    ],
)
def test_other_key_results_have_no_known_revenue(kind, unit):
    summary = budget_summary(kind, unit, 420, 380, 36_000, 30_000)
    assert summary.revenue is None
    assert summary.roi is None
    assert summary.no_roi is NoRoi.NO_REVENUE
    assert summary.left == 6_000


def test_without_a_checkin_or_a_cost_there_is_no_roi():
    assert budget_summary("increase", "currency", 1, None, 5, 5).no_roi is NoRoi.NO_CHECKIN
    assert budget_summary("increase", "currency", 1, 9, 5, None).no_roi is NoRoi.NO_COST
    assert budget_summary("increase", "currency", 1, 9, 5, 0).no_roi is NoRoi.NO_COST


def test_left_is_negative_over_budget_and_unknown_without_a_budget():
    assert budget_summary("decrease", "currency", 5, 4, 100, 130).left == -30
    assert budget_summary("decrease", "currency", 5, 4, 100, None).left == 100
    assert budget_summary("decrease", "currency", 5, 4, None, 130).left is None


def test_revenue():
    assert revenue("increase", "currency", 10, 25) == 15
    assert revenue("increase", "currency", 10, None) is None
    assert revenue("decrease", "currency", 10, 5) is None


def test_a_key_result_bound_to_a_funnel_returns_the_funnels_revenue():
    summary = budget_summary("increase", "percent", 2.8, 3.1, 5_000, 4_000, funnel_revenue=9_000)
    assert summary.revenue == 9_000
    assert summary.revenue_from_funnel
    assert summary.roi == pytest.approx(1.25)
    # A money key result keeps its own gain: the funnel's revenue would count it twice.
    own = budget_summary("increase", "currency", 100, 150, None, 25, funnel_revenue=9_000)
    assert (own.revenue, own.roi, own.revenue_from_funnel) == (50, pytest.approx(1.0), False)
    assert budget_summary("decrease", "number", 9, 8, None, None, funnel_revenue=0).no_roi is (
        NoRoi.NO_COST
    )
