"""The funnel's sources side by side: each source's totals and all sources together.

Pure pandas over the weekly counts and spend frames of `domain.funnel`; the funnel screen's
breakdown by source shows these rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from okrdesk.domain.funnel import collapse, metrics, unit_economics


@dataclass(frozen=True)
class SourceRow:
    """One source's totals over the frames given; NaN where a measure is undefined."""

    source: str  # "" = counts with no source
    entered: int  # the first stage's count
    leads: int
    deals: int
    conversion: float  # deals / entered
    spend: float
    revenue: float
    cost_per_lead: float
    cac: float
    roi: float


def source_rows(
    counts: pd.DataFrame,
    spend: pd.DataFrame,
    stages: Sequence[str],
    lead_stage: str,
    deal_stage: str,
) -> list[SourceRow]:
    """Every source's totals over the frames' weeks and variants, sorted by source."""
    stages = list(stages)
    economics = unit_economics(counts, spend, stages, lead_stage, deal_stage, keep=("segment",))
    table = metrics(collapse(counts, keep=("segment",)), stages)
    entered = table[table["stage"] == stages[0]].set_index("segment")["count"]
    reached = table[table["stage"] == deal_stage].set_index("segment")["overall_conversion"]
    return [
        SourceRow(
            source=row.segment,
            entered=int(entered.get(row.segment, 0)),
            leads=int(row.leads),
            deals=int(row.deals),
            conversion=float(reached.get(row.segment, np.nan)),
            spend=float(row.spend),
            revenue=float(row.revenue),
            cost_per_lead=float(row.cost_per_lead),
            cac=float(row.cac),
            roi=float(row.roi),
        )
        for row in economics.itertuples(index=False)
    ]


def total_row(rows: Sequence[SourceRow], label: str) -> SourceRow:
    """All sources together, with the ratios of the sums (not the mean of the ratios)."""
    entered = sum(r.entered for r in rows)
    leads = sum(r.leads for r in rows)
    deals = sum(r.deals for r in rows)
    spend = sum(r.spend for r in rows)
    revenue = sum(r.revenue for r in rows)
    return SourceRow(
        source=label,
        entered=entered,
        leads=leads,
        deals=deals,
        conversion=deals / entered if entered else np.nan,
        spend=spend,
        revenue=revenue,
        cost_per_lead=spend / leads if leads else np.nan,
        cac=spend / deals if deals else np.nan,
        roi=(revenue - spend) / spend if spend else np.nan,
    )
