"""The funnel screen's charts: built once, and each fed the counts the filters leave.

Imported by the section when it is first shown (pandas and pyqtgraph come with it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from okrdesk.domain.funnel import money_stages
from okrdesk.reports.text import Context
from okrdesk.ui.funnel.charts.conversion_trend import ConversionTrendChart
from okrdesk.ui.funnel.charts.funnel_bars import FunnelBarsChart
from okrdesk.ui.funnel.charts.period_comparison import PeriodComparisonChart
from okrdesk.ui.funnel.charts.source_breakdown import SourceBreakdown
from okrdesk.ui.funnel.filters import WeekRange


class FunnelCharts(Context):
    """Sentences of this module, in the `FunnelCharts` translation context."""


class ComparisonPanel(QWidget):
    """The period comparison with its choice of baseline above it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("periodComparison")
        self.baseline_combo = QComboBox()
        self.baseline_combo.addItem(self.tr("the week before"), "previous")
        self.baseline_combo.addItem(self.tr("the mean of the 4 weeks before"), "trailing_mean")
        self.chart = PeriodComparisonChart()
        self.chart.setMinimumHeight(260)
        row = QHBoxLayout()
        label = QLabel(self.tr("The last week of the range, &compared with"))
        label.setBuddy(self.baseline_combo)
        row.addWidget(label)
        row.addWidget(self.baseline_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self._last: tuple[Any, ...] | None = None
        self.baseline_combo.currentIndexChanged.connect(self._redraw)

    def set_data(self, counts: pd.DataFrame, stages: Sequence[str], week: dt.date | None) -> None:
        self._last = (counts, list(stages), week)
        self._redraw()

    def _redraw(self) -> None:
        if self._last is not None:
            counts, stages, week = self._last
            self.chart.set_data(counts, stages, week, self.baseline_combo.currentData())


def build_charts() -> dict[str, tuple[str, QWidget]]:
    """key → (tab title, widget), in tab order."""
    bars = FunnelBarsChart()
    trend = ConversionTrendChart()
    for chart in (bars, trend):
        chart.setMinimumHeight(260)
    return {
        "bars": (FunnelCharts.tr("Funnel"), bars),
        "trend": (FunnelCharts.tr("Conversion trend"), trend),
        "sources": (FunnelCharts.tr("By source"), SourceBreakdown()),
        "comparison": (FunnelCharts.tr("Compare weeks"), ComparisonPanel()),
    }


def _keep(frame: pd.DataFrame, column: str, value: str | None) -> pd.DataFrame:
    return frame if value is None or frame.empty else frame[frame[column] == value]


def _in_range(frame: pd.DataFrame, weeks: WeekRange) -> pd.DataFrame:
    if frame.empty:
        return frame
    if weeks.first is not None:
        frame = frame[frame["week"] >= pd.Timestamp(weeks.first)]
    if weeks.last is not None:
        frame = frame[frame["week"] <= pd.Timestamp(weeks.last)]
    return frame


@dataclass(frozen=True)
class ChartData:
    """What every chart is drawn from: the funnel's frames and the filters chosen."""

    counts: pd.DataFrame
    spend: pd.DataFrame
    stages: Sequence[str]
    segment: str | None
    variant: str | None
    weeks: WeekRange
    experiments: Sequence[tuple[str, dt.date, dt.date]]
    currency: str


def show_chart(key: str, widget: Any, data: ChartData) -> None:
    """Give the chart `key` the counts of the chosen source, variant and weeks.

    The breakdown by source shows every source whatever source is chosen: that is its point.
    """
    by_variant = _in_range(_keep(data.counts, "variant", data.variant), data.weeks)
    chosen = _keep(by_variant, "segment", data.segment)
    stages = data.stages
    if key == "bars":
        widget.set_data(chosen, stages, data.weeks.first, data.weeks.last)
    elif key == "trend":
        widget.set_data(chosen, stages, data.experiments)
    elif key == "sources":
        if len(stages) >= 2:
            lead, deal = money_stages(stages)
            spend_chosen = _in_range(_keep(data.spend, "variant", data.variant), data.weeks)
            widget.set_data(by_variant, spend_chosen, stages, lead, deal, data.currency)
    elif key == "comparison":
        last = pd.Timestamp(chosen["week"].max()).date() if not chosen.empty else None
        widget.set_data(chosen, stages, last)
    else:
        raise ValueError(f"no funnel chart {key!r}")
