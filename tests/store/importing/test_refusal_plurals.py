"""A refusal that counts says it in English as a person would: "1 column", "3 columns"."""

from __future__ import annotations

import pytest

from okrdesk.domain.text import Text
from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing.reading import read_table, sniff
from okrdesk.store.words import OkrSheet


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        ("week", "2027-01-04,extra", "the header's 1 column; "),
        ("week,stage,count", "2027-01-04,Lead,3,extra", "the header's 3 columns; "),
    ],
)
def test_a_row_wider_than_the_header_counts_the_columns_in_english(tmp_path, header, row, expected):
    path = tmp_path / "wide.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    info = sniff(path)
    with pytest.raises(ImportProblem) as caught:
        read_table(info, list(info.columns))
    assert expected in str(caught.value)
    assert str(caught.value).startswith("wide.csv, row 2: the row has more cells than")
    assert isinstance(caught.value.text, Text)


def test_a_row_count_reads_1_row_and_3_rows():
    def rows(n: int) -> str:
        return str(OkrSheet.tr("has more than %Ln row(s) of key results; refused", None, n))

    assert rows(1) == "has more than 1 row of key results; refused"
    assert rows(3) == "has more than 3 rows of key results; refused"
    assert rows(5000) == "has more than 5,000 rows of key results; refused"
