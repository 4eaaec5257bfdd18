"""Starting the GUI: the QApplication, its look, and the workspace it opens first."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from okrdesk import __version__, paths
from okrdesk.reports import language
from okrdesk.ui import settings
from okrdesk.ui.common.tasks import cancel_running_tasks
from okrdesk.ui.garbage import GuiThreadGarbageCollector
from okrdesk.ui.main_window import MainWindow

# resources/icons/okrdesk-<size>.png, rendered from okrdesk.svg by render_icons.py there.
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def choose_language(name: str | None = None) -> None:
    """Speak `name` ("pl_PL"), else the Language setting, else the system's language: QLocale's
    default and the translators. Called before any widget is made; a choice made later in the
    settings applies at the next start."""
    language.speak(language.chosen_locale(name or settings.UI_LANGUAGE.get()))


def app_icon() -> QIcon:
    """The application icon from its PNG sizes: no SVG plugin needed, also in a frozen build."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(paths.resource("icons", f"okrdesk-{size}.png")), QSize(size, size))
    return icon


def create_app(argv: list[str] | None = None, language_name: str | None = None) -> QApplication:
    """The application object, created once, with okrdesk's names, icon and style sheet, in
    the language `language_name` ("pl_PL"; None: the setting's or the system's)."""
    app = QApplication.instance()
    if app is None:
        with language.no_locale_warning():
            app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("okrdesk")
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(paths.resource("style.qss").read_text(encoding="utf-8"))
    choose_language(language_name)
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    return app


def first_workspace() -> Path:
    """The last workspace if it is still there, else the default one in the user data folder."""
    last = settings.LAST_WORKSPACE.get()
    if last and Path(last).is_file():
        return Path(last)
    return paths.default_workspace_path()


def open_first_workspace(window: MainWindow) -> None:
    start = first_workspace()
    if start.is_file():
        window.files.open_path(start)
    else:
        window.files.create_path(start)


class _QuitWhenPainted(QObject):
    """Quits once any part of the window has painted, with nothing left to read in the
    background, and the event loop is idle again.

    It watches the whole application: which widget paints first differs by platform and style.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and not self._window.is_loading()
        ):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _exit_on_uncaught_errors() -> None:
    """In smoke tests an error in a slot must fail the run, not just print a traceback."""
    previous = sys.excepthook

    def hook(kind, value, traceback) -> None:
        previous(kind, value, traceback)
        QApplication.exit(1)

    sys.excepthook = hook


def run_gui(path: Path | None = None, demo: bool = False, exit_when_ready: bool = False) -> int:
    app = create_app()
    if exit_when_ready:
        _exit_on_uncaught_errors()
    window = MainWindow()
    window.live.catch_lost_connections()
    window.restore_window_state()
    if demo:
        window.files.open_demo()
    elif path is not None:
        error = window.files.open_path(path)
        if error is not None and exit_when_ready:
            print(f"okrdesk: {error}", file=sys.stderr)
            return 2
    else:
        open_first_workspace(window)
    if exit_when_ready:
        _QuitWhenPainted(window)
    window.show()
    code = app.exec()
    cancel_running_tasks()  # a worker (a module on its way) ends before Python's shutdown
    return code
