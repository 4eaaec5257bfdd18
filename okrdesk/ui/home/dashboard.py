"""Dashboard: where the current cycle stands, the last full funnel week, the experiments.

It is the first screen, so it stays light: no chart library, three small queries.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.weeks import week_start_of
from okrdesk.reports.review_table import experiment_status_label
from okrdesk.store import schema as db
from okrdesk.store.funnel import alerts as funnel_alerts
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.review import summary
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import (
    format_date,
    format_int,
    format_percent,
)
from okrdesk.ui.common.section import Section
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.home.funnel_alerts_panel import FunnelAlertsPanel
from okrdesk.ui.home.funnel_models import FunnelWeekModel
from okrdesk.ui.home.okr_health import OkrHealthPanel
from okrdesk.ui.okr.checkins_model import CheckInsModel
from okrdesk.ui.okr.nodes import build_tree
from okrdesk.ui.store_commands import table_names

CARD_WIDTH = 190  # px a card needs to show its caption whole
PAGE_MARGINS = 80  # the body's margins and a vertical scroll bar


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


def _table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName("dashboardTable")
    table.setModel(model)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSelectionMode(QTableView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def _panel(title: str, content: QWidget) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("panel")
    heading = QLabel(title)
    heading.setObjectName("panelTitle")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(heading)
    layout.addWidget(content, 1)
    return frame, heading


class DashboardSection(Section):
    tables = table_names(
        db.Cycle,
        db.Objective,
        db.KeyResult,
        db.CheckIn,
        db.Experiment,
        db.FunnelCount,
        db.WorkspaceSettings,
    )

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(controller, self.tr("Dashboard"), "")
        self.cycle_bar = QProgressBar()
        self.cycle_bar.setObjectName("cycleBar")
        self.cards = {
            "objectives": StatCard(self.tr("Objectives this cycle")),
            "key_results": StatCard(self.tr("Key results")),
            "checkins": StatCard(self.tr("Check-ins in the last 7 days")),
            "running": StatCard(self.tr("Experiments running")),
            "weeks": StatCard(self.tr("Weeks of funnel data")),
        }
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(12)
        self._card_columns = 0
        self._arrange_cards(len(self.cards))

        self.funnel_model = FunnelWeekModel(self)
        self.funnel_table = _table(self.funnel_model)
        self.funnel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funnel_empty = QLabel(self.tr("No funnel data yet."))
        self.funnel_empty.setObjectName("emptyLabel")
        funnel_box = QWidget()
        funnel_layout = QVBoxLayout(funnel_box)
        funnel_layout.setContentsMargins(0, 0, 0, 0)
        funnel_layout.addWidget(self.funnel_table)
        funnel_layout.addWidget(self.funnel_empty)
        funnel_panel, self.funnel_heading = _panel(
            self.tr("Last full week in the funnel"), funnel_box
        )

        self.status_labels: dict[str, QLabel] = {}
        status_box = QWidget()
        status_grid = QGridLayout(status_box)
        status_grid.setContentsMargins(0, 4, 0, 0)
        for row, status in enumerate(db.EXPERIMENT_STATUSES):
            status_grid.addWidget(QLabel(experiment_status_label(status)), row, 0)
            self.status_labels[status] = QLabel("0")
            self.status_labels[status].setObjectName("statusCount")
            status_grid.addWidget(self.status_labels[status], row, 1)
        status_grid.setRowStretch(len(db.EXPERIMENT_STATUSES), 1)
        experiments_panel, _heading = _panel(self.tr("Experiments"), status_box)

        panels = QHBoxLayout()
        panels.setSpacing(12)
        panels.addWidget(funnel_panel, 3)
        panels.addWidget(experiments_panel, 1)

        self.okr_health = OkrHealthPanel()
        self.funnel_alerts = FunnelAlertsPanel()
        self.body.addWidget(self.cycle_bar)
        self.body.addLayout(self.card_grid)
        self.body.addWidget(self.funnel_alerts)
        self.body.addWidget(self.okr_health)
        self.checkins_model = CheckInsModel(self)
        self.checkins_table = _table(self.checkins_model)
        header = self.checkins_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.checkins_table.setMinimumHeight(250)  # the page scrolls rather than hide rows
        checkins_panel, _heading = _panel(self.tr("Latest check-ins"), self.checkins_table)

        self.body.addLayout(panels)
        self.body.addWidget(checkins_panel, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        usable = event.size().width() - PAGE_MARGINS
        self._arrange_cards(max(1, min(len(self.cards), usable // CARD_WIDTH)))

    def _arrange_cards(self, columns: int) -> None:
        """As many cards a row as fit, so a narrow window wraps them instead of scrolling."""
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for index, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, index // columns, index % columns)

    def reload(self) -> None:
        workspace = self.controller.workspace
        if workspace is None:
            return
        today = clock.today()
        with workspace.engine.connect() as connection:
            okr_cycle = okr_queries.current_cycle_info(connection, today)
            cycle = summary.cycle_summary(connection, okr_cycle, today) if okr_cycle else None
            counts = summary.workspace_counts(connection)
            display = summary.display_settings(connection)
            this_week = week_start_of(today, display.week_start)
            stages, week, totals = summary.last_week_stage_totals(connection, this_week)
            by_status = summary.experiments_by_status(connection)
            checkins = summary.latest_checkins(connection)
            alerts = funnel_alerts.significant_drops(connection, today)
            if okr_cycle is not None:
                objectives = okr_queries.cycle_objectives(connection, okr_cycle.id)
                thresholds = okr_queries.status_thresholds(connection)
        self.checkins_model.set_lines(checkins, display)
        self.funnel_alerts.set_alerts(alerts)
        self.okr_health.setVisible(okr_cycle is not None)
        if okr_cycle is not None:
            self.okr_health.set_tree(build_tree(okr_cycle, objectives, today, thresholds))
        self._show_cycle(cycle, today)
        self.cards["weeks"].set_value(format_int(counts.funnel_weeks))
        self.cards["running"].set_value(format_int(by_status.get("running", 0)))
        for status, count_label in self.status_labels.items():
            count_label.setText(format_int(by_status.get(status, 0)))
        self._show_funnel_week(stages, week, totals)

    def _show_funnel_week(self, stages: list[str], week: dt.date | None, totals: list[int]) -> None:
        """The last full week's count of each stage (`week` None: the funnel has none)."""
        if week is None:
            self.funnel_model.set_week([], [])
            self.funnel_heading.setText(self.tr("Last full week in the funnel"))
        else:
            self.funnel_model.set_week(stages, totals)
            self.funnel_heading.setText(
                self.tr("Funnel in the week of {date}").format(date=format_date(week))
            )
        self._fit_table_height()
        self.funnel_table.setVisible(week is not None)
        self.funnel_empty.setVisible(week is None)

    def _fit_table_height(self) -> None:
        table = self.funnel_table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(self.funnel_model.rowCount()))
        table.setFixedHeight(height)

    def _show_cycle(self, cycle: summary.CycleSummary | None, today: dt.date) -> None:
        if cycle is None:
            self.subtitle_label.setText(self.tr("No cycle yet: start one from the File menu."))
            self.cycle_bar.setVisible(False)
            for key in ("objectives", "key_results", "checkins"):
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
                share=format_percent(elapsed / length, 0),
            )
        )
        self.cards["objectives"].set_value(format_int(cycle.objectives))
        self.cards["key_results"].set_value(format_int(cycle.key_results))
        self.cards["checkins"].set_value(format_int(cycle.checkins_last_7_days))
