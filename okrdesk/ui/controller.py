"""The open workspace as the UI sees it: one undo stack, one signal after every change.

Screens never keep their own connection: they ask the controller for a session and listen to
`changed` (which tables a command touched) and `opened` (another workspace is now open).
A read-only workspace takes no command: the undo stack refuses them (`edit_refused`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from okrdesk.store.workspace.files import Workspace, create_workspace, open_workspace


class WorkspaceUndoStack(QUndoStack):
    """The undo stack of a workspace; while it is read-only, a pushed command is not run."""

    edit_refused = Signal()

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(controller)
        self._controller = controller

    def push(self, command: QUndoCommand) -> None:
        if self._controller.read_only:
            self.edit_refused.emit()
            return
        super().push(command)


class WorkspaceController(QObject):
    opened = Signal()
    changed = Signal(frozenset)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.undo_stack = WorkspaceUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.workspace.path if self.workspace else None

    @property
    def read_only(self) -> bool:
        """Is the open workspace one okrdesk may not change (a read-only file or folder)?"""
        return self.workspace is not None and self.workspace.read_only

    def open(self, path: Path) -> Workspace:
        """Open `path` (raises WorkspaceError and keeps the current one if it is refused)."""
        workspace = open_workspace(path)
        self._replace(workspace)
        return workspace

    def create(self, path: Path, name: str) -> Workspace:
        workspace = create_workspace(path, name)
        self._replace(workspace)
        return workspace

    def close(self) -> None:
        self._replace(None)

    def notify(self, tables: frozenset[str]) -> None:
        self.changed.emit(tables)

    def _replace(self, workspace: Workspace | None) -> None:
        self.undo_stack.clear()
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = workspace
        self.opened.emit()
