"""A funnel's weekly metrics written to a UTF-8 CSV or an XLSX file.

Columns: week, segment, variant, stage, count, step_conversion, overall_conversion, drop_off;
one row per week × segment × variant × stage, stages in funnel order. The week is the ISO date
of its first day; a cell is empty where there is no segment or variant, or the rate (or the
first stage's drop-off) is undefined. For a funnel fed by raw events this is the activity view.

Text a spreadsheet would run as a formula (beginning with = + - @, or a tab or carriage
return) is neutralised with a leading apostrophe, in text cells only: numbers stay numbers, so
-5 is still -5. In XLSX, text cells are stored as strings, never as formulas.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import math
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from okrdesk.domain.funnel import metrics
from okrdesk.store.errors import ExportError
from okrdesk.store.funnel.data import Reader, load_counts, stage_names
from okrdesk.store.words import StoreErrors

COLUMNS = (
    "week",
    "segment",
    "variant",
    "stage",
    "count",
    "step_conversion",
    "overall_conversion",
    "drop_off",
)

TEXT_COLUMNS = frozenset({"segment", "variant", "stage"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".csv", ".xlsx")


def neutralise(text: str) -> str:
    """Text that a spreadsheet would take for a formula, made inert with a leading '."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_rows(connection: Reader, funnel_id: int) -> list[list[Any]]:
    """The export's rows as Python values: week a date, counts int, undefined cells None, text
    neutralised."""
    table = metrics(
        load_counts(connection, funnel_id, "activity"), stage_names(connection, funnel_id)
    )
    rows = []
    for record in table[list(COLUMNS)].itertuples(index=False, name=None):
        row: list[Any] = []
        for column, value in zip(COLUMNS, record, strict=True):
            row.append(_cell(column, value))
        rows.append(row)
    return rows


def export_funnel(connection: Reader, funnel_id: int, path: Path | str) -> int:
    """Write the funnel's metrics to `path` (.csv or .xlsx); returns the number of data rows.

    The file is written beside the target and moved over it at the end, so a failure leaves no
    half-written file. Raises ExportError for another suffix, FunnelNotFoundError for an unknown
    funnel and OSError when the folder cannot be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        if suffix:
            message = StoreErrors.tr("{path}: the export is written as .csv or .xlsx, not {suffix}")
        else:
            message = StoreErrors.tr(
                "{path}: the export is written as .csv or .xlsx, not no suffix"
            )
        raise ExportError(message.format(path=path, suffix=suffix))
    rows = export_rows(connection, funnel_id)
    with _replacing(path) as temporary:
        if suffix == ".csv":
            _write_csv(temporary, rows)
        else:
            _write_xlsx(temporary, rows)
    return len(rows)


def _cell(column: str, value: Any) -> Any:
    if column == "week":
        return pd.Timestamp(value).date()
    if column in TEXT_COLUMNS:
        return neutralise(str(value)) if value else None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if column in ("count", "drop_off"):
        return int(value)
    return float(value)


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row])


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Funnel")
    widths = (12, 18, 12, 18, 10, 16, 18, 10)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(list(COLUMNS))
    for row in rows:
        cells = []
        for column, value in zip(COLUMNS, row, strict=True):
            cell = WriteOnlyCell(sheet, value=value)
            if column == "week":
                cell.number_format = "yyyy-mm-dd"
            elif column in TEXT_COLUMNS and value is not None:
                # openpyxl takes any text beginning with "=" for a formula: say it is text.
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A file name beside `path`, moved over it when the block ends without an error.

    The writer creates the file itself, so it gets the user's usual permissions.
    """
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
