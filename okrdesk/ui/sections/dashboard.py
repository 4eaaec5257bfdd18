"""Dashboard: where the current cycle stands, what the workspace holds, the funnel's weeks."""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from okrdesk.store import summary
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.sections.base import Section, format_date, format_int

CHART_STAGES = ("Lead", "MQL", "SQL", "Deal")
CHART_COLOURS = ("#2563eb", "#7c3aed", "#db2777", "#059669")


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value_label = QLabel("—")
        self.value_label.setObjectName("statValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("statCaption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)


class WeeklyFunnelChart(pg.PlotWidget):
    """Weekly totals of the later funnel stages, one line per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("weeklyFunnelChart")
        self.setMinimumHeight(240)
        self.showGrid(x=False, y=True, alpha=0.15)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.addLegend(offset=(10, 10))
        self._axis = pg.DateAxisItem(orientation="bottom")
        self.setAxisItems({"bottom": self._axis})
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
                pen = pg.mkPen(colour, width=2)
                curve = self.plot(
                    xs,
                    ys,
                    pen=pen,
                    name=name,
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=colour,
                    symbolPen=None,
                )
                self._curves[name] = curve
            else:
                curve.setData(xs, ys)


class DashboardSection(Section):
    tables = frozenset(
        {"cycles", "objectives", "key_results", "checkins", "experiments", "funnel_counts"}
    )

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(controller, self.tr("Dashboard"), "")
        self.cycle_bar = QProgressBar()
        self.cycle_bar.setObjectName("cycleBar")
        self.cycle_bar.setTextVisible(True)
        self.cards = {
            "objectives": StatCard(self.tr("Objectives this cycle")),
            "key_results": StatCard(self.tr("Key results")),
            "checkins": StatCard(self.tr("Check-ins in the last 7 days")),
            "running": StatCard(self.tr("Experiments running")),
            "weeks": StatCard(self.tr("Weeks of funnel data")),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
        chart_title = QLabel(self.tr("Funnel, week by week (all sources)"))
        chart_title.setObjectName("chartTitle")
        self.chart = WeeklyFunnelChart()
        self.body.addWidget(self.cycle_bar)
        self.body.addLayout(grid)
        self.body.addSpacing(8)
        self.body.addWidget(chart_title)
        self.chart_empty = QLabel(
            self.tr("No funnel data yet. Open the demo to see how weekly funnel numbers look here.")
        )
        self.chart_empty.setObjectName("emptyLabel")
        self.body.addWidget(self.chart, 1)
        self.body.addWidget(self.chart_empty)
        self.body.addStretch(0)

    def reload(self) -> None:
        workspace = self.controller.workspace
        if workspace is None:
            return
        today = dt.date.today()
        with workspace.engine.connect() as connection:
            cycle = summary.cycle_summary(connection, today)
            counts = summary.workspace_counts(connection)
            stages, totals = summary.weekly_stage_totals(connection)
        self._show_cycle(cycle, today)
        self.cards["weeks"].set_value(format_int(counts.funnel_weeks))
        self.chart.set_data(stages, totals)
        self.chart.setVisible(bool(totals))
        self.chart_empty.setVisible(not totals)

    def _show_cycle(self, cycle: summary.CycleSummary | None, today: dt.date) -> None:
        if cycle is None:
            self.subtitle_label.setText(self.tr("No cycle yet: start one from the File menu."))
            self.cycle_bar.setVisible(False)
            for key in ("objectives", "key_results", "checkins", "running"):
                self.cards[key].set_value("—")
            return
        length = (cycle.end_date - cycle.start_date).days + 1
        elapsed = min(max((today - cycle.start_date).days + 1, 0), length)
        self.subtitle_label.setText(
            self.tr("{name}: {start} – {end}").format(
                name=cycle.name,
                start=format_date(cycle.start_date),
                end=format_date(cycle.end_date),
            )
        )
        self.cycle_bar.setVisible(True)
        self.cycle_bar.setRange(0, length)
        self.cycle_bar.setValue(elapsed)
        self.cycle_bar.setFormat(
            self.tr("Day {day} of {days} · {share} of the cycle has passed").format(
                day=format_int(elapsed),
                days=format_int(length),
                share=QLocale().toString(100.0 * elapsed / length, "f", 0) + " %",
            )
        )
        self.cards["objectives"].set_value(format_int(cycle.objectives))
        self.cards["key_results"].set_value(format_int(cycle.key_results))
        self.cards["checkins"].set_value(format_int(cycle.checkins_last_7_days))
        self.cards["running"].set_value(format_int(cycle.experiments_by_status.get("running", 0)))
