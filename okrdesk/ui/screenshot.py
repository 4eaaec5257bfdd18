"""`okrdesk screenshot`: every screen of a workspace rendered offscreen to PNG files."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from okrdesk.reports.text import Context

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from okrdesk.ui.main_window import MainWindow

SIZE = (1440, 900)
# Chart axes lay out over a few rounds of posted events after their first resize.
SETTLE_ROUNDS = 5


class Screenshots(Context):
    """Sentences of `okrdesk screenshot`."""


def settle(app: QApplication) -> None:
    """Let layouts, resizes and deferred updates of a newly shown page run to the end."""
    for _ in range(SETTLE_ROUNDS):
        app.sendPostedEvents()
        app.processEvents()


def _wait_for_reads(app: QApplication, window: MainWindow) -> None:
    """Until what the shown section reads in the background has arrived."""
    from PySide6.QtCore import QEventLoop

    app.sendPostedEvents()
    while window.is_loading():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def parse_size(text: str) -> tuple[int, int]:
    """ "1366x768" → (1366, 768); ValueError for anything else."""
    width, _, height = text.lower().replace("×", "x").partition("x")
    size = (int(width), int(height))
    if min(size) < 100 or max(size) > 10000:
        raise ValueError(text)
    return size


def _offscreen_screen(size: tuple[int, int]) -> None:
    """Before the application exists: an offscreen screen of `size`, so that windows are
    fitted to it as to a real screen of that size."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    screen = {"name": "okrdesk", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    config = Path(tempfile.mkdtemp(prefix="okrdesk-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def write_screenshots(
    path: Path, directory: Path, size: tuple[int, int] = SIZE, language: str | None = None
) -> list[Path]:
    """Render each section at `size` (1440×900 unless told) into DIRECTORY/<section>.png,
    plus welcome.png, and the dashboards and presentation mode (management.png, team.png,
    present.png); in `language` ("pl_PL") when given, else the setting's or the system's."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _offscreen_screen(size)
    from okrdesk.ui.app import create_app
    from okrdesk.ui.main_window import MainWindow

    app = create_app(language_name=language)
    directory.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.controller.open(path)
    window.resize(*size)
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
            _wait_for_reads(app, window)
            settle(app)
            target = directory / f"{name}.png"
            if not window.grab().save(str(target)):
                raise OSError(Screenshots.tr("{file}: cannot write the image").format(file=target))
            written.append(target)
        written += _write_views(app, window, directory, size)
    finally:
        window.controller.close()
        window.hide()
        window.deleteLater()
    return written


def _write_views(
    app: QApplication, window: QWidget, directory: Path, size: tuple[int, int]
) -> list[Path]:
    """management.png and team.png (View → … dashboard), present.png (View → Present, its
    first page), each at `size`."""
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
        view.showNormal()  # an offscreen "screen" may be smaller than the picture
        settle(app)  # leaving full screen restores the old size: resize after it
        view.resize(*size)
        settle(app)
        target = directory / f"{name}.png"
        if not view.grab().save(str(target)):
            raise OSError(Screenshots.tr("{file}: cannot write the image").format(file=target))
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
