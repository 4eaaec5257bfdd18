"""Why a workspace file cannot be opened; each message names the file and says what to do."""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """A workspace file was refused; the file is left exactly as it was."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotSQLiteError(WorkspaceError):
    pass


class NotWorkspaceError(WorkspaceError):
    pass


class CorruptWorkspaceError(WorkspaceError):
    pass


class NewerWorkspaceError(WorkspaceError):
    pass


class MigrationError(WorkspaceError):
    pass
