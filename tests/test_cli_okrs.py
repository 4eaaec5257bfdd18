"""`okrdesk okrs export` and `okrdesk okrs import`: OKRs out to a spreadsheet and back in, as a
script or a user at the command line runs them, on real CSV and XLSX files."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest

from okrdesk.cli import main
from tests import cli_fixtures
from tests.helpers import DEMO_DAY, dump_tables, rows

CSV_HEADER = (
    "Objective,Team,Key result,Owner,Kind,Unit,Unit label,Decimals,Start,Target,Current,"
    "Weight,Budget,Progress,Status,Score"
)
MQLS = "Grow MQLs per month from 240 to 360"

# the shared fixtures, bound here so pytest uses them in this module
demo_day = cli_fixtures.demo_day
demo = cli_fixtures.demo
new_by_command = cli_fixtures.new_by_command
empty = cli_fixtures.empty


def sheet(path: Path) -> list[list[str]]:
    """Every row of a CSV or XLSX file as text, the header first."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        table = [
            ["" if cell is None else str(cell) for cell in row]
            for row in book.active.iter_rows(values_only=True)
        ]
        book.close()
        return table
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def write_xlsx(path: Path, table: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for line in table:
        book.active.append(line)
    book.save(path)
    return path


def key_results(path: Path) -> list[tuple]:
    """The current cycle's key results as stored, with their objective and owner."""
    return rows(
        path,
        "SELECT o.title, k.title, coalesce(p.name, ''), k.kind, k.unit, k.start_value,"
        " k.target_value, k.weight, k.budget FROM key_results k"
        " JOIN objectives o ON o.id = k.objective_id JOIN cycles c ON c.id = o.cycle_id"
        " LEFT JOIN people p ON p.id = k.owner_id WHERE c.name = '2026 Q4'"
        " ORDER BY o.title, k.title",
    )


# -- export ----------------------------------------------------------------------------------


def test_export_writes_one_row_per_key_result_of_the_current_cycle(demo, tmp_path, capsys):
    out = tmp_path / "okrs.csv"

    assert main(["okrs", "export", str(demo), "--out", str(out)]) == 0

    assert capsys.readouterr().out == f"Wrote 17 key results of the cycle 2026 Q4 to {out}\n"
    table = sheet(out)
    assert ",".join(table[0]) == CSV_HEADER
    mqls = next(line for line in table if line[2] == MQLS)
    assert mqls == [
        "Build a predictable inbound pipeline", "Leadership", MQLS, "Zofia Nowak", "increase",
        "number", "", "", "240", "360", "281", "1", "6000", "0.3417", "at_risk", "0.3",
    ]  # fmt: skip


def test_export_shows_a_checkin_made_from_a_script(demo, tmp_path):
    out = tmp_path / "okrs.xlsx"
    assert main(["checkin", str(demo), MQLS, "300", "--confidence", "8"]) == 0

    assert main(["okrs", "export", str(demo), "--cycle", "2026 Q4", "--out", str(out)]) == 0

    mqls = next(line for line in sheet(out) if line[2] == MQLS)
    assert (mqls[10], mqls[13], mqls[14]) == ("300", "0.5", "on_track")


def test_export_refuses_an_unknown_cycle_and_an_unknown_file_type(demo, tmp_path, capsys):
    out = tmp_path / "okrs.csv"
    assert main(["okrs", "export", str(demo), "--cycle", "1999 Q1", "--out", str(out)]) == 2
    assert 'no cycle "1999 Q1"' in capsys.readouterr().err
    assert main(["okrs", "export", str(demo), "--out", str(tmp_path / "okrs.ods")]) == 2
    assert not out.exists()


# -- round trip ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_into_a_new_workspace_gives_the_same_okrs(demo, empty, tmp_path, suffix):
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    assert main(["okrs", "export", str(demo), "--out", str(first)]) == 0

    assert main(["okrs", "import", str(empty), str(first)]) == 0
    assert main(["okrs", "export", str(empty), "--out", str(second)]) == 0

    status = 14  # judged on the day of the latest check-in, which the import makes today
    before = [line[:status] + line[status + 1 :] for line in sheet(first)]
    after = [line[:status] + line[status + 1 :] for line in sheet(second)]
    assert len(after) == 18
    assert after == before
    assert key_results(empty) == key_results(demo)


def test_importing_the_same_file_again_changes_nothing(demo, empty, tmp_path, capsys):
    out = tmp_path / "okrs.csv"
    assert main(["okrs", "export", str(demo), "--out", str(out)]) == 0
    assert main(["okrs", "import", str(empty), str(out)]) == 0
    before = rows(empty, "SELECT count(*) FROM checkins")[0][0], key_results(empty)
    capsys.readouterr()

    assert main(["okrs", "import", str(empty), str(out)]) == 0

    assert capsys.readouterr().out.startswith(
        "Imported 17 key results into 2026 Q4: 0 added, 17 updated. Objectives: 0 added, "
        "8 matched. People added: 0. Teams added: 0. Check-ins: 0."
    )
    assert (rows(empty, "SELECT count(*) FROM checkins")[0][0], key_results(empty)) == before


# -- import: headers in four languages -------------------------------------------------------

# Headers as users write them: each language's template words, with a synonym or two.
HEADERS = {
    "en": "Objective;Team;KR;Owner;Type;Unit;Unit label;Decimals;Baseline;Target;Current;Weight",
    "pl": "Cel;Zespół;Kluczowy wynik;Właściciel;Rodzaj;Jednostka;Etykieta jednostki;"
    "Miejsca po przecinku;Wartość początkowa;Wartość docelowa;Wartość bieżąca;Waga",
    "hu": "Célkitűzés;Csapat;Kulcseredmény;Felelős;Típus;Mértékegység;Egység felirata;"
    "Tizedesjegyek;Kiinduló érték;Célérték;Aktuális érték;Súly",
    "ru": "Цель;Команда;Ключевой результат;Ответственный;Тип;Единица;Обозначение единицы;"
    "Знаков после запятой;Начальное значение;Целевое значение;Текущее значение;Вес",
}
ROWS = [
    "Answer customers faster;Support;Cut first response from 48 h to 12 h;Ágnes Kiss;"
    "decrease;number;h;1;48;12;30,5;2",
    "Answer customers faster;Support;Keep CSAT above 90 %;Łucja Wrona;stay above;percent;;;"
    "92;90;;1",
]
STORED = [
    ("Answer customers faster", "Cut first response from 48 h to 12 h", "Ágnes Kiss",
     "decrease", "number", 48.0, 12.0, 2.0, None),
    ("Answer customers faster", "Keep CSAT above 90 %", "Łucja Wrona", "stay_above",
     "percent", 92.0, 90.0, 1.0, None),
]  # fmt: skip


def _file(tmp_path: Path, language: str, suffix: str) -> Path:
    lines = [HEADERS[language], *ROWS]
    if suffix == ".csv":
        return write_csv(tmp_path / f"okrs-{language}.csv", lines)
    table: list[list[object]] = [lines[0].split(";")]
    for line in lines[1:]:
        cells: list[object] = line.split(";")
        cells[8:11] = [float(c.replace(",", ".")) if c else None for c in cells[8:11]]
        table.append(cells)
    return write_xlsx(tmp_path / f"okrs-{language}.xlsx", table)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("language", ["en", "pl", "hu", "ru"])
def test_import_reads_headers_in_each_language(empty, tmp_path, language, suffix, capsys):
    path = _file(tmp_path, language, suffix)

    assert main(["okrs", "import", str(empty), str(path)]) == 0

    assert capsys.readouterr().out == (
        "Imported 2 key results into 2026 Q4: 2 added, 0 updated. Objectives: 1 added, "
        "0 matched. People added: 2. Teams added: 1. Check-ins: 1.\n"
    )
    assert key_results(empty) == sorted(STORED, key=lambda kr: kr[1])
    assert rows(empty, "SELECT unit_label, decimals FROM key_results ORDER BY id") == [
        ("h", 1),
        ("", None),
    ]
    assert rows(empty, "SELECT checked_on, value, confidence FROM checkins") == [
        (DEMO_DAY.isoformat(), 30.5, 5)
    ]
    assert rows(empty, "SELECT name FROM teams") == [("Support",)]


def test_import_reads_a_polish_csv_saved_in_windows_1250(empty, tmp_path):
    path = write_csv(tmp_path / "okrs.csv", [HEADERS["pl"], *ROWS], encoding="cp1250")

    assert main(["okrs", "import", str(empty), str(path)]) == 0

    assert key_results(empty) == sorted(STORED, key=lambda kr: kr[1])


def test_import_matches_objectives_and_people_already_in_the_cycle(demo, tmp_path, capsys):
    path = write_csv(
        tmp_path / "more.csv",
        [
            "Objective,Key result,Owner,Kind,Start,Target",
            "build a predictable inbound pipeline,Get 12 webinar sign-ups a week,zofia nowak,"
            "increase,0,12",
        ],
    )

    assert main(["okrs", "import", str(demo), str(path)]) == 0

    assert "1 added, 0 updated. Objectives: 0 added, 1 matched. People added: 0." in (
        capsys.readouterr().out
    )
    (added,) = [kr for kr in key_results(demo) if kr[1] == "Get 12 webinar sign-ups a week"]
    assert added[:3] == ("Build a predictable inbound pipeline", added[1], "Zofia Nowak")


# -- import: refusals ------------------------------------------------------------------------


def refused(workspace: Path, path: Path, capsys) -> str:
    before = rows(workspace, "SELECT count(*) FROM key_results")[0][0]
    people = rows(workspace, "SELECT count(*) FROM people")[0][0]
    capsys.readouterr()
    assert main(["okrs", "import", str(workspace), str(path)]) == 2
    assert rows(workspace, "SELECT count(*) FROM key_results")[0][0] == before
    assert rows(workspace, "SELECT count(*) FROM people")[0][0] == people
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    return captured.err


def test_an_unknown_kind_is_refused_with_its_row_and_column(empty, tmp_path, capsys):
    path = write_csv(tmp_path / "okrs.csv", [HEADERS["en"].replace(";", ","), *[
        ROWS[0].replace(";", ","), ROWS[1].replace(";", ",").replace("stay above", "grow-ish")
    ]])  # fmt: skip

    assert refused(empty, path, capsys) == (
        'okrdesk: okrs.csv, row 3, column "Type": "grow-ish" is not a kind; use one of '
        "increase, decrease, stay_above, stay_below, binary\n"
    )


def test_a_target_that_is_not_a_number_is_refused_in_an_xlsx(empty, tmp_path, capsys):
    path = write_xlsx(
        tmp_path / "okrs.xlsx",
        [
            ["Cel", "Kluczowy wynik", "Rodzaj", "Wartość początkowa", "Wartość docelowa"],
            ["Więcej leadów", "Podwoić MQL", "wzrost", 100, 200],
            ["Więcej leadów", "Więcej webinarów", "wzrost", 2, "dużo"],
        ],
    )

    assert refused(empty, path, capsys) == (
        'okrdesk: okrs.xlsx, row 3, column "Wartość docelowa": "dużo" is not a number\n'
    )


def test_a_file_without_a_key_result_column_is_refused(empty, tmp_path, capsys):
    path = write_csv(
        tmp_path / "okrs.csv", ["Objective,Kind,Start,Target", "More leads,increase,1,2"]
    )

    assert refused(empty, path, capsys) == (
        'okrdesk: okrs.csv, row 1: has no column for "Key result"; the first row must name the '
        "columns (see the templates in English, Polish, Hungarian or Russian)\n"
    )


def test_a_rule_of_the_editor_is_refused_with_its_row(empty, tmp_path, capsys):
    path = write_csv(
        tmp_path / "okrs.csv",
        ["Objective,Key result,Kind,Start,Target", "More leads,Double MQLs,increase,200,100"],
    )

    message = refused(empty, path, capsys)

    assert message.startswith('okrdesk: okrs.csv, row 2, column "Target": ')


def test_a_file_that_is_not_a_spreadsheet_is_refused(empty, tmp_path, capsys):
    path = tmp_path / "okrs.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")

    assert "okrs.xlsx: is not a readable XLSX file" in refused(empty, path, capsys)


