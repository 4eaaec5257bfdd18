"""Conversion trend: each step's weekly rate in a small plot of its own, on its own rate axis.

A 3 % step drawn beside a 75 % one on a shared 0–100 % axis is a flat line; in its own plot,
from 0 to a little above its highest week, its movement shows. The plots share the weeks
(their x axes are linked); experiments' days are shaded in each and named in the top row.
Hovering a week shows that plot's rate with its counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics
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
NICE_STEPS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100)


def columns_for(steps: int) -> int:
    """Plots a row: one for a single step, two up to four steps, three beyond."""
    return 1 if steps <= 1 else 2 if steps <= 4 else 3


class StepPlot:
    """One step's plot: its line, the experiments' shading and codes, the hover marker."""

    def __init__(self, plot: pg.PlotItem, step: Step, colour: str, name_codes: bool) -> None:
        self.plot = plot
        self.step = step
        self.colour = colour
        self.name_codes = name_codes
        self.title = ""
        make_still(plot)
        plot.showGrid(x=False, y=True, alpha=0.15)
        self.curve = plot.plot(
            pen=pg.mkPen(colour, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=colour,
            symbolPen=None,
        )
        # One item shades every experiment: a translucent item per experiment, each as tall
        # as the plot, made a five-year chart ten times slower to draw.
        self.shading = pg.BarGraphItem(
            x0=[],
            width=[],
            y0=0,
            height=0,
            brush=pg.mkBrush(EXPERIMENT),
            pen=pg.mkPen(EXPERIMENT_EDGE, width=1, style=Qt.PenStyle.DotLine, cosmetic=True),
        )
        self.shading.setZValue(-10)
        plot.addItem(self.shading)
        # Along the edge, reading upwards, so that back-to-back weekly experiments keep apart.
        self.labels = LabelPool(plot, anchor=(1.06, -0.15), angle=90)
        self.marker = pg.ScatterPlotItem(size=9, pen=pg.mkPen(TEXT, width=1.5), brush=None)
        self.marker.setZValue(10)
        plot.addItem(self.marker)
        self.top = 1.0
        self.spans: list[tuple[str, float, float]] = []

    def set_title(self, text: str, pixels: int | None) -> None:
        self.title = text
        size = f"{pixels}px" if pixels else "10pt"
        self.plot.setTitle(text, color=self.colour, size=size, bold=True)

    def set_rates(self, xs: np.ndarray, rates: np.ndarray) -> None:
        """The line (a week with an undefined rate is a gap, never a dip to 0) and an axis
        from 0 to a little above the step's own highest rate, ticked only up to it."""
        if np.isfinite(rates).any():
            self.curve.setData(xs, rates, connect="finite")
            highest = max(float(np.nanmax(rates)), 0.0)
        else:
            self.curve.setData([], [])
            highest = 0.0
        highest = highest or 1.0
        step = next((s for s in NICE_STEPS if highest / s <= 4), NICE_STEPS[-1])
        decimals = 1 if step < 1 else 0
        locale = QLocale()
        ticks = [
            (value, locale.toString(value, "f", decimals) + locale.percent())
            for value in np.arange(0, highest + step / 2, step)
        ]
        self.plot.getAxis("left").setTicks([ticks])
        self.top = highest * HEAD_ROOM
        self.plot.setYRange(0, self.top, padding=0)

    def show_experiments(self, spans: list[tuple[str, float, float]]) -> None:
        self.spans = spans
        lefts = np.array([left for _code, left, _right in spans], dtype=float)
        rights = np.array([right for _code, _left, right in spans], dtype=float)
        self.shading.setOpts(x0=lefts, width=rights - lefts, y0=0, height=self.top)
        self.name_experiments()

    def name_experiments(self) -> None:
        """Name each shaded experiment (top row only), leaving out codes that would overlap
        the one before (over years of weekly experiments); the shading stays."""
        if not self.name_codes:
            self.labels.show([])
            return
        view_box = self.plot.vb
        (left_x, right_x), _y = view_box.viewRange()
        pixels_per_x = view_box.width() / (right_x - left_x) if right_x > left_x else 0.0
        line_height = QFontMetrics(QFont()).height() + 2
        labels, last_left = [], None
        for code, left, _right in self.spans:
            if last_left is None or (left - last_left) * pixels_per_x >= line_height:
                labels.append((left, self.top, code, TEXT, False))
                last_left = left
        self.labels.show(labels)


