"""The one error an import raises: which file, which row, which column, and what is wrong."""

from __future__ import annotations

from pathlib import Path

from okrdesk.store.funnel.importing.cleaning import MAX_MESSAGE, MAX_NAME, MAX_VALUE, cut


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
