"""Numbers and dates written the way Polish, Hungarian, Russian and English users write them.

Every function works on a whole column at once. A column's convention is detected from its
values: the decimal separator (`1 234,5`, `1.234,5`, `1,234.5`), and the date format (ISO,
dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, yyyy.mm.dd, ISO weeks like 2026-W47, Excel serial
numbers). A date column that fits more than one format is ambiguous: it is reported, never
guessed. A value that does not parse, or a date outside FIRST_DAY..LAST_DAY, raises
ImportProblem naming its row and column.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from okrdesk.domain.text import Text
from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.words import Importing

SAMPLE = 5000

# -- numbers ---------------------------------------------------------------------------------

_SPACES = r"[\s\u00a0\u202f\u2009']"
_CURRENCIES = r"zł|pln|ft|huf|€|eur|\$|usd|₽|rub|руб\.?|р\."
_CURRENCY = rf"(?i)^\s*(?:{_CURRENCIES})\s*|\s*(?:{_CURRENCIES})\s*$"
_GROUPED_COMMA = re.compile(r"^-?\d{1,3}(,\d{3})+$")
_GROUPED_DOT = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def detect_decimal(values: Iterable[str], default: str = ".") -> str:
    """ "," or ".": the decimal separator the values show; `default` when none tells."""
    votes = {",": 0, ".": 0}
    for value in values:
        text = re.sub(_SPACES, "", value)
        has_comma, has_dot = "," in text, "." in text
        if has_comma and has_dot:
            votes["," if text.rfind(",") > text.rfind(".") else "."] += 1
        elif has_comma and not _GROUPED_COMMA.match(text):
            votes[","] += 1
        elif has_dot and not _GROUPED_DOT.match(text):
            votes["."] += 1
    if votes[","] == votes["."]:
        return default
    return "," if votes[","] > votes["."] else "."


def _unique_sample(series: pd.Series) -> list[str]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return [str(v) for v in series.cat.categories[:SAMPLE]]
    head = series.head(SAMPLE * 4).dropna()
    return [str(v) for v in pd.unique(head)[:SAMPLE]]


def _categorical_apply(series: pd.Series, convert: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Convert a categorical column through its categories only: once per distinct value."""
    categories = pd.Series(series.cat.categories.astype(str), dtype=object)
    converted = convert(categories).to_numpy()
    codes = series.cat.codes.to_numpy()
    if len(converted) == 0:
        return pd.Series(np.nan, index=series.index, dtype=float)
    values = converted[np.maximum(codes, 0)]
    return pd.Series(values, index=series.index).where(codes >= 0)


def parse_numbers(
    series: pd.Series, file: Path, column: str, *, default_decimal: str = "."
) -> pd.Series:
    """Floats (NaN where empty); ImportProblem at the first value that is not a number."""
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return series.astype(float)
    if isinstance(series.dtype, pd.CategoricalDtype):
        numbers = _categorical_apply(series, lambda c: _parse_text_numbers(c, default_decimal))
    else:
        numbers = _parse_text_numbers(series, default_decimal)
    _first_bad(series, numbers, file, column)
    return numbers


