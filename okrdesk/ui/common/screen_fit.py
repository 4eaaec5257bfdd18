"""Top-level windows sized and placed inside the screen's available area, and the key that
saves a layout per screen size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget

# Title bar and borders a window manager adds around a window not yet shown, when no shown
# window tells the real ones.
FRAME_GUESS = QSize(8, 36)


def _screen(window: QWidget, near: QWidget | None) -> QScreen:
    for widget in (near, window):
        if widget is not None and widget.screen() is not None:
            return widget.screen()
    return QGuiApplication.primaryScreen()


def screen_key(widget: QWidget) -> str:
    """The available geometry of the widget's screen, as a settings key part: "1366x740+0+28"."""
    area = _screen(widget, None).availableGeometry()
    return f"{area.width()}x{area.height()}+{area.x()}+{area.y()}"


def _frame_extra(window: QWidget, near: QWidget | None) -> QSize:
    """What the window manager adds around a window: measured on a shown window if any."""
    for widget in (window, near):
        if widget is not None and widget.isVisible():
            frame, inner = widget.frameGeometry(), widget.geometry()
            if frame.size() != inner.size():
                return frame.size() - inner.size()
    return FRAME_GUESS


def fit_to_screen(window: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Give `window` the size asked for, or less where the screen is smaller, and place it
    (frame included) inside the screen's available area: centred on `near` if given."""
    near = near.window() if near is not None else None
    area = _screen(window, near).availableGeometry()
    extra = _frame_extra(window, near)
    size = QSize(
        max(min(width, area.width() - extra.width()), window.minimumWidth()),
        max(min(height, area.height() - extra.height()), window.minimumHeight()),
    )
    window.resize(size)
    outer = QRect(QPoint(0, 0), size + extra)
    centre = near.frameGeometry().center() if near is not None else area.center()
    outer.moveCenter(centre)
    outer.moveLeft(max(area.left(), min(outer.left(), area.right() + 1 - outer.width())))
    outer.moveTop(max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height())))
    window.move(outer.topLeft())


def keep_on_screen(window: QWidget) -> None:
    """A restored geometry from another screen: shrink and move it back inside this one."""
    fit_to_screen(window, window.width(), window.height())


class SnugFirstPane(QObject):
    """Gives a splitter's first pane only the height (or width) it needs, and the rest to the
    second pane, whenever the splitter is resized or the pane's content changes, until the
    user moves the handle."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._pane = splitter.widget(0)
        splitter.installEventFilter(self)
        self._pane.installEventFilter(self)
        splitter.splitterMoved.connect(self._stop)

    def _stop(self) -> None:
        self._splitter.removeEventFilter(self)
        self._pane.removeEventFilter(self)

    def _needed(self, vertical: bool) -> int:
        pane = self._pane
        hint = pane.minimumSizeHint()
        if not vertical:
            return max(hint.width(), pane.minimumWidth())
        # Wrapped text in the pane needs more height the narrower the pane is.
        wrapped = pane.heightForWidth(pane.width()) if pane.hasHeightForWidth() else -1
        return max(hint.height(), pane.minimumHeight(), wrapped)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if event.type() in kinds and self._splitter.isVisible():
            vertical = self._splitter.orientation().name == "Vertical"
            first = self._needed(vertical)
            # Before its first layout a splitter's sizes are all 0: its own size tells.
            size = self._splitter.height() if vertical else self._splitter.width()
            sizes = self._splitter.sizes()
            total = sum(sizes) or size - self._splitter.handleWidth()
            if total > first > 0 and sizes[0] != first:
                self._splitter.setSizes([first, total - first])
        return False
