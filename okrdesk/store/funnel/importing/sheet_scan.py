"""A first, cheap pass over an XLSX sheet's XML, to refuse it before openpyxl builds anything.

openpyxl parses a sheet row by row, but it builds each row (and each other part of the sheet:
merged cells, validations, formatting) as a whole tree first: one row of millions of cells
would take gigabytes. This pass reads the XML with expat, keeps no tree, and counts as it
goes: cells in the sheet and in each row, how far right a cell is, how many elements a row or
the rest of the sheet holds, how long a text is. It stops at the first bound passed.
"""

from __future__ import annotations

import posixpath
import xml.parsers.expat
import zipfile
from dataclasses import dataclass
from typing import IO
from xml.etree import ElementTree

from okrdesk.store.errors import SheetTooLarge
from okrdesk.store.funnel.importing import limits
from okrdesk.store.words import Importing, number

CHUNK = 2**20
# Excel holds at most 32,767 characters in a cell; in UTF-8 at most four bytes each.
MAX_TEXT = 32_767 * 4
# Elements of a row besides its cells (values, formulas, rich text runs), per cell allowed.
ELEMENTS_PER_CELL = 20
# Elements outside the rows: merged cells, validations, formatting, hyperlinks…
MAX_OTHER_ELEMENTS = 100_000
# Excel's last column (XFD) and row.
LAST_COLUMN = 16_384
LAST_ROW = 1_048_576


@dataclass(frozen=True)
class SheetSize:
    cells: int
    last_row: int  # the largest row number in the sheet (rows between count as empty)


def _column_number(reference: str) -> int:
    """The column of a cell reference like "XFD60000" (1-based); 0 if it has none."""
    number = 0
    for char in reference:
        if "A" <= char <= "Z":
            number = number * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            number = number * 26 + ord(char) - 96
        else:
            break
        if number > LAST_COLUMN:
            break
    return number


class _Counter:
    def __init__(self) -> None:
        self.cells = 0
        self.row_cells = 0
        self.row_elements = 0
        self.other = 0
        self.text = 0
        self.row = 0
        self.last_row = 0
        self.in_rows = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        self.text = 0
        if local == "c":
            self._cell(attributes.get("r"))
        elif local == "row":
            self._row(attributes.get("r"))
        elif local == "sheetData":
            self.in_rows = True
        elif self.in_rows:
            self.row_elements += 1
            bound = ELEMENTS_PER_CELL * limits.MAX_COLUMNS
            if self.row_elements > bound:
                raise SheetTooLarge(
                    Importing.tr("{sheet} row {row} holds more than %Ln element(s)", None, bound)
                    .format(row=self.row)
                )  # fmt: skip
        else:
            self.other += 1
            if self.other > MAX_OTHER_ELEMENTS:
                raise SheetTooLarge(
                    Importing.tr(
                        "{sheet} holds more than %Ln element(s) besides its cells",
                        None,
                        MAX_OTHER_ELEMENTS,
                    )
                )

    def end(self, name: str) -> None:
        if name.rpartition(":")[2] == "sheetData":
            self.in_rows = False

    def _cell(self, reference: str | None) -> None:
        self.cells += 1
        self.row_cells += 1
        if self.cells > limits.MAX_XLSX_CELLS:
            raise SheetTooLarge(
                Importing.tr(
                    "{sheet} has more than %Ln cell(s); save it as CSV", None, limits.MAX_XLSX_CELLS
                )
            )
        if self.row_cells > limits.MAX_COLUMNS:
            raise SheetTooLarge(
                Importing.tr(
                    "{sheet} row {row} has more than %Ln cell(s)", None, limits.MAX_COLUMNS
                ).format(row=self.row)
            )
        column = _column_number(reference) if reference else self.row_cells
        if column > limits.MAX_COLUMNS:
            raise SheetTooLarge(
                Importing.tr(
                    "{sheet} has a cell in column {column} of row {row}, right of column "
                    "%Ln; delete the columns it does not need",
                    None,
                    limits.MAX_COLUMNS,
                ).format(column=number(column), row=self.row)
            )

    def _row(self, reference: str | None) -> None:
        self.row = int(reference) if reference and reference.isdigit() else self.row + 1
        if self.row > LAST_ROW:
            raise SheetTooLarge(
                Importing.tr("{sheet} has a row {row}, past Excel's last, %Ln", None, LAST_ROW)
                .format(row=number(self.row))
            )  # fmt: skip
        self.last_row = max(self.last_row, self.row)
        self.row_cells = 0
        self.row_elements = 0

    def data(self, text: str) -> None:
        self.text += len(text)
        if self.text > MAX_TEXT:
            raise SheetTooLarge(
                Importing.tr(
                    "{sheet} row {row} holds a text longer than %Ln character(s)", None, MAX_TEXT
                ).format(row=self.row)
            )


def _no_doctype(*_args: object) -> None:
    raise SheetTooLarge(Importing.tr("{sheet} declares a DOCTYPE, which a sheet never has"))


def scan(source: IO[bytes]) -> SheetSize:
    """Count a sheet's cells and rows; SheetTooLarge at the first bound passed, ValueError
    when it is not well-formed XML."""
    counter = _Counter()
    parser = xml.parsers.expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    parser.CharacterDataHandler = counter.data
    parser.StartDoctypeDeclHandler = _no_doctype
    try:
        while chunk := source.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as error:
        raise ValueError(f"the sheet is not well-formed XML ({error})") from error
    return SheetSize(counter.cells, counter.last_row)


_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → the name of its sheet, as xl/workbook.xml and its relationships say;
    {} when they cannot be read (then parts are named by their path)."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relationships = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in relationships}
    parts = {}
    for element in workbook.iter():
        target = (
            targets.get(element.get(_RELATIONSHIP_ID)) if element.tag.endswith("sheet") else None
        )
        if target:
            part = target[1:] if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            parts[part] = element.get("name", "")
    return parts


def is_sheet_part(name: str) -> bool:
    lower = name.lower()
    return lower.startswith("xl/worksheets/") and lower.endswith(".xml")
