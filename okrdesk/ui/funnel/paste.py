"""Counts as users type and paste them: the locale's digits, decimal comma and thousands.

A block copied from a spreadsheet is tab-separated text, one line per row; its first line is
a header when it names stages (or holds no number at all). Nothing here touches a widget.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

# Spreadsheets write thousands with a space, a no-break space or a narrow no-break space,
# whatever the locale says.
_SPACES = (" ", "\u00a0", "\u202f", "\u2009")

REASONS = {
    "not_number": QT_TRANSLATE_NOOP("FunnelPaste", "“{text}” is not a number"),
    "negative": QT_TRANSLATE_NOOP("FunnelPaste", "“{text}” is negative; a count is 0 or more"),
    "not_whole": QT_TRANSLATE_NOOP("FunnelPaste", "“{text}” is not a whole number"),
}


class CountError(ValueError):
    """Text that is not a count; `reason` is a key of REASONS."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason

    def message(self) -> str:
        return QCoreApplication.translate("FunnelPaste", REASONS[self.reason]).format(
            text=self.text
        )


def parse_count(text: str, locale: QLocale | None = None) -> int | None:
    """A count read in the user's locale ("1 234", "1.234", "12,0"); None for an empty cell.

    Raises CountError for anything that is not a whole number ≥ 0.
    """
    locale = locale or QLocale()
    cleaned = text.strip()
    if not cleaned:
        return None
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    value, ok = locale.toDouble(cleaned)
    if not ok or not math.isfinite(value):
        raise CountError(text.strip(), "not_number")
    if value < 0:
        raise CountError(text.strip(), "negative")
    if abs(value - round(value)) > 1e-9:
        raise CountError(text.strip(), "not_whole")
    return round(value)


@dataclass(frozen=True)
class PastedBlock:
    """Parsed rows (None: an empty cell, left as it is), and where each column goes when a
    header named the stages: `stage_columns[i]` is the stage index of column i, or None for a
    first column of row labels (weeks), which is skipped."""

    rows: list[list[int | None]]
    stage_columns: list[int | None] | None
    first_line: int  # 1 when the block had a header: its rows start on line 2


class PasteError(ValueError):
    """A cell that is not a count, at (line, column) of the pasted text, both from 1."""

    def __init__(self, line: int, column: int, error: CountError) -> None:
        super().__init__(f"line {line}, column {column}: {error}")
        self.line, self.column, self.error = line, column, error


def split_block(text: str) -> list[list[str]]:
    """Lines and tab-separated cells; the trailing line break spreadsheets add is dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


def _is_number(cell: str, locale: QLocale) -> bool:
    try:
        parse_count(cell, locale)
    except CountError as error:
        return error.reason != "not_number"
    return True


def parse_block(
    text: str, stage_names: Sequence[str], locale: QLocale | None = None
) -> PastedBlock:
    """The counts of a pasted block; raises PasteError at the first cell that is not a count."""
    locale = locale or QLocale()
    cells = split_block(text)
    stage_columns = None
    first_line = 1
    if cells:
        header = [cell.strip() for cell in cells[0]]
        folded = [name.casefold() for name in stage_names]
        columns = [folded.index(c.casefold()) if c.casefold() in folded else None for c in header]
        # A first column of week labels may be headed anything (or nothing); every other
        # header must name a stage, or the header does not place the columns.
        if any(c is not None for c in columns) and all(c is not None for c in columns[1:]):
            stage_columns = columns
        if stage_columns is not None or not any(_is_number(c, locale) for c in header if c):
            cells = cells[1:]
            first_line = 2
    rows = []
    for line, row in enumerate(cells, start=first_line):
        parsed = []
        for column, cell in enumerate(row, start=1):
            if stage_columns is not None and (
                column > len(stage_columns) or stage_columns[column - 1] is None
            ):
                parsed.append(None)
                continue
            try:
                parsed.append(parse_count(cell, locale))
            except CountError as error:
                raise PasteError(line, column, error) from None
        rows.append(parsed)
    return PastedBlock(rows=rows, stage_columns=stage_columns, first_line=first_line)
