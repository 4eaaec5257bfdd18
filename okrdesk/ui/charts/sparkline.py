"""A sparkline: a small line of a series' values, its last point marked, drawn with QPainter.

`paint_sparkline` draws into any rectangle (a delegate's cell); `Sparkline` is the widget with
a `set_data()`. Cheap enough for a table row: no pyqtgraph, nothing to import at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#64748b")


def sparkline_points(values: Sequence[float], rect: QRectF) -> list[QPointF]:
    """Where each value goes in `rect`: evenly spaced, lowest at the bottom, highest at the top.

    A flat series is drawn across the middle.
    """
    if not values:
        return []
    low, high = min(values), max(values)
    span = high - low
    step = rect.width() / (len(values) - 1) if len(values) > 1 else 0.0
    points = []
    for i, value in enumerate(values):
        share = (value - low) / span if span else 0.5
        x = rect.left() + (i * step if len(values) > 1 else rect.width() / 2)
        points.append(QPointF(x, rect.bottom() - share * rect.height()))
    return points


def paint_sparkline(
    painter: QPainter, rect: QRectF, values: Sequence[float], last: QColor | None = None
) -> None:
    """The line in grey, the last value as a dot in `last` (the KPI's status colour)."""
    inner = rect.adjusted(4, 4, -4, -4)
    points = sparkline_points(values, inner)
    if not points:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if len(points) > 1:
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(LINE, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(last or LINE)
    painter.drawEllipse(points[-1], 3.0, 3.0)
    painter.restore()


class Sparkline(QWidget):
    """A sparkline widget; the owner calls `set_data(values, colour)` when data arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float, ...] = ()
        self._colour: QColor | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, values: Sequence[float], colour: QColor | None = None) -> None:
        self._values = tuple(values)
        self._colour = colour
        self.update()

    def values(self) -> tuple[float, ...]:
        return self._values

    def sizeHint(self) -> QSize:
        return QSize(120, 36)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_sparkline(painter, QRectF(self.rect()), self._values, self._colour)
        painter.end()
