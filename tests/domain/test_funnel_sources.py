"""Each source's totals and all sources together, from plain frames."""

from __future__ import annotations

import math

import pandas as pd

from okrdesk.domain.funnel_sources import source_rows, total_row

STAGES = ["Visit", "Lead", "Deal"]
WEEK = pd.Timestamp("2026-11-16")


def _counts(rows):
    return pd.DataFrame(
        [(WEEK, source, "", stage, count) for source, stage, count in rows],
        columns=["week", "segment", "variant", "stage", "count"],
    )


def test_each_source_has_its_conversion_and_costs_and_the_total_takes_ratios_of_sums():
    counts = _counts(
        [
            ("ads", "Visit", 1000),
            ("ads", "Lead", 100),
            ("ads", "Deal", 10),
            ("seo", "Visit", 500),
            ("seo", "Lead", 50),
            ("seo", "Deal", 0),
        ]
    )
    spend = pd.DataFrame(
        [(WEEK, "ads", "", 500.0, 2000.0)],
        columns=["week", "segment", "variant", "spend", "revenue"],
    )
    ads, seo = source_rows(counts, spend, STAGES, "Lead", "Deal")
    assert (ads.source, ads.entered, ads.leads, ads.deals) == ("ads", 1000, 100, 10)
    assert ads.conversion == 0.01 and ads.cost_per_lead == 5.0 and ads.cac == 50.0
    assert ads.roi == 3.0
    assert seo.deals == 0 and math.isnan(seo.cac)
    total = total_row([ads, seo], "All")
    assert (total.entered, total.leads, total.deals) == (1500, 150, 10)
    assert total.cost_per_lead == 500 / 150 and total.cac == 50.0
