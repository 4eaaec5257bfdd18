"""Row counts and content digests of a workspace's tables, the same on SQLite and PostgreSQL.

`okrdesk copy` checks what it wrote with these: per table, the number of rows and a SHA-256
digest of every row's values. The two engines hand back the same data as different Python
values, so each value is first written in one normal form:

- numbers (integers, floats, decimals and booleans, which SQLite stores as 0 and 1) as the
  shortest decimal that names them: 1, 1.0, Decimal("1.00") and True are all "1";
  a float goes by its repr, which round-trips the IEEE double both engines store;
- a datetime with a time zone as the same moment in UTC without one (okrdesk stores naive
  UTC datetimes), then ISO 8601 with microseconds; a date as ISO 8601;
- bytes as hexadecimal; NULL as JSON null; text as it is.

Each row is a JSON list of its normal values in column order, hashed alone; the table's digest
adds the row hashes up (modulo 2**256) with its column names, so it does not depend on the
order in which an engine returns the rows (their collations differ).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

_MODULUS = 1 << 256
# Every integer below this is a float exactly (a double's 53-bit significand).
_EXACT_INTEGERS = 1 << 53


@dataclass(frozen=True)
class TableCheck:
    """One table's row count and content digest (64 hexadecimal digits)."""

    table: str
    rows: int
    digest: str


def normal_value(value: object) -> str | None:
    """`value` in the normal form both engines agree on (a str, or None for NULL)."""
    if value is None:
        return None
    normal = _BY_TYPE.get(type(value))
    if normal is not None:
        return normal(value)
    return _by_kind(value)


def _by_kind(value: object) -> str:
    """The normal form of a value whose exact type is not in _BY_TYPE (a subclass)."""
    if isinstance(value, bool):
        return _boolean(value)
    if isinstance(value, int):
        return _integer(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, dt.datetime):
        return _datetime(value)
    if isinstance(value, dt.date):
        return _date(value)
    if isinstance(value, dt.time):
        return "h" + value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, bytes | bytearray | memoryview):
        return _bytes(value)
    return "s" + str(value)


def _boolean(value: bool) -> str:
    return "n1" if value else "n0"


def _integer(value: int) -> str:
    return f"n{value:d}"


def _float(value: float) -> str:
    if value.is_integer() and abs(value) < _EXACT_INTEGERS:
        return f"n{int(value):d}"  # 250000.0 as 250000, and -0.0 as 0
    text = repr(value)  # the shortest decimal that reads back as this float
    if "e" in text or "n" in text:
        return _decimal(Decimal(text))  # 1e-07, 1e+16, nan and inf, as a Decimal writes them
    return "n" + text  # no exponent and no trailing zeros: already the normal form


def _decimal(value: Decimal) -> str:
    if not value.is_finite():
        return "n" + str(value)  # NaN, Infinity, -Infinity
    if value == 0:
        return "n0"  # 0, 0.0 and 0E-2 are one number
    return "n" + format(value.normalize(), "f")


def _datetime(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return "t" + value.isoformat(timespec="microseconds")


def _date(value: dt.date) -> str:
    return "d" + value.isoformat()


def _bytes(value: bytes | bytearray | memoryview) -> str:
    return "x" + bytes(value).hex()


def _text(value: str) -> str:
    return "s" + value


_BY_TYPE: dict[type, Callable[[Any], str]] = {
    str: _text,
    int: _integer,
    bool: _boolean,
    float: _float,
    Decimal: _decimal,
    dt.datetime: _datetime,
    dt.date: _date,
    bytes: _bytes,
    memoryview: _bytes,
}


class TableDigest:
    """Adds rows up into a TableCheck, one row at a time."""

    def __init__(self, table: str, columns: Sequence[str]) -> None:
        self.table = table
        self.columns = list(columns)
        self.rows = 0
        self._total = 0

    def add(self, row: Iterable[object]) -> None:
        line = json.dumps([normal_value(value) for value in row])
        row_hash = hashlib.sha256(line.encode("utf-8")).digest()
        self._total = (self._total + int.from_bytes(row_hash, "big")) % _MODULUS
        self.rows += 1

    def check(self) -> TableCheck:
        header = json.dumps([self.table, self.columns, f"{self._total:064x}"])
        digest = hashlib.sha256(header.encode("utf-8")).hexdigest()
        return TableCheck(table=self.table, rows=self.rows, digest=digest)


def workspace_digest(checks: Iterable[TableCheck]) -> str:
    """One digest of the whole workspace: of its tables' checks, in table name order."""
    lines = [f"{c.table} {c.rows} {c.digest}" for c in sorted(checks, key=lambda c: c.table)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
