"""Walking the main window's screens for tests that read every screen: the pending events
settled, then the two dashboards and every page of the presentation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.present.window import PresentationWindow


def settle() -> None:
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def dashboards_and_presentation(
    qtbot, window: MainWindow, read: Callable[[QWidget], list[str]]
) -> list[str]:
    """`read` of the management and team dashboards and of every presentation page."""
    texts = []
    for kind in ("management", "team"):
        view = window.show_dashboard(kind)
        settle()
        texts += read(view)
        view.close()
    window.present_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PresentationWindow)))
    (deck,) = window.findChildren(PresentationWindow)
    for page in range(len(deck.page_keys())):
        deck.show_page(page)
        settle()
        texts += read(deck)
    deck.close()
    return texts
