"""The data grid's model: weeks (rows, oldest first) × stages (columns) of one segment.

The model adapts GridData and never writes: an accepted edit is handed on through
`edit_requested` (the panel pushes it as an undoable command), a refused one through
`refused` with the reason to show.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from okrdesk.store.funnel.grid import Cell, GridData
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.funnel.paste import CountError, parse_count

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
READ_ONLY_TEXT = QColor("#475569")


class FunnelGridModel(QAbstractTableModel):
    """Fields: `grid` (the stored counts), `weeks` (stored weeks plus weeks added by the user
    that hold nothing yet), `editable` (False for the sum of every source)."""

    edit_requested = Signal(object)  # {(week, stage id): count or None}
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = GridData(stages=[], weeks=[])
        self.weeks: list[dt.date] = []
        self.editable = False
        self._added: set[dt.date] = set()

    # -- contents ----------------------------------------------------------------------------

    def set_grid(self, grid: GridData, editable: bool, *, keep_added: bool) -> None:
        """Show new counts; in place when weeks and stages are the same (keeps the cursor)."""
        if not keep_added:
            self._added = set()
        weeks = sorted(set(grid.weeks) | self._added)
        same_shape = weeks == self.weeks and grid.stages == self.grid.stages
        if same_shape:
            self.grid, self.editable = grid, editable
            if weeks and grid.stages:
                last = self.index(len(weeks) - 1, len(grid.stages) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.grid, self.weeks, self.editable = grid, weeks, editable
        self.endResetModel()

    def add_week(self, week: dt.date) -> int:
        """Show an empty row for `week` (stored once a count is typed); its row number."""
        if week not in self.weeks:
            row = sum(1 for w in self.weeks if w < week)
            self.beginInsertRows(ROOT, row, row)
            self._added.add(week)
            self.weeks.insert(row, week)
            self.endInsertRows()
        return self.weeks.index(week)

    def cell(self, row: int, column: int) -> Cell:
        return (self.weeks[row], self.grid.stages[column].id)

    def count(self, row: int, column: int) -> int | None:
        return self.grid.counts.get(self.cell(row, column))

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.weeks)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.grid.stages)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.grid.stages[section].name
        return format_date(self.weeks[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            count = self.count(index.row(), index.column())
            return "" if count is None else format_int(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.editable:
            return READ_ONLY_TEXT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        try:
            count = parse_count(str(value))
        except CountError as error:
            stage = self.grid.stages[index.column()].name
            week = format_date(self.weeks[index.row()])
            self.refused.emit(
                self.tr("{stage}, week of {week}: {reason}. Nothing was changed.").format(
                    stage=stage, week=week, reason=error.message()
                )
            )
            return False
        if count == self.count(index.row(), index.column()):
            return False
        self.edit_requested.emit({self.cell(index.row(), index.column()): count})
        return True
