"""One helper for long work off the GUI thread: progress dialog, Cancel, errors shown on the GUI.

    BackgroundTask(window, build, title=tr("Building demo")) \\
        .on_success(open_it).start()

`work(progress, cancelled)` runs in a worker thread and must not touch widgets: it reports with
`progress(done, total)` and checks `cancelled()` between steps. Every exception it raises is
caught in the worker and delivered to the failure handler on the GUI thread (by default a
message box naming the error). A cancelled task never calls the success handler.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from okrdesk.reports.text import shown
from okrdesk.store.errors import said

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

_running: set[BackgroundTask] = set()
# A wait shorter than this goes unsaid: a dialog or a line saying it would only flicker.
SAY_WAITING_AFTER_MS = 300


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel_flag = cancel_flag

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel_flag.is_set)
        except BaseException as error:  # every error must reach the GUI thread, none may kill it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def in_a_later_turn(receiver: QObject, work: Callable[[], object]) -> None:
    """Run `work` after the timers and window events already due, in a turn of the event loop
    of its own: what a background task brings back is then not shown in one stretch with what
    came just before it. Not a 0 ms timer: that is a queued call in Qt 6, run before them."""
    QTimer.singleShot(1, receiver, work)


def to_excepthook(error: BaseException) -> None:
    """An error met on the GUI thread outside any slot (a background task's result or failure),
    said as an error raised in a slot is: by the window's hook (a lost server's banner, the
    exit code of --exit-when-ready)."""
    sys.excepthook(type(error), error, error.__traceback__)


def cancel_running_tasks(timeout_ms: int = 30_000) -> None:
    """Ask every running task to stop and wait for its thread (the window is closing)."""
    for task in list(_running):
        task.cancel()
    for task in list(_running):
        task.wait(timeout_ms)


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> QMessageBox:
    """A window-modal message box that does not block the caller."""
    text = shown(said(error)) if isinstance(error, BaseException) else error
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class BackgroundTask(QObject):
    """Runs `work` in a worker thread; `done` fires on the GUI thread when it is over."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Work,
        *,
        title: str,
        label: str = "",
        dialog: bool = True,
        wait_when_cancelled: bool = True,
    ) -> None:
        """`dialog=False`: no progress dialog, for work the user did not ask for and need not
        wait for (a module a screen will need). `wait_when_cancelled=False`: Cancel closes the
        dialog at once rather than saying "Cancelling…" until the worker stops, for work whose
        cancel handler lets go of what it made (an opening waiting for a server)."""
        super().__init__(parent)
        self._parent = parent
        self._with_dialog = dialog
        self._wait_when_cancelled = wait_when_cancelled
        self._title = title
        self._label = label or title
        self._cancel_flag = threading.Event()
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] = self._show_failure
        self._on_cancel: Callable[[], None] = lambda: None
        self._worker = _Worker(work, self._cancel_flag)
        self._dialog: QProgressDialog | None = None
        self.error: BaseException | None = None
        # What the work returned, kept for a cancel handler that must let go of it.
        self.result: Any = None

    def on_success(self, handler: Callable[[Any], None]) -> BackgroundTask:
        self._on_success = handler
        return self

    def on_failure(self, handler: Callable[[BaseException], None]) -> BackgroundTask:
        self._on_failure = handler
        return self

    def on_cancel(self, handler: Callable[[], None]) -> BackgroundTask:
        self._on_cancel = handler
        return self

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def cancel(self) -> None:
        """Ask the work to stop; the dialog stays, saying so, until the worker has stopped
        (unless the task does not wait when cancelled)."""
        self._cancel_flag.set()
        if not self._wait_when_cancelled:
            self._close_dialog()
        elif self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))
            button = self._dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)

    def is_running(self) -> bool:
        return self in _running

    def is_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def wait(self, timeout_ms: int) -> bool:
        return self._worker.wait(timeout_ms)

    def start(self) -> BackgroundTask:
        if self._with_dialog:
            self._open_dialog()
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._finish)
        _running.add(self)
        self._worker.start()
        return self

    def _open_dialog(self) -> None:
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SAY_WAITING_AFTER_MS)
        # Shown after that only once its value is set: a task that reports no progress (a
        # busy bar) would otherwise never show it, nor its Cancel.
        dialog.setValue(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Qt hides the dialog on Cancel by itself; it must stay up while the worker winds down.
        dialog.canceled.disconnect(dialog.cancel)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog

    def _show_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and not self._cancel_flag.is_set():
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)

    def _succeeded(self, result: Any) -> None:
        self._close_dialog()
        self.result = result
        if self._cancel_flag.is_set():
            self._run_handler(self._on_cancel)
        else:
            self._run_handler(self._on_success, result)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self.error = error
        if self._cancel_flag.is_set():
            self._run_handler(self._on_cancel)
        else:
            self._on_failure(error)

    def _run_handler(self, handler: Callable[..., None], *args: Any) -> None:
        """A handler's own error is shown like the work's: the GUI thread never sees it raw."""
        try:
            handler(*args)
        except Exception as error:
            self.error = error
            self._on_failure(error)

    def _finish(self) -> None:
        self._worker.wait()
        _running.discard(self)
        self.done.emit()
        self._worker.deleteLater()
        self.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.reset()  # stops its timer, which would show it again before deletion
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _show_failure(self, error: BaseException) -> None:
        show_error(self._parent, self._title, error)
