"""Comparison of two periods: each step's rate in a week against the week before or against
the trailing weeks' mean, with the changes a two-proportion test finds significant marked."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from okrdesk.domain.funnel import Baseline, compare_periods
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.funnel.charts.common import (
    BASELINE,
    CURRENT,
    FALL,
    MUTED,
    RISE,
    TEXT,
    FunnelPlot,
    LabelPool,
    fit_bar_labels,
    is_missing,
    p_value_text,
    percent,
    points,
    set_category_ticks,
)

BAR_HEIGHT = 0.34


class PeriodComparisonChart(FunnelPlot):
    """set_data(counts, stages, week, baseline, weeks): `week` defaults to the last week of
    the frame; every segment and variant of the frame together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("periodComparisonChart", parent)
        self.invertY(True)
        self.hideAxis("bottom")
        self.getAxis("left").setStyle(tickLength=0)
        self.baseline_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=BAR_HEIGHT, pen=None, brush=BASELINE
        )
        self.current_bars = pg.BarGraphItem(
            x0=[], y=[], width=[], height=BAR_HEIGHT, pen=None, brush=CURRENT
        )
        self.addItem(self.baseline_bars)
        self.addItem(self.current_bars)
        self.baseline_labels = LabelPool(self, anchor=(0, 0.5))
        self.current_labels = LabelPool(self, anchor=(0, 0.5))
        self.empty = pg.TextItem(anchor=(0.5, 0.5), color=MUTED)
        self.addItem(self.empty)
        self.comparison = pd.DataFrame()
        self._ends: list[float] = []
        # Labels keep their pixel size: the range that fits them changes with the view's size.
        self.plotItem.vb.sigResized.connect(self._fit_labels)

    def set_data(
        self,
        counts: pd.DataFrame,
        stages: Sequence[str],
        week: dt.date | None = None,
        baseline: Baseline = "previous",
        weeks: int = 4,
        alpha: float = 0.05,
    ) -> None:
        stages = list(stages)
        if week is None and not counts.empty:
            week = pd.Timestamp(counts["week"].max()).date()
        if week is None or len(stages) < 2:
            self.comparison = pd.DataFrame()
            self._show_empty(stages)
            return
        self.comparison = compare_periods(counts, stages, week, baseline, weeks, alpha)
        self.setTitle(self._title(week, baseline, weeks), color=TEXT)
        names = [
            self.tr("{0} → {1}").format(a, b)
            for a, b in zip(self.comparison["from_stage"], self.comparison["to_stage"], strict=True)
        ]
        rows = np.arange(len(names), dtype=float)
        now = np.nan_to_num(self.comparison["rate"].to_numpy(float) * 100)
        before = np.nan_to_num(self.comparison["baseline_rate"].to_numpy(float) * 100)
        self.baseline_bars.setOpts(x0=np.zeros(len(rows)), y=rows - BAR_HEIGHT / 2, width=before)
        self.current_bars.setOpts(x0=np.zeros(len(rows)), y=rows + BAR_HEIGHT / 2, width=now)
        set_category_ticks(self, "left", names)
        self.baseline_labels.show(
            [
                (width, y - BAR_HEIGHT / 2, percent(rate), MUTED, False)
                for y, width, rate in zip(
                    rows, before, self.comparison["baseline_rate"], strict=True
                )
            ]
        )
        self.current_labels.show(
            [
                (width, y + BAR_HEIGHT / 2, *self._change_label(row), row.significant)
                for y, width, row in zip(
                    rows, now, self.comparison.itertuples(index=False), strict=True
                )
            ]
        )
        for index, label in enumerate(self.current_labels.shown()):
            label.setToolTip(self.step_tooltip(index))
        self._ends = [*before, *now]
        self.empty.setVisible(False)
        self._fit_labels()
        self.setYRange(-0.6, len(rows) - 0.4, padding=0)

    def _fit_labels(self) -> None:
        if self._ends:
            labels = self.baseline_labels.shown() + self.current_labels.shown()
            fit_bar_labels(self, self._ends, labels)

    def _change_label(self, row: tuple) -> tuple[str, str]:
        """The rate with its change in points and the test's p-value; marked when significant."""
        rate = percent(row.rate)
        if is_missing(row.rate) or is_missing(row.baseline_rate):
            return self.tr("{rate}  (nothing to compare)").format(rate=rate), MUTED
        change, p = points(row.change), p_value_text(row.p_value)
        if not row.significant:
            return self.tr("{rate}  {change}  ({p}, noise)").format(
                rate=rate, change=change, p=p
            ), TEXT
        arrow = "▲" if row.change > 0 else "▼"
        text = self.tr("{arrow} {rate}  {change}  ({p}, significant)").format(
            arrow=arrow, rate=rate, change=change, p=p
        )
        return text, RISE if row.change > 0 else FALL

    def step_tooltip(self, index: int) -> str:
        """Counts behind a step's two rates, for the label's tooltip."""
        row = self.comparison.iloc[index]
        return self.tr("{to} of {n} now; {base_to} of {base_n} before").format(
            to=format_int(row["to_count"]),
            n=format_int(row["from_count"]),
            base_to=format_int(row["baseline_to_count"]),
            base_n=format_int(row["baseline_from_count"]),
        )

    def _baseline_name(self, baseline: Baseline, weeks: int) -> str:
        if baseline == "previous":
            return self.tr("the week before")
        return self.tr("the mean of the %n weeks before", "", weeks)

    def _title(self, week: dt.date, baseline: Baseline, weeks: int) -> str:
        """Names the two bars by colour, so no legend covers them."""
        current = self.tr("Week of {day}").format(day=_day(week))
        return self.tr("{current_mark} {current} against {baseline_mark} {baseline}").format(
            current_mark=_mark(CURRENT),
            current=html.escape(current),
            baseline_mark=_mark(BASELINE),
            baseline=html.escape(self._baseline_name(baseline, weeks)),
        )

    def _show_empty(self, stages: list[str]) -> None:
        for bars in (self.baseline_bars, self.current_bars):
            bars.setOpts(x0=[], y=[], width=[])
        self.baseline_labels.show([])
        self.current_labels.show([])
        self._ends = []
        self.setTitle(self.tr("Change of each step"), color=TEXT)
        set_category_ticks(self, "left", [])
        self.setXRange(0, 1, padding=0)
        self.setYRange(-0.5, 0.5, padding=0)
        self.empty.setText(
            self.tr("No weeks to compare yet")
            if len(stages) >= 2
            else self.tr("A funnel needs two stages to compare steps")
        )
        self.empty.setPos(0.5, 0)
        self.empty.setVisible(True)


def _mark(colour: str) -> str:
    return f'<span style="color:{colour}">■</span>'


def _day(week: dt.date | pd.Timestamp) -> str:
    return format_date(pd.Timestamp(week).date())
