"""Modules a screen will soon need, imported in a worker thread while the user looks at it.

A chart library takes a good part of a second to import; imported on the GUI thread when the
chart is first made, it freezes the window at the user's first click. Imported in the
background, the window keeps answering (the GIL changes hands every few milliseconds).
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from okrdesk.ui.common.tasks import BackgroundTask

# After the event loop is free again and the screen has painted: soon enough to be done before
# the user's first click in most cases, late enough that a process that quits once painted
# (okrdesk open --exit-when-ready) loads nothing more.
AFTER_MS = 200
_asked: set[str] = set()
_then: dict[str, list[tuple[QWidget, Callable[[], None]]]] = {}
_holds = 0  # reads the user waits for, under way: imports wait for them (see hold)
_held_back: list[tuple[QWidget, Callable[[], None]]] = []
_released_at: float | None = None  # time.monotonic() of the last release


def hold() -> None:
    """A read the user waits for has begun: imports not yet begun wait until it is over
    (`release`), rather than share the CPU with it, and a process that quits once the data
    is shown (okrdesk open --exit-when-ready) has none on their way."""
    global _holds
    _holds += 1


def release() -> None:
    """The read of a `hold` is over: the imports held back begin, AFTER_MS later."""
    global _holds, _released_at
    _holds -= 1
    if _holds:
        return
    _released_at = time.monotonic()
    waiting = list(_held_back)
    _held_back.clear()
    for parent, start in waiting:
        if shiboken6.isValid(parent):
            start()  # it waits out AFTER_MS from now


def import_soon(parent: QWidget, module: str, then: Callable[[], None] | None = None) -> None:
    """Import `module` in the background shortly after the event loop is free again, unless
    it is imported or on its way. `then` runs on the GUI thread, in a turn of the event loop
    of its own, once the module is in (while `parent` lives). A failure is left to the import
    where the module is used, which says it."""
    if module in sys.modules:
        if then is not None:
            _soon(parent, lambda: QTimer.singleShot(AFTER_MS, parent, then))
        return
    if then is not None:
        _then.setdefault(module, []).append((parent, then))
    if module in _asked:
        return
    _asked.add(module)

    def start() -> None:
        if module in sys.modules:
            _imported(module)
            return
        if _holds:
            _held_back.append((parent, start))
            return
        if _released_at is not None:
            since_release = round((time.monotonic() - _released_at) * 1000)
            if since_release < AFTER_MS:  # the data read has yet to be shown
                QTimer.singleShot(AFTER_MS - since_release, parent, start)
                return
        task = BackgroundTask(
            parent,
            lambda _progress, _cancelled: importlib.import_module(module),
            title="",  # never shown: no dialog, and a failure is not said here
            dialog=False,
        )
        task.on_success(lambda _module: _imported(module))
        task.on_failure(lambda _error: _failed(module)).start()

    _soon(parent, lambda: QTimer.singleShot(AFTER_MS, parent, start))


def _soon(parent: QWidget, work: Callable[[], None]) -> None:
    QTimer.singleShot(0, parent, work)


def _imported(module: str) -> None:
    for parent, then in _then.pop(module, []):
        if shiboken6.isValid(parent):
            _soon(parent, then)


def _failed(module: str) -> None:
    _asked.discard(module)
    _then.pop(module, None)
