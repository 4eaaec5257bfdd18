"""The one error an import raises: which file, which row, which column, and what is wrong."""

from __future__ import annotations

from pathlib import Path


class ImportProblem(Exception):
    """A file that cannot be imported as it is; nothing was written.

    `row` is the 1-based line of the file (the header is row 1) or None when the problem is
    the file as a whole; `column` is the file's header name, or None. `date_formats` lists
    the formats the dates fit when the problem is that they fit more than one.
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
        self.column = column
        self.message = message
        super().__init__(self._one_line())

    def _one_line(self) -> str:
        where = [self.file.name]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f'column "{self.column}"')
        text = " ".join(self.message.split())  # one line, whatever the message held
        return f"{', '.join(where)}: {text}"


class ImportCancelled(Exception):
    """The caller cancelled; nothing was written."""
