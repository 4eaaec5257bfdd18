"""Reading an XLSX sheet within bounds, so that no file can cost more than limits allows.

An XLSX is a zip of XML parts. Before anything is parsed, the zip's directory is checked: how
much it unpacks to, how tight each part is packed, how large the shared strings and the other
parts are (openpyxl holds those in memory). Then the sheet's declared size (its <dimension>)
is checked, and rows are streamed (openpyxl read_only) only as wide as the header, counting
cells as they come: a sheet is refused as soon as it goes past a bound, never read whole first.
"""

from __future__ import annotations

import operator
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from okrdesk.store.cleaning import MAX_MESSAGE, cut
from okrdesk.store.errors import ImportProblem, SheetTooLarge
from okrdesk.store.funnel.importing import limits, sheet_scan
from okrdesk.store.words import Importing, number

MB = 2**20
# Parts openpyxl parses into objects at once: the shared strings, the styles, the workbook.
MAX_SHARED_STRINGS = 50 * MB
MAX_OTHER_PART = 8 * MB
# Parts that are tiny however large the sheet, and that pack tightly anyway.
_TIGHT_ENOUGH = MB
# Rows looked at when the first row is empty.
EMPTY_LOOK = 21


# The file scan_sheets looked at last, and what it found.
_last_scan: dict[str, Any] = {}


@dataclass(frozen=True)
class Sheet:
    """`header` is the first row up to its last non-empty cell; `body` the rows below it, each
    a tuple of the values at the positions asked for (all the header's, by default)."""

    name: str
    names: tuple[str, ...]
    header: tuple
    body: list[tuple]


def _unreadable(path: Path, error: BaseException) -> ImportProblem:
    text = str(error).strip().splitlines()
    detail = text[0] if text else type(error).__name__
    return ImportProblem(
        path,
        Importing.tr("is not a readable XLSX file ({detail})").format(
            detail=cut(detail, MAX_MESSAGE)
        ),
    )


