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


class ForeignSchemaError(WorkspaceError):
    """The file's tables, indexes, triggers or views are not the ones its revision defines."""


class UnsupportedFormatError(WorkspaceError):
    """The file is in a SQLite file format okrdesk cannot write."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """A read-only file that would have to be changed (upgraded) to be opened."""


class UnreadableWorkspaceError(WorkspaceError):
    """The file cannot be read at all: a folder, no permission, an input/output error."""


class WorkspaceBusyError(WorkspaceError):
    """Another program holds the file's lock; trying again later may work."""

    def __init__(
        self, path: Path | str, reason: str = "is in use by another program; try again"
    ) -> None:
        super().__init__(path, reason)