class ConversionTrendChart(pg.GraphicsLayoutWidget):
    """set_data(counts, stages, experiments): every segment and variant of the frame together;
    experiments as (code, first day, last day). `panels` holds a StepPlot per step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.setObjectName("conversionTrendChart")
        self.setMinimumHeight(260)
        self.panels: dict[Step, StepPlot] = {}
        self.hover_text = ""
        self._text_pixels: int | None = None
        self._weeks: list[pd.Timestamp] = []
        self._table = pd.DataFrame()
        self.scene().sigMouseMoved.connect(self.show_hover)

    @property
    def curves(self) -> dict[Step, pg.PlotDataItem]:
        return {step: panel.curve for step, panel in self.panels.items()}

    def set_text_pixels(self, pixels: int) -> None:
        """Ticks and titles at `pixels` (presentation mode), now and for plots made later."""
        self._text_pixels = pixels
        for panel in self.panels.values():
            self._size_text(panel)

    def _size_text(self, panel: StepPlot) -> None:
        pixels = self._text_pixels
        if pixels is None:
            return
        font = QFont(self.font())
        font.setPixelSize(pixels)
        for side in ("left", "bottom"):
            panel.plot.getAxis(side).setStyle(tickFont=font, autoExpandTextSpace=True)
        panel.plot.getAxis("bottom").setHeight(round(pixels * 2.2))
        panel.set_title(panel.title, pixels)

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
        if steps != list(self.panels):
            self._make_panels(steps)
        shown: list[ExperimentSpan] = []
        x_range = None
        if self._weeks:
            first, end = self._x_span(experiments)
            shown = [e for e in experiments if e[1] < end and e[2] >= first]
            x_range = (week_x(first), week_x(end))
        spans = [
            (code, week_x(first), week_x(last + dt.timedelta(days=1)))  # to its last day's end
            for code, first, last in shown
        ]
        for step, panel in self.panels.items():
            rates = table.loc[table["stage"] == step[1], "step_conversion"].to_numpy(float) * 100
            panel.set_rates(xs, rates)
            if x_range is not None:
                panel.plot.setXRange(*x_range, padding=0.02)
            panel.show_experiments(spans)
            panel.marker.setData([], [])
        self.hover_text = ""

    def _make_panels(self, steps: list[Step]) -> None:
        self.ci.clear()
        self.panels = {}
        columns = columns_for(len(steps))
        first: pg.PlotItem | None = None
        for index, step in enumerate(steps):
            plot = self.ci.addPlot(
                row=index // columns,
                col=index % columns,
                axisItems={"bottom": pg.DateAxisItem(orientation="bottom")},
            )
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
            panel = StepPlot(plot, step, colour_of(index + 1), index < columns)
            panel.set_title(self.tr("{0} → {1}").format(*step), self._text_pixels)
            self._size_text(panel)
            plot.vb.sigResized.connect(panel.name_experiments)
            self.panels[step] = panel

    def _x_span(self, experiments: Sequence[ExperimentSpan]) -> tuple[dt.date, dt.date]:
        """The weeks with data, widened to the end of an experiment that starts in them (the
        one running now), not to experiments planned later."""
        first = self._weeks[0].date()
        data_end = end = self._weeks[-1].date() + dt.timedelta(days=7)
        for _code, start, last in experiments:
            if first <= start <= data_end:
                end = max(end, last + dt.timedelta(days=1))
        return first, end

    def show_hover(self, scene_pos: QPointF) -> None:
        """Describe the week nearest the mouse in the plot under it (week, rate, counts) in
        that plot's tooltip, which the scene shows when the mouse rests."""
        self.hover_text = ""
        for panel in self.panels.values():
            panel.marker.setData([], [])
            if panel.plot.vb.sceneBoundingRect().contains(scene_pos):
                self.hover_text = self._hover_at(panel, scene_pos)
            panel.plot.vb.setToolTip(self.hover_text if self.hover_text else "")

    def _hover_at(self, panel: StepPlot, scene_pos: QPointF) -> str:
        if not self._weeks:
            return ""
        point = panel.plot.vb.mapSceneToView(scene_pos)
        xs = np.array([week_x(week) for week in self._weeks])
        week = self._weeks[int(np.argmin(np.abs(xs - point.x())))]
        in_week = self._table[self._table["week"] == week].set_index("stage")
        day = format_date(week.date())
        from_stage, to_stage = panel.step
        rate = in_week.at[to_stage, "step_conversion"] if to_stage in in_week.index else np.nan
        if not np.isfinite(rate):
            return self.tr("Week of {day}: no rate defined").format(day=day)
        panel.marker.setData([week_x(week)], [rate * 100])
        return self.tr("Week of {day}\n{from_stage} → {to_stage}: {rate}\n{to} of {n}").format(
            day=day,
            from_stage=from_stage,
            to_stage=to_stage,
            rate=percent(rate),
            to=format_int(in_week.at[to_stage, "count"]),
            n=format_int(in_week.at[from_stage, "count"]),
        )
