"""Every error the store raises, in one place.

Workspace: why a workspace file cannot be opened; each message names the file and says what to
do. Values: values refused before anything was written, `problems` saying which field and why.
Then the refusals of each area: OKRs, experiments, funnels and imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from okrdesk.domain.okr_rules import Problem
from okrdesk.store.address import ServerAddress
from okrdesk.store.cleaning import MAX_MESSAGE, MAX_NAME, MAX_VALUE, cut


class WorkspaceError(Exception):
    """A workspace was refused; its file or database is left exactly as it was."""

    def __init__(self, path: Path | str | ServerAddress, reason: str) -> None:
        self.path: Path | ServerAddress = path if isinstance(path, ServerAddress) else Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class BadAddressError(WorkspaceError):
    """A server address okrdesk will not use (a password in it, no database named)."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text, reason)
        self.text = text  # as typed (less any password): Path() folds the "//" of a URL
        self.args = (f"{text}: {reason}",)


class ServerUnreachableError(WorkspaceError):
    """The PostgreSQL server of a workspace could not be reached or refused the login."""


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


# -- values --------------------------------------------------------------------------------------


class InvalidValuesError(ValueError):
    """Values refused before anything was written; `problems` says which field and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)


class InvalidExperimentError(InvalidValuesError):
    """An experiment's values refused (okrdesk.domain.experiment_rules)."""


class InvalidSettingsError(InvalidValuesError):
    """Workspace settings refused (okrdesk.store.workspace.settings.validate_settings)."""


# -- okrs ----------------------------------------------------------------------------------------


class ClosedCycleError(ValueError):
    """The cycle is closed, and closed cycles are read-only."""


# -- experiments ---------------------------------------------------------------------------------


class ArmError(ValueError):
    """An arm's value refused before anything was written: which arm, which field, why."""

    def __init__(self, arm: str, field: str, reason: str) -> None:
        self.arm, self.field, self.reason = arm, field, reason
        super().__init__(f"arm {arm!r}, {field}: {reason}")


# -- funnels -------------------------------------------------------------------------------------


class FunnelNotFoundError(LookupError):
    """No funnel of that name or id in the workspace."""

    def __init__(self, funnel: str | int) -> None:
        self.funnel = funnel
        what = f"named {funnel!r}" if isinstance(funnel, str) else f"with id {funnel}"
        super().__init__(f"no funnel {what} in this workspace")


class InvalidNameError(ValueError):
    """A funnel's or stage's name that cannot be used; `problem.code` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class ExportError(ValueError):
    """The export cannot be written as asked (an unknown file type); nothing was written."""


# -- imports -------------------------------------------------------------------------------------


class SheetTooLarge(Exception):
    """The sheet goes past a bound; the message says which, in the words of ImportProblem."""


class UndoRefused(ValueError):
    """An import that cannot be undone now; the message says why."""


class ImportProblem(Exception):
    """A file that cannot be imported as it is; nothing was written.

    `row` is the 1-based line of the file (the header is row 1) or None when the problem is
    the file as a whole; `column` is the file's header name, or None. `date_formats` lists
    the formats the dates fit when the problem is that they fit more than one. The message,
    the column and the file's name come out on one line, control characters escaped and long
    values cut (see cleaning).
    """

    def __init__(
        self,
        file: Path | str,
        message: str,
        *,
        row: int | None = None,
        column: str | None = None,
        date_formats: tuple[str, ...] = (),
    ) -> None:
        self.file = Path(file)
        self.date_formats = date_formats
        self.row = row
        self.column = None if column is None else cut(str(column), MAX_VALUE)
        self.message = cut(message, MAX_MESSAGE)
        super().__init__(self._one_line())

    @property
    def file_name(self) -> str:
        """The file's name as it may be shown: escaped and cut."""
        return cut(self.file.name, MAX_NAME)

    def _one_line(self) -> str:
        where = [self.file_name]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f'column "{self.column}"')
        return f"{', '.join(where)}: {self.message}"


class ImportCancelled(Exception):
    """The caller cancelled; nothing was written."""
