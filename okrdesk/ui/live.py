"""Changes made by others appear by themselves; a lost team server is said and waited for.

A team workspace (PostgreSQL) is listened to in a QThread (`ServerWatch`, over the store's
live.Listener): a notification of another client's committed change makes the screens reload
what they show (`changed`) and puts a quiet note in the status bar ("Anna checked in 'Grow
MRR'"). When the listening connection breaks, the window says so in a banner and refuses
edits (the controller is `offline`); the thread reconnects every second and, once the server
answers again, the banner goes and every screen reloads, since changes may have been missed.

A workspace file (SQLite) has no notifications: `FileWatch` asks SQLite every second whether
another connection committed (`PRAGMA data_version`), and tells this process's own commits
apart by counting them on its engine (and looks once more just before one of them). A change by
another program in the second or two around this window's own writes may be seen only with the
next change.
"""

from __future__ import annotations

import atexit
import contextlib
import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import Connection, event
from sqlalchemy.exc import InterfaceError, OperationalError

from okrdesk.store.address import ServerAddress
from okrdesk.store.workspace import live
from okrdesk.store.workspace.engine import read_only_connection
from okrdesk.store.workspace.opened import Workspace
from okrdesk.store.workspace.server import one_line
from okrdesk.ui.common.tasks import show_error
from okrdesk.ui.controller import WorkspaceController

POLL_MS = 1000  # a file's data_version, and the retry of a lost server
WAIT_SECONDS = 0.5  # one wait of the listener (stop() cuts it short)
NOTE_MS = 10_000


class ServerWatch(QThread):
    """Listens to a team workspace; reconnects by itself after the connection broke."""

    heard = Signal(object)  # a live.Notice
    lost = Signal(str)  # the driver's reason, one line
    back = Signal()

    def __init__(self, address: ServerAddress) -> None:
        super().__init__()
        self._address = address
        self._stop = threading.Event()
        self._listener = live.Listener(address)

    def stop(self) -> None:
        """Make the thread end soon: its wait for notifications returns at once."""
        self._stop.set()
        self._listener.interrupt()

    def run(self) -> None:
        listener = self._listener
        said: str | None = None  # the last reason given; None: connected
        try:
            while not self._stop.is_set():
                try:
                    if not listener.connected:
                        listener.connect()
                        if said is not None:
                            said = None
                            self.back.emit()
                    for notice in listener.wait(WAIT_SECONDS):
                        self.heard.emit(notice)
                except live.ConnectionLost as error:
                    # The break's reason first, then why reconnecting fails, when it differs.
                    if str(error) != said:
                        said = str(error)
                        self.lost.emit(said)
                    self._stop.wait(POLL_MS / 1000)
        finally:
            listener.close()


class FileWatch(QObject):
    """Polls a workspace file for commits made by other connections than this process's."""

    heard = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = workspace.engine
        assert isinstance(workspace.path, Path)
        self._connection: sqlite3.Connection | None = read_only_connection(workspace.path)
        self._commits = 0
        self._missed = False  # someone else's commit noticed just before one of ours
        event.listen(self._engine, "commit", self._own_commit)
        # The commit event comes just before SQLite commits: the last two polls' counts.
        self._seen = (self._version(), self._commits, self._commits)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _own_commit(self, _connection: Connection) -> None:
        if self._nothing_of_ours_on_its_way() and QThread.currentThread() is self.thread():
            # A commit seen now is someone else's, from before this one of ours, which may
            # make no screen read everything again (a check-in changes its rows alone): said
            # at the next poll, which takes this one's commit for ours. An error: the next
            # change is seen.
            with contextlib.suppress(sqlite3.Error):
                self._missed = self._missed or self._version() != self._seen[0]
        self._commits += 1  # from any thread; a lost increment only costs a note

    def _nothing_of_ours_on_its_way(self) -> bool:
        """No commit of ours since the poll before the last (one counted may land late)."""
        return self._connection is not None and self._commits == self._seen[1]

    def _version(self) -> int:
        assert self._connection is not None
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> None:
        if self._connection is None:
            return
        try:
            version = self._version()
        except sqlite3.Error:
            return  # the file went away or is locked: the next poll looks again
        last_version, before, last = self._seen
        commits = self._commits
        self._seen = (version, last, commits)
        missed, self._missed = self._missed, False
        if missed or (version != last_version and commits == before):
            self.heard.emit(live.Notice(live.all_tables()))

    def stop(self) -> None:
        self._timer.stop()
        event.remove(self._engine, "commit", self._own_commit)
        if self._connection is not None:
            self._connection.close()
            self._connection = None


# Watches stopped but still finishing their last wait: kept alive until their thread ends.
_finishing: set[ServerWatch] = set()


