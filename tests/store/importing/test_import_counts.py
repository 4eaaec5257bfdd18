"""Weekly counts files imported into a workspace: the first working path and its rules."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.importing import ImportOptions, ImportProblem, import_file, import_history

LONG = """week,stage,source,count
2026-11-16,Visit,google,1200
2026-11-16,Lead,google,40
2026-11-16,Visit,linkedin,300
2026-11-09,Visit,google,1100
"""


def test_long_counts_create_the_funnel_with_the_default_stages(empty_ws, write_file, stored_counts):
    path = write_file("counts.csv", LONG)
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert result is not None
    assert result.funnel_created
    assert (result.rows, result.weeks, result.replaced) == (4, 2, 0)
    assert (result.first_week, result.last_week) == (dt.date(2026, 11, 9), dt.date(2026, 11, 16))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-16", "Visit", "google", ""): 1200,
        ("2026-11-16", "Lead", "google", ""): 40,
        ("2026-11-16", "Visit", "linkedin", ""): 300,
        ("2026-11-09", "Visit", "google", ""): 1100,
    }
    with empty_ws.engine.connect() as connection:
        (record,) = import_history(connection)
    assert record.file_name == "counts.csv"
    assert record.rows == 4
    assert not record.undone


def test_a_bad_count_names_file_row_and_column_and_writes_nothing(empty_ws, write_file, content):
    path = write_file("bad.csv", LONG.replace("40", "forty"))
    before = content(empty_ws)
    with pytest.raises(ImportProblem) as raised:
        import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    problem = raised.value
    assert (problem.file.name, problem.row, problem.column) == ("bad.csv", 3, "count")
    assert str(problem) == 'bad.csv, row 3, column "count": "forty" is not a number'
    assert content(empty_ws) == before
