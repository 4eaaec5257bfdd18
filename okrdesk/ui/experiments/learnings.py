"""What the team has learnt: every decided experiment with its decision, searchable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.experiments.records import ExperimentRow
from okrdesk.ui.common.formatting import (
    decision_word,
    format_date,
    format_int,
)
from okrdesk.ui.common.table_fit import TableFit
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel

CODE, TITLE, DECISION, DECIDED_ON, LEARNINGS = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class LearningsModel(ReadOnlyTableModel):
    """Rows are decided ExperimentRows: code, title, decision, decided on, learnings.

    SEARCH_ROLE holds everything a search matches (code, title, hypothesis, variable,
    learnings, decision); ID_ROLE the experiment's id.
    """

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Experiment"),
            self.tr("Decision"),
            self.tr("Decided"),
            self.tr("Learnings"),
        )

    def display(self, row: ExperimentRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == TITLE:
            return row.title
        if column == DECISION:
            return decision_word(row.decision) if row.decision else "—"
        if column == DECIDED_ON:
            return format_date(row.decided_on) if row.decided_on else "—"
        if column == LEARNINGS:
            return row.learnings or "—"
        return ""

    def tooltip(self, row: ExperimentRow, column: int) -> str | None:
        if column == LEARNINGS and row.learnings:
            return row.learnings
        if column == TITLE and row.values.hypothesis:
            return row.values.hypothesis
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ExperimentRow = self.row(index.row())
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            values = row.values
            decision = self.display(row, DECISION)
            return "\n".join(
                (row.code, row.title, values.hypothesis, values.variable, row.learnings, decision)
            )
        return super().data(index, role)


class LearningsPanel(QWidget):
    """The learnings table with a search box; choosing a row emits its experiment id."""

    current_changed = Signal(int)  # an experiment id, 0 when none
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LearningsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(CODE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("learningsSearch")
        self.search_edit.setPlaceholderText(self.tr("Search learnings, titles and hypotheses…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.search_edit.textChanged.connect(self._search)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("learningsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE, 260)
        header.setSectionResizeMode(LEARNINGS, QHeaderView.ResizeMode.Stretch)
        # Years of decided experiments: measured per distinct text and per row in view.
        self.fit = TableFit(self.table, self.model, (CODE, DECISION, DECIDED_ON))
        self.table.selectionModel().currentRowChanged.connect(
            lambda: self.current_changed.emit(self.current_id() or 0)
        )
        self.table.doubleClicked.connect(self._edit_current)
        self.empty_label = QLabel(
            self.tr(
                "No decided experiments yet. When an experiment ends, record its decision "
                "and what the team learnt (Decide…)."
            )
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit)
        search_row.addWidget(self.count_label)
        search_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[ExperimentRow]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self._show_count()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def codes(self) -> list[str]:
        """The codes shown, after the search."""
        return [self.proxy.index(row, CODE).data() for row in range(self.proxy.rowCount())]

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("{shown} of {total}").format(
            shown=format_int(shown), total=format_int(total)
        )
        self.count_label.setText(text if self.search_edit.text().strip() else "")

    def _edit_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.edit_requested.emit(chosen)
