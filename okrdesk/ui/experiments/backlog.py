"""The backlog: experiment ideas with their ICE scores, sortable, to plan one for a week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.domain.weeks import week_start_of
from okrdesk.reports.review_table import experiment_status_label
from okrdesk.store.experiments.records import EXPERIMENT_STATUSES, ExperimentRow
from okrdesk.ui.common import formatting
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.common.table_keys import TableKeys
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel

CODE, TITLE, KEY_RESULT, IMPACT, CONFIDENCE, EASE, ICE, STATUS, START = range(9)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def next_monday(today: dt.date) -> dt.date:
    """The Monday after today (a week ahead when today is a Monday)."""
    return week_start_of(today) + dt.timedelta(weeks=1)


class BacklogModel(ReadOnlyTableModel):
    """Rows are ExperimentRows: code, title, key result, impact, confidence, ease, ICE (their
    mean, one decimal), status and start date. SORT_ROLE gives numbers to sort by, ID_ROLE the
    experiment's id."""

    numeric_columns = frozenset({IMPACT, CONFIDENCE, EASE, ICE})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Key result"),
            self.tr("Impact"),
            self.tr("Confidence"),
            self.tr("Ease"),
            self.tr("ICE"),
            self.tr("Status"),
            self.tr("Day 1"),
        )

    def display(self, row: ExperimentRow, column: int) -> str:
        values = row.values
        if column == CODE:
            return row.code
        if column == TITLE:
            return row.title
        if column == KEY_RESULT:
            return row.key_result_title or "—"
        if column in (IMPACT, CONFIDENCE, EASE):
            return format_int(getattr(values, ("impact", "confidence", "ease")[column - IMPACT]))
        if column == ICE:
            return QLocale().toString(row.ice, "f", 1)
        if column == STATUS:
            return experiment_status_label(row.status)
        if column == START:
            return format_date(row.start_date) if row.start_date else "—"
        return ""

    def tooltip(self, row: ExperimentRow, column: int) -> str | None:
        if column == TITLE and row.values.hypothesis:
            return row.values.hypothesis
        if column == KEY_RESULT and row.key_result_title:
            return row.key_result_title  # the column is often too narrow for all of it
        if column == ICE:
            return self.tr("The mean of impact, confidence and ease")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            # Left-aligned, so the sort arrow at the right edge never covers a heading.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ExperimentRow = self.row(index.row())
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        return super().data(index, role)

    def _sort_key(self, row: ExperimentRow, column: int) -> Any:
        values = row.values
        keys: dict[int, Any] = {
            IMPACT: values.impact,
            CONFIDENCE: values.confidence,
            EASE: values.ease,
            ICE: row.ice,
            STATUS: EXPERIMENT_STATUSES.index(row.status),
            START: row.start_date.toordinal() if row.start_date else 0,
        }
        if column in keys:
            return keys[column]
        return self.display(row, column).casefold()


class BacklogPanel(QWidget):
    """The backlog table with its buttons; the owner does the work behind each signal."""

    new_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    plan_requested = Signal(int)
    current_changed = Signal(int)  # an experiment id, 0 when none
    show_all_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writable = True
        self.model = BacklogModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("backlogTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ICE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY_RESULT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(KEY_RESULT, 240)
        self.table.doubleClicked.connect(lambda _: self._emit_for_current(self.edit_requested))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        TableKeys(
            self.table,
            lambda: self._emit_for_current(self.delete_requested),
            lambda: self._emit_for_current(self.edit_requested),
        )

        self.new_button = QPushButton(self.tr("&New experiment"))
        self.new_button.setToolTip(self.tr("Write down a new experiment idea (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen experiment (Enter)"))
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        self.plan_button = QPushButton(self.tr("&Plan for week…"))
        self.plan_button.setObjectName("primaryButton")
        self.plan_button.setToolTip(self.tr("Give the chosen idea its Day 1 and its day tasks"))
        self.plan_button.clicked.connect(lambda: self._emit_for_current(self.plan_requested))
        self.show_all_check = QCheckBox(self.tr("Show every experiment"))
        self.show_all_check.setToolTip(
            self.tr("Besides the ideas, list planned, running and decided experiments")
        )
        self.show_all_check.toggled.connect(self.show_all_changed)
        self.empty_label = QLabel(
            self.tr(
                "No ideas in the backlog. Write one down with New experiment (Ctrl+N): one "
                "change, the metric it should move, and why."
            )
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.show_all_check)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.plan_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_rows(self, rows: Sequence[ExperimentRow], writable: bool = True) -> None:
        """Show `rows`; with `writable` False (a read-only workspace) no button edits."""
        self.writable = writable
        chosen = self.current_id()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if chosen is not None:
            self.select(chosen)
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_row(self) -> ExperimentRow | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, experiment_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, CODE)
            if index.data(ID_ROLE) == experiment_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def codes(self) -> list[str]:
        """The codes in the order shown."""
        return [self.proxy.index(row, CODE).data() for row in range(self.proxy.rowCount())]

    def _emit_for_current(self, signal: Any) -> None:
        chosen = self.current_id()
        if chosen is not None:
            signal.emit(chosen)

    def _current_row_changed(self) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_id() or 0)

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.new_button.setEnabled(self.writable)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.writable and row is not None)
        self.plan_button.setEnabled(
            self.writable and row is not None and row.status in ("idea", "planned")
        )


class PlanWeekDialog(FormDialog):
    """Pick Day 1 for an experiment; the calendar opens on next Monday."""

    def __init__(self, parent: QWidget | None, row: ExperimentRow, today: dt.date) -> None:
        super().__init__(parent, self.tr("Plan {code} for a week").format(code=row.code), 420)
        day = row.start_date if row.start_date and row.start_date >= today else next_monday(today)
        self.date_edit = QDateEdit(QDate(day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_display_format())
        self.date_edit.setMinimumDate(QDate(today))
        self.date_edit.dateChanged.connect(self._show_last_day)
        self.last_day_label = QLabel()
        self.last_day_label.setObjectName("hintLabel")
        self._duration = row.values.duration_days
        title = QLabel(row.title)
        title.setWordWrap(True)
        self.form.addRow(self.tr("Experiment:"), title)
        self.form.addRow(self.tr("&Day 1:"), self.date_edit)
        self.form.addRow("", self.last_day_label)
        self._show_last_day()
        self.revalidate()

    def problems(self) -> list[Problem]:
        return []  # the calendar cannot pick a day before today

    def start_date(self) -> dt.date:
        return self.date_edit.date().toPython()

    def _show_last_day(self) -> None:
        last = self.start_date() + dt.timedelta(days=self._duration - 1)
        self.last_day_label.setText(
            self.tr(
                "Runs %Ln day(s), to {date}; the day tasks are made from the template.",
                "",
                self._duration,
            ).format(date=format_date(last))
        )
