"""Painting the OKR tree's progress bars (with today's expected pace) and status chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from okrdesk.domain.okr import Status
from okrdesk.ui.okr.status_text import STATUS_COLOURS
from okrdesk.ui.okr.tree_model import PROGRESS_ROLE, STATUS, STATUS_ROLE

Index = QModelIndex | QPersistentModelIndex
TRACK = QColor("#e2e8f0")
FILLS = {
    Status.DONE: QColor("#2563eb"),
    Status.ON_TRACK: QColor("#3b82f6"),
    Status.AT_RISK: QColor("#f59e0b"),
    Status.OFF_TRACK: QColor("#dc2626"),
    Status.NEEDS_UPDATE: QColor("#94a3b8"),
}
MARKER = QColor("#0f172a")
TEXT_WIDTH = 44  # room for "100%" beside the bar
BAR_WIDTH = 64  # the shortest bar that still shows the pace tick apart from the fill


def _status(index: Index) -> Status | None:
    """The row's status; it crosses QVariant as a plain string."""
    value = index.data(STATUS_ROLE)
    return Status(value) if value in Status._value2member_map_ else None


class ProgressDelegate(QStyledItemDelegate):
    """A bar of the progress, a tick where the pace says it should be today, the percentage."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), BAR_WIDTH + TEXT_WIDTH + 16), size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        values = index.data(PROGRESS_ROLE)
        if values is None:
            super().paint(painter, option, index)
            return
        progress, expected = values
        self._background(painter, option)
        rect = option.rect.adjusted(6, 0, -6 - TEXT_WIDTH, 0)
        bar = QRectF(rect.left(), rect.center().y() - 4, max(rect.width(), 0), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        status = _status(index.siblingAtColumn(STATUS))
        painter.setBrush(FILLS.get(status, FILLS[Status.ON_TRACK]))
        painter.drawRoundedRect(
            QRectF(bar.left(), bar.top(), bar.width() * min(progress, 1.0), 8), 4, 4
        )
        if expected is not None:
            marker_x = bar.left() + bar.width() * min(max(expected, 0.0), 1.0)
            painter.setPen(QPen(MARKER, 2))
            painter.drawLine(QPointF(marker_x, bar.top() - 3), QPointF(marker_x, bar.bottom() + 3))
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text_rect = option.rect.adjusted(option.rect.width() - TEXT_WIDTH - 4, 0, -4, 0)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, index.data()
        )
        painter.restore()

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )


class StatusDelegate(QStyledItemDelegate):
    """The status as a coloured chip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data()
        if _status(index) is None or not isinstance(text, str):
            return size
        # The chip (text and its padding) with a margin on both sides.
        return QSize(option.fontMetrics.horizontalAdvance(text) + 16 + 12, size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = _status(index)
        if status is None:
            super().paint(painter, option, index)
            return
        ProgressDelegate._background(painter, option)
        background, foreground = STATUS_COLOURS[status]
        text = index.data()
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        chip = QRectF(option.rect.left() + 6, option.rect.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
