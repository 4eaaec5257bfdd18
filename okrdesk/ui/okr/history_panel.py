"""Beside the OKR tree: the chosen key result's check-ins, chart and comments.

Comments wrap in full (and show whole in the tooltip). One past check-in can be corrected
(Edit…, or Enter / a double click) or deleted (Delete key) from the table: the panel says which
through `edit_requested` and `delete_requested`; the OKR screen asks, and makes the change.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShowEvent
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
from okrdesk.domain.kr_history import Definition, KrChange, decode, definition_on, progress_on
from okrdesk.store.bindings import automatic_comment_parts
from okrdesk.store.okr.queries import CycleInfo, HistoryPoint
from okrdesk.store.review.summary import DisplaySettings
from okrdesk.ui.common.formatting import (
    format_amount,
    format_checkin_comment,
    format_date,
    format_int,
    format_kr_measure,
    format_percent,
)
from okrdesk.ui.common.preload import import_soon
from okrdesk.ui.common.table_keys import TableKeys
from okrdesk.ui.common.table_model import ReadOnlyTableModel
from okrdesk.ui.okr.nodes import KeyResultNode

if TYPE_CHECKING:
    from okrdesk.ui.charts.kr_history import KeyResultHistoryChart

CHART_MODULE = "okrdesk.ui.charts.kr_history"  # imported when first needed, with pyqtgraph
AUTOMATIC_COLOUR = "#2f6fb2"  # the funnel mark of bound key results in the tree
CHANGE_COLOUR = "#7c3aed"  # a change of the key result among its check-ins
FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("HistoryModel", "Kind changed"),
    "unit": QT_TRANSLATE_NOOP("HistoryModel", "Unit changed"),
    "unit_label": QT_TRANSLATE_NOOP("HistoryModel", "Unit label changed"),
    "decimals": QT_TRANSLATE_NOOP("HistoryModel", "Decimals changed"),
    "start_value": QT_TRANSLATE_NOOP("HistoryModel", "Start changed"),
    "target_value": QT_TRANSLATE_NOOP("HistoryModel", "Target changed"),
}


class HistoryModel(ReadOnlyTableModel):
    """Rows are HistoryPoints and the key result's kept changes (KrChange), newest first:
    date, value (old → new for a change), confidence, comment and blockers, and who."""

    numeric_columns = frozenset({1, 2})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind, self._unit, self._currency = "increase", "number", "EUR"
        self._unit_label, self._decimals = "", None
        self._definition: Definition | None = None
        self._changes: tuple[KrChange, ...] = ()

    def set_history(
        self,
        points: Sequence[HistoryPoint],
        kind: str,
        unit: str,
        currency: str,
        changes: Sequence[KrChange] = (),
        unit_label: str = "",
        decimals: int | None = None,
        definition: Definition | None = None,
    ) -> None:
        """`definition`: the key result's kind, start and target now; with `changes` it tells
        each check-in's progress against the target of its day (the value's tooltip)."""
        self._kind, self._unit, self._currency = kind, unit, currency
        self._unit_label, self._decimals = unit_label, decimals
        self._definition, self._changes = definition, tuple(changes)
        # A change sorts after the check-ins of its day: they were read against it already.
        rows = [((p.checked_on, 0), p) for p in points]
        rows += [((c.changed_at.date(), 1), c) for c in changes]
        rows.sort(key=lambda pair: pair[0])
        self.set_rows([row for _key, row in reversed(rows)])

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Value"),
            self.tr("Confidence"),
            self.tr("Comment"),
            self.tr("By"),
        )

    def _value(self, value: float) -> str:
        return format_kr_measure(
            value, self._kind, self._unit, self._currency, self._unit_label, self._decimals
        )

    def _changed_value(self, change: KrChange, text: str | None) -> str:
        value = decode(change.field, text)
        if value is None:
            return self.tr("automatic") if change.field == "decimals" else "—"
        if change.field in ("start_value", "target_value"):
            return self._value(float(value))
        return str(value) if value != "" else self.tr("none")

    def _change_display(self, row: KrChange, column: int) -> str:
        if column == 0:
            return format_date(row.changed_at.date())
        if column == 1:
            old = self._changed_value(row, row.old_value)
            return f"{old} → {self._changed_value(row, row.new_value)}"
        if column == 3:
            field = FIELD_NAMES.get(row.field)
            return QCoreApplication.translate("HistoryModel", field) if field else row.field
        if column == 4:
            return row.author_name
        return ""

    def display(self, row: HistoryPoint | KrChange, column: int) -> str:
        if isinstance(row, KrChange):
            return self._change_display(row, column)
        if column == 4:
            return row.author_name
        if column == 0:
            return format_date(row.checked_on)
        if column == 1:
            return self._value(row.value)
        if column == 2:
            return "—" if row.confidence is None else format_int(row.confidence)
        text = format_checkin_comment(row.comment)
        if row.blockers:
            blocked = self.tr("Blocked: {blockers}").format(blockers=row.blockers)
            text = f"{text} — {blocked}" if text else blocked
        # An import's own comment already says it is automatic.
        if row.automatic and automatic_comment_parts(row.comment) is None:
            text = self.tr("(automatic) ") + text
        return text

    def tooltip(self, row: HistoryPoint | KrChange, column: int) -> str | None:
        if isinstance(row, KrChange):
            return self.tr("{what} on {date} by {author}: {values}").format(
                what=self._change_display(row, 3),
                date=format_date(row.changed_at.date()),
                author=row.author_name or self.tr("someone"),
                values=self._change_display(row, 1),
            )
        if column == 3:
            return self.display(row, column)
        lines = []
        if row.automatic:
            lines.append(
                self.tr("Automatic check-in: the funnel metric the key result is bound to")
            )
        if column == 1 and self._definition is not None:
            then = definition_on(row.checked_on, self._definition, self._changes)
            share = progress_on(row.checked_on, row.value, self._definition, self._changes)
            lines.append(
                self.tr("{share} of the way to {target}, the target of that day").format(
                    share=format_percent(share, 0), target=self._value(then.target_value)
                )
            )
        return "\n".join(lines) or None

    def foreground(self, row: HistoryPoint | KrChange, column: int) -> QColor | None:
        if isinstance(row, KrChange):
            return QColor(CHANGE_COLOUR)
        return QColor(AUTOMATIC_COLOUR) if row.automatic else None


COMMENT = 3
AUTHOR = 4
# What changes the cells' sizes without a change of the rows.
REFIT_ON = (
    QEvent.Type.Show,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
)


class HistoryPanel(QWidget):
    # The key result's id and the check-in to correct, or to delete.
    edit_requested = Signal(int, object)
    delete_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_result_id: int | None = None
        self.setObjectName("historyPanel")
        self.chart: KeyResultHistoryChart | None = None
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
        # Measured once per change of the rows (`_fit`), not by ResizeToContents modes: those
        # measure every cell again at each layout pass, a tenth of a second at every key result
        # chosen with a year of check-ins.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        # A name may wrap at its spaces: the comment keeps the room its header needs.
        header.setSectionResizeMode(AUTHOR, QHeaderView.ResizeMode.Interactive)
        self.model.modelReset.connect(self._fit)
        # Rows grow to their wrapped comment, again whenever the comment column narrows.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.timeout.connect(self._fit)
        # Only the rows follow the comment's width: the other columns fit their own cells.
        self._fit_rows_later = QTimer(self)
        self._fit_rows_later.setSingleShot(True)
        self._fit_rows_later.timeout.connect(self.table.resizeRowsToContents)
        self._fitted_hidden = False  # the last fit measured a hidden table: again once shown
        header.sectionResized.connect(self._column_resized)
        self.table.installEventFilter(self)
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

    def showEvent(self, event: QShowEvent) -> None:
        # The chart's library is imported in the background, and the chart made as soon as
        # it is in: not at the first key result chosen, which would wait for both.
        if self.chart is None:
            import_soon(self, CHART_MODULE, self._make_chart)
        super().showEvent(event)

    def _make_chart(self) -> None:
        if self.chart is not None:
            return
        from okrdesk.ui.charts.kr_history import KeyResultHistoryChart

        self.chart = KeyResultHistoryChart(self)
        self.chart.setVisible(self._key_result_id is not None)
        self._layout.insertWidget(4, self.chart, 1)

    def _fit(self) -> None:
        """The date, value and confidence columns as wide as their cells, the author's as its
        longest word, each row as high as its wrapped comment."""
        for column in range(self.model.columnCount()):
            if column not in (COMMENT, AUTHOR):
                self.table.resizeColumnToContents(column)
        self._fit_author_column()
        self.table.resizeRowsToContents()
        self._fitted_hidden = not self.table.isVisible()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == COMMENT:
            self._fit_rows_later.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown_fitted = event.type() == QEvent.Type.Show and not self._fitted_hidden
        if watched is self.table and event.type() in REFIT_ON and not shown_fitted:
            self._fit_later.start(0)
        return super().eventFilter(watched, event)

    def _fit_author_column(self) -> None:
        """As wide as the longest word of an author's name, and at least its header."""
        metrics = self.table.fontMetrics()
        names = (self.model.index(row, AUTHOR).data() or "" for row in range(self.model.rowCount()))
        words = [word for name in names for word in name.split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(AUTHOR, max(widest + 16, header.sectionSizeHint(AUTHOR)))

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
        """The check-in of the current row; None on a kept change (those are not edited)."""
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, HistoryPoint) else None

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
        changes: Sequence[KrChange] = (),
    ) -> None:
        """`source` says where a bound key result's automatic check-ins come from;
        `funnel_revenue` is what its funnel earned in the cycle so far (for ROI); `changes`
        are its kept changes (shown among the check-ins; the chart's target follows them)."""
        row = node.row_data
        self._key_result_id = row.id
        self._make_chart()
        assert self.chart is not None
        self.title_label.setText(row.title)
        currency = settings.currency
        self.detail_label.setText(
            self.tr("{owner} · from {start} to {target}").format(
                owner=row.owner_name or self.tr("no owner"),
                start=format_kr_measure(
                    row.start_value, row.kind, row.unit, currency, row.unit_label, row.decimals
                ),
                target=format_kr_measure(
                    row.target_value, row.kind, row.unit, currency, row.unit_label, row.decimals
                ),
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
        steps = target_steps(row, cycle, changes)
        self.chart.set_targets(steps, row.unit_label)
        self.legend_label.setText(
            self._legend(forecast, row.kind, row.unit, currency, row, bool(steps))
        )
        self._show_parts(True)  # first: the rows are then fitted in view, once
        self.model.set_history(
            points,
            row.kind,
            row.unit,
            currency,
            changes,
            row.unit_label,
            row.decimals,
            Definition(row.kind, row.start_value, row.target_value),
        )
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

    def _legend(
        self, forecast, kind: str, unit: str, currency: str, row=None, targets: bool = False
    ) -> str:
        """`row` (the key result) gives values its unit label and decimals; `targets` adds
        the line of the target as it was."""
        from okrdesk.ui.charts.kr_history import FORECAST, PACE, TARGET, VALUES

        parts = [
            f'<span style="color:{VALUES}">●</span>&nbsp;' + self.tr("check-ins"),
            f'<span style="color:{PACE}">- -</span>&nbsp;' + self.tr("even pace to the target"),
        ]
        if targets:
            parts.append(
                f'<span style="color:{TARGET}">—</span>&nbsp;' + self.tr("the target as it was")
            )
        if forecast is not None:
            parts.append(
                f'<span style="color:{FORECAST}">···</span>&nbsp;'
                + self.tr("forecast at the cycle's end: {value}").format(
                    value=format_kr_measure(
                        forecast[1],
                        kind,
                        unit,
                        currency,
                        row.unit_label if row is not None else "",
                        row.decimals if row is not None else None,
                    )
                )
            )
        return "&nbsp;&nbsp;&nbsp;".join(parts)


def target_steps(row, cycle: CycleInfo, changes: Sequence[KrChange]) -> list[tuple]:
    """The target over the cycle as (day, target) steps, when it changed; else none."""
    moved = [c for c in changes if c.field == "target_value"]
    if not moved:
        return []
    now = Definition(row.kind, row.start_value, row.target_value)
    days = [cycle.start_date, *(c.changed_at.date() for c in moved), cycle.end_date]
    steps = []
    for before, day in itertools.pairwise(days):
        target = definition_on(before, now, changes).target_value
        steps += [(before, target), (day, target)]
    return steps


def local_times(changes: Sequence[KrChange]) -> list[KrChange]:
    """Kept changes with their time in local time (stored in UTC), as the screens show days."""
    return [
        replace(
            c,
            changed_at=c.changed_at.replace(tzinfo=dt.timezone.utc)
            .astimezone()
            .replace(tzinfo=None),
        )
        for c in changes
    ]
