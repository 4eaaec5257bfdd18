"""What a user can read on a window: every visible widget's text, every item view's cells and
headers (display text and tooltips), and the text items and axis ticks of pyqtgraph charts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

TAGS = re.compile(r"<[^>]+>")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private in PySide6
        return 1


def _model_text(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            header = model.headerData(column, Qt.Orientation.Horizontal) or ""
            for role in ROLES:
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield f"[{header}] {value}"
            if column == 0 and model.rowCount(index) > 0:
                yield from _model_text(model, index)


def _headers(model: QAbstractItemModel) -> Iterator[str]:
    for orientation, count in (
        (Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
        (Qt.Orientation.Vertical, model.rowCount(QModelIndex())),
    ):
        for section in range(count):
            value = model.headerData(section, orientation)
            if isinstance(value, str):
                yield value


def _chart_text(plot: pg.PlotWidget) -> Iterator[str]:
    for item in plot.scene().items():
        if isinstance(item, pg.TextItem):
            yield item.textItem.toPlainText()
        if isinstance(item, pg.AxisItem):
            for level in item._tickLevels or []:  # ticks the chart set with setTicks
                yield from (text for _value, text in level)


def widget_text(widget: QWidget) -> Iterator[str]:
    """One widget's own readable text (not its children's)."""
    if isinstance(widget, QLabel):
        yield TAGS.sub("", widget.text())
    elif isinstance(widget, (QAbstractButton, QAbstractSpinBox, QLineEdit)):  # date fields too
        yield widget.text()
    elif isinstance(widget, QComboBox):
        yield widget.currentText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QProgressBar):
        yield widget.text()
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _headers(widget.model())
        yield from _model_text(widget.model())
    elif isinstance(widget, pg.PlotWidget):
        yield from _chart_text(widget)
    if widget.toolTip():
        yield TAGS.sub("", widget.toolTip())


def visible_text(root: QWidget) -> list[str]:
    """Every readable text of `root` and its visible children."""
    texts = list(widget_text(root))
    for child in root.findChildren(QWidget):
        inner = isinstance(child.parent(), (QAbstractSpinBox, QComboBox))  # its line edit
        if child.isVisibleTo(root) and not inner:
            texts += [text for text in widget_text(child) if text]
    return texts


def written_by_users(path: Path) -> list[str]:
    """Texts users wrote into the workspace (titles like "Grow MRR from 186 000 € to 230 000 €",
    names, comments): shown as written, so neither the app's sentences nor its number forms.
    Longest first, so that a longer text is blanked before a shorter one inside it."""
    found: set[str] = set()
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        for table in tables:
            try:
                cursor = connection.execute(f'SELECT * FROM "{table}"')
            except sqlite3.DatabaseError:
                continue
            for row in cursor:
                for value in row:
                    if isinstance(value, str) and len(value) > 3:
                        found.add(value)
                        found.update(part for part in value.splitlines() if len(part) > 3)
    return sorted(found, key=len, reverse=True)


def without(texts: list[str], user_texts: list[str]) -> list[str]:
    """`texts` with every user-written text blanked out."""
    result = []
    for text in texts:
        for user_text in user_texts:
            if user_text in text:
                text = text.replace(user_text, "…")
        result.append(text)
    return result
