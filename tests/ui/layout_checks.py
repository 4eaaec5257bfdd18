"""Finding text a user cannot read whole: tree and table cells, table headers, labels.

Each check compares the width a text needs (QFontMetrics.horizontalAdvance plus the style's
margins) with the width it is given, and names what falls short by more than `slack`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QWidget,
)

#: How much shorter than its text a place may be: about three characters' worth.
SLACK_CHARS = 3


def _slack(metrics: QFontMetrics) -> int:
    return SLACK_CHARS * metrics.averageCharWidth()


def _shown(widget: QWidget) -> bool:
    """Shown, and not inside a panel the user collapsed to nothing (a splitter's side)."""
    if not widget.isVisibleTo(widget.window()):
        return False
    while not widget.isWindow():
        parent = widget.parentWidget()
        # A collapsed splitter side is moved out of its splitter rather than hidden.
        if widget.width() <= 0 or not parent.rect().intersects(widget.geometry()):
            return False
        widget = parent
    return True


def clipped_labels(root: QWidget) -> list[str]:
    """Labels narrower than their text, or wrapped labels lower than their lines."""
    found = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or not label.text() or not label.pixmap().isNull():
            continue
        if label.wordWrap():
            # Wrapped text is cut when its lines get less height than they need.
            needed = label.heightForWidth(label.width())
            if label.height() < needed - label.fontMetrics().height() // 2:
                found.append(
                    f"wrapped label {label.text()!r}: {label.height()} px high of {needed}"
                )
            continue
        needed = label.sizeHint().width()
        if label.width() < needed - _slack(label.fontMetrics()):
            found.append(f"label {label.text()!r}: {label.width()} px of {needed}")
    return found


def clipped_buttons(root: QWidget) -> list[str]:
    """Buttons and check boxes narrower than their caption."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not _shown(button) or not button.text():
            continue
        needed = button.sizeHint().width()
        if button.width() < needed - _slack(button.fontMetrics()):
            found.append(f"button {button.text()!r}: {button.width()} px of {needed}")
    return found


def clipped_headers(root: QWidget) -> list[str]:
    """Horizontal header sections narrower than their caption needs (the header's own measure,
    QHeaderView.sectionSizeFromContents). No slack: a cut letter in a short caption already
    makes another word."""
    found = []
    for header in root.findChildren(QHeaderView):
        if not _shown(header) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            text = model.headerData(section, Qt.Orientation.Horizontal)
            if header.isSectionHidden(section) or not isinstance(text, str) or not text:
                continue
            needed = header.sectionSizeFromContents(section).width()
            given = header.sectionSize(section)
            if given < needed:
                owner = header.parentWidget().objectName() or type(header.parentWidget()).__name__
                found.append(f"header {text!r} of {owner}: {given} px of {needed}")
    return found


def clipped_cells(view: QAbstractItemView, column: int) -> list[str]:
    """Rows of `view` whose text in `column` is wider than its cell."""
    model = view.model()
    metrics = QFontMetrics(view.font())
    found = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            text = index.data()
            if isinstance(text, str) and text:
                font = index.data(Qt.ItemDataRole.FontRole)
                cell_metrics = QFontMetrics(font) if font is not None else metrics
                needed = cell_metrics.horizontalAdvance(text) + 8
                if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                    needed += view.iconSize().width() + 4 if view.iconSize().isValid() else 20
                given = view.visualRect(index).width()
                if given < needed - _slack(cell_metrics):
                    found.append(f"cell {text!r}: {given} px of {needed}")
            if isinstance(view, QTreeView):
                visit(model.index(row, 0, parent))

    visit(QModelIndex())
    return found