# -- templates -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "pl", "hu", "ru"])
def test_each_shipped_template_imports_its_two_examples(empty, language):
    from okrdesk.paths import resource

    template = resource("templates", f"okrs-{language}.xlsx")

    assert main(["okrs", "import", str(empty), str(template)]) == 0

    stored = rows(
        empty, "SELECT kind, unit, unit_label, start_value, target_value FROM key_results"
    )
    assert [row[:2] for row in stored] == [("decrease", "number"), ("stay_above", "percent")]
    assert [row[3:] for row in stored] == [(48.0, 12.0), (92.0, 90.0)]
    assert stored[0][2] in ("h", "óra", "ч")
    assert rows(empty, "SELECT value FROM checkins") == [(30.0,)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_titles_that_start_like_formulas_are_text_both_ways(empty, tmp_path, suffix):
    source = write_csv(
        tmp_path / "in.csv",
        ["Objective,Key result,Kind,Start,Target", '=1+1,"-5 % churn, then @ 2 %",decrease,7,5'],
    )
    assert main(["okrs", "import", str(empty), str(source)]) == 0
    out, other = tmp_path / f"out{suffix}", tmp_path / "other.okrdesk"

    assert main(["okrs", "export", str(empty), "--out", str(out)]) == 0

    if suffix == ".csv":
        assert sheet(out)[1][:3] == ["'=1+1", "", "'-5 % churn, then @ 2 %"]
    else:
        cell = openpyxl.load_workbook(out).active["A2"]
        assert (cell.value, cell.data_type) == ("=1+1", "s")
    assert main(["new", str(other)]) == 0
    assert main(["okrs", "import", str(other), str(out)]) == 0
    assert key_results(other) == key_results(empty)
    assert key_results(other)[0][:2] == ("=1+1", "-5 % churn, then @ 2 %")


def test_a_file_too_large_for_an_okr_sheet_is_refused_unread(empty, tmp_path, capsys):
    path = write_csv(tmp_path / "okrs.csv", ["Objective,Key result,Kind,Start,Target"])
    with path.open("r+b") as handle:
        handle.truncate(21 * 2**20)  # sparse: nothing is written to the disk

    assert refused(empty, path, capsys) == (
        "okrdesk: okrs.csv: is 21 MB, more than the 20 MB an OKR sheet may be; refused\n"
    )


def test_an_xlsx_that_unpacks_like_a_zip_bomb_is_refused(empty, tmp_path, capsys):
    path = _file(tmp_path, "en", ".xlsx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * 4 * 2**20)

    message = refused(empty, path, capsys)

    assert message.startswith("okrdesk: okrs-en.xlsx: xl/media/padding.bin unpacks to ")
    assert message.endswith("refused as a zip bomb\n")


def test_more_rows_than_an_okr_sheet_holds_are_refused(empty, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # the limit is written as English groups it
    lines = ["Objective,Key result,Kind,Start,Target"]
    lines += [f"O,KR {n},increase,0,1" for n in range(5001)]

    message = refused(empty, write_csv(tmp_path / "okrs.csv", lines), capsys)

    assert message == "okrdesk: okrs.csv: has more than 5,000 rows of key results; refused\n"


# -- import: --author ------------------------------------------------------------------------


def test_author_is_recorded_on_the_checkins_and_changes_the_import_writes(demo, tmp_path):
    path = write_csv(
        tmp_path / "update.csv",
        [
            "Objective,Key result,Owner,Kind,Start,Target,Current",
            f"Build a predictable inbound pipeline,{MQLS},Zofia Nowak,increase,240,400,333",
        ],
    )

    assert main(["okrs", "import", str(demo), str(path), "--author", "Zofia Nowak"]) == 0

    authors = rows(
        demo,
        "SELECT p.name FROM checkins c JOIN people p ON p.id = c.author_id"
        " JOIN key_results k ON k.id = c.key_result_id WHERE k.title = ? AND c.value = 333",
        MQLS,
    )
    changes = rows(
        demo,
        "SELECT ch.field, ch.new_value, p.name FROM key_result_changes ch"
        " JOIN people p ON p.id = ch.author_id JOIN key_results k ON k.id = ch.key_result_id"
        " WHERE k.title = ?",
        MQLS,
    )
    assert authors == [("Zofia Nowak",)]
    assert [(field, name) for field, _new, name in changes] == [("target_value", "Zofia Nowak")]


def test_an_import_without_author_records_nobody(demo, tmp_path):
    path = write_csv(
        tmp_path / "update.csv",
        [
            "Objective,Key result,Owner,Kind,Start,Target,Current",
            f"Build a predictable inbound pipeline,{MQLS},Zofia Nowak,increase,240,400,333",
        ],
    )

    assert main(["okrs", "import", str(demo), str(path)]) == 0

    assert rows(demo, "SELECT author_id FROM checkins WHERE value = 333") == [(None,)]


def test_an_unknown_author_refuses_the_import_with_one_line(demo, tmp_path, capsys):
    path = write_csv(
        tmp_path / "update.csv",
        [
            "Objective,Key result,Owner,Kind,Start,Target,Current",
            f"Build a predictable inbound pipeline,{MQLS},Zofia Nowak,increase,240,400,333",
        ],
    )
    before = dump_tables(demo)
    capsys.readouterr()

    assert main(["okrs", "import", str(demo), str(path), "--author", "Nobody Here"]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '--author "Nobody Here": nobody of that name' in err
    assert dump_tables(demo) == before
