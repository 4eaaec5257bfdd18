"""Conversion trend: each step's weekly rate as a line, experiments' days shaded and named.

Hovering a week shows the nearest step's rate with its counts. The legend sits under the
plot, where it can never cover a line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from okrdesk.domain.funnel import collapse, metrics
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.funnel.charts.common import (
    EXPERIMENT,
    EXPERIMENT_EDGE,
    TEXT,
    LabelPool,
    colour_of,
    make_still,
    percent,
    week_x,
)

Step = tuple[str, str]
ExperimentSpan = tuple[str, dt.date, dt.date]
# Head room above the highest rate for the experiments' codes.
HEAD_ROOM = 1.4
NICE_STEPS = (0.5, 1, 2, 5, 10, 20, 25, 50, 100)


class ConversionTrendChart(pg.GraphicsLayoutWidget):
    """set_data(counts, stages, experiments): every segment and variant of the frame together;
    experiments as (code, first day, last day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setObjectName("conversionTrendChart")
        self.setMinimumHeight(260)
        self.plot_item: pg.PlotItem = self.addPlot(
            row=0, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")}
        )
        make_still(self.plot_item)
        self.plot_item.showGrid(x=False, y=True, alpha=0.15)
        self.plot_item.setLabel("left", self.tr("Step conversion, %"), color=TEXT)
        self.legend = pg.LegendItem(colCount=3, labelTextColor=TEXT, frame=False)
        self.addItem(self.legend, row=1, col=0)
        self.curves: dict[Step, pg.PlotDataItem] = {}
        # One item shades every experiment: a translucent item per experiment, each as tall as
        # the plot, made a five-year chart ten times slower to draw.
        self.shading = pg.BarGraphItem(
            x0=[],
            width=[],
            y0=0,
            height=0,
            brush=pg.mkBrush(EXPERIMENT),
            pen=pg.mkPen(EXPERIMENT_EDGE, width=1, style=Qt.PenStyle.DotLine, cosmetic=True),
        )
        self.shading.setZValue(-10)
        self.plot_item.addItem(self.shading)
        # Along the edge, reading upwards, so that back-to-back weekly experiments keep apart.
        self.experiment_labels = LabelPool(self.plot_item, anchor=(1.06, -0.15), angle=90)
        self._spans: list[tuple[str, float, float]] = []
        self._top = 1.0
        self.plot_item.vb.sigResized.connect(self._label_experiments)
        self.marker = pg.ScatterPlotItem(size=9, pen=pg.mkPen(TEXT, width=1.5), brush=None)
        self.marker.setZValue(10)
        self.plot_item.addItem(self.marker)
        self.hover_text = ""
        self._weeks: list[pd.Timestamp] = []
        self._table = pd.DataFrame()
        self.scene().sigMouseMoved.connect(self.show_hover)

    def set_data(
        self,
        counts: pd.DataFrame,
        stages: Sequence[str],
        experiments: Sequence[ExperimentSpan] = (),
    ) -> None:
        stages = list(stages)
        table = metrics(collapse(counts, keep=("week",)), stages) if stages else counts[:0]
        self._table = table
        self._weeks = sorted(pd.Timestamp(w) for w in table["week"].unique())
        xs = np.array([week_x(week) for week in self._weeks], dtype=float)
        steps = list(pairwise(stages))
        for step in set(self.curves) - set(steps):
            self.plot_item.removeItem(self.curves.pop(step))
        self.legend.clear()
        highest = 0.0
        for index, step in enumerate(steps, start=1):
            rates = table.loc[table["stage"] == step[1], "step_conversion"].to_numpy(float) * 100
            if np.isfinite(rates).any():
                highest = max(highest, float(np.nanmax(rates)))
            curve = self.curves.get(step)
            if curve is None:
                colour = colour_of(index)
                curve = self.plot_item.plot(
                    pen=pg.mkPen(colour, width=2),
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=colour,
                    symbolPen=None,
                )
                self.curves[step] = curve
            # A week with an undefined rate is a gap in the line, never a dip to 0; a step with
            # no rate at all has no line (its symbols cannot be placed).
            if np.isfinite(rates).any():
                curve.setData(xs, rates, connect="finite")
            else:
                curve.setData([], [])
            self.legend.addItem(curve, self.tr("{0} → {1}").format(*step))
        shown: list[ExperimentSpan] = []
        if self._weeks:
            first, end = self._x_span(experiments)
            shown = [e for e in experiments if e[1] < end and e[2] >= first]
            self.plot_item.setXRange(week_x(first), week_x(end), padding=0.02)
        top = self._set_rate_axis(max(highest, 1.0))
        self._show_experiments(shown, top)
        self.marker.setData([], [])
        self.hover_text = ""

    def _x_span(self, experiments: Sequence[ExperimentSpan]) -> tuple[dt.date, dt.date]:
        """The weeks with data, widened to the end of an experiment that starts in them (the
        one running now), not to experiments planned later."""
        first = self._weeks[0].date()
        data_end = end = self._weeks[-1].date() + dt.timedelta(days=7)
        for _code, start, last in experiments:
            if first <= start <= data_end:
                end = max(end, last + dt.timedelta(days=1))
        return first, end

    def _set_rate_axis(self, highest: float) -> float:
        """Head room above the lines for the experiments' codes, with ticks (through QLocale)
        only up to the highest rate, so the axis never suggests rates above what was seen."""
        step = next((s for s in NICE_STEPS if highest / s <= 5), NICE_STEPS[-1])
        decimals = 1 if step < 1 else 0
        locale = QLocale()
        ticks = [
            (value, locale.toString(value, "f", decimals))
            for value in np.arange(0, highest + step, step)
        ]
        self.plot_item.getAxis("left").setTicks([ticks])
        self.plot_item.setYRange(0, highest * HEAD_ROOM, padding=0)
        return highest * HEAD_ROOM

    def show_hover(self, scene_pos: QPointF) -> None:
        """Describe the week and step nearest the mouse (week, rate, counts) in the plot's
        tooltip, which the scene shows when the mouse rests."""
        self.hover_text = self._hover_at(scene_pos)
        self.plot_item.vb.setToolTip(self.hover_text)

    def _hover_at(self, scene_pos: QPointF) -> str:
        view_box = self.plot_item.vb
        if not self._weeks or not view_box.sceneBoundingRect().contains(scene_pos):
            self.marker.setData([], [])
            return ""
        point = view_box.mapSceneToView(scene_pos)
        xs = np.array([week_x(week) for week in self._weeks])
        week = self._weeks[int(np.argmin(np.abs(xs - point.x())))]
        in_week = self._table[self._table["week"] == week].reset_index(drop=True)
        best = None
        for i in range(1, len(in_week)):
            rate = in_week.at[i, "step_conversion"]
            if np.isfinite(rate) and (best is None or abs(rate * 100 - point.y()) < best[0]):
                best = (abs(rate * 100 - point.y()), i)
        day = format_date(week.date())
        if best is None:
            self.marker.setData([], [])
            return self.tr("Week of {day}: no rate defined").format(day=day)
        i = best[1]
        rate = in_week.at[i, "step_conversion"]
        self.marker.setData([week_x(week)], [rate * 100])
        return self.tr("Week of {day}\n{from_stage} → {to_stage}: {rate}\n{to} of {n}").format(
            day=day,
            from_stage=in_week.at[i - 1, "stage"],
            to_stage=in_week.at[i, "stage"],
            rate=percent(rate),
            to=format_int(in_week.at[i, "count"]),
            n=format_int(in_week.at[i - 1, "count"]),
        )

    def _show_experiments(self, experiments: Sequence[ExperimentSpan], top: float) -> None:
        # The shading runs to the end of the last day.
        self._spans = [
            (code, week_x(first), week_x(last + dt.timedelta(days=1)))
            for code, first, last in experiments
        ]
        self._top = top
        lefts = np.array([left for _code, left, _right in self._spans], dtype=float)
        rights = np.array([right for _code, _left, right in self._spans], dtype=float)
        self.shading.setOpts(x0=lefts, width=rights - lefts, y0=0, height=top)
        self._label_experiments()

    def _label_experiments(self) -> None:
        """Name each shaded experiment, leaving out codes that would overlap the one before
        (over years of weekly experiments); the shading stays."""
        view_box = self.plot_item.vb
        (left_x, right_x), _y = view_box.viewRange()
        pixels_per_x = view_box.width() / (right_x - left_x) if right_x > left_x else 0.0
        line_height = QFontMetrics(self.font()).height() + 2
        labels, last_left = [], None
        for code, left, _right in self._spans:
            if last_left is None or (left - last_left) * pixels_per_x >= line_height:
                labels.append((left, self._top, code, TEXT, False))
                last_left = left
        self.experiment_labels.show(labels)
