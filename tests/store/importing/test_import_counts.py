"""Weekly counts files imported into a workspace: the first working path and its rules."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.definitions import DEFAULT_STAGES, list_funnels, list_stages
from okrdesk.store.funnel.importing import ImportOptions, import_file, import_history

LONG = """week,stage,source,count
2026-11-16,Visit,google,1200
2026-11-16,Lead,google,40
2026-11-16,Visit,linkedin,300
2026-11-09,Visit,google,1100
"""


def test_long_counts_fill_the_default_funnel_under_their_name(empty_ws, write_file, stored_counts):
    path = write_file("counts.csv", LONG)
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert result is not None
    # The new workspace's untouched default funnel takes the name: no second, empty funnel.
    assert not result.funnel_created
    with empty_ws.engine.connect() as connection:
        assert [f.name for f in list_funnels(connection)] == ["Inbound"]
        assert [s.name for s in list_stages(connection, result.funnel_id)] == list(DEFAULT_STAGES)
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


def test_wide_counts_one_column_per_stage(empty_ws, write_file, stored_counts):
    path = write_file(
        "wide.csv",
        "Tydzień;Źródło;Wizyta;Formularz;Lead;MQL;SQL;Umowa\n"
        "16.11.2026;google;1 200;60;40;12;5;2\n"
        "16.11.2026;linkedin;300;9;7;;;\n",
    )
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    counts = stored_counts(empty_ws, result.funnel_id)
    assert counts[("2026-11-16", "Deal", "google", "")] == 2
    assert counts[("2026-11-16", "Form submitted", "linkedin", "")] == 9
    assert ("2026-11-16", "MQL", "linkedin", "") not in counts  # an empty cell is no row
    assert len(counts) == 9


def test_days_of_one_week_add_up_to_the_week(empty_ws, write_file, stored_counts):
    path = write_file(
        "daily.csv",
        "date,stage,count\n2026-11-16,Visit,100\n2026-11-17,Visit,120\n2026-11-23,Visit,90\n",
    )
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-16", "Visit", "", ""): 220,
        ("2026-11-23", "Visit", "", ""): 90,
    }


def test_weeks_start_on_the_workspace_week_start(empty_ws, write_file, stored_counts):
    from okrdesk.store.workspace.settings import read_settings, update_settings

    with empty_ws.session() as session, session.begin():
        settings = read_settings(session)
        update_settings(session, settings.__class__(**{**settings.__dict__, "week_start": 6}))
    path = write_file("sunday.csv", "date,stage,count\n2026-11-21,Visit,5\n2026-11-22,Visit,7\n")
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-15", "Visit", "", ""): 5,  # Saturday 21st: the week of Sunday 15th
        ("2026-11-22", "Visit", "", ""): 7,
    }


@pytest.mark.parametrize(
    ("text", "row", "column", "message"),
    [
        (LONG.replace("2026-11-09,Visit,google", "2026-11-16,Visit,google"), 5, "stage",
         "the same week, stage, source and variant as row 2 (a duplicate)"),
        (LONG.replace("1100", "-3"), 5, "count", '"-3" is negative'),
        (LONG.replace("1100", "11.5"), 5, "count", '"11.5" is not a whole number'),
        (LONG.replace("2026-11-09", "2026-13-09"), 5, "week",
         '"2026-13-09" is not a date'),
        (LONG.replace(",Lead,", ",Nurture,"), 3, "stage",
         '"Nurture" is not a stage of the funnel "Inbound"'),
    ],
)  # fmt: skip
def test_a_bad_row_stops_the_import(empty_ws, write_file, content, text, row, column, message):
    path = write_file("bad.csv", text)
    before = content(empty_ws)
    with pytest.raises(ImportProblem) as raised:
        import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert (raised.value.row, raised.value.column) == (row, column)
    assert message in str(raised.value)
    assert content(empty_ws) == before


def test_unknown_stages_are_listed_and_can_be_mapped(empty_ws, write_file, stored_counts):
    from okrdesk.store.funnel.importing import preview

    path = write_file("crm.csv", LONG.replace(",Lead,", ",Nurture,"))
    shown = preview(path, ImportOptions(funnel="Inbound"), empty_ws)
    assert shown.unknown_stages == ("Nurture",)
    options = ImportOptions(funnel="Inbound", stage_map={"Nurture": "Lead"})
    assert preview(path, options, empty_ws).unknown_stages == ()
    result = import_file(empty_ws, path, options)
    assert stored_counts(empty_ws, result.funnel_id)[("2026-11-16", "Lead", "google", "")] == 40


def test_a_hand_mapping_overrides_the_guess(empty_ws, write_file, stored_counts):
    path = write_file("odd.csv", "when;what;how many;Notes\n2026-11-16;Visit;7;x\n")
    options = ImportOptions(
        funnel="Inbound", mapping={"when": "week", "what": "stage", "how many": "count"}
    )
    result = import_file(empty_ws, path, options)
    assert stored_counts(empty_ws, result.funnel_id) == {("2026-11-16", "Visit", "", ""): 7}


def test_cancel_writes_nothing(empty_ws, write_file, content):
    path = write_file("counts.csv", LONG)
    before = content(empty_ws)
    seen = []
    result = import_file(
        empty_ws,
        path,
        ImportOptions(funnel="Inbound"),
        progress=lambda done, total: seen.append((done, total)),
        # at the last report: after the rows are written, before the commit
        cancelled=lambda: seen[-1][0] == seen[-1][1],
    )
    assert result is None
    assert seen[-1][0] == seen[-1][1]
    assert content(empty_ws) == before


def test_a_number_column_plain_at_first_and_grouped_later_is_read_right(
    empty_ws, write_file, stored_counts
):
    rows = "".join(f"2026-11-{day:02d},Visit,{day}\n" for day in range(2, 29))
    path = write_file("late.csv", f'week,stage,count\n{rows}2026-11-30,Visit,"1,234"\n')
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id)[("2026-11-30", "Visit", "", "")] == 1234


def test_headers_with_spaces_and_cells_with_spaces(empty_ws, write_file, stored_counts):
    path = write_file("spaced.csv", " Week , Stage ,Count \n 2026-11-16 , Visit , 12 \n")
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {("2026-11-16", "Visit", "", ""): 12}


def test_a_wide_column_named_otherwise_is_mapped_by_the_stage_map(
    empty_ws, write_file, stored_counts
):
    from okrdesk.store.funnel.importing import preview

    path = write_file("wide.csv", "week;Zasięg;Lead\n2026-W47;900;30\n")
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert shown.unknown_stages == ("Zasięg",)
    options = ImportOptions(funnel="Inbound", stage_map={"Zasięg": "Visit"})
    assert preview(path, options).unknown_stages == ()
    result = import_file(empty_ws, path, options)
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-16", "Visit", "", ""): 900,
        ("2026-11-16", "Lead", "", ""): 30,
    }


def test_two_columns_of_one_name_cannot_be_mapped(empty_ws, write_file):
    path = write_file("twice.csv", "week,stage,count,count\n2026-11-16,Visit,1,2\n")
    with pytest.raises(ImportProblem, match='row 1, column "count": two columns have this name'):
        import_file(empty_ws, path, ImportOptions(funnel="Inbound"))


def test_two_names_of_one_stage_and_stray_spaces(empty_ws, write_file, stored_counts):
    path = write_file(
        "names.csv",
        "Tydzień;Etap;Źródło;Liczba\n"
        "2026-11-16;Leady;google;3\n"
        "2026-11-17; Lead ;google ;4\n"  # another day of the week, another name of the stage
        "2026-11-23;Lead; google;5\n",
    )
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-16", "Lead", "google", ""): 7,
        ("2026-11-23", "Lead", "google", ""): 5,
    }
