"""The open workspace as the UI sees it: one undo stack, one signal after every change.

Screens never keep their own connection: they ask the controller for a session and listen to
`changed` (which tables a command touched) and `opened` (another workspace is now open).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from okrdesk.store.workspace import Workspace, create_workspace, open_workspace


class WorkspaceController(QObject):
    opened = Signal()
    changed = Signal(frozenset)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.workspace.path if self.workspace else None

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
