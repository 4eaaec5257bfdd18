"""Each arm's conversion rate as a bar with its 95 % Wilson interval as an error bar."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from okrdesk.ui.common.formatting import format_percent

CONTROL = "#94a3b8"
VARIANTS = ("#2563eb", "#7c3aed", "#db2777", "#ea580c")


class ArmRatesChart(pg.PlotWidget):
    """Bars at x = 0, 1, …, labelled with the arm names; the y axis reads in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("armRatesChart")
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMinimumHeight(180)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.55)
        self.errors = pg.ErrorBarItem(
            x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen("#0f172a", width=1.5), beam=0.18
        )
        self.addItem(self.bars)
        self.addItem(self.errors)

    def set_data(
        self,
        names: Sequence[str],
        rates: Sequence[float | None],
        intervals: Sequence[tuple[float, float] | None],
        control_index: int = 0,
    ) -> None:
        """Rates and intervals as shares (0.031); an arm without visitors shows no bar."""
        xs = list(range(len(names)))
        heights = [100 * (rate or 0.0) for rate in rates]
        brushes = [CONTROL if i == control_index else VARIANTS[(i - 1) % len(VARIANTS)] for i in xs]
        self.bars.setOpts(x=xs, height=heights, width=0.55, brushes=brushes, pens=[None] * len(xs))
        shown = [i for i in xs if intervals[i] is not None and rates[i] is not None]
        self.errors.setData(
            x=np.array([float(i) for i in shown]),
            y=np.array([heights[i] for i in shown]),
            top=np.array([100 * intervals[i][1] - heights[i] for i in shown]),
            bottom=np.array([heights[i] - 100 * intervals[i][0] for i in shown]),
        )
        self.getAxis("bottom").setTicks([list(zip(xs, names, strict=True))])
        top = max([100 * iv[1] for iv in intervals if iv is not None] + [1.0])
        step = _nice_step(top)
        ticks = [
            (step * k, format_percent(step * k / 100, _decimals(step)))
            for k in range(int(top / step) + 2)
        ]
        self.getAxis("left").setTicks([ticks])
        self.setXRange(-0.6, max(len(xs) - 0.4, 0.6), padding=0)
        # A little room below 0 so that the axis shows its "0 %" label.
        self.setYRange(-top * 0.03, top * 1.1, padding=0)


def _nice_step(top: float) -> float:
    for step in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25):
        if top / step <= 6:
            return float(step)
    return 25.0


def _decimals(step: float) -> int:
    return 0 if step >= 1 else 1
