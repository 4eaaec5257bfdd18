"""Numbers and dates as users write them, column by column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing.values import (
    EXCEL,
    ISO,
    ISO_WEEK,
    date_candidates,
    parse_dates,
    parse_numbers,
)

FILE = Path("export.csv")


def column(*cells: str | None) -> pd.Series:
    return pd.Series(list(cells), index=range(2, len(cells) + 2), dtype=object)


@pytest.mark.parametrize(
    ("cells", "default", "expected"),
    [
        (("1 234,5", "12,75", "3"), ".", [1234.5, 12.75, 3.0]),
        (("1.234,5", "2.000.000,25"), ".", [1234.5, 2000000.25]),
        (("1,234.5", "2,000,000.25"), ",", [1234.5, 2000000.25]),
        (("1\u00a0234,5", "9\u202f999"), ".", [1234.5, 9999.0]),
        (("1 234,50 zł", "99 Ft", "€ 12"), ".", [1234.5, 99.0, 12.0]),
        (("1,234", "5,000"), ".", [1234.0, 5000.0]),  # groups of three: thousands
        (("1.234",), ",", [1234.0]),  # a ";" file's dot groups thousands
        (("12,5", None, "7"), ".", [12.5, None, 7.0]),
    ],
)
def test_numbers(cells, default, expected):
    parsed = parse_numbers(column(*cells), FILE, "Koszt", default_decimal=default)
    assert [None if pd.isna(v) else v for v in parsed] == expected


def test_a_word_where_a_number_belongs_names_its_row():
    with pytest.raises(ImportProblem) as raised:
        parse_numbers(column("12", "twelve"), FILE, "Liczba")
    assert str(raised.value) == 'export.csv, row 3, column "Liczba": "twelve" is not a number'


@pytest.mark.parametrize(
    ("cells", "formats"),
    [
        (("2026-11-16", "2026-11-23 14:05:00"), (ISO,)),
        (("2026-W47", "2026-W48"), (ISO_WEEK,)),
        (("16.11.2026", "23.11.2026 09:30"), ("%d.%m.%Y",)),
        (("2026. 11. 16.", "2026.11.23."), ("%Y.%m.%d",)),
        (("16/11/2026", "03/04/2026"), ("%d/%m/%Y",)),
        (("11/16/2026", "03/04/2026"), ("%m/%d/%Y",)),
        (("03/04/2026", "04/05/2026"), ("%d/%m/%Y", "%m/%d/%Y")),
        (("46342", "46349"), (EXCEL,)),
    ],
)
def test_date_formats_are_detected_and_ambiguity_reported(cells, formats):
    assert date_candidates(column(*cells), FILE, "Data") == formats


@pytest.mark.parametrize(
    ("cells", "date_format", "expected"),
    [
        (("2026-11-16", "2026-11-23T14:05:00"), ISO, ["2026-11-16 00:00", "2026-11-23 14:05"]),
        (("2026-W47", "2025-W01", "2026-W47-3"), ISO_WEEK,
         ["2026-11-16 00:00", "2024-12-30 00:00", "2026-11-18 00:00"]),
        (("16.11.2026", "23.11.2026 09:30"), "%d.%m.%Y", ["2026-11-16 00:00", "2026-11-23 09:30"]),
        (("2026. 11. 16.", "2026.11.23. 8:15"), "%Y.%m.%d",
         ["2026-11-16 00:00", "2026-11-23 08:15"]),
        (("03/04/2026",), "%m/%d/%Y", ["2026-03-04 00:00"]),
        (("03/04/2026",), "%d/%m/%Y", ["2026-04-03 00:00"]),
        (("46342", "46342.5"), EXCEL, ["2026-11-16 00:00", "2026-11-16 12:00"]),
    ],
)  # fmt: skip
def test_dates_parse(cells, date_format, expected):
    parsed = parse_dates(column(*cells), date_format, FILE, "Data")
    assert [ts.strftime("%Y-%m-%d %H:%M") for ts in parsed] == expected


@pytest.mark.parametrize(
    ("cells", "date_format", "row"),
    [
        (("2026-11-16", "2026-02-30"), ISO, 3),
        (("31.11.2026",), "%d.%m.%Y", 2),
        (("2026-W53", "2025-W53"), ISO_WEEK, 3),  # 2026 has 53 ISO weeks, 2025 has 52
        (("16/11/2026",), "%m/%d/%Y", 2),
    ],
)
def test_an_impossible_date_names_its_row(cells, date_format, row):
    with pytest.raises(ImportProblem) as raised:
        parse_dates(column(*cells), date_format, FILE, "Data")
    assert (raised.value.row, raised.value.column) == (row, "Data")
    assert "is not a date" in str(raised.value)


def test_a_value_that_fits_no_format_is_not_a_date():
    with pytest.raises(ImportProblem, match='row 3, column "Data": "soon" is not a date'):
        date_candidates(column("2026-11-16", "soon"), FILE, "Data")


WINDOW = "is not a date between 2000-01-01 and 2100-12-31"


@pytest.mark.parametrize(
    ("cells", "date_format"),
    [
        (("2026-11-16", "0001-01-01"), ISO),
        (("2026-11-16", "9999-12-31"), ISO),
        (("2026-11-16", "1999-12-31"), ISO),
        (("2026-11-16", "0001-01-02 10:00"), ISO),
        (("16.11.2026", "01.01.0001"), "%d.%m.%Y"),
        (("16.11.2026", "31.12.1999"), "%d.%m.%Y"),
        (("2026-W47", "0001-W01"), ISO_WEEK),
        (("46342", "99999999"), EXCEL),
        (("46342", "36525"), EXCEL),  # 1999-12-31
    ],
)
def test_a_date_outside_the_window_is_refused_by_parse_dates_alone(cells, date_format):
    # pandas 2 reads a year-1 date as no date, pandas 3 overflows or reads it in microseconds:
    # the message is the same on both.
    with pytest.raises(ImportProblem) as raised:
        parse_dates(column(*cells), date_format, FILE, "Data")
    assert str(raised.value) == f'export.csv, row 3, column "Data": "{cells[1]}" {WINDOW}'


def test_a_number_outside_the_window_is_refused_before_it_is_turned_into_a_date():
    numbers = pd.Series([46342.0, 99999999.0], index=[2, 3])
    with pytest.raises(ImportProblem) as raised:
        parse_dates(numbers, EXCEL, FILE, "Data")
    assert str(raised.value).endswith(f'row 3, column "Data": "99999999" {WINDOW}')


def test_the_first_bad_date_is_named_whether_it_is_unreadable_or_outside():
    with pytest.raises(ImportProblem) as raised:
        parse_dates(column("32.01.2026", "01.01.0001"), "%d.%m.%Y", FILE, "Data")
    assert str(raised.value).endswith('row 2, column "Data": "32.01.2026" is not a date in the '
                                      "form dd.mm.yyyy")  # fmt: skip
    with pytest.raises(ImportProblem) as raised:
        parse_dates(column("01.01.0001", "32.01.2026"), "%d.%m.%Y", FILE, "Data")
    assert str(raised.value).endswith(f'row 2, column "Data": "01.01.0001" {WINDOW}')
