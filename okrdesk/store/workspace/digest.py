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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

_MODULUS = 1 << 256


@dataclass(frozen=True)
class TableCheck:
    """One table's row count and content digest (64 hexadecimal digits)."""

    table: str
    rows: int
    digest: str


def normal_value(value: object) -> object:
    """`value` in the normal form both engines agree on (a str, or None for NULL)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "n1" if value else "n0"
    if isinstance(value, int | float | Decimal):
        return "n" + _number(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return "t" + value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return "d" + value.isoformat()
    if isinstance(value, dt.time):
        return "h" + value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, bytes | bytearray | memoryview):
        return "x" + bytes(value).hex()
    return "s" + str(value)


def _number(value: int | float | Decimal) -> str:
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not exact.is_finite():
        return str(exact)  # NaN, Infinity, -Infinity
    if exact == 0:
        return "0"  # 0, 0.0, -0.0 and 0E-2 are one number
    return format(exact.normalize(), "f")


class TableDigest:
    """Adds rows up into a TableCheck, one row at a time."""

    def __init__(self, table: str, columns: Sequence[str]) -> None:
        self.table = table
        self.columns = list(columns)
        self.rows = 0
        self._total = 0

    def add(self, row: Iterable[object]) -> None:
        line = json.dumps([normal_value(value) for value in row], ensure_ascii=False)
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
