"""Reading an import file into a table of text: encoding, separator, CSV and XLSX.

`sniff` looks at a file once (its SHA-256, its encoding, its separator, its header and first
rows) without reading it all into memory; `read_table` then reads the columns an import needs
into a DataFrame whose index is the file's row number (the header is row 1). CSV cells stay
text (or categories, for columns that repeat a few values); XLSX cells keep their types where a
whole column has one (numbers, dates), so that a number stored as a number is never reparsed.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pandas as pd

from okrdesk.domain.text import Text
from okrdesk.store.cleaning import MAX_MESSAGE, cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import limits, workbook
from okrdesk.store.words import Importing, number, os_reason

PREVIEW_ROWS = 20
CHUNK_ROWS = 200_000  # rows of a CSV read at a time by read_chunks
HEAD_BYTES = 256 * 1024
CHUNK_BYTES = 1024 * 1024
SEPARATORS = (";", ",", "\t", "|")
# The column a CSV read adds right of the header's last, to find rows with cells there.
_BEYOND = "\x00beyond"
_PLAIN_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ZIP_MAGIC = b"PK\x03\x04"
# Excel's day 0, once its phantom 29 February 1900 is accounted for.
EXCEL_EPOCH = dt.datetime(1899, 12, 30)

# Letters the three single-byte encodings are tried for. Text in the right encoding is made
# of them; the wrong one turns them into symbols, C1 controls or Cyrillic inside Latin words.
_CENTRAL_LATIN = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻáéíóöőúüűÁÉÍÓÖŐÚÜŰčďěňřšťůýžČĎĚŇŘŠŤŮÝŽäôĺľŕÄÔĹĽŔ")
_SINGLE_BYTE = ("cp1250", "cp1251", "iso-8859-2")


@dataclass(frozen=True)
class FileInfo:
    """What one look at a file found; `rows` are the first data rows as text."""

    path: Path
    sha256: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    separator: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # The header's cells as they are in the file, spaces included (CSV only).
    raw_columns: tuple[str, ...] = ()


# -- encodings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scan:
    sha256: str
    head: bytes  # the first HEAD_BYTES
    utf8: bool  # is the whole file strict UTF-8?
    sample: bytes  # where it stops being UTF-8 (if it does): the bytes to guess the encoding by


def _scan(path: Path) -> _Scan:
    """The file read once: its SHA-256, its head, and whether and where it is not UTF-8."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    head = sample = b""
    utf8 = True
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                digest.update(chunk)
                if len(head) < HEAD_BYTES:
                    head += chunk[: HEAD_BYTES - len(head)]
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError as error:
                        # Headers are often plain ASCII: the letters come later, maybe here.
                        utf8, sample = False, chunk[max(error.start - HEAD_BYTES // 2, 0) :]
        if utf8:
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        utf8 = False
    except OSError as error:
        raise _cannot_read(path, error) from error
    return _Scan(digest.hexdigest(), head, utf8, sample[:HEAD_BYTES])


def _plausibility(text: str) -> int:
    """How much `text` looks like Polish, Hungarian or Russian rather than mojibake."""
    score = 0
    for word in re.findall(r"\w+", text):
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in word)
        latin = sum(c.isascii() and c.isalpha() for c in word)
        central = sum(c in _CENTRAL_LATIN for c in word)
        if cyrillic and (latin or central):
            score -= 2 * cyrillic  # Cyrillic letters inside a Latin word: the wrong table
        else:
            score += cyrillic + central
    for char in text:
        code = ord(char)
        if 0x80 <= code <= 0x9F:
            score -= 10  # C1 controls never occur in text
        elif code > 0x7F and not char.isalnum() and not char.isspace():
            score -= 1  # ¤ ¦ ± ¶ ˇ ˘ …: rare in data, common in mojibake
    return score


def detect_encoding(head: bytes, utf8: bool, sample: bytes = b"") -> str:
    """BOM first, then strict UTF-8, then the likeliest of cp1250, cp1251 and ISO-8859-2 for
    the head and `sample` (bytes further in, where the file stopped being UTF-8)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if utf8:
        return "utf-8"
    text = head + b"\n" + sample
    scores = {name: _plausibility(text.decode(name, errors="replace")) for name in _SINGLE_BYTE}
    return max(_SINGLE_BYTE, key=lambda name: scores[name])  # ties keep the order above


# -- CSV -------------------------------------------------------------------------------------


def detect_separator(lines: Sequence[str]) -> str:
    """The separator that splits the header into most fields and every row into as many."""

    def score(separator: str) -> tuple[float, int]:
        try:
            records = [r for r in csv.reader(lines, delimiter=separator) if r]
        except csv.Error:  # a field longer than csv's limit: not this separator
            return (0.0, 0)
        if not records or len(records[0]) < 2:
            return (0.0, 0)
        width = len(records[0])
        same = sum(len(r) == width for r in records) / len(records)
        return (same, width)

    best = max(SEPARATORS, key=score)
    return best if score(best)[1] else ","


def _csv_head(path: Path, head: bytes, encoding: str, separator: str | None) -> FileInfo:
    try:
        text = codecs.getincrementaldecoder(encoding)("strict").decode(head)
    except UnicodeDecodeError as error:
        message = Importing.tr("is not {encoding} text (byte {byte}); choose its encoding")
        raise ImportProblem(
            path, message.format(encoding=cut(encoding), byte=number(error.start + 1))
        ) from error
    except LookupError as error:
        message = Importing.tr('"{encoding}" is not an encoding').format(encoding=cut(encoding))
        raise ImportProblem(path, message) from error
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if len(head) == HEAD_BYTES and lines:
        if len(lines) == 1:
            raise ImportProblem(
                path,
                Importing.tr(
                    "the first row is longer than %Ln KB; refused", None, HEAD_BYTES // 1024
                ),
                row=1,
            )
        lines = lines[:-1]  # the last one may be cut short
    lines = lines[: PREVIEW_ROWS + 50]
    if not any(line.strip() for line in lines):
        raise ImportProblem(path, Importing.tr("the file is empty"), row=1)
    separator = separator or detect_separator(lines)
    try:
        records = [r for r in csv.reader(lines, delimiter=separator) if any(c.strip() for c in r)]
    except csv.Error as error:
        raise ImportProblem(path, _not_csv(str(error))) from error
    header = tuple(c.strip() for c in records[0])
    if not any(header):
        raise ImportProblem(path, Importing.tr("the first row has no column names"), row=1)
    if len(header) > limits.MAX_COLUMNS:
        raise ImportProblem(
            path,
            Importing.tr(
                "has %Ln column(s), more than {limit}; delete the columns it does not need",
                None,
                len(header),
            ).format(limit=number(limits.MAX_COLUMNS)),
            row=1,
        )
    return FileInfo(
        path=path,
        sha256="",
        kind="csv",
        encoding=encoding,
        separator=separator,
        sheet=None,
        sheets=(),
        columns=header,
        raw_columns=tuple(records[0]),
        rows=tuple(tuple(r) for r in records[1 : PREVIEW_ROWS + 1]),
    )


def _parser_problem(path: Path, error: Exception) -> ImportProblem:
    found = re.search(r"line (\d+)", str(error))
    row = int(found.group(1)) - 1 if found else None  # the line of separators read first
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return ImportProblem(path, _not_csv(first), row=row)


def _not_csv(detail: str) -> Text:
    return Importing.tr("cannot be read as CSV ({detail})").format(detail=cut(detail, MAX_MESSAGE))


def _cannot_read(path: Path, error: OSError) -> ImportProblem:
    reason = os_reason(error)
    detail = reason if not isinstance(reason, str) else cut(reason, MAX_MESSAGE)
    return ImportProblem(path, Importing.tr("cannot be read ({detail})").format(detail=detail))


def _plain_numbers(info: FileInfo, columns: Sequence[str]) -> list[str]:
    """The columns whose first rows hold only plain numbers like 1234 or 1234.5 (or nothing)."""
    position = {name: i for i, name in enumerate(info.columns)}
    plain = []
    for name in columns:
        i = position[name]
        cells = [row[i] for row in info.rows if i < len(row) and row[i].strip()]
        if all(_PLAIN_NUMBER.match(cell) for cell in cells):
            plain.append(name)
    return plain


def _read_csv(
    info: FileInfo, columns: Sequence[str], categories: Sequence[str], numbers: Sequence[str]
) -> pd.DataFrame:
    # Number columns that look plain are read as numbers, which is much faster than text; if
    # a later row is not plain after all ("1 234,5"), the file is read again with them as text.
    plain = _plain_numbers(info, numbers)
    try:
        try:
            frame = _read_csv_as(info, columns, categories, plain)
        except UnicodeDecodeError:
            raise
        except ValueError:
            if not plain:
                raise
            frame = _read_csv_as(info, columns, categories, ())
        else:
            if plain and not _within_bounds(frame, plain):
                # inf, 1e308: read as text, to be refused quoting the cell as it is written
                frame = _read_csv_as(info, columns, categories, ())
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as error:
        raise _csv_problem(info, error) from error
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    _check_width(info, frame.pop(_BEYOND))
    return frame


def _within_bounds(frame: pd.DataFrame, columns: Sequence[str]) -> bool:
    return all((frame[c].isna() | (frame[c].abs() <= limits.MAX_MONEY)).all() for c in columns)


def _check_width(info: FileInfo, beyond: pd.Series) -> None:
    """Refuse a row with a cell right of the header's last column: "Acme, Inc" unquoted."""
    given = beyond.dropna()
    given = given[given.astype(str).str.strip() != ""]
    if len(given):
        raise ImportProblem(
            info.path,
            Importing.tr(
                "the row has more cells than the header's %Ln column(s); a value with "
                '"{separator}" in it must be in quotes',
                None,
                len(info.raw_columns),
            ).format(separator=cut(info.separator or ",")),
            row=int(given.index[0]),
        )


class _Prefixed(io.RawIOBase):
    """A file read with `prefix` before its first byte."""

    def __init__(self, prefix: bytes, handle: IO[bytes]) -> None:
        super().__init__()
        self._prefix = prefix
        self._handle = handle

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        return self._handle.readinto(buffer)  # type: ignore[attr-defined]


def _csv_reader(
    info: FileInfo,
    columns: Sequence[str],
    categories: Sequence[str],
    floats: Sequence[str],
    handle: IO[bytes],
    chunk_rows: int | None = None,
) -> Any:
    """pandas reading `columns` from `handle`: a frame, or a reader of frames of `chunk_rows`
    rows; columns are numbered by position until `_named`."""
    # Columns by position, the header's names put back after (two may have one name), and
    # one more past the header's last: with usecols, pandas drops cells there silently.
    # object, not pandas' str: it reads faster, and every value is checked afterwards anyway.
    position = {name: i for i, name in enumerate(info.columns)}
    beyond = len(info.raw_columns)
    wanted = [position[c] for c in columns]
    dtypes: dict[int, object] = {position[c]: "category" for c in categories if c in columns}
    dtypes.update({position[c]: "float64" for c in floats})
    dtypes = {i: dtypes.get(i, object) for i in [*wanted, beyond]}
    # pandas wants some row of the first chunk as wide as the names: a line of separators
    # goes before the file, and the file's own header is skipped.
    widest = ((info.separator or ",") * beyond + "\n").encode(info.encoding or "utf-8")
    return pd.read_csv(
        io.BufferedReader(_Prefixed(widest, handle), CHUNK_BYTES),
        sep=info.separator,
        encoding=info.encoding,
        header=0,
        skiprows=[1],
        names=list(range(beyond + 1)),
        usecols=[*wanted, beyond],
        dtype=dtypes,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
        engine="c",
        chunksize=chunk_rows,
    )


def _named(info: FileInfo, columns: Sequence[str], frame: pd.DataFrame) -> pd.DataFrame:
    position = {name: i for i, name in enumerate(info.columns)}
    name_of = {position[c]: c for c in columns}
    frame.columns = [name_of.get(c, _BEYOND) for c in frame.columns]
    return frame


def _read_csv_as(
    info: FileInfo, columns: Sequence[str], categories: Sequence[str], floats: Sequence[str]
) -> pd.DataFrame:
    with warnings.catch_warnings(), info.path.open("rb") as handle:
        warnings.simplefilter("ignore")  # pandas' ParserWarning and DtypeWarning
        frame = _csv_reader(info, columns, categories, floats, handle)
    return _named(info, columns, frame)


# -- XLSX ------------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
        return text.removesuffix(" 00:00:00")
    return str(value).strip()


def _xlsx_head(path: Path, sheet: str | None) -> FileInfo:
    found = workbook.read_sheet(path, sheet, limit=PREVIEW_ROWS + 1)
    header = [_cell_text(v) for v in found.header]
    while header and not header[-1]:
        header.pop()
    if not header:
        if any(_cell_text(v) for row in found.body for v in row):
            raise ImportProblem(path, Importing.tr("the first row has no column names"), row=1)
        message = Importing.tr('the sheet "{sheet}" is empty').format(sheet=cut(found.name))
        raise ImportProblem(path, message, row=1)
    preview = tuple(
        tuple(_cell_text(v) for v in row[: len(header)]) for row in found.body[:PREVIEW_ROWS]
    )
    return FileInfo(path, "", "xlsx", None, None, found.name, found.names, tuple(header), preview)


def _serial_to_date(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return EXCEL_EPOCH + dt.timedelta(days=float(value))
    return value


def _typed_column(values: list) -> pd.Series:
    """Numbers stay numbers and dates dates when the whole column is one; else text."""
    present = [v for v in values if v is not None and _cell_text(v) != ""]
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
    if present and all(hasattr(v, "year") for v in present):
        return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
    if any(hasattr(v, "year") for v in present) and all(
        hasattr(v, "year") or isinstance(v, int | float) for v in present
    ):  # dates, some typed in as Excel serial numbers
        return pd.to_datetime(pd.Series([_serial_to_date(v) for v in values], dtype=object))
    texts = [_cell_text(v) or None for v in values]
    return pd.Series(texts, dtype=object)


def _xlsx_frame(info: FileInfo, columns: Sequence[str]) -> pd.DataFrame:
    positions = {name: i for i, name in enumerate(info.columns)}
    found = workbook.read_sheet(info.path, info.sheet, positions=[positions[c] for c in columns])
    body = found.body
    data = {name: _typed_column([row[k] for row in body]) for k, name in enumerate(columns)}
    frame = pd.DataFrame(data)
    frame.index = pd.RangeIndex(2, len(body) + 2)
    return frame


# -- the public ways in ----------------------------------------------------------------------


def is_xlsx(path: Path, head: bytes) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES or head.startswith(ZIP_MAGIC)


def sniff(
    path: Path | str,
    *,
    encoding: str | None = None,
    separator: str | None = None,
    sheet: str | None = None,
) -> FileInfo:
    """One look at a file: raise ImportProblem if it is missing, empty or not CSV/XLSX."""
    path = Path(path)
    if not path.is_file():
        raise ImportProblem(path, Importing.tr("no such file"))
    if path.suffix.lower() == ".xls":
        raise ImportProblem(
            path, Importing.tr("is an old Excel file (.xls); save it as .xlsx or .csv")
        )
    _check_size(path)
    scan = _scan(path)
    sha256, head = scan.sha256, scan.head
    if not head:
        raise ImportProblem(path, Importing.tr("the file is empty"), row=1)
    if is_xlsx(path, head):
        return _with_sha(_xlsx_head(path, sheet), sha256)
    wide = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _wide(encoding)
    if b"\x00" in head[:4096] and not wide:
        raise ImportProblem(path, Importing.tr("is not a CSV or XLSX file"))
    chosen = encoding or detect_encoding(head, scan.utf8, scan.sample)
    if chosen.replace("_", "-").lower() in ("utf-8", "utf8") and head.startswith(codecs.BOM_UTF8):
        chosen = "utf-8-sig"
    return _with_sha(_csv_head(path, head, chosen, separator), sha256)


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _cannot_read(path, error) from error
    if size > limits.MAX_FILE_BYTES:
        raise ImportProblem(
            path,
            Importing.tr("is %Ln MB, more than {limit} MB", None, round(size / 2**20)).format(
                limit=number(limits.MAX_FILE_BYTES // 2**20)
            ),
        )


def _wide(encoding: str | None) -> bool:
    """Is `encoding` one whose text has NUL bytes (UTF-16, UTF-32), given without a BOM?"""
    try:
        name = codecs.lookup(encoding).name if encoding else ""
    except LookupError:
        return False
    return name.startswith(("utf-16", "utf-32"))


def _with_sha(info: FileInfo, sha256: str) -> FileInfo:
    return FileInfo(**{**info.__dict__, "sha256": sha256})


def read_table(
    info: FileInfo,
    columns: Sequence[str],
    categories: Sequence[str] = (),
    numbers: Sequence[str] = (),
) -> pd.DataFrame:
    """The named columns of the whole file, indexed by file row; empty rows are dropped.

    `categories` are columns of a few values repeated (read as categories); `numbers` columns
    that should hold numbers (read as floats when their first rows are plain numbers).
    """
    if info.kind == "xlsx":
        frame = _xlsx_frame(info, columns)
    else:
        frame = _read_csv(info, columns, categories, numbers)
    return _without_blank_rows(frame)


def read_chunks(
    info: FileInfo,
    columns: Sequence[str],
    categories: Sequence[str] = (),
    share_read: Callable[[float], None] | None = None,
) -> Iterator[pd.DataFrame]:
    """read_table's frame in parts of CHUNK_ROWS rows, each indexed by file row, so that a
    large file is never all in memory as text; `share_read(share)` after each part (the rows
    read so far against the rows the file's size suggests). Number columns stay text. An XLSX
    comes in one part."""
    if info.kind == "xlsx":
        yield read_table(info, columns, categories)
        return
    rows = rows_guessed(info.path)
    first_row = 2
    with info.path.open("rb") as handle:
        reader = _csv_reader(info, columns, categories, (), handle, CHUNK_ROWS)
        while (frame := _next_part(info, reader)) is not None:
            frame = _named(info, columns, frame)
            frame.index = pd.RangeIndex(first_row, first_row + len(frame))
            first_row += len(frame)
            _check_width(info, frame.pop(_BEYOND))
            yield _without_blank_rows(frame)
            if share_read is not None:
                share_read(min((first_row - 2) / rows, 1.0))


def rows_guessed(path: Path) -> float:
    """About how many rows a file has, from its size and its head's bytes per line (pandas
    reads ahead: the bytes it has read say little about the rows handed out)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    return max(size / max(len(head) / max(head.count(b"\n"), 1), 1.0), 1.0)


def _next_part(info: FileInfo, reader: Iterator[pd.DataFrame]) -> pd.DataFrame | None:
    """The reader's next frame, None at the end; what stops pandas is the file's problem."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas' ParserWarning and DtypeWarning
            return next(reader)
    except StopIteration:
        return None
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as error:
        raise _csv_problem(info, error) from error


def _csv_problem(info: FileInfo, error: Exception) -> ImportProblem:
    """What stopped pandas reading a CSV, as the file's problem."""
    if isinstance(error, UnicodeDecodeError):
        message = Importing.tr("is not {encoding} text; choose its encoding")
        return ImportProblem(info.path, message.format(encoding=cut(str(info.encoding))))
    return _parser_problem(info.path, error)


def _without_blank_rows(frame: pd.DataFrame) -> pd.DataFrame:
    # Blank lines: rows with nothing in any column (looked at only where the first is empty).
    if not len(frame.columns):
        return frame
    # Any column will do, and a text column is the slowest to look at.
    typed = [c for c in frame.columns if frame[c].dtype != object]
    maybe = frame[typed[0] if typed else frame.columns[0]].isna()
    if maybe.any():
        empty = maybe.copy()
        empty[maybe] = frame[maybe].isna().all(axis=1)
        frame = frame[~empty]
    return frame
