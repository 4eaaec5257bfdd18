"""What an import may cost and which values it takes: the bounds, and the checks that apply them.

Every value is checked the same way wherever it is in the file: counts are whole numbers from
0 to 2**53 (the largest a float holds exactly), money is finite and at most 10**15, dates lie
between 2000-01-01 and 2100-12-31. A file is refused before it is read when it would cost too
much: an XLSX that unpacks to more than MAX_XLSX_UNPACKED or packs tighter than MAX_XLSX_RATIO,
a sheet wider than MAX_COLUMNS or with more than MAX_XLSX_CELLS cells, a file larger than
MAX_FILE_BYTES or with more than MAX_COLUMNS columns.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import values

MAX_COUNT = 2**53
MAX_MONEY = 10**15
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
MAX_COLUMNS = 1000
MAX_FILE_BYTES = 2**30
MAX_XLSX_UNPACKED = 100 * 2**20
MAX_XLSX_RATIO = 100
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_CELLS = 2_000_000
# Where a date format may use other codes than these, pandas raises, or reads nonsense.
_DIRECTIVES = set("dmYyHMSfbBjpIGVuzaAT%")
_DIRECTIVE = re.compile(r"%(.)", re.DOTALL)
# What goes wrong when a date is far outside what pandas' nanoseconds can hold.
_OVERFLOWS = (
    pd.errors.OutOfBoundsDatetime,
    pd.errors.OutOfBoundsTimedelta,
    OverflowError,
    ValueError,
)


def window_text() -> str:
    return f"{FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"


# -- numbers ---------------------------------------------------------------------------------


def check_bounds(
    original: pd.Series, numbers: pd.Series, file: Path, column: str, *, whole: bool
) -> None:
    """Refuse the first count above MAX_COUNT, or amount of money above MAX_MONEY or not
    finite (inf), naming its row and column."""
    limit = MAX_COUNT if whole else MAX_MONEY
    over = numbers.notna() & ~(numbers.abs() <= limit)
    if over.any():
        row = over.idxmax()
        raise ImportProblem(
            file,
            f'"{values.shown(original.loc[row])}" is more than {limit:,}',
            row=int(row),
            column=column,
        )


def check_count_sums(counts: pd.DataFrame, file: Path) -> None:
    """Refuse counts whose rows for one week, stage, source and variant add up above
    MAX_COUNT (each row may be below it)."""
    over = counts["count"] > MAX_COUNT
    if over.any():
        first = counts[over].iloc[0]
        week = pd.Timestamp(first["week"]).date().isoformat()
        raise ImportProblem(
            file,
            f'the counts of the week {week}, stage "{cut(str(first["stage"]))}" add up to '
            f"more than {MAX_COUNT:,}",
        )


# -- dates -----------------------------------------------------------------------------------


def check_date_format(date_format: str | None, file: Path, column: str) -> None:
    """Refuse a date format with a code pandas cannot read (like %Q) before it is used."""
    if date_format is None or date_format in values.FORMAT_NAMES:
        return
    unknown = [code for code in _DIRECTIVE.findall(date_format) if code not in _DIRECTIVES]
    if unknown or (date_format.endswith("%") and not date_format.endswith("%%")):
        raise ImportProblem(
            file,
            f'"{cut(date_format)}" is not a date format; write one like %d.%m.%Y or %m/%d/%Y',
            column=column,
        )


def _outside(parsed: pd.Series) -> pd.Series:
    """Rows whose date is outside FIRST_DAY..LAST_DAY."""
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    first = pd.Timestamp(FIRST_DAY)
    after = pd.Timestamp(LAST_DAY + dt.timedelta(days=1))
    return parsed.notna() & ((parsed < first) | (parsed >= after))


def _outside_problem(series: pd.Series, row: int, file: Path, column: str) -> ImportProblem:
    return ImportProblem(
        file,
        f'"{values.shown(series.loc[row])}" is not a date between {window_text()}',
        row=int(row),
        column=column,
    )


def parse_dates(series: pd.Series, date_format: str, file: Path, column: str) -> pd.Series:
    """values.parse_dates, with every date checked to lie between FIRST_DAY and LAST_DAY.

    Dates far outside (year 1, year 9999, serial 99999999) can overflow pandas while they are
    read: then the first row that does is found by halving the column.
    """
    try:
        parsed = values.parse_dates(series, date_format, file, column)
    except _OVERFLOWS:
        raise _outside_problem(series, _first_failing(series, date_format, file, column), file,
                               column) from None  # fmt: skip
    except ImportProblem as problem:
        # Older pandas reads a date outside its range as "not a date" instead of overflowing:
        # say what is wrong with it, as newer pandas lets us.
        row = problem.row
        if row is not None and row in series.index and _year_outside(series.loc[row], date_format):
            raise _outside_problem(series, row, file, column) from None
        raise
    outside = _outside(parsed)
    if outside.any():
        raise _outside_problem(series, outside.idxmax(), file, column)
    return parsed


def _year_outside(value: object, date_format: str) -> bool:
    """Whether `value` is a date in `date_format` whose year lies outside the window."""
    text = str(value).strip()
    if date_format == values.ISO_WEEK:
        match = values.ISO_WEEK_TEXT.match(text)
        year = int(match.group(1)) if match else None
    elif date_format == values.EXCEL:
        year = None
    else:
        day = re.split(r"[ T]", text, maxsplit=1)[0]
        day_format = "%Y-%m-%d" if date_format == values.ISO else date_format.split(" ")[0]
        try:
            written = dt.datetime.strptime(day, day_format)
        except ValueError:
            year = None
        else:
            year = written.year
    return year is not None and not FIRST_DAY.year <= year <= LAST_DAY.year


def _fails(part: pd.Series, date_format: str, file: Path, column: str) -> bool:
    try:
        parsed = values.parse_dates(part, date_format, file, column)
    except _OVERFLOWS:
        return True
    return bool(_outside(parsed).any())


def _first_failing(series: pd.Series, date_format: str, file: Path, column: str) -> int:
    """The first row whose date overflows or is outside the window (the column has one)."""
    # A part of a categorical column keeps all its categories, the failing one too.
    part = series.astype(object) if isinstance(series.dtype, pd.CategoricalDtype) else series
    while len(part) > 1:
        half = part.iloc[: len(part) // 2]
        part = half if _fails(half, date_format, file, column) else part.iloc[len(part) // 2 :]
    return int(part.index[0])
