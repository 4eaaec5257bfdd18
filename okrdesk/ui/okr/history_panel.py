"""Beside the OKR tree: the chosen key result's check-ins, chart and comments.

Comments wrap in full (and show whole in the tooltip). One past check-in can be corrected
(Edit…, or Enter / a double click) or deleted (Delete key) from the table: the panel says which
through `edit_requested` and `delete_requested`; the OKR screen asks, and makes the change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain import okr
from okrdesk.domain.budget import NoRoi, budget_summary
from okrdesk.store.okr.queries import CycleInfo, HistoryPoint
from okrdesk.store.review.summary import DisplaySettings
from okrdesk.ui.common.formatting import (
    format_amount,
    format_date,
    format_int,
    format_kr_value,
    format_percent,
)
from okrdesk.ui.common.table_keys import TableKeys
from okrdesk.ui.common.table_model import ReadOnlyTableModel
from okrdesk.ui.okr.nodes import KeyResultNode

AUTOMATIC_COLOUR = "#2f6fb2"  # the funnel mark of bound key results in the tree


class HistoryModel(ReadOnlyTableModel):
    """Rows are HistoryPoints, newest first: date, value, confidence, comment and blockers."""

    numeric_columns = frozenset({1, 2})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind, self._unit, self._currency = "increase", "number", "EUR"

    def set_history(
        self, points: Sequence[HistoryPoint], kind: str, unit: str, currency: str
    ) -> None:
        self._kind, self._unit, self._currency = kind, unit, currency
        self.set_rows(list(reversed(points)))

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Value"), self.tr("Confidence"), self.tr("Comment"))

    def display(self, row: HistoryPoint, column: int) -> str:
        if column == 0:
            return format_date(row.checked_on)
        if column == 1:
            return format_kr_value(row.value, self._kind, self._unit, self._currency)
        if column == 2:
            return "—" if row.confidence is None else format_int(row.confidence)
        text = row.comment
        if row.blockers:
            blocked = self.tr("Blocked: {blockers}").format(blockers=row.blockers)
            text = f"{text} — {blocked}" if text else blocked
        # An import's own comment already says "Automatic: from import …".
        if row.automatic and not text.startswith("Automatic"):
            text = self.tr("(automatic) ") + text
        return text

    def tooltip(self, row: HistoryPoint, column: int) -> str | None:
        if column == 3:
            return self.display(row, column)
        if row.automatic:
            return self.tr("Automatic check-in: the funnel metric the key result is bound to")
        return None

    def foreground(self, row: HistoryPoint, column: int) -> QColor | None:
        return QColor(AUTOMATIC_COLOUR) if row.automatic else None


COMMENT = 3


class HistoryPanel(QWidget):
    #: The key result's id and the check-in to correct, or to delete.
    edit_requested = Signal(int, object)
    delete_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_result_id: int | None = None
        self.setObjectName("historyPanel")
        self.chart = None
        self.title_label = QLabel(self.tr("Choose a key result to see its check-ins."))
        self.title_label.setObjectName("panelTitle")
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("sectionSubtitle")
        self.detail_label.setWordWrap(True)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setWordWrap(True)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("chartLegend")
        self.legend_label.setWordWrap(True)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        # Rows grow to their wrapped comment, again whenever the comment column narrows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self._edit)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Shown in the menu only: TableKeys gives the key to this table, not to the tree.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete)
        self.table.addActions([self.edit_action, self.delete_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.doubleClicked.connect(self._edit)
        TableKeys(self.table, self._delete, self._edit)
        self.set_editable(False)
        self.setMinimumWidth(300)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 0, 0, 0)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.detail_label)
        self._layout.addWidget(self.budget_label)
        self._layout.addWidget(self.legend_label)
        self._layout.addWidget(self.table, 1)
        self._show_parts(False)

    def _show_parts(self, visible: bool) -> None:
        for widget in (self.detail_label, self.budget_label, self.legend_label, self.table):
            widget.setVisible(visible)
        if self.chart is not None:
            self.chart.setVisible(visible)

    def clear(self) -> None:
        self._key_result_id = None
        self.title_label.setText(self.tr("Choose a key result to see its check-ins."))
        self._show_parts(False)

    def set_editable(self, editable: bool) -> None:
        """Past check-ins can be corrected only in an open cycle of a writable file."""
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(editable)

    def current_point(self) -> HistoryPoint | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _edit(self) -> None:
        point = self.current_point()
        if point is not None and self._key_result_id is not None and self.edit_action.isEnabled():
            self.edit_requested.emit(self._key_result_id, point)

    def _delete(self) -> None:
        point = self.current_point()
        if point is not None and self._key_result_id is not None and self.delete_action.isEnabled():
            self.delete_requested.emit(self._key_result_id, point)

    def show_key_result(
        self,
        node: KeyResultNode,
        cycle: CycleInfo,
        points: Sequence[HistoryPoint],
        settings: DisplaySettings,
        source: str = "",
        funnel_revenue: float | None = None,
    ) -> None:
        """`source` says where a bound key result's automatic check-ins come from;
        `funnel_revenue` is what its funnel earned in the cycle so far (for ROI)."""
        row = node.row_data
        self._key_result_id = row.id
        if self.chart is None:
            from okrdesk.ui.charts.kr_history import KeyResultHistoryChart

            self.chart = KeyResultHistoryChart()
            self._layout.insertWidget(4, self.chart, 1)
        self.title_label.setText(row.title)
        currency = settings.currency
        self.detail_label.setText(
            self.tr("{owner} · from {start} to {target}").format(
                owner=row.owner_name or self.tr("no owner"),
                start=format_kr_value(row.start_value, row.kind, row.unit, currency),
                target=format_kr_value(row.target_value, row.kind, row.unit, currency),
            )
            + (f"\n{source}" if source else "")
        )
        self._show_budget(row, currency, funnel_revenue)
        checkins = [(p.checked_on, p.value) for p in points]
        if row.kind in ("increase", "decrease"):
            pace = [(cycle.start_date, row.start_value), (cycle.end_date, row.target_value)]
        else:
            pace = [(cycle.start_date, row.target_value), (cycle.end_date, row.target_value)]
        predicted = okr.forecast(checkins, cycle.end_date)
        forecast = (cycle.end_date, predicted) if predicted is not None else None
        self.chart.set_data(checkins, pace, forecast)
        self.legend_label.setText(self._legend(forecast, row.kind, row.unit, currency))
        self.model.set_history(points, row.kind, row.unit, currency)
        self._show_parts(True)
        self.budget_label.setVisible(bool(self.budget_label.text()))

    def _show_budget(self, row, currency: str, funnel_revenue: float | None) -> None:
        """Budget, cost so far, what is left and ROI (domain.budget says when it is known)."""
        if row.budget is None and row.cost is None:
            self.budget_label.clear()
            self.budget_label.setToolTip("")
            return
        money = budget_summary(
            row.kind,
            row.unit,
            row.start_value,
            row.current,
            row.budget,
            row.cost,
            funnel_revenue,
        )
        parts = [
            self.tr("Budget {amount}").format(
                amount="—" if money.budget is None else format_amount(money.budget, currency)
            ),
            self.tr("spent {amount}").format(amount=format_amount(money.cost or 0.0, currency)),
        ]
        if money.left is not None:
            if money.left < 0:
                parts.append(
                    self.tr("over budget by {amount}").format(
                        amount=format_amount(-money.left, currency)
                    )
                )
            else:
                parts.append(
                    self.tr("left {amount}").format(amount=format_amount(money.left, currency))
                )
        parts.append(
            self.tr("ROI {roi}").format(
                roi="—" if money.roi is None else format_percent(money.roi, 0)
            )
        )
        self.budget_label.setText(" · ".join(parts))
        if money.roi is not None and money.revenue_from_funnel:
            tip = self.tr(
                "ROI = (revenue − cost) / cost, where the revenue is what the bound funnel "
                "booked in this cycle so far: {revenue}."
            ).format(revenue=format_amount(money.revenue, currency))
        elif money.roi is not None:
            tip = self.tr(
                "ROI = (revenue − cost) / cost, where the revenue is the gain so far: {revenue}."
            ).format(revenue=format_amount(money.revenue, currency))
        elif money.no_roi is NoRoi.NO_CHECKIN:
            tip = self.tr("No ROI before the first check-in: the gain so far is the revenue.")
        elif money.no_roi is NoRoi.NO_COST:
            tip = self.tr("No ROI without a cost: add the cost so far in the key result's editor.")
        else:
            tip = self.tr(
                "No ROI: only a key result that increases an amount of money, or one bound to "
                "a funnel with revenue, says what it earns. This one does not."
            )
        self.budget_label.setToolTip(tip)

    def _legend(self, forecast, kind: str, unit: str, currency: str) -> str:
        from okrdesk.ui.charts.kr_history import FORECAST, PACE, VALUES

        parts = [
            f'<span style="color:{VALUES}">●</span>&nbsp;' + self.tr("check-ins"),
            f'<span style="color:{PACE}">- -</span>&nbsp;' + self.tr("even pace to the target"),
        ]
        if forecast is not None:
            parts.append(
                f'<span style="color:{FORECAST}">···</span>&nbsp;'
                + self.tr("forecast at the cycle's end: {value}").format(
                    value=format_kr_value(forecast[1], kind, unit, currency)
                )
            )
        return "&nbsp;&nbsp;&nbsp;".join(parts)
