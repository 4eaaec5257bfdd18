"""A key result's budget, what it has cost so far, what is left, and its return on investment.

Pure functions, no Qt, no database.

ROI = (revenue − cost) / cost, and only where the revenue is known. The rule for revenue:
- A key result whose unit is money and whose kind is "increase" measures money gained (MRR,
  revenue, deal value): the gain attained so far, current − start, is its revenue. A move the
  wrong way is a revenue of 0, never a negative one.
- A key result bound to a funnel takes the revenue its funnel (that source, or all sources)
  booked in the cycle so far: its cost is spent on that funnel, so that is what it returns.
- Every other key result (a cost to cut, a count, a percentage, a threshold to hold, a
  binary) says nothing about money earned, so its ROI is unknown, not 0: the UI shows "—"
  and the reason.
- Without a cost, or with a cost of 0, ROI is undefined (no division by zero).
Left = budget − cost; negative when the key result is over budget.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class NoRoi(str, Enum):
    """Why a key result shows no ROI."""

    NO_REVENUE = "no_revenue"  # its kind and unit do not measure money earned
    NO_CHECKIN = "no_checkin"  # it measures money earned but has no check-in yet
    NO_COST = "no_cost"  # no cost recorded, or a cost of 0


@dataclass(frozen=True)
class BudgetSummary:
    budget: float | None
    cost: float | None
    left: float | None  # budget − cost (cost taken as 0 when unknown); None without a budget
    revenue: float | None
    roi: float | None  # 0.25 is 25 %
    no_roi: NoRoi | None  # why roi is None
    revenue_from_funnel: bool = False  # the revenue is the bound funnel's, not the gain


def revenue(kind: str, unit: str, start: float, current: float | None) -> float | None:
    """The money a key result has brought so far, or None when it does not measure money."""
    if kind != "increase" or unit != "currency" or current is None:
        return None
    return max(current - start, 0.0)


def budget_summary(
    kind: str,
    unit: str,
    start: float,
    current: float | None,
    budget: float | None,
    cost: float | None,
    funnel_revenue: float | None = None,
) -> BudgetSummary:
    """`funnel_revenue`: what the key result's bound funnel earned in the cycle so far, if bound."""
    left = None if budget is None else budget - (cost or 0.0)
    measures_money = kind == "increase" and unit == "currency"
    earned = revenue(kind, unit, start, current)
    from_funnel = not measures_money and funnel_revenue is not None
    if from_funnel:
        earned = max(funnel_revenue or 0.0, 0.0)
    roi, why = None, None
    if not measures_money and not from_funnel:
        why = NoRoi.NO_REVENUE
    elif earned is None:
        why = NoRoi.NO_CHECKIN
    elif not cost:
        why = NoRoi.NO_COST
    else:
        roi = (earned - cost) / cost
    return BudgetSummary(budget, cost, left, earned, roi, why, from_funnel)
