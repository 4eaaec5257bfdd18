"""`okrdesk screenshot`: every screen of a workspace rendered offscreen to PNG files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1440, 900)
# Chart axes lay out over a few rounds of posted events after their first resize.
SETTLE_ROUNDS = 5


def settle(app: QApplication) -> None:
    """Let layouts, resizes and deferred updates of a newly shown page run to the end."""
    for _ in range(SETTLE_ROUNDS):
        app.sendPostedEvents()
        app.processEvents()


def write_screenshots(path: Path, directory: Path) -> list[Path]:
    """Render each section at 1440×900 into DIRECTORY/<section>.png, plus welcome.png, and
    the dashboards and presentation mode (management.png, team.png, present.png)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from okrdesk.ui.app import create_app
    from okrdesk.ui.main_window import MainWindow

    app = create_app()
    directory.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.controller.open(path)
    window.resize(*SIZE)
    window.show()
    written = []
    try:
        pages = [("welcome", window.show_welcome)]
        pages += [
            (key, lambda row=row: window.show_section(row))
            for row, key in enumerate(window.sections)
        ]
        for name, show in pages:
            show()
            settle(app)
            target = directory / f"{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(f"{target}: cannot write the image")
            written.append(target)
        written += _write_views(app, window, directory)
    finally:
        window.controller.close()
        window.hide()
        window.deleteLater()
    return written


def _write_views(app: QApplication, window: QWidget, directory: Path) -> list[Path]:
    """management.png and team.png (View → … dashboard), present.png (View → Present, its
    first page), each at 1440×900."""
    views = [
        ("management", lambda: window.show_dashboard("management")),
        ("team", lambda: window.show_dashboard("team")),
        ("present", lambda: _presentation(app, window)),
    ]
    written = []
    for name, open_view in views:
        view = open_view()
        if view is None:
            continue
        view.showNormal()  # an offscreen "screen" is smaller than the picture
        view.resize(*SIZE)
        settle(app)
        target = directory / f"{name}.png"
        if not view.grab().save(str(target)):
            raise OSError(f"{target}: cannot write the image")
        written.append(target)
        view.close()
    return written


def _presentation(app: QApplication, window: QWidget) -> QWidget | None:
    """View → Present, once its data is read in the background and its window is up."""
    from PySide6.QtCore import QEventLoop

    from okrdesk.ui.present.window import presentation

    task = window.present()
    if task is None:
        return None
    finished: list[bool] = []
    task.done.connect(lambda: finished.append(True))
    while not finished:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    settle(app)
    return presentation(window)