class LiveUpdates(QObject):
    """The main window's part: the watch of the open workspace, its notes and its banner."""

    def __init__(self, window: QMainWindow, controller: WorkspaceController) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self.server_watch: ServerWatch | None = None
        self.file_watch: FileWatch | None = None
        self.banner = QLabel()
        self.banner.setObjectName("offlineBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        controller.closing.connect(self.stop)
        controller.opened.connect(self.watch_workspace)
        controller.connection_changed.connect(self._show_connection)
        controller.undo_stack.offline_refused.connect(self._edit_refused)
        if controller.workspace is not None:
            self.watch_workspace()

    def watch_workspace(self) -> None:
        """Stop watching the workspace shown before; watch the one open now."""
        self.stop()
        self._show_connection()
        workspace = self._controller.workspace
        if workspace is None:
            return
        if isinstance(workspace.path, ServerAddress):
            self.server_watch = ServerWatch(workspace.path)
            self.server_watch.heard.connect(self._heard)
            self.server_watch.lost.connect(self._lost)
            self.server_watch.back.connect(self._back)
            self.server_watch.start()
        elif not workspace.read_only:  # a read-only look leaves no connection behind
            self.file_watch = FileWatch(workspace, self)
            self.file_watch.heard.connect(self._heard)

    def stop(self) -> None:
        if self.server_watch is not None:
            watch, self.server_watch = self.server_watch, None
            for signal in (watch.heard, watch.lost, watch.back):
                signal.disconnect()
            watch.stop()
            _finishing.add(watch)
            watch.finished.connect(lambda: _finishing.discard(watch))
        if self.file_watch is not None:
            self.file_watch.stop()
            self.file_watch.deleteLater()
            self.file_watch = None

    def _current(self) -> bool:
        """Is the watch that signalled the one of the open workspace (not one stopped, whose
        last signal was already on its way)?"""
        sender = self.sender()
        return sender is not None and sender in (self.server_watch, self.file_watch)

    def _lost(self, reason: str) -> None:
        if self._current():
            self._controller.set_offline(reason)

    def _heard(self, notice: live.Notice) -> None:
        workspace = self._controller.workspace
        if workspace is None or not self._current():
            return
        self._controller.changed.emit(notice.to_reload())
        try:
            with workspace.engine.connect() as connection:
                described = live.describe(connection, notice)
        except Exception:
            described = live.Described(kind=None)
        self._window.statusBar().showMessage(self.note(described), NOTE_MS)

    def _back(self) -> None:
        if not self._current():
            return
        self._controller.set_offline(None)
        self._window.statusBar().showMessage(
            self.tr("The team server is back: the workspace shows its latest state."), NOTE_MS
        )
        self._controller.changed.emit(live.all_tables())  # what changed meanwhile is unknown

    def _show_connection(self) -> None:
        reason = self._controller.offline
        if reason is not None:
            self.banner.setText(
                self.tr(
                    "The team server cannot be reached ({reason}). Changes are refused until "
                    "it answers again; okrdesk reconnects by itself."
                ).format(reason=reason)
            )
        self.banner.setVisible(reason is not None)

    def _edit_refused(self) -> None:
        show_error(
            self._window,
            self.tr("Change not made"),
            self.tr(
                "The team server cannot be reached, so the change was not made and nothing "
                "is kept to be sent later. Make it again once the server is back."
            ),
        )

    def connection_failed(self, error: BaseException) -> bool:
        """Say a lost team server that an action ran into before the banner showed (the
        window's exception hook passes every uncaught error here); False for other errors."""
        workspace = self._controller.workspace
        lost = isinstance(error, OperationalError | InterfaceError)
        if not lost or workspace is None or not workspace.on_server:
            return False
        show_error(
            self._window,
            self.tr("Change not made"),
            self.tr(
                "The team server cannot be reached ({reason}), so this was not done. okrdesk "
                "reconnects by itself; try again once the server is back."
            ).format(reason=one_line(error)),
        )
        return True

    def catch_lost_connections(self) -> None:
        """Let the window say a lost server that a slot ran into, instead of a traceback."""
        previous = sys.excepthook

        def hook(kind: type[BaseException], value: BaseException, traceback: object) -> None:
            if not self.connection_failed(value):
                previous(kind, value, traceback)  # type: ignore[arg-type]

        sys.excepthook = hook

    def note(self, described: live.Described) -> str:
        """The status bar's sentence for another person's change."""
        title = described.subjects[0] if described.subjects else ""
        person = described.author
        one = described.count <= 1 and bool(title)
        if described.kind == live.CHECKIN and one:
            if person:
                return self.tr("{person} checked in '{title}'").format(person=person, title=title)
            return self.tr("Someone checked in '{title}'").format(title=title)
        if described.kind == live.CHECKIN:
            if person:
                text = self.tr("{person} checked in %n key result(s)", "", described.count)
                return text.format(person=person)
            return self.tr("Someone checked in %n key result(s)", "", described.count)
        if described.kind == live.KEY_RESULT and one:
            if person:
                text = self.tr("{person} changed the key result '{title}'")
                return text.format(person=person, title=title)
            return self.tr("Someone changed the key result '{title}'").format(title=title)
        if described.kind == live.KEY_RESULT:
            if person:
                text = self.tr("{person} changed %n key result(s)", "", described.count)
                return text.format(person=person)
            return self.tr("Someone changed %n key result(s)", "", described.count)
        if described.kind == live.DECISION and one:
            if person:
                text = self.tr("{person} decided the experiment '{title}'")
                return text.format(person=person, title=title)
            return self.tr("Someone decided the experiment '{title}'").format(title=title)
        if described.kind == live.IMPORT and one:
            return self.tr("Someone imported funnel data into '{title}'").format(title=title)
        return self.tr("Someone changed the workspace")


def stop_all(timeout_ms: int = 5000) -> None:
    """Wait for stopped server watches to end (at quit): as long as closing a connection takes,
    or the rest of a connection attempt under way (at most its connect_timeout)."""
    for watch in list(_finishing):
        watch.wait(timeout_ms)


# A command that closed its workspace (`okrdesk screenshot`) may end before its watch has.
atexit.register(stop_all)
