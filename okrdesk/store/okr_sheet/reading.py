"""An OKR sheet read into its header and rows, with the funnel importer's guards: the file's
size, its encoding (BOM, UTF-8, else the likeliest of cp1250, cp1251 and ISO-8859-2), its
separator, and an XLSX's unpacked size and cell count (workbook.read_sheet), so that no file
can exhaust memory."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from okrdesk.store.cleaning import MAX_MESSAGE, cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import reading, workbook
from okrdesk.store.words import OkrSheet, number

# Far more key results than any team keeps; a file beyond is refused, not read on.
MAX_ROWS = 5000
# An OKR sheet is a few kilobytes; this keeps a wide or long CSV row from filling memory.
MAX_FILE_BYTES = 20 * 2**20
MAX_CELL_CHARS = 10_000

Cell = str | float | int | None


@dataclass(frozen=True)
class RawSheet:
    """The header's cells and the rows below it, each with its 1-based row number in the file
    (the header is row 1); empty rows are left out."""

    path: Path
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


def _empty(cells: tuple[Cell, ...]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in cells)


def _too_many(path: Path) -> ImportProblem:
    return ImportProblem(
        path, OkrSheet.tr("has more than %Ln row(s) of key results; refused", None, MAX_ROWS)
    )


def read_raw(path: Path) -> RawSheet:
    """The file's header and rows; ImportProblem when it is no CSV/XLSX or goes past a bound."""
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0  # sniff says why it cannot be read
    if size > MAX_FILE_BYTES:
        raise ImportProblem(
            path,
            OkrSheet.tr(
                "is %Ln MB, more than the {limit} MB an OKR sheet may be; refused",
                None,
                round(size / 2**20),
            ).format(limit=number(MAX_FILE_BYTES // 2**20)),
        )
    info = reading.sniff(path)
    if info.kind == "xlsx":
        sheet = workbook.read_sheet(path, None, limit=MAX_ROWS + 2)
        header = tuple("" if cell is None else str(cell).strip() for cell in sheet.header)
        body = [(number, tuple(row)) for number, row in enumerate(sheet.body, 2)]
    else:
        header, body = _read_csv(path, info.encoding or "utf-8", info.separator or ",")
    if not any(header):
        raise ImportProblem(path, OkrSheet.tr("the first row has no column names"), row=1)
    rows = tuple((number, cells) for number, cells in body if not _empty(cells))
    if len(rows) > MAX_ROWS:
        raise _too_many(path)
    return RawSheet(path, header, rows)


def _read_csv(
    path: Path, encoding: str, separator: str
) -> tuple[tuple[str, ...], list[tuple[int, tuple[Cell, ...]]]]:
    body: list[tuple[int, tuple[Cell, ...]]] = []
    header: tuple[str, ...] = ()
    try:
        with path.open(encoding=encoding, newline="") as handle:
            records = csv.reader(handle, delimiter=separator)
            for number, record in enumerate(records, 1):
                if any(len(cell) > MAX_CELL_CHARS for cell in record):
                    raise ImportProblem(
                        path,
                        OkrSheet.tr("a cell is longer than %Ln character(s)", None, MAX_CELL_CHARS),
                        row=number,
                    )
                if number == 1:
                    header = tuple(cell.strip().lstrip("\ufeff") for cell in record)
                    continue
                if number > MAX_ROWS + 1:
                    raise _too_many(path)
                body.append((number, tuple(record)))
    except UnicodeDecodeError as error:
        message = OkrSheet.tr("is not {encoding} text").format(encoding=cut(encoding))
        raise ImportProblem(path, message) from error
    except csv.Error as error:
        message = OkrSheet.tr("cannot be read as CSV ({detail})").format(
            detail=cut(str(error), MAX_MESSAGE)
        )
        raise ImportProblem(path, message) from error
    return header, body
