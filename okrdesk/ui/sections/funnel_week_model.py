"""Table model of one funnel week: each stage with its count, step and overall conversion."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from okrdesk.domain.rates import overall_conversion, step_conversion

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def format_rate(rate: float | None) -> str:
    """A share as a percentage with one decimal in the user's locale; undefined is "—"."""
    if rate is None:
        return "—"
    return QLocale().toString(100.0 * rate, "f", 1) + " %"


class FunnelWeekModel(QAbstractTableModel):
    """Rows are stages in funnel order.

    Columns: stage name, count, step conversion (from the stage before), overall conversion
    (from the first stage). Read-only.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._stages: list[str] = []
        self._counts: list[int] = []
        self._steps: list[float | None] = []
        self._overall: list[float | None] = []

    def set_week(self, stages: list[str], counts: list[int]) -> None:
        self.beginResetModel()
        self._stages, self._counts = list(stages), list(counts)
        self._steps = step_conversion(counts)
        self._overall = overall_conversion(counts)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignRight if section else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Stage"), self.tr("Count"), self.tr("Step"), self.tr("Overall"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._stages[row]
            if column == 1:
                return QLocale().toString(self._counts[row])
            if column == 2:
                return format_rate(self._steps[row]) if row else ""
            return format_rate(self._overall[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
