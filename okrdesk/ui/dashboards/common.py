"""What both dashboards are made of: figure cards, panels and tables, at a type scale.

A dashboard built with scale 1 sits in a window beside the others; presentation mode builds
it again at a larger scale, so that the back of a meeting room can read it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr import Status
from okrdesk.ui.common import formatting
from okrdesk.ui.okr.status_text import STATUS_COLOURS
from okrdesk.ui.okr.status_text import status_name as status_name

# Type sizes in pixels at scale 1; the window's style sheet sets the same for the sections.
BASE_SIZES = {"body": 13, "title": 15, "value": 28, "caption": 12, "heading": 22}


def style_sheet(scale: float) -> str:
    """The dashboard's fonts and panels at `scale`; set on the dashboard widget itself, so that
    it wins over the application's style sheet."""
    size = {key: round(value * scale) for key, value in BASE_SIZES.items()}
    return (
        f"QWidget {{ font-size: {size['body']}px; }}"
        f"QLabel#dashboardHeading {{ font-size: {size['heading']}px; font-weight: 600;"
        " color: #0f172a; }"
        f"QLabel#dashboardNote {{ font-size: {size['caption']}px; color: #475569; }}"
        f"QLabel#panelTitle {{ font-size: {size['title']}px; font-weight: 600;"
        " color: #1e293b; }"
        f"QLabel#figureValue {{ font-size: {size['value']}px; font-weight: 600;"
        " color: #0f172a; }"
        f"QLabel#figureCaption {{ font-size: {size['caption']}px; color: #475569; }}"
        "QFrame#figureCard, QFrame#dashboardPanel { background: #ffffff;"
        " border: 1px solid #e2e8f0; border-radius: 8px; }"
        "QFrame#figureCard QLabel, QFrame#dashboardPanel QLabel { border: none; }"
        f"QTableView#dashboardTable {{ border: none; font-size: {size['body']}px;"
        " alternate-background-color: #f1f5f9; background: #ffffff; }"
        f"QHeaderView::section {{ font-size: {size['caption']}px; }}"
        f"QTableView#dashboardTable::item {{ padding: 0px {round(6 * scale)}px; }}"
    )


class FigureCard(QFrame):
    """One number with a caption under it and a note (what it is compared with) below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.value_label = QLabel("—")
        self.value_label.setObjectName("figureValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("figureCaption")
        self.caption_label.setWordWrap(True)
        self.note_label = QLabel("")
        self.note_label.setObjectName("figureCaption")
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_value(self, value: str, note: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))


def panel(title: str, content: QWidget) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("dashboardPanel")
    heading = QLabel(title)
    heading.setObjectName("panelTitle")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(heading)
    layout.addWidget(content, 1)
    return frame, heading


class FittedTable(QTableView):
    """A read-only table as tall as its header and rows (with the font it has now), so that a
    dashboard shows every row and the page, not the table, scrolls."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().length()
        header = self.horizontalHeader().sizeHint().height()
        return QSize(hint.width(), header + rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        self.resizeRowsToContents()
        self.updateGeometry()


def table(model: QAbstractItemModel, stretch_column: int = 0) -> QTableView:
    """A read-only, unselectable table that shows all its rows."""
    view = FittedTable()
    view.setObjectName("dashboardTable")
    view.setModel(model)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    model.modelReset.connect(view._refit)
    return view


def status_chip_style(status: str) -> str:
    background, foreground = STATUS_COLOURS[Status(status)]
    return f"background: {background}; color: {foreground}; border-radius: 8px; padding: 2px 10px;"


def status_foreground(status: str) -> str:
    return STATUS_COLOURS[Status(status)][1]


def format_points(change: float | None) -> str:
    """A rate's absolute change in percentage points, signed: "+2.1 pts", "−0.4 pts"."""
    return formatting.format_points(change)
