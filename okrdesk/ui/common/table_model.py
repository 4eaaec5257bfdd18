"""A read-only table model over a list of rows; subclasses say how each cell reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def role_values(*roles: Qt.ItemDataRole) -> frozenset[int]:
    """Roles as plain numbers: a view asks data() for a dozen roles at each cell it measures or
    paints, most of them ones a model never answers, and testing a number against a set costs
    less than comparing with Qt's enums."""
    return frozenset(role.value for role in roles)


_ANSWERED = role_values(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
)


class ReadOnlyTableModel(QAbstractTableModel):
    """Rows are the objects given to `set_rows`; columns are `headers()`.

    Subclasses implement `headers()` and `display(row, column)`, and may override `tooltip`
    and `foreground`; columns in `numeric_columns` are right-aligned.
    """

    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        # The views ask at every cell and every header section they measure or paint (some
        # 3,000 times as the Experiments section first shows); headers() translates every
        # caption each time. Kept from one set_rows to the next.
        self._captions: tuple[str, ...] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._captions = tuple(self.headers())
        self.endResetModel()

    def _shown_headers(self) -> tuple[str, ...]:
        if self._captions is None:
            self._captions = tuple(self.headers())
        return self._captions

    def row(self, number: int) -> Any:
        return self._rows[number]

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    def _alignment(self, column: int) -> int:
        horizontal = (
            Qt.AlignmentFlag.AlignRight
            if column in self.numeric_columns
            else Qt.AlignmentFlag.AlignLeft
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
