"""What the funnel charts share: the plot set-up, reusable labels, formats and PNG/SVG export."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QLocale, QPoint, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from okrdesk.ui.charts.weekly_funnel import colour_of
from okrdesk.ui.common.formatting import format_percent, format_points

TEXT = "#1f2937"
MUTED = "#64748b"
BASELINE = "#cbd5e1"
CURRENT = "#2563eb"
RISE = "#15803d"
FALL = "#b91c1c"
EXPERIMENT = (245, 158, 11, 40)
EXPERIMENT_EDGE = "#f59e0b"
__all__ = ["colour_of", "export_chart"]


def export_chart(widget: QWidget, path: str | Path) -> Path:
    """Write what the widget shows to a PNG or SVG file (by the suffix); returns the path.

    SVG goes through QSvgGenerator: pyqtgraph 0.14's SVG exporter raises ValueError
    (pyqtgraph issue #3485). An unwritable path raises OSError; nothing is left half written
    by Qt since the bytes are made in memory first.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    # Layouts changed by the last set_data (an axis made wider) are applied on the next
    # event-loop turn; apply them now so the file shows what the chart is about to show.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    if suffix == ".png":
        data = _png_bytes(widget)
    elif suffix == ".svg":
        data = _svg_bytes(widget)
    else:
        raise ValueError(
            QCoreApplication.translate(
                "Charts", "A chart is saved as .png or .svg, not {0}"
            ).format(path.suffix or path.name)
        )
    path.write_bytes(data)
    return path


def _png_bytes(widget: QWidget) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(
            QCoreApplication.translate("Charts", "The chart could not be encoded as PNG.")
        )
    return bytes(buffer.data())


def _svg_bytes(widget: QWidget) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.windowTitle() or widget.objectName())
    # A cached background would go into the SVG as one big picture: draw it as shapes.
    views = [widget] if isinstance(widget, QGraphicsView) else []
    views += widget.findChildren(QGraphicsView)
    modes = [view.cacheMode() for view in views]
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    painter = QPainter(generator)
    try:
        # QWidget's own render: a QGraphicsView overrides render() to draw its scene only.
        QWidget.render(widget, painter, QPoint())
    finally:
        painter.end()
        for view, mode in zip(views, modes, strict=True):
            view.setCacheMode(mode)
    return bytes(buffer.data())


def make_still(plot: pg.PlotItem) -> None:
    """No panning, no context menu; downsampled and clipped to view for long series.

    Downsampling and clip-to-view go on the PlotItem: set on a curve, they are reset when the
    curve is added to the plot.
    """
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setTextPen(TEXT)
        axis.setPen(MUTED)


class FunnelPlot(pg.PlotWidget):
    """A still plot on white (see make_still)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName(object_name)
        self.setMinimumHeight(220)
        make_still(self.plotItem)


def set_category_ticks(plot: pg.PlotWidget, side: str, names: Sequence[str]) -> None:
    """Name the positions 0, 1, 2… of an axis, and make a left axis wide enough for them."""
    axis = plot.getAxis(side)
    axis.setTicks([list(enumerate(names))])
    if side == "left":
        metrics = QFontMetrics(axis.style.get("tickFont") or plot.font())
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        axis.setWidth(widest + 14)


class LabelPool:
    """TextItems kept on a plot and reused: set_data shows as many as needed, hides the rest."""

    def __init__(
        self, plot: pg.PlotWidget | pg.PlotItem, anchor: tuple[float, float], angle: float = 0
    ) -> None:
        self._plot = plot
        self._anchor = anchor
        self._angle = angle
        self.items: list[pg.TextItem] = []

    def show(self, labels: list[tuple[float, float, str, str, bool]]) -> None:
        """Each label is (x, y, text, colour, bold)."""
        while len(self.items) < len(labels):
            item = pg.TextItem(anchor=self._anchor, angle=self._angle)
            self._plot.addItem(item)
            self.items.append(item)
        for item, (x, y, text, colour, bold) in zip(self.items, labels, strict=False):
            item.setText(text, color=QColor(colour))
            if item.textItem.font().bold() != bold:
                font = QFont(item.textItem.font())
                font.setBold(bold)
                item.setFont(font)
            item.setPos(x, y)
            item.setVisible(True)
        for item in self.items[len(labels) :]:
            item.setVisible(False)

    def texts(self) -> list[str]:
        """The text of every label on show, in order."""
        return [item.toPlainText() for item in self.shown()]

    def shown(self) -> list[pg.TextItem]:
        return [item for item in self.items if item.isVisible()]


def fit_bar_labels(
    plot: pg.PlotWidget, ends: Sequence[float], labels: Sequence[pg.TextItem], gap_px: float = 6
) -> None:
    """Set a horizontal bar chart's x range so that every label, placed just right of its bar
    (or of 0 for a negative bar), fits inside the view, and move the labels there.

    Labels keep their size in pixels whatever the scale, so the range is found from the view's
    width in pixels: the scale is the largest at which the widest bar-plus-label still fits.
    """
    view_width = plot.plotItem.vb.width() or plot.width()
    left = min([0.0, *ends])
    scale = None
    for end, label in zip(ends, labels, strict=True):
        reach = max(end, 0.0) - left
        room = view_width - gap_px - label.boundingRect().width()
        if reach > 0 and room > 0:
            scale = room / reach if scale is None else min(scale, room / reach)
    if scale is None:
        scale = view_width / 1.0
    for end, label in zip(ends, labels, strict=True):
        label.setPos(max(end, 0.0) + gap_px / scale, label.pos().y())
    plot.setXRange(left, left + view_width / scale, padding=0)


def week_x(week: dt.date | pd.Timestamp) -> float:
    """Seconds since the epoch of a day's midnight, local time, as DateAxisItem reads it."""
    day = pd.Timestamp(week).date()
    return dt.datetime.combine(day, dt.time()).timestamp()


def is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def percent(share: float | None) -> str:
    """A share as a percentage (formatting.format_percent); NaN and None are "—"."""
    if is_missing(share):
        return "—"
    return format_percent(float(share))


def points(change: float | None) -> str:
    """An absolute change of a rate in percentage points, signed: "+2.1 pts"."""
    if is_missing(change):
        return "—"
    return format_points(float(change))


def p_value_text(p_value: float | None) -> str:
    """ "p = 0.012", or "p < 0.001" for smaller; "—" when there was no test."""
    if is_missing(p_value):
        return "—"
    locale = QLocale()
    if p_value < 0.001:
        return QCoreApplication.translate("Charts", "p < {0}").format(
            locale.toString(0.001, "f", 3)
        )
    return QCoreApplication.translate("Charts", "p = {0}").format(locale.toString(p_value, "f", 3))
