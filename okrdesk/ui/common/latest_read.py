"""A screen's read off the GUI thread, of which only the latest one asked for is shown.

A read overtaken by a newer one (the user chose another cycle or funnel, another file opened)
is dropped when it arrives. One read runs at a time: a read asked for while one runs waits for
its end, and of those asked for meanwhile only the latest runs (a user going through funnel
after funnel with the arrow keys would otherwise have a read running for each, all sharing the
CPU with the GUI thread). While one is under way the imports asked of
okrdesk.ui.common.preload wait: the read the user waits for keeps the CPU.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from okrdesk.ui.common import preload
from okrdesk.ui.common.tasks import BackgroundTask

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from okrdesk.store.workspace.opened import Workspace


class LatestRead(QObject):
    """Runs reads in BackgroundTasks; `is_reading` until the latest has arrived or failed;
    `started(size)` when `read_sized` sends a read to the background."""

    started = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._latest = 0  # each read's number; only the latest one's result is shown
        self._waiting_for: int | None = None
        self._running = False
        self._next: tuple[int, Callable[[], None]] | None = None  # asked for while one ran

    @property
    def is_reading(self) -> bool:
        return self._waiting_for is not None

    def forget(self) -> None:
        """Whatever read is under way is of no use any more."""
        self._latest += 1
        self._wait_for(None)

    def _wait_for(self, number: int | None) -> None:
        """The read shown next (None: none under way); imports wait while one is."""
        if number is not None and self._waiting_for is None:
            preload.hold()
        elif number is None and self._waiting_for is not None:
            preload.release()
        self._waiting_for = number

    def read_sized(
        self,
        workspace: Workspace,
        size: Callable[[Connection], int],
        read: Callable[[Connection], Any],
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        background_from: int,
        may_wait: bool = True,
    ) -> None:
        """`show(read(connection))` at once when what is read is small (`size` under
        `background_from`) or may not wait (the data shown, read again after an edit: the next
        key must find its rows); else `read` in a worker, as `start` does, after `started`."""
        self.forget()
        with workspace.engine.connect() as connection:
            amount = size(connection) if may_wait else 0
            at_once = amount < background_from
            result = read(connection) if at_once else None
        if at_once:
            show(result)
            return

        def read_in_background() -> Any:
            with workspace.engine.connect() as connection:
                return read(connection)

        self.start(read_in_background, show, failed)
        self.started.emit(amount)

    def start(
        self,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """`read()` in a worker (once the read running has ended, if one is), then
        `show(result)` on the GUI thread unless a newer read was asked for or `forget` was
        called meanwhile; `failed(error)` if either raised."""
        self.forget()
        number = self._latest
        self._wait_for(number)

        def arrived(result: Any) -> None:
            if number != self._waiting_for:
                return
            self._wait_for(None)
            try:
                show(result)
            except Exception as error:  # shown in part: as a read that failed
                failed(error)

        def read_failed(error: BaseException) -> None:
            if number == self._waiting_for:
                self._wait_for(None)
                failed(error)

        def run() -> None:
            task = BackgroundTask(
                self._parent,
                lambda *_progress_and_cancelled: read(),  # no steps to report
                title="",
                dialog=False,
            )
            task.on_success(arrived).on_failure(read_failed)
            task.done.connect(lambda: self._ended(task))
            self._running = True
            task.start()

        if self._running:
            self._next = (number, run)
        else:
            run()

    def _ended(self, task: BackgroundTask) -> None:
        """The read running has ended: the latest asked for meanwhile runs, if still wanted
        (not when the window closes: its tasks are cancelled)."""
        self._running = False
        waiting, self._next = self._next, None
        if waiting is not None and waiting[0] == self._waiting_for and not task.is_cancelled():
            waiting[1]()
