"""Table model of recent check-ins: date, key result, value, confidence, comment."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from okrdesk.store.summary import CheckInLine, DisplaySettings

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NUMERIC_COLUMNS = (2, 3)


CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł", "HUF": "Ft", "RUB": "₽"}


def format_value(value: float, kind: str, unit: str, currency: str) -> str:
    """A key result's value as its owner wrote it: done or not, a percentage, an amount."""
    if kind == "binary":
        return QCoreApplication.translate("CheckInsModel", "Done" if value >= 1 else "Not done")
    locale = QLocale()
    decimals = 0 if float(value).is_integer() else 1
    if unit == "currency":
        return locale.toCurrencyString(float(value), CURRENCY_SYMBOLS.get(currency, currency), 0)
    text = locale.toString(float(value), "f", decimals)
    return text + " %" if unit == "percent" else text


def confidence_colour(confidence: int, at_risk: int, off_track: int) -> QColor:
    """Red up to the off-track limit, amber up to the at-risk limit, green above."""
    if confidence <= off_track:
        return QColor("#b91c1c")
    if confidence <= at_risk:
        return QColor("#b45309")
    return QColor("#047857")


class CheckInsModel(QAbstractTableModel):
    """Rows are check-ins, newest first. Columns: date, key result, value, confidence, comment."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[CheckInLine] = []
        self._settings = DisplaySettings()

    def set_lines(self, lines: list[CheckInLine], settings: DisplaySettings) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._settings = settings
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Key result"),
            self.tr("Value"),
            self.tr("Confidence"),
            self.tr("Comment"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QLocale().toString(line.checked_on, "d MMM")
            if column == 1:
                return line.key_result
            if column == 2:
                return format_value(line.value, line.kind, line.unit, self._settings.currency)
            if column == 3:
                return "—" if line.confidence is None else QLocale().toString(line.confidence)
            return line.comment
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4):
            return line.key_result if column == 1 else line.comment
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and line.confidence is not None:
            settings = self._settings
            return confidence_colour(
                line.confidence, settings.at_risk_confidence, settings.off_track_confidence
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    @staticmethod
    def _alignment(column: int) -> int:
        horizontal = (
            Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
