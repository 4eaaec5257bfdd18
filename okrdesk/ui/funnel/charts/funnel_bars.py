"""Funnel bars: each stage's count over a week or a range, with step and overall conversion.

Stages run top to bottom as horizontal bars so that long stage names stay readable; each bar
is labelled with its count, the share of the stage before it and the share of the first stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from okrdesk.domain.funnel import collapse, metrics
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.funnel.charts.common import (
    MUTED,
    TEXT,
    FunnelPlot,
    LabelPool,
    colour_of,
    fit_bar_labels,
    percent,
    set_category_ticks,
)

BAR_HEIGHT = 0.62


class FunnelBarsChart(FunnelPlot):
    """set_data(counts, stages, first_week, last_week): counts summed over the chosen weeks
    (all of them when no week is given), every segment and variant of the frame together."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("funnelBarsChart", parent)
        self.invertY(True)
        self.hideAxis("bottom")
        self.getAxis("left").setStyle(tickLength=0)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT, pen=None)
        self.addItem(self.bars)
        self.labels = LabelPool(self, anchor=(0, 0.5))
        self.empty = pg.TextItem(anchor=(0.5, 0.5), color=MUTED)
        self.addItem(self.empty)
        self.stages: list[str] = []
        self.counts: list[int] = []
        # Labels keep their pixel size: the range that fits them changes with the view's size.
        self.plotItem.vb.sigResized.connect(self._fit_labels)

    def set_data(
        self,
        counts: pd.DataFrame,
        stages: Sequence[str],
        first_week: dt.date | None = None,
        last_week: dt.date | None = None,
    ) -> None:
        chosen = counts
        if first_week is not None:
            chosen = chosen[chosen["week"] >= pd.Timestamp(first_week)]
        if last_week is not None:
            chosen = chosen[chosen["week"] <= pd.Timestamp(last_week)]
        self.stages = list(stages)
        self.setTitle(self._title(chosen, first_week, last_week), color=TEXT)
        table = metrics(collapse(chosen, keep=()), self.stages) if self.stages else chosen[:0]
        if table.empty or int(table["count"].sum()) == 0:
            self._show_empty()
            return
        self.empty.setVisible(False)
        self.counts = [int(n) for n in table["count"]]
        rows = np.arange(len(self.stages))
        self.bars.setOpts(
            x0=np.zeros(len(rows)),
            y=rows,
            width=np.array(self.counts, dtype=float),
            brushes=[colour_of(i) for i in rows],
        )
        set_category_ticks(self, "left", self.stages)
        self.labels.show(
            [
                (count, i, self._label(i, count, step, overall), TEXT, False)
                for i, (count, step, overall) in enumerate(
                    zip(
                        self.counts,
                        table["step_conversion"],
                        table["overall_conversion"],
                        strict=True,
                    )
                )
            ]
        )
        self._fit_labels()
        self.setYRange(-0.5, len(self.stages) - 0.5, padding=0.02)

    def _fit_labels(self) -> None:
        if self.counts:
            fit_bar_labels(self, self.counts, self.labels.shown())

    def _label(self, index: int, count: int, step: float, overall: float) -> str:
        if index == 0:
            return format_int(count)
        if index == 1:  # the share of the stage before is the share of the first
            return self.tr("{count}  ·  {step} of {previous}").format(
                count=format_int(count), step=percent(step), previous=self.stages[0]
            )
        return self.tr("{count}  ·  {step} of {previous}  ·  {overall} of {first}").format(
            count=format_int(count),
            step=percent(step),
            previous=self.stages[index - 1],
            overall=percent(overall),
            first=self.stages[0],
        )

    def _show_empty(self) -> None:
        self.counts = []
        self.bars.setOpts(x0=[], y=[], width=[], brushes=[])
        self.labels.show([])
        set_category_ticks(self, "left", self.stages)
        self.setXRange(0, 1, padding=0)
        self.setYRange(-0.5, max(len(self.stages), 1) - 0.5, padding=0.02)
        self.empty.setText(self.tr("No counts in these weeks"))
        self.empty.setPos(0.5, (max(len(self.stages), 1) - 1) / 2)
        self.empty.setVisible(True)

    def _title(
        self, chosen: pd.DataFrame, first_week: dt.date | None, last_week: dt.date | None
    ) -> str:
        weeks = sorted(chosen["week"].dropna().unique())
        if not weeks and (first_week is None or last_week is None):
            return self.tr("Funnel")
        first = pd.Timestamp(first_week if first_week is not None else weeks[0])
        last = pd.Timestamp(last_week if last_week is not None else weeks[-1])
        if first == last:
            return self.tr("Funnel, week of {day}").format(day=format_date(first.date()))
        return self.tr("Funnel, weeks of {first} to {last}").format(
            first=format_date(first.date()), last=format_date(last.date())
        )
