"""Presentation mode: full screen, large type, one block a page.

Left/Right, Page Up/Page Down and Space move, Home and End jump, Esc or F11 leave. The page
counter ("3 / 13") sits top right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_int
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.dashboards.common import style_sheet
from okrdesk.ui.present.pages import SCALE, Deck, Page, all_pages, load_deck

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace)
LEAVE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F11)


def _present_style(scale: float) -> str:
    title = round(22 * scale)
    line = round(17 * scale)
    return style_sheet(scale) + (
        "PresentationWindow, QWidget#presentPage, QScrollArea, QScrollArea > QWidget > QWidget"
        " { background: #ffffff; }"
        f"QLabel#presentTitle {{ font-size: {title}px; font-weight: 700; color: #0f172a; }}"
        f"QLabel#presentCounter {{ font-size: {round(14 * scale)}px; color: #475569; }}"
        f"QLabel#presentHint {{ font-size: {round(8 * scale)}px; color: #94a3b8; }}"
        f"QLabel#presentLine {{ font-size: {line}px; color: #1e293b; }}"
    )


class PresentationWindow(QWidget):
    """The pages, shown one at a time; each page's widget is built when first shown."""

    def __init__(self, pages: Sequence[Page], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("okrdesk — presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_present_style(SCALE))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = list(pages)
        self.title_label = QLabel("")
        self.title_label.setObjectName("presentTitle")
        self.title_label.setWordWrap(True)
        self.counter_label = QLabel("")
        self.counter_label.setObjectName("presentCounter")
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.hint_label = QLabel(self.tr("← → move · Home, End · Esc leaves"))
        self.hint_label.setObjectName("presentHint")
        self.stack = QStackedWidget()
        self._holders: list[QScrollArea] = []
        for _page in self.pages:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._holders.append(holder)
            self.stack.addWidget(holder)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.counter_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 20)
        layout.setSpacing(24)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint_label, 0, Qt.AlignmentFlag.AlignRight)
        self.index = -1
        self.show_page(0)

    # -- pages --------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [page.key for page in self.pages]

    def show_page(self, index: int) -> None:
        if not self.pages:
            self.title_label.setText(self.tr("Nothing to present"))
            return
        index = max(0, min(index, len(self.pages) - 1))
        holder = self._holders[index]
        if holder.widget() is None:
            spec = self.pages[index]
            page = spec.build()
            page.setObjectName("presentPage")
            if spec.scale != SCALE:
                page.setStyleSheet(style_sheet(spec.scale))
            for child in page.findChildren(QWidget):
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder.setWidget(page)
        self.index = index
        self.stack.setCurrentIndex(index)
        self.title_label.setText(self.pages[index].title)
        self.counter_label.setText(
            self.tr("{page} / {count}").format(
                page=format_int(index + 1), count=format_int(len(self.pages))
            )
        )

    def show_key(self, key: str) -> None:
        keys = self.page_keys()
        if key in keys:
            self.show_page(keys.index(key))

    def next_page(self) -> None:
        self.show_page(self.index + 1)

    def previous_page(self) -> None:
        self.show_page(self.index - 1)

    # -- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next_page()
        elif key in PREVIOUS_KEYS:
            self.previous_page()
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(len(self.pages) - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def screen_dpi(widget: QWidget) -> int:
    """Pixels per inch the charts are painted at: the screen's, times its pixel ratio, and at
    least twice the CSS 96 so that charts scaled up to full screen stay sharp."""
    screen = widget.screen()
    ratio = screen.devicePixelRatio() if screen else 1.0
    dpi = screen.logicalDotsPerInch() if screen else 96.0
    return round(max(dpi * ratio, 96 * 2))


def open_presentation(
    parent: QWidget,
    controller: WorkspaceController,
    page: str | None = None,
    today: dt.date | None = None,
) -> BackgroundTask | None:
    """Read what the presentation shows in the background, then show it full screen at `page`
    (a page key; the first page when None). The window is `presentation(parent)` once shown."""
    workspace = controller.workspace
    if workspace is None:
        return None
    for running in parent.findChildren(PresentationWindow):
        running.close()  # one presentation at a time
    day = today or clock.today()

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Deck:
        with workspace.engine.connect() as connection:
            return load_deck(connection, day)

    def show(deck: Deck) -> None:
        window = PresentationWindow(all_pages(deck, screen_dpi(parent)), parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if page is not None:
            window.show_key(page)
        window.showFullScreen()
        window.setFocus()

    title = QCoreApplication.translate("PresentationWindow", "Preparing the presentation")
    return BackgroundTask(parent, work, title=title).on_success(show).start()


def presentation(parent: QWidget) -> PresentationWindow | None:
    """The presentation open over `parent`, if any."""
    shown = [w for w in parent.findChildren(PresentationWindow) if w.isVisible()]
    return shown[0] if shown else None
