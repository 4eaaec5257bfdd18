"""Table model of recent check-ins: date, key result, value, confidence, comment."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from okrdesk.store.review.summary import CheckInLine, DisplaySettings
from okrdesk.ui.common import formatting
from okrdesk.ui.common.formatting import format_checkin_comment, format_int, format_kr_measure
from okrdesk.ui.common.table_model import ReadOnlyTableModel


def confidence_colour(confidence: int, settings: DisplaySettings) -> QColor:
    """Red up to the off-track limit, amber up to the at-risk limit, green above."""
    if confidence <= settings.off_track_confidence:
        return QColor("#b91c1c")
    if confidence <= settings.at_risk_confidence:
        return QColor("#b45309")
    return QColor("#047857")


class CheckInsModel(ReadOnlyTableModel):
    """Rows are CheckInLines, newest first."""

    numeric_columns = frozenset({2, 3})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = DisplaySettings()

    def set_lines(self, lines: Sequence[CheckInLine], settings: DisplaySettings) -> None:
        self._settings = settings
        self.set_rows(lines)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Key result"),
            self.tr("Value"),
            self.tr("Confidence"),
            self.tr("Comment"),
        )

    def display(self, row: CheckInLine, column: int) -> str:
        if column == 0:
            return formatting.format_day_month(row.checked_on)
        if column == 1:
            return row.key_result
        if column == 2:
            return format_kr_measure(
                row.value,
                row.kind,
                row.unit,
                self._settings.currency,
                row.unit_label,
                row.decimals,
            )
        if column == 3:
            return "—" if row.confidence is None else format_int(row.confidence)
        return format_checkin_comment(row.comment)

    def tooltip(self, row: CheckInLine, column: int) -> str | None:
        return {1: row.key_result, 4: format_checkin_comment(row.comment)}.get(column)

    def foreground(self, row: CheckInLine, column: int) -> QColor | None:
        if column != 3 or row.confidence is None:
            return None
        return confidence_colour(row.confidence, self._settings)
