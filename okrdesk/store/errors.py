"""Every error the store raises, in one place.

Workspace: why a workspace file cannot be opened; each message names the file and says what to
do. Values: values refused before anything was written, `problems` saying which field and why.
Then the refusals of each area: OKRs, experiments, funnels and imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from okrdesk.domain.okr_rules import Problem
from okrdesk.domain.text import Text
from okrdesk.store.address import ServerAddress
from okrdesk.store.cleaning import MAX_MESSAGE, MAX_NAME, MAX_VALUE, cut
from okrdesk.store.words import (
    Importing,
    StoreErrors,
    WorkspaceErrors,
    field_name,
    os_reason,
)


def said(error: BaseException) -> Text | str:
    """What `error` says, as a Text to translate when it was raised with one, else its str.

    Every store exception raised with a Text (as its only argument, or as `.text`) gives it;
    `str(error)` stays the English line for logs and the command line without a translator.
    """
    text = getattr(error, "text", None)
    if isinstance(text, Text):
        return text
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return error.args[0]
    if isinstance(error, OSError) and error.errno is not None:
        reason = os_reason(error)
        if error.filename is None:
            return reason
        return WorkspaceErrors.tr("{path}: {reason}").format(path=error.filename, reason=reason)
    return str(error)


def problem_said(problem: Problem) -> Text | str:
    """A domain Problem's words: its Text where it has one, else its English message."""
    text = getattr(problem, "text", None)
    if isinstance(text, Text):
        return text
    message = problem.message
    return message if isinstance(message, Text) else str(message)


class WorkspaceError(Exception):
    """A workspace was refused; its file or database is left exactly as it was.

    `reason` is a Text (WorkspaceErrors) or, for a library's own words, a str; `text` is the
    whole line, the file's path (or the server's address) first.
    """

    def __init__(self, path: Path | str | ServerAddress, reason: Text | str) -> None:
        self.path: Path | ServerAddress = path if isinstance(path, ServerAddress) else Path(path)
        self.reason = str(reason)
        self.reason_text = reason
        self.text = WorkspaceErrors.tr("{path}: {reason}").format(path=self.path, reason=reason)
        super().__init__(str(self.text))


class BadAddressError(WorkspaceError):
    """A server address okrdesk will not use (a password in it, no database named)."""

    def __init__(self, text: str, reason: Text | str) -> None:
        super().__init__(text, reason)
        self.typed = text  # as typed (less any password): Path() folds the "//" of a URL
        self.text = WorkspaceErrors.tr("{path}: {reason}").format(path=text, reason=reason)
        self.args = (str(self.text),)


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

    def __init__(self, path: Path | str, reason: Text | str | None = None) -> None:
        if reason is None:
            reason = WorkspaceErrors.tr("is in use by another program; try again")
        super().__init__(path, reason)


# -- values --------------------------------------------------------------------------------------


class InvalidValuesError(ValueError):
    """Values refused before anything was written; `problems` says which field and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)
        self.text: Text | str = str(self)
        # Each problem one sentence with its field's name, the later ones after a semicolon.
        for problem in reversed(self.problems):
            said = StoreErrors.tr("{field}: {message}").format(
                field=field_name(problem.field), message=problem_said(problem)
            )
            if problem is not self.problems[-1]:
                said = StoreErrors.tr("{problem}; {more}").format(problem=said, more=self.text)
            self.text = said


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

    def __init__(self, arm: str, field: str, reason: Text | str) -> None:
        self.arm, self.field, self.reason = arm, field, str(reason)
        self.reason_text = reason
        self.text = StoreErrors.tr("arm {arm}, {field}: {reason}").format(
            arm=repr(arm), field=field, reason=reason
        )
        super().__init__(str(self.text))


# -- funnels -------------------------------------------------------------------------------------


class FunnelNotFoundError(LookupError):
    """No funnel of that name or id in the workspace."""

    def __init__(self, funnel: str | int) -> None:
        self.funnel = funnel
        if isinstance(funnel, str):
            self.text = StoreErrors.tr("no funnel named {name} in this workspace").format(
                name=repr(funnel)
            )
        else:
            self.text = StoreErrors.tr("no funnel with id {id} in this workspace").format(id=funnel)
        super().__init__(str(self.text))


class InvalidNameError(ValueError):
    """A funnel's or stage's name that cannot be used; `problem.code` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem.message))
        self.problem = problem
        self.text: Text | str = problem_said(problem)


class ExportError(ValueError):
    """The export cannot be written as asked (an unknown file type); nothing was written."""


# -- imports -------------------------------------------------------------------------------------


class SheetTooLarge(Exception):
    """The sheet goes past a bound; the message (a Text) says which, in ImportProblem's words."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(text)


class UndoRefused(ValueError):
    """An import that cannot be undone now; the message says why."""


class ImportProblem(Exception):
    """A file that cannot be imported as it is; nothing was written.

    `row` is the 1-based line of the file (the header is row 1) or None when the problem is
    the file as a whole; `column` is the file's header name, or None. `date_formats` lists
    the formats the dates fit when the problem is that they fit more than one. The message,
    the column and the file's name come out on one line, control characters escaped and long
    values cut (see cleaning). `message` is that message in English; `text` the whole line as
    one translatable sentence (Importing), `str()` the same line in English.
    """

    def __init__(
        self,
        file: Path | str,
        message: Text | str,
        *,
        row: int | None = None,
        column: str | None = None,
        date_formats: tuple[str, ...] = (),
    ) -> None:
        self.file = Path(file)
        self.date_formats = date_formats
        self.row = row
        self.column = None if column is None else cut(str(column), MAX_VALUE)
        self.message = cut(str(message), MAX_MESSAGE)
        # A library's own words (a str) are cut as before; a Text's values are cut where made.
        self.message_text: Text | str = message if isinstance(message, Text) else self.message
        self.text = self._line()
        super().__init__(str(self.text))

    @property
    def file_name(self) -> str:
        """The file's name as it may be shown: escaped and cut."""
        return cut(self.file.name, MAX_NAME)

    def _line(self) -> Text:
        if self.row is not None and self.column is not None:
            line = Importing.tr('{file}, row {row}, column "{column}": {message}')
        elif self.row is not None:
            line = Importing.tr("{file}, row {row}: {message}")
        elif self.column is not None:
            line = Importing.tr('{file}, column "{column}": {message}')
        else:
            line = Importing.tr("{file}: {message}")
        return line.format(
            file=self.file_name, row=self.row, column=self.column, message=self.message_text
        )


class ImportCancelled(Exception):
    """The caller cancelled; nothing was written."""
