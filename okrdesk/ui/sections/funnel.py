"""Funnel: every stage week by week, as a chart and as a table.

The chart library is imported the first time this section is shown, not at start-up.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from okrdesk.store import summary
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.sections.base import Section
from okrdesk.ui.sections.funnel_models import FunnelWeeksModel


class FunnelSection(Section):
    tables = frozenset({"funnel_counts", "funnel_stages"})

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(
            controller,
            self.tr("Funnel"),
            self.tr("Weekly counts of every stage, all sources together."),
        )
        self.chart = None
        self._stages: list[str] = []
        self._totals: dict[dt.date, list[int]] = {}
        self.chart_title = QLabel(self.tr("Every stage per week (logarithmic scale)"))
        self.chart_title.setObjectName("chartTitle")
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.model = FunnelWeeksModel(self)
        self.table = QTableView()
        self.table.setObjectName("funnelWeeksTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setMinimumHeight(200)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No funnel data yet."))
        self.empty_label.setObjectName("emptyLabel")
        self.coming_label = QLabel(
            self.tr(
                "Coming next here: importing CRM and analytics exports, conversion by step "
                "and source, and alerts when a step drops."
            )
        )
        self.coming_label.setObjectName("comingLabel")
        self.coming_label.setWordWrap(True)
        self.body.addWidget(self.chart_title)
        self.body.addWidget(self.legend)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.empty_label)
        self.footer.addWidget(self.coming_label)

    def showEvent(self, event: QShowEvent) -> None:
        if self.chart is None:
            from okrdesk.ui.charts.weekly_funnel import WeeklyFunnelChart

            self.chart = WeeklyFunnelChart()
            self.chart.setMinimumHeight(260)
            self.body.insertWidget(2, self.chart, 2)
            self._show_chart()
        super().showEvent(event)

    def reload(self) -> None:
        self._stages, self._totals = [], {}
        workspace = self.controller.workspace
        if workspace is not None:
            with workspace.engine.connect() as connection:
                self._stages, self._totals = summary.weekly_stage_totals(connection)
        self.model.set_weeks(self._stages, self._totals)
        has_data = bool(self._totals)
        self.table.setVisible(has_data)
        self.chart_title.setVisible(has_data)
        self.legend.setVisible(has_data)
        self.empty_label.setVisible(not has_data)
        self._show_chart()

    def _show_chart(self) -> None:
        if self.chart is not None:
            from okrdesk.ui.charts.weekly_funnel import legend_html

            self.legend.setText(legend_html(self._stages))
            self.chart.set_data(self._stages, self._totals)
            self.chart.setVisible(bool(self._totals))