def check_archive(path: Path) -> None:
    """Refuse a zip that would unpack to too much, or pack a part suspiciously tight."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportProblem(path, Importing.tr("is not a readable XLSX file")) from error
    if len(members) > limits.MAX_XLSX_MEMBERS:
        raise ImportProblem(
            path,
            Importing.tr("holds %Ln part(s), more than {limit}; refused", None, len(members))
            .format(limit=number(limits.MAX_XLSX_MEMBERS)),
        )  # fmt: skip
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.MAX_XLSX_UNPACKED:
        raise ImportProblem(
            path,
            Importing.tr(
                "unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV",
                None,
                round(unpacked / MB),
            ).format(limit=number(limits.MAX_XLSX_UNPACKED // MB)),
        )
    for member in members:
        name = cut(member.filename)
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _TIGHT_ENOUGH and ratio > limits.MAX_XLSX_RATIO:
            raise ImportProblem(
                path,
                Importing.tr(
                    "{part} unpacks to %Ln time(s) its packed size (at most {limit}); refused as "
                    "a zip bomb",
                    None,
                    round(ratio),
                ).format(part=name, limit=number(limits.MAX_XLSX_RATIO)),
            )
        bound = _part_bound(member.filename)
        if bound is not None and member.file_size > bound:
            raise ImportProblem(
                path,
                Importing.tr("{part} unpacks to %Ln MB, more than {limit} MB", None, round(
                    member.file_size / MB
                )).format(part=name, limit=number(bound // MB)),
            )  # fmt: skip


def _part_bound(name: str) -> int | None:
    lower = name.lower()
    if lower.startswith("xl/worksheets/") or not lower.endswith((".xml", ".rels")):
        return None  # the sheets are streamed; pictures are not read
    return MAX_SHARED_STRINGS if lower.endswith("sharedstrings.xml") else MAX_OTHER_PART


def read_sheet(
    path: Path,
    sheet: str | None,
    *,
    limit: int | None = None,
    positions: Sequence[int] | None = None,
) -> Sheet:
    """The header and rows of `sheet` (the first one if None), rows 2..`limit` at most.

    ImportProblem when the file is no readable XLSX, has no such sheet, or goes past a bound.
    """
    check_archive(path)
    sizes = scan_sheets(path)
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise _unreadable(path, error) from error
        try:
            return _read(path, workbook, sheet, limit, positions, sizes)
        except ImportProblem:
            raise
        except Exception as error:  # a damaged sheet, or XML entities defusedxml refuses
            raise _unreadable(path, error) from error
        finally:
            workbook.close()


def _choose(path: Path, names: tuple[str, ...], sheet: str | None) -> str:
    if not names:
        raise ImportProblem(path, Importing.tr("has no sheet"))
    if sheet is None:
        return names[0]
    if sheet not in names:
        listed = ", ".join(f'"{cut(n)}"' for n in names[:10])
        if len(names) > 10:
            message = Importing.tr(
                'has no sheet "{sheet}"; its sheets are {listed} and %n more', None, len(names) - 10
            )
        else:
            message = Importing.tr('has no sheet "{sheet}"; its sheets are {listed}')
        raise ImportProblem(path, message.format(sheet=cut(sheet), listed=listed))
    return sheet


def _read(
    path: Path,
    workbook: Any,
    sheet: str | None,
    limit: int | None,
    positions: Sequence[int] | None,
    last_rows: dict[str, int],
) -> Sheet:
    names = tuple(workbook.sheetnames)
    sheet = _choose(path, names, sheet)
    worksheet = workbook[sheet]
    if not hasattr(worksheet, "iter_rows"):
        raise ImportProblem(
            path,
            Importing.tr('the sheet "{sheet}" is a chart, not a table').format(sheet=cut(sheet)),
        )
    declared_rows = _check_declared_width(path, sheet, worksheet)
    # Read every row there is: a <dimension> that says less than the sheet holds would cut it.
    worksheet.reset_dimensions()
    first = next(
        worksheet.iter_rows(min_row=1, max_row=1, max_col=limits.MAX_COLUMNS + 1, values_only=True),
        (),
    )
    header = _trimmed(first)
    if len(header) > limits.MAX_COLUMNS:
        raise ImportProblem(
            path,
            Importing.tr(
                "the first row has more than %Ln column(s); refused", None, limits.MAX_COLUMNS
            ),
            row=1,
        )
    if not header:  # a few rows, as wide as may be, tell an empty sheet from a headless one
        body = list(_body(path, sheet, worksheet, limits.MAX_COLUMNS, EMPTY_LOOK, tuple))
        return Sheet(sheet, names, header, body)
    width = len(header)
    # openpyxl yields the rows a sheet leaves out as empty ones: they cost as much.
    rows = max(declared_rows or 0, last_rows.get(sheet, max(last_rows.values(), default=0)))
    if not limit and rows * width > limits.MAX_XLSX_CELLS:
        raise _too_many_cells(path, sheet)
    body = list(_body(path, sheet, worksheet, width, limit, _picker(positions)))
    return Sheet(sheet, names, header, body)


def _check_declared_width(path: Path, sheet: str, worksheet: Any) -> int | None:
    """The rows the sheet says it has; ImportProblem if it says it is too wide."""
    columns, rows = worksheet.max_column, worksheet.max_row
    if columns is not None and columns > limits.MAX_COLUMNS:
        raise ImportProblem(
            path,
            Importing.tr(
                'the sheet "{sheet}" is %Ln column(s) wide, more than {limit}; delete the columns '
                "it does not need",
                None,
                columns,
            ).format(sheet=cut(sheet), limit=number(limits.MAX_COLUMNS)),
        )
    return rows


def _trimmed(row: tuple) -> tuple:
    end = len(row)
    while end and (row[end - 1] is None or str(row[end - 1]).strip() == ""):
        end -= 1
    return tuple(row[:end])


def _picker(positions: Sequence[int] | None) -> Callable[[tuple], tuple]:
    if positions is None:
        return tuple
    if len(positions) == 1:
        index = positions[0]
        return lambda row: (row[index],)
    return operator.itemgetter(*positions) if positions else lambda _row: ()


def _body(
    path: Path,
    sheet: str,
    worksheet: Any,
    width: int,
    limit: int | None,
    pick: Callable[[tuple[Any, ...]], tuple[Any, ...]],
) -> Iterator[tuple[Any, ...]]:
    budget = limits.MAX_XLSX_CELLS // width
    for count, row in enumerate(
        worksheet.iter_rows(min_row=2, max_row=limit, max_col=width, values_only=True), 1
    ):
        if count > budget:
            raise _too_many_cells(path, sheet)
        yield pick(row)


def _too_many_cells(path: Path, sheet: str) -> ImportProblem:
    return ImportProblem(
        path,
        Importing.tr(
            'the sheet "{sheet}" has more than %Ln cell(s); save it as CSV',
            None,
            limits.MAX_XLSX_CELLS,
        ).format(sheet=cut(sheet)),
    )


def scan_sheets(path: Path) -> dict[str, int]:
    """Every sheet's last row, by sheet name (or part, where the workbook does not say),
    counted in a first pass that builds nothing (see sheet_scan). It must come before
    openpyxl opens the file: opening it reads every sheet without a <dimension> whole.

    A file is looked at twice (its head for the preview, then all of it): the second time,
    if it is unchanged, the first count stands.
    """
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if _last_scan.get("key") == key:
        return dict(_last_scan["rows"])
    last_rows = _scan_sheets(path)
    _last_scan.update(key=key, rows=dict(last_rows))
    return last_rows


def _scan_sheets(path: Path) -> dict[str, int]:
    last_rows = {}
    with zipfile.ZipFile(path) as archive:
        names = sheet_scan.sheet_parts(archive)
        for member in archive.infolist():
            part = member.filename
            if not (sheet_scan.is_sheet_part(part) or part in names):
                continue
            name = names.get(part, part)
            try:
                with archive.open(member) as source:
                    last_rows[name] = sheet_scan.scan(source).last_row
            except SheetTooLarge as error:
                sheet = Importing.tr('the sheet "{name}"').format(name=cut(name))
                shown = sheet if part in names else cut(part)
                raise ImportProblem(path, error.text.format(sheet=shown)) from None
            except (ValueError, zipfile.BadZipFile, OSError) as error:
                raise _unreadable(path, error) from error
    return last_rows
