"""Funnel: the weekly chart of the later stages above the weeks' counts.

The chart library is imported the first time this section is shown, not at start-up.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel
from sqlalchemy import Connection

from okrdesk.store import summary
from okrdesk.ui.sections.preview import PreviewSection, funnel_lines


class FunnelSection(PreviewSection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.chart = None
        self._stages: list[str] = []
        self._totals: dict[dt.date, list[int]] = {}
        self.chart_title = QLabel(self.tr("Leads, MQL, SQL and deals per week (all sources)"))
        self.chart_title.setObjectName("chartTitle")
        self.body.insertWidget(0, self.chart_title)

    def showEvent(self, event: QShowEvent) -> None:
        if self.chart is None:
            from okrdesk.ui.charts.weekly_funnel import WeeklyFunnelChart

            self.chart = WeeklyFunnelChart()
            self.body.insertWidget(1, self.chart, 2)
            self._show_chart()
        super().showEvent(event)

    def reload(self) -> None:
        self._stages, self._totals = [], {}
        super().reload()
        self._show_chart()

    def load(self, connection: Connection) -> list[str]:
        self._stages, self._totals = summary.weekly_stage_totals(connection)
        return funnel_lines(self._stages, self._totals)

    def _show_chart(self) -> None:
        self.chart_title.setVisible(bool(self._totals))
        if self.chart is not None:
            self.chart.set_data(self._stages, self._totals)
            self.chart.setVisible(bool(self._totals))
