"""The dashboard's funnel alerts: steps whose rate fell significantly in the last full week.

Hidden when there is nothing to say. On the start-up path: Qt and the store only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from okrdesk.store.funnel.alerts import Alert
from okrdesk.ui.common import formatting
from okrdesk.ui.common.formatting import format_date, format_int, format_percent, format_points
from okrdesk.ui.common.table_model import ReadOnlyTableModel

DROP_COLOUR = "#b3261e"
COLUMN_GAP = 28  # px
STEP, WEEK_RATE, BEFORE_RATE, CHANGE, P_VALUE = range(5)


def format_p_value(p_value: float) -> str:
    """p-values as a reader wants them: exact down to 0.001, "< 0.001" below."""
    locale = QLocale()
    if p_value < 0.001:
        return "< " + locale.toString(0.001, "f", 3)
    return locale.toString(p_value, "f", 3)


class AlertsModel(ReadOnlyTableModel):
    """Rows are funnel_alerts.Alert: the step in words, both weeks' rates, change, p-value."""

    numeric_columns = frozenset({WEEK_RATE, BEFORE_RATE, CHANGE, P_VALUE})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Step"),
            self.tr("Last week"),
            self.tr("Week before"),
            self.tr("Change"),
            self.tr("p-value"),
        )

    def display(self, row: Alert, column: int) -> str:
        if column == STEP:
            return self.tr("{funnel}: {start} → {end} fell").format(
                funnel=row.funnel, start=row.from_stage, end=row.to_stage
            )
        if column == WEEK_RATE:
            return self.tr("{rate} ({reached} of {entered})").format(
                rate=format_percent(row.rate),
                reached=format_int(row.to_count),
                entered=format_int(row.from_count),
            )
        if column == BEFORE_RATE:
            return self.tr("{rate} ({reached} of {entered})").format(
                rate=format_percent(row.previous_rate),
                reached=format_int(row.previous_to_count),
                entered=format_int(row.previous_from_count),
            )
        if column == CHANGE:
            return format_points(row.change)
        return format_p_value(row.p_value)

    def tooltip(self, row: Alert, column: int) -> str | None:
        return self.tr(
            "In the week of {week}, {reached} of {entered} reached {end} from {start} "
            "({rate}), against {before_reached} of {before_entered} the week before "
            "({before}). A two-proportion test puts the chance of a drop this large from "
            "noise alone at {p}."
        ).format(
            week=format_date(row.week),
            reached=format_int(row.to_count),
            entered=format_int(row.from_count),
            start=row.from_stage,
            end=row.to_stage,
            rate=format_percent(row.rate),
            before_reached=format_int(row.previous_to_count),
            before_entered=format_int(row.previous_from_count),
            before=format_percent(row.previous_rate),
            p=formatting.format_p_value(row.p_value),  # "p = 0.012" or "p < 0.001"
        )

    def foreground(self, row: Alert, column: int) -> QColor | None:
        return QColor(DROP_COLOUR) if column in (STEP, CHANGE) else None


class FunnelAlertsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.heading = QLabel(self.tr("Funnel alerts"))
        self.heading.setObjectName("panelTitle")
        self.model = AlertsModel(self)
        self.table = QTableView()
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(STEP, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setVisible(False)

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.model.set_rows(alerts)
        self.setVisible(bool(alerts))
        if not alerts:
            return
        self.heading.setText(
            self.tr("Funnel alerts: significant drops in the week of {date}").format(
                date=format_date(alerts[0].week)
            )
        )
        table, header = self.table, self.table.horizontalHeader()
        for column in range(WEEK_RATE, P_VALUE + 1):
            # Room between the numbers: the contents' width alone runs them together.
            width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            table.setColumnWidth(column, width + COLUMN_GAP)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(self.model.rowCount()))
        table.setFixedHeight(height)
