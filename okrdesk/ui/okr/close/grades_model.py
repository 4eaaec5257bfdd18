"""The close dialog's table: every key result with its progress and an editable grade."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from okrdesk.domain import okr
from okrdesk.store.okr.cycle_close import GradingRow
from okrdesk.ui.common.formatting import format_percent

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
OBJECTIVE, KEY_RESULT, PROGRESS, SCORE, NOTE = range(5)
SCORE_COLOURS = {"green": "#bbf7d0", "yellow": "#fef08a", "red": "#fecaca"}


def _tenths(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


@dataclass
class GradeEntry:
    row: GradingRow
    grade: float
    note: str


class GradesModel(QAbstractTableModel):
    """Rows: the cycle's key results (GradingRow). Columns: objective, key result, progress,
    score (editable, tenths 0..1, pre-filled with the stored grade or the proposed score;
    background green/yellow/red), note (editable). Changes stay here until the dialog is
    accepted; `entries` gives them."""

    def __init__(self, rows: list[GradingRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries = [
            GradeEntry(row, row.proposed if row.grade is None else row.grade, row.note)
            for row in rows
        ]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Objective"),
            self.tr("Key result"),
            self.tr("Progress"),
            self.tr("Score"),
            self.tr("Note"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (SCORE, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self.entries[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == OBJECTIVE:
                return entry.row.objective_title
            if column == KEY_RESULT:
                return entry.row.title
            if column == PROGRESS:
                return format_percent(entry.row.progress, 0)
            if column == SCORE:
                return entry.grade if role == Qt.ItemDataRole.EditRole else _tenths(entry.grade)
            if column == NOTE:
                return entry.note
        if role == Qt.ItemDataRole.BackgroundRole and column == SCORE:
            return QColor(SCORE_COLOURS[okr.score_colour(entry.grade)])
        if role == Qt.ItemDataRole.ForegroundRole and column == SCORE:
            return QColor("#0f172a")
        if role == Qt.ItemDataRole.ToolTipRole and column in (OBJECTIVE, KEY_RESULT):
            return index.data()
        if role == Qt.ItemDataRole.ToolTipRole and column == SCORE:
            tip = self.tr("Proposed from the progress: {score}").format(
                score=_tenths(entry.row.proposed)
            )
            if okr.is_stretch_success(entry.grade):
                tip += "\n" + self.tr("{score} is a success for a stretch goal.").format(
                    score=_tenths(entry.grade)
                )
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PROGRESS, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        entry = self.entries[index.row()]
        if index.column() == SCORE:
            entry.grade = okr.score(float(value))
        elif index.column() == NOTE:
            entry.note = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class ScoreDelegate(QStyledItemDelegate):
    """Edits a score in tenths from 0.0 to 1.0."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setRange(0.0, 1.0)
        spin.setSingleStep(0.1)
        spin.setDecimals(1)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setValue(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
