"""Weekly totals of the later funnel stages, one line per stage."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

CHART_STAGES = ("Lead", "MQL", "SQL", "Deal")
CHART_COLOURS = ("#2563eb", "#7c3aed", "#db2777", "#059669")


class WeeklyFunnelChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("weeklyFunnelChart")
        self.setMinimumHeight(240)
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.addLegend(offset=(10, 10))
        self.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        self._curves: dict[str, pg.PlotDataItem] = {}

    def set_data(self, stages: list[str], totals: dict[dt.date, list[int]]) -> None:
        weeks = sorted(totals)
        xs = [dt.datetime.combine(week, dt.time()).timestamp() for week in weeks]
        for name, colour in zip(CHART_STAGES, CHART_COLOURS, strict=True):
            if name not in stages:
                continue
            ys = [totals[week][stages.index(name)] for week in weeks]
            curve = self._curves.get(name)
            if curve is None:
                self._curves[name] = self.plot(
                    xs,
                    ys,
                    pen=pg.mkPen(colour, width=2),
                    name=name,
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=colour,
                    symbolPen=None,
                )
            else:
                curve.setData(xs, ys)
