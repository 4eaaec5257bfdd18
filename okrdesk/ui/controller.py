"""The open workspace as the UI sees it: one undo stack, one signal after every change.

Screens never keep their own connection: they ask the controller for a session and listen to
`changed` (which tables a command touched) and `opened` (another workspace is now open).
A read-only workspace takes no command: the undo stack refuses them (`edit_refused`). A
command the store refuses leaves the stack as it was and is reported by `store_refused`.
While a team workspace's server cannot be reached (`offline`, set by ui/live.py), commands are
refused too (`offline_refused`): nothing is queued to be written later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from okrdesk.store.address import WorkspaceAddress
from okrdesk.store.workspace.files import Workspace, create_workspace, open_workspace
from okrdesk.ui.common.tasks import show_error


class TableChanges(frozenset):
    """The names of the tables a change touched, as `changed` carries them; `check_ins_of`
    names the key results whose check-ins it wrote when that is all it did (a screen showing
    them may then update their rows instead of reading everything again)."""

    check_ins_of: frozenset[int]

    def __new__(cls, tables: frozenset[str], check_ins_of: frozenset[int] = frozenset()):
        changes = super().__new__(cls, tables)
        changes.check_ins_of = check_ins_of
        return changes


class WorkspaceUndoStack(QUndoStack):
    """The undo stack of a workspace; while it is read-only, a pushed command is not run."""

    edit_refused = Signal()
    # A command pushed while the server cannot be reached, not run.
    offline_refused = Signal()
    # (the command's text, the store's error): a step the store refused, rolled back.
    store_refused = Signal(str, object)

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(controller)
        self._controller = controller
        # Where a refusal is said when no other window is named (the main window sets it).
        self.window: QWidget | None = None
        self._pushed_from: QWidget | None = None

    def push(self, command: QUndoCommand, parent: QWidget | None = None) -> None:
        """Run `command` and keep it for undo; a store refusal is said over `parent` (or the
        main window) and leaves the stack as it was."""
        if self._controller.read_only:
            self.edit_refused.emit()
            return
        if self._controller.offline is not None:
            self.offline_refused.emit()
            return
        self._pushed_from = parent
        try:
            super().push(command)
        finally:
            self._pushed_from = None

    def refuse(self, title: str, error: Exception | str) -> None:
        """Say a store refusal of a command's step (StoreCommand calls this, having dropped it)."""
        self.store_refused.emit(title, error)
        show_error(self._pushed_from or self.window, title, error)


class WorkspaceController(QObject):
    opened = Signal()
    # The names of the tables a change touched (a TableChanges when a command of this window
    # made it).
    changed = Signal(frozenset)
    # The server was lost or is back (see `offline`).
    connection_changed = Signal()
    # The open workspace is about to close (another opens, or none): let go of it.
    closing = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.undo_stack = WorkspaceUndoStack(self)
        # Why the team workspace's server cannot be reached now; None while it can.
        self.offline: str | None = None

    def set_offline(self, reason: str | None) -> None:
        """The server is lost (`reason`) or back (None)."""
        if reason != self.offline:
            self.offline = reason
            self.connection_changed.emit()

    @property
    def path(self) -> WorkspaceAddress | None:
        return self.workspace.path if self.workspace else None

    @property
    def read_only(self) -> bool:
        """Is the open workspace one okrdesk may not change (a read-only file or folder)?"""
        return self.workspace is not None and self.workspace.read_only

    def open(self, path: WorkspaceAddress) -> Workspace:
        """Open `path` (raises WorkspaceError and keeps the current one if it is refused)."""
        return self.take(open_workspace(path))

    def take(self, workspace: Workspace) -> Workspace:
        """Make `workspace`, opened elsewhere (in a worker), the open one."""
        self._replace(workspace)
        return workspace

    def create(self, path: Path, name: str) -> Workspace:
        return self.take(create_workspace(path, name))

    def close(self) -> None:
        self._replace(None)

    def notify(self, tables: frozenset[str], check_ins_of: frozenset[int] = frozenset()) -> None:
        """Tell the screens which tables changed (`check_ins_of`: see TableChanges)."""
        self.changed.emit(TableChanges(tables, check_ins_of))

    def _replace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()
        if self.workspace is not None:
            self.closing.emit()
            self.workspace.close()
        self.workspace = workspace
        self.offline = None
        self.opened.emit()