def _parse_text_numbers(series: pd.Series, default_decimal: str) -> pd.Series:
    present = series.notna()
    if not present.all():  # revenue columns are mostly empty: parse only what is there
        numbers = pd.Series(np.nan, index=series.index, dtype=float)
        numbers[present] = _parse_text_numbers(series[present], default_decimal)
        return numbers
    text = pd.Series(series.astype(object), dtype="string")
    decimal = detect_decimal(_unique_sample(series), default_decimal)
    text = text.str.replace(_CURRENCY, "", regex=True).str.replace(_SPACES, "", regex=True)
    text = text.str.replace("−", "-", regex=False)  # a typographic minus
    if decimal == ",":
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        text = text.str.replace(",", "", regex=False)
    # The exponent as in 1.5E+06, which pandas reads past the first rows of a CSV as well.
    text = text.where(text.str.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?").fillna(False))
    return pd.to_numeric(text, errors="coerce").astype(float)


def shown(value: object) -> str:
    """A cell as the user typed it, as near as a number read as a float allows; escaped and
    cut to fit a one-line message."""
    if isinstance(value, float) and value.is_integer():
        return cut(str(int(value)))
    return cut(str(value))


def _first_bad(original: pd.Series, parsed: pd.Series, file: Path, column: str) -> None:
    bad = parsed.isna() & original.notna()
    if bad.any():
        row = bad.idxmax()
        message = Importing.tr('"{value}" is not a number').format(value=shown(original.loc[row]))
        raise ImportProblem(file, message, row=int(row), column=column)


def check_numbers(
    original: pd.Series,
    numbers: pd.Series,
    file: Path,
    column: str,
    *,
    whole: bool = False,
) -> None:
    """Refuse values that did not parse, negative ones, and fractions where counts are whole."""
    _first_bad(original, numbers, file, column)
    negative = numbers < 0
    if negative.any():
        row = negative.idxmax()
        message = Importing.tr('"{value}" is negative').format(value=shown(original.loc[row]))
        raise ImportProblem(file, message, row=int(row), column=column)
    if whole:
        fraction = numbers.notna() & (numbers % 1 != 0)
        if fraction.any():
            row = fraction.idxmax()
            raise ImportProblem(
                file,
                Importing.tr('"{value}" is not a whole number').format(
                    value=shown(original.loc[row])
                ),
                row=int(row),
                column=column,
            )


# -- dates -----------------------------------------------------------------------------------

ISO = "ISO8601"
ISO_WEEK = "%G-W%V"
EXCEL = "excel"
# Every date an import takes lies in this window.
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
# Excel's day 0 is 1899-12-30 once its phantom 29 February 1900 is accounted for.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
FORMAT_NAMES = {
    ISO: "yyyy-mm-dd",
    ISO_WEEK: "yyyy-Www (ISO week)",
    "%d.%m.%Y": "dd.mm.yyyy",
    "%d/%m/%Y": "dd/mm/yyyy",
    "%m/%d/%Y": "mm/dd/yyyy",
    "%d-%m-%Y": "dd-mm-yyyy",
    "%m-%d-%Y": "mm-dd-yyyy",
    "%Y.%m.%d": "yyyy.mm.dd",
    EXCEL: "Excel serial number",
}
_ALIASES = {"%Y-%m-%d": ISO, "iso": ISO, "%G-W%V-%u": ISO_WEEK}
_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO_DATE = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}" + _TIME + r"(?:Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE
)
ISO_WEEK_TEXT = re.compile(r"^(\d{4})-?W(\d{1,2})(?:-?([1-7]))?$", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?" + _TIME + "$")
_YEAR_FIRST = re.compile(r"^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?" + _TIME + "$")
_SLASHED = re.compile(r"^(\d{1,2})([/-])(\d{1,2})\2(\d{4})" + _TIME + "$")
_SERIAL = re.compile(r"^\d{5}(?:[.,]\d+)?$")
# A UTC offset after a time of day: "…00:30:00+02:00", "…00:30Z", "…00:30:00 +0200".
_SECONDS = r"(?::\d\d)?(?:\.\d+)?"
_OFFSET = r"\s*(?:Z|[+-]\d\d(?::?\d\d)?)$"
_UTC_OFFSET = rf"(?<=\d:\d\d)({_SECONDS}){_OFFSET}"
_HAS_UTC_OFFSET = rf"\d:\d\d{_SECONDS}{_OFFSET}"


def normalise_format(date_format: str | None) -> str | None:
    if date_format is None:
        return None
    return _ALIASES.get(date_format.strip(), date_format.strip())


def _formats_of(value: str) -> set[str]:
    """Every known format `value` can be read in."""
    value = value.strip()
    if _ISO_DATE.match(value):
        return {ISO}
    if ISO_WEEK_TEXT.match(value):
        return {ISO_WEEK}
    if _DAY_FIRST.match(value):
        return {"%d.%m.%Y"}
    if _YEAR_FIRST.match(value):
        return {"%Y.%m.%d"}
    found = _SLASHED.match(value)
    if found:
        first, separator, second = int(found.group(1)), found.group(2), int(found.group(3))
        formats = set()
        if first <= 31 and second <= 12:
            formats.add(f"%d{separator}%m{separator}%Y")
        if first <= 12 and second <= 31:
            formats.add(f"%m{separator}%d{separator}%Y")
        return formats
    if _SERIAL.match(value) and 20000 <= float(value.replace(",", ".")) <= 80000:
        return {EXCEL}
    return set()


def date_candidates(series: pd.Series, file: Path, column: str) -> tuple[str, ...]:
    """The formats every value of a text column fits (sorted); ImportProblem if none does."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return (ISO,)
    if pd.api.types.is_numeric_dtype(series):
        return (EXCEL,)
    candidates: set[str] | None = None
    for value in _unique_sample(series):
        formats = _formats_of(value)
        narrowed = formats if candidates is None else candidates & formats
        if not narrowed:
            row = row_of(series, value)
            message = Importing.tr('"{value}" is not a date').format(value=cut(value))
            raise ImportProblem(file, message, row=row, column=column)
        candidates = narrowed
    return tuple(sorted(candidates or ()))


def first_ambiguous_row(series: pd.Series) -> int | None:
    """The file row of the first value that fits more than one format."""
    for value in _unique_sample(series):
        if len(_formats_of(value)) > 1:
            return row_of(series, value)
    return None


def row_of(series: pd.Series, value: str) -> int:
    """The file row of the first cell that reads as `value` (categories may be numbers)."""
    return int(series.index[series.astype(str) == value][0])


def _parse_iso_weeks(text: pd.Series) -> pd.Series:
    parts = text.str.extract(ISO_WEEK_TEXT.pattern, flags=re.IGNORECASE)
    year = pd.to_numeric(parts[0], errors="coerce")
    week = pd.to_numeric(parts[1], errors="coerce")
    day = pd.to_numeric(parts[2], errors="coerce").fillna(1)
    january_4 = pd.to_datetime(pd.DataFrame({"year": year, "month": 1, "day": 4}), errors="coerce")
    monday = january_4 - pd.to_timedelta(january_4.dt.day_of_week, unit="D")
    result = monday + pd.to_timedelta((week - 1) * 7 + day - 1, unit="D")
    thursday = monday + pd.to_timedelta((week - 1) * 7 + 3, unit="D")
    valid = (week >= 1) & (week <= 53) & (thursday.dt.year == year)
    return result.where(valid)


def _numpy_iso(text: pd.Series) -> pd.Series | None:
    """ISO dates and times through numpy, several times faster than pandas; None if any
    value is not plain ISO (time zones, spaces, one-digit months), for pandas to read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # numpy only warns about a time zone it drops
            try:
                parsed = text.to_numpy(dtype=object).astype("datetime64[s]")
            except (ValueError, TypeError):  # empty cells are NaN, which numpy does not take
                parsed = text.to_numpy(dtype=object, na_value=None).astype("datetime64[s]")
    except (ValueError, TypeError, DeprecationWarning, UserWarning):
        return None
    return pd.Series(parsed, index=text.index)


def has_utc_offsets(series: pd.Series) -> bool:
    """Whether any time in a text column carries a UTC offset (which the import drops)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        series = pd.Series(series.cat.categories)
    elif pd.api.types.is_datetime64_any_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return False
    values = series.dropna().astype(object)
    if _numpy_iso(values) is not None:  # plain ISO times, the usual case: read fast, no offset
        return False
    # One search over the column joined, not a regular expression per value.
    text = "\n".join(str(value).strip() for value in values.tolist())
    return re.search(_HAS_UTC_OFFSET, text, re.IGNORECASE | re.MULTILINE) is not None


def _wall_clock(text: pd.Series) -> pd.Series:
    """ISO times without their UTC offsets: the week is that of the time written, not UTC's."""
    return text.str.replace(_UTC_OFFSET, r"\1", regex=True, case=False)


def _parse_with(text: pd.Series, date_format: str) -> pd.Series:
    if date_format == ISO:
        fast = _numpy_iso(text)
        if fast is not None:
            return fast
        text = _wall_clock(text.astype(object).where(text.notna(), None).astype("string"))
        fast = _numpy_iso(text.astype(object))
        if fast is not None:
            return fast
        text = text.astype(object)
        try:
            return pd.to_datetime(text, format=ISO, errors="coerce")
        except (ValueError, TypeError):  # mixed time zones
            return pd.to_datetime(text, format=ISO, errors="coerce", utc=True).dt.tz_localize(None)
    if date_format == ISO_WEEK:
        return _parse_iso_weeks(text)
    if date_format == EXCEL:
        serial = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
        return _from_serial(serial)
    if date_format == "%Y.%m.%d":
        text = text.str.replace(r"^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?", r"\1.\2.\3", regex=True)
    if date_format == "%d.%m.%Y":
        text = text.str.replace(r"^(\d{1,2}\.\d{1,2}\.\d{4})\.", r"\1", regex=True)
    parsed = _with_times(text, date_format)
    unread = parsed.isna() & text.notna()
    if unread.any():  # "T" between date and time, or doubled spaces: tidy those rows only
        tidy = text[unread].str.replace("T", " ", regex=False).str.replace(r"\s+", " ", regex=True)
        parsed = parsed.where(~unread, _with_times(tidy, date_format).reindex(parsed.index))
    return parsed


def _with_times(text: pd.Series, date_format: str) -> pd.Series:
    """Dates with or without a time of day; the form of the first value is tried first."""
    first = text.dropna().head(1)
    colons = str(first.iloc[0]).count(":") if len(first) else 0
    forms = [date_format, f"{date_format} %H:%M", f"{date_format} %H:%M:%S"]
    forms.insert(0, forms.pop(min(colons, 2)))
    # The first attempt sets the resolution: pandas 3 reads a year-1 date in microseconds,
    # which a nanosecond column would overflow on.
    parsed = pd.to_datetime(text, format=forms[0], errors="coerce")
    for form in forms[1:]:
        missing = parsed.isna() & text.notna()
        if not missing.any():
            break
        attempt = pd.to_datetime(text[missing], format=form, errors="coerce")
        parsed = parsed.where(~missing, attempt.reindex(text.index))
    return parsed


def _from_serial(serial: pd.Series) -> pd.Series:
    """Dates of Excel serial numbers; NaT for a number outside the window, which could
    overflow pandas (parse_dates tells those apart from cells that are not numbers)."""
    first, after = (_serial(FIRST_DAY), _serial(LAST_DAY) + 1)
    serial = serial.where((serial >= first) & (serial < after))
    return (pd.Timestamp(_EXCEL_EPOCH) + pd.to_timedelta(serial, unit="D")).dt.round("s")


def _serial(day: dt.date) -> int:
    return (day - _EXCEL_EPOCH).days


def parse_dates(series: pd.Series, date_format: str, file: Path, column: str) -> pd.Series:
    """datetime64 values; ImportProblem at the first value that is not a date in the format
    or is a date outside FIRST_DAY..LAST_DAY, whichever row comes first.

    A date far outside (year 1, year 9999, serial 99999999) is refused the same way whatever
    pandas does with it: older pandas reads it as no date, newer as a date in another
    resolution; an Excel number outside the window is never converted.
    """
    return _checked_dates(series, _parse_dates(series, date_format), date_format, file, column)


def parse_times(
    series: pd.Series, date_format: str, file: Path, column: str
) -> tuple[pd.Series, bool]:
    """parse_dates, and whether any time carried a UTC offset (has_utc_offsets; ISO only).
    Plain ISO text, the usual case, is parsed once: it has no offset."""
    if date_format == ISO and series.dtype == object:
        plain = _numpy_iso(series)
        if plain is not None:
            return _checked_dates(series, plain, date_format, file, column), False
    parsed = parse_dates(series, date_format, file, column)
    return parsed, date_format == ISO and has_utc_offsets(series)


def _checked_dates(
    series: pd.Series, parsed: pd.Series, date_format: str, file: Path, column: str
) -> pd.Series:
    """`parsed` (`series` read as dates), or ImportProblem at its first row parse_dates
    refuses."""
    outside = _outside(parsed)
    unread = parsed.isna() & series.notna()
    bad = outside | unread
    if not bad.any():
        return parsed
    row = bad.idxmax()
    value = series.loc[row]
    if outside.loc[row] or _written_outside(value, date_format):
        message = Importing.tr('"{value}" is not a date between {first} and {last}').format(
            value=shown(value), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
        )
    else:
        message = Importing.tr('"{value}" is not a date in the form {form}').format(
            value=shown(value), form=cut(FORMAT_NAMES.get(date_format, date_format))
        )
    raise ImportProblem(file, message, row=int(row), column=column)


def _parse_dates(series: pd.Series, date_format: str) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(series):
        return series
    if pd.api.types.is_numeric_dtype(series):
        parsed = _from_serial(series.astype(float))
    elif isinstance(series.dtype, pd.CategoricalDtype):
        categories = pd.Series(series.cat.categories.astype(str), dtype="string").str.strip()
        converted = _parse_with(categories, date_format).to_numpy()
        codes = series.cat.codes.to_numpy()
        parsed = pd.Series(converted[np.maximum(codes, 0)], index=series.index)
        parsed = parsed.where(codes >= 0)
    else:
        text = series if series.dtype == object else series.astype(object)
        parsed = _parse_with(text, date_format)
        unread = parsed.isna()
        if not unread.any():
            return parsed
        unread &= text.notna()
        # Spaces around a value are rare: strip only where reading failed.
        retried = _parse_with(text[unread].str.strip(), date_format)
        parsed = parsed.where(~unread, retried)
    if not pd.api.types.is_datetime64_any_dtype(parsed):
        parsed = pd.to_datetime(parsed)
    return parsed


def _outside(parsed: pd.Series) -> pd.Series:
    """Rows whose date is outside FIRST_DAY..LAST_DAY."""
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    first = pd.Timestamp(FIRST_DAY)
    after = pd.Timestamp(LAST_DAY + dt.timedelta(days=1))
    return parsed.notna() & ((parsed < first) | (parsed >= after))


def _written_outside(value: object, date_format: str) -> bool:
    """Whether a value pandas could not read is a date in `date_format` outside the window
    (an Excel number is one whenever it is a number)."""
    text = str(value).strip()
    if date_format == EXCEL or isinstance(value, (int, float, np.number)):
        return pd.notna(pd.to_numeric(text.replace(",", "."), errors="coerce"))
    if date_format == ISO_WEEK:
        match = ISO_WEEK_TEXT.match(text)
        year = int(match.group(1)) if match else None
    else:
        day = re.split(r"[ T]", text, maxsplit=1)[0]
        day_format = "%Y-%m-%d" if date_format == ISO else date_format.split(" ")[0]
        try:
            year = dt.datetime.strptime(day, day_format).year
        except ValueError:
            year = None
    return year is not None and not FIRST_DAY.year <= year <= LAST_DAY.year


def ambiguity_message(candidates: tuple[str, ...]) -> Text:
    """Which formats the dates fit, as "DD.MM.YYYY or MM.DD.YYYY"; the user must choose."""
    names: Text | str = ""
    for candidate in candidates:
        name = FORMAT_NAMES.get(candidate, candidate)
        names = (
            Importing.tr("{first} or {second}").format(first=names, second=name) if names else name
        )
    return Importing.tr("the dates can be read as {formats}; choose the date format").format(
        formats=names
    )
