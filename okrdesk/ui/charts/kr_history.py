"""A key result's check-ins against the even pace from start to target, with the forecast."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

VALUES = "#2563eb"
PACE = "#94a3b8"
FORECAST = "#f59e0b"
TARGET = "#7c3aed"


def _x(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time()).timestamp()


class KeyResultHistoryChart(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("keyResultHistoryChart")
        self.setMinimumHeight(200)
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)  # pyqtgraph's own menu speaks only English
        self.hideButtons()
        self.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        self.pace = self.plot([], [], pen=pg.mkPen(PACE, width=2, style=Qt.PenStyle.DashLine))
        self.forecast = self.plot(
            [], [], pen=pg.mkPen(FORECAST, width=2, style=Qt.PenStyle.DotLine)
        )
        self.targets = self.plot([], [], pen=pg.mkPen(TARGET, width=1.5))
        self.values = self.plot(
            [], [], pen=pg.mkPen(VALUES, width=2), symbol="o", symbolSize=6, symbolBrush=VALUES
        )

    def set_data(
        self,
        checkins: list[tuple[dt.date, float]],
        pace: list[tuple[dt.date, float]],
        forecast: tuple[dt.date, float] | None,
    ) -> None:
        """Check-ins as points, the pace line, and a dotted line from the last check-in to the
        forecast at the cycle's end (when there is one)."""
        self.values.setData([_x(d) for d, _v in checkins], [v for _d, v in checkins])
        self.pace.setData([_x(d) for d, _v in pace], [v for _d, v in pace])
        if forecast is not None and checkins:
            last_day, last_value = checkins[-1]
            self.forecast.setData([_x(last_day), _x(forecast[0])], [last_value, forecast[1]])
        else:
            self.forecast.setData([], [])

    def set_targets(self, steps: list[tuple[dt.date, float]], unit_label: str = "") -> None:
        """The target as it was over time (steps; none when it never changed), and the unit
        label on the value axis."""
        self.targets.setData([_x(d) for d, _v in steps], [v for _d, v in steps])
        self.setLabel("left", unit_label or None)  # None hides the label
