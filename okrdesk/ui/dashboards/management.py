"""The management dashboard: revenue against its target, CAC, the forecast to the cycle's end
and the objectives by status.

Each block is its own widget with `set_data(ManagementData)`, so that presentation mode can
show one block a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from okrdesk.reports.text import Context
from okrdesk.store.review.dashboard import (
    STATUS_ORDER,
    KeyResultForecast,
    ManagementData,
    ObjectiveLine,
)
from okrdesk.ui.common.formatting import (
    format_amount,
    format_date,
    format_int,
    format_kr_measure,
    format_percent,
)
from okrdesk.ui.common.table_model import ReadOnlyTableModel
from okrdesk.ui.dashboards.common import (
    FigureCard,
    panel,
    status_chip_style,
    status_foreground,
    status_name,
    table,
)


class ManagementDashboard(Context):
    """Sentences of the management dashboard's heading."""


class KeyResultForecastModel(ReadOnlyTableModel):
    """Rows: KeyResultForecast; columns key result, now, target, progress, the forecast at the
    cycle's end (value and progress), status. The expected progress is the same for every key
    result: the headings say it."""

    numeric_columns = frozenset({1, 2, 3, 4, 5})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Key result"),
            self.tr("Now"),
            self.tr("Target"),
            self.tr("Progress"),
            self.tr("Forecast"),
            self.tr("At the end"),
            self.tr("Status"),
        )

    def display(self, row: KeyResultForecast, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return self._value(row.current, row)
        if column == 2:
            return self._value(row.target, row)
        if column == 3:
            return format_percent(row.progress, 0)
        if column == 4:
            return self._value(row.forecast, row)
        if column == 5:
            return format_percent(row.forecast_progress, 0)
        return status_name(row.status)

    def tooltip(self, row: KeyResultForecast, column: int) -> str | None:
        return row.objective if column == 0 else None

    def foreground(self, row: KeyResultForecast, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 6 else None

    def _value(self, value: float | None, row: KeyResultForecast) -> str:
        if value is None:
            return "—"
        return format_kr_measure(
            value, row.kind, row.unit, self.currency, row.unit_label, row.decimals
        )


class ObjectivesModel(ReadOnlyTableModel):
    """Rows: ObjectiveLine; columns objective, progress, forecast at the cycle's end, status."""

    numeric_columns = frozenset({1, 2})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Objective"),
            self.tr("Progress"),
            self.tr("Forecast at cycle end"),
            self.tr("Status"),
        )

    def display(self, row: ObjectiveLine, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return format_percent(row.progress, 0)
        if column == 2:
            return format_percent(row.forecast_progress, 0)
        return status_name(row.status)

    def tooltip(self, row: ObjectiveLine, column: int) -> str | None:
        return row.title if column == 0 else None  # the whole title, where the cell cuts it

    def foreground(self, row: ObjectiveLine, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 3 else None


class RevenueBlock(QWidget):
    """Revenue, CAC and the forecast as figures; the revenue key results as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {
            "revenue": FigureCard(self.tr("Revenue key result")),
            "booked": FigureCard(self.tr("Revenue booked in the funnel this cycle")),
            "cac": FigureCard(self.tr("CAC this cycle")),
            "forecast": FigureCard(self.tr("Objectives at cycle end, forecast")),
        }
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card)
        self.model = KeyResultForecastModel(self)
        self.table = table(self.model)
        self.empty_label = QLabel(self.tr("No key result of this cycle counts money that grows."))
        self.empty_label.setObjectName("dashboardNote")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.empty_label)
        frame, self.heading = panel(self.tr("Revenue against its target"), box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(cards)
        layout.addWidget(frame)
        layout.addStretch(1)

    def set_data(self, data: ManagementData) -> None:
        revenue = data.revenue_key_results
        self.heading.setText(
            self.tr("Revenue against its target; {expected} expected by now").format(
                expected=format_percent(data.expected, 0)
            )
        )
        self.model.currency = data.currency
        self.model.set_rows(revenue)
        self.table.setVisible(bool(revenue))
        self.empty_label.setVisible(not revenue)
        self._show_revenue(data, revenue[0] if revenue else None)
        money = data.money
        if money is None:
            self.cards["booked"].set_value("—", self.tr("No spend or revenue in the funnel yet."))
            self.cards["cac"].set_value("—")
        else:
            weeks = self.tr("{first} to {last}, {funnel}").format(
                first=format_date(money.first_day),
                last=format_date(money.last_day),
                funnel=money.funnel,
            )
            self.cards["booked"].set_value(format_amount(money.revenue, data.currency), weeks)
            cac = "—" if money.cac is None else format_amount(money.cac, data.currency)
            week_cac = (
                "—" if money.week_cac is None else format_amount(money.week_cac, data.currency)
            )
            self.cards["cac"].set_value(
                cac,
                self.tr("{spend} spent for {deals} deals; last full week {week_cac}").format(
                    spend=format_amount(money.spend, data.currency),
                    deals=_format_count(money.deals),
                    week_cac=week_cac,
                ),
            )
        known = [o.forecast_progress for o in data.objectives if o.forecast_progress is not None]
        now = [o.progress for o in data.objectives if o.progress is not None]
        if known:
            self.cards["forecast"].set_value(
                format_percent(sum(known) / len(known), 0),
                self.tr("Now {now}, expected {expected}").format(
                    now=format_percent(sum(now) / len(now), 0) if now else "—",
                    expected=format_percent(data.expected, 0),
                ),
            )
        else:
            self.cards["forecast"].set_value("—", self.tr("Too few check-ins for a forecast."))

    def _show_revenue(self, data: ManagementData, line: KeyResultForecast | None) -> None:
        card = self.cards["revenue"]
        if line is None or line.current is None:
            card.set_value("—", line.title if line else "")
            return
        card.caption_label.setText(line.title)
        card.set_value(
            format_amount(line.current, data.currency),
            self.tr("Target {target}: {progress} done, {expected} expected").format(
                target=format_amount(line.target, data.currency),
                progress=format_percent(line.progress, 0),
                expected=format_percent(line.expected, 0),
            ),
        )


class ObjectivesBlock(QWidget):
    """How many objectives have each status, and each objective's progress and forecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        chips = QGridLayout()
        chips.setHorizontalSpacing(24)
        self.count_labels: dict[str, QLabel] = {}
        for column, status in enumerate(reversed(STATUS_ORDER)):
            name = QLabel(status_name(status))
            name.setStyleSheet(status_chip_style(status))
            count = QLabel("0")
            count.setObjectName("figureValue")
            self.count_labels[status] = count
            chips.addWidget(count, 0, column, Qt.AlignmentFlag.AlignHCenter)
            chips.addWidget(name, 1, column, Qt.AlignmentFlag.AlignHCenter)
        chips.setColumnStretch(len(STATUS_ORDER), 1)
        self.model = ObjectivesModel(self)
        self.table = table(self.model)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(12)
        box_layout.addLayout(chips)
        box_layout.addWidget(self.table)
        frame, _heading = panel(self.tr("Objectives by status"), box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        layout.addStretch(1)

    def set_data(self, data: ManagementData) -> None:
        for status, count in data.objectives_by_status.items():
            self.count_labels[status].setText(format_int(count))
        self.model.set_rows(data.objectives)


class ForecastBlock(QWidget):
    """Every key result of the cycle with the value its check-ins point to at the cycle's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KeyResultForecastModel(self)
        self.table = table(self.model)
        self.note = QLabel(
            self.tr(
                "The forecast continues the straight line through each key result's check-ins "
                "to the cycle's last day; binary and stay-above/below key results have none."
            )
        )
        self.note.setObjectName("dashboardNote")
        self.note.setWordWrap(True)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.note)
        frame, self.heading = panel(self.tr("Forecast to cycle end"), box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        layout.addStretch(1)

    def set_data(self, data: ManagementData) -> None:
        self.model.currency = data.currency
        self.model.set_rows(data.key_results)
        if data.cycle is not None:
            self.heading.setText(
                self.tr("Forecast to {end}; {expected} expected by now").format(
                    end=format_date(data.cycle.end_date), expected=format_percent(data.expected, 0)
                )
            )


def heading_text(data: ManagementData) -> tuple[str, str]:
    """The dashboard's title and the line under it: the cycle, the day and the pace."""
    if data.cycle is None:
        return ManagementDashboard.tr("Management dashboard"), ManagementDashboard.tr(
            "No cycle yet."
        )
    return (
        ManagementDashboard.tr("Management dashboard — {cycle}").format(cycle=data.cycle.name),
        ManagementDashboard.tr(
            "As of {day}: {expected} of the cycle has passed; it ends {end}."
        ).format(
            day=format_date(data.on),
            expected=format_percent(data.expected, 0),
            end=format_date(data.cycle.end_date),
        ),
    )


MANAGEMENT_BLOCKS: tuple[tuple[str, type[QWidget]], ...] = (
    ("revenue", RevenueBlock),
    ("objectives", ObjectivesBlock),
    ("forecast", ForecastBlock),
)


def _format_count(count: float) -> str:
    """Whole deals as such; a straddling week's share of them with one decimal ("56.6")."""
    if abs(count - round(count)) < 1e-9:
        return format_int(round(count))
    return QLocale().toString(float(count), "f", 1)
