"""Weekly totals of every funnel stage, one line per stage, on a logarithmic axis.

Visits outnumber deals a thousandfold; on a linear axis the later stages would lie flat.
"""

from __future__ import annotations

import datetime as dt
import html

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

COLOURS = ("#0ea5e9", "#2563eb", "#7c3aed", "#db2777", "#ea580c", "#059669", "#475569")


def colour_of(stage_index: int) -> str:
    return COLOURS[stage_index % len(COLOURS)]


def legend_html(stages: list[str]) -> str:
    """A legend to show beside the chart, where it can never cover a line."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{colour_of(i)}">■</span>&nbsp;{html.escape(name)}'
        for i, name in enumerate(stages)
    )


class WeeklyFunnelChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("weeklyFunnelChart")
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setLogMode(x=False, y=True)
        self.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        self._curves: dict[str, pg.PlotDataItem] = {}

    def set_data(self, stages: list[str], totals: dict[dt.date, list[int]]) -> None:
        """One line per stage; stages that are gone lose their line."""
        for name in set(self._curves) - set(stages):
            curve = self._curves.pop(name)
            self.removeItem(curve)
        weeks = sorted(totals)
        xs = [dt.datetime.combine(week, dt.time()).timestamp() for week in weeks]
        for index, name in enumerate(stages):
            # A zero count has no logarithm: the line shows a gap there.
            ys = [totals[week][index] or float("nan") for week in weeks]
            curve = self._curves.get(name)
            if curve is None:
                colour = colour_of(index)
                self._curves[name] = self.plot(
                    xs,
                    ys,
                    pen=pg.mkPen(colour, width=2),
                    symbol="o",
                    symbolSize=4,
                    symbolBrush=colour,
                    symbolPen=None,
                    connect="finite",
                )
            else:
                curve.setData(xs, ys, connect="finite")
