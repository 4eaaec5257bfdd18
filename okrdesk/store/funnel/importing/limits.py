"""What an import may cost and which values it takes: the bounds, and the checks that apply them.

Every value is checked the same way wherever it is in the file: counts are whole numbers from
0 to 2**53 (the largest a float holds exactly), money is finite and at most 10**15; dates are
bounded where they are read, in values.parse_dates. A file is refused before it is read when it
would cost too much: an XLSX that unpacks to more than MAX_XLSX_UNPACKED or packs tighter than
MAX_XLSX_RATIO, a sheet wider than MAX_COLUMNS or with more than MAX_XLSX_CELLS cells, a file
larger than MAX_FILE_BYTES or with more than MAX_COLUMNS columns.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import values
from okrdesk.store.words import Importing, number

MAX_COUNT = 2**53
MAX_MONEY = 10**15
MAX_COLUMNS = 1000
MAX_FILE_BYTES = 2**30
MAX_XLSX_UNPACKED = 100 * 2**20
MAX_XLSX_RATIO = 100
MAX_XLSX_MEMBERS = 10_000
MAX_XLSX_CELLS = 2_000_000
# Where a date format may use other codes than these, pandas raises, or reads nonsense.
_DIRECTIVES = set("dmYyHMSfbBjpIGVuzaAT%")
_DIRECTIVE = re.compile(r"%(.)", re.DOTALL)


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
            Importing.tr('"{value}" is more than {limit}').format(
                value=values.shown(original.loc[row]), limit=number(int(limit))
            ),
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
            Importing.tr(
                'the counts of the week {week}, stage "{stage}" add up to more than {limit}'
            ).format(week=week, stage=cut(str(first["stage"])), limit=number(MAX_COUNT)),
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
            Importing.tr('"{value}" is not a date format; write one like {examples}').format(
                value=cut(date_format),
                examples=Importing.tr("{first} or {second}").format(
                    first="%d.%m.%Y", second="%m/%d/%Y"
                ),
            ),
            column=column,
        )
