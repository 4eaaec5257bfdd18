"""Files as CRMs and analytics tools write them: encodings, separators, XLSX, refusals."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import ImportOptions, import_file, preview

POLISH = (
    "Tydzień;Etap;Źródło;Liczba;Koszt\n"
    "2026-11-16;Wizyta;Wyszukiwarka Google (płatna);1 234;1 234,50\n"
    "2026-11-16;Lead;Wyszukiwarka Google (płatna);56;\n"
    "2026-11-16;Wizyta;Źródło bezpośrednie, ślepa próba;300;\n"
)
HUNGARIAN = (
    "Hét\tSzakasz\tForrás\tDarab\tKöltség\n"
    "2026. 11. 16.\tLátogatás\tKeresőhirdetés\t1 200\t150 000\n"
    "2026. 11. 16.\tLead\tKeresőhirdetés\t45\t\n"
    "2026. 11. 16.\tLátogatás\tHírlevél, őszi ünnepi kiírás\t80\t\n"
)
RUSSIAN = (
    "Неделя,Этап,Источник,Количество,Расходы\n"
    '16.11.2026,Визит,Яндекс Директ,1200,"15 000,00"\n'
    "16.11.2026,Лид,Яндекс Директ,45,\n"
    "16.11.2026,Визит,Рассылка,80,\n"
)
EXPECTED = {
    POLISH: {"Wyszukiwarka Google (płatna)", "Źródło bezpośrednie, ślepa próba"},
    HUNGARIAN: {"Keresőhirdetés", "Hírlevél, őszi ünnepi kiírás"},
    RUSSIAN: {"Яндекс Директ", "Рассылка"},
}


def sources(workspace, funnel_id, stored_counts):
    return {segment for (_week, _stage, segment, _variant) in stored_counts(workspace, funnel_id)}


@pytest.mark.parametrize(
    ("text", "encoding", "detected", "separator"),
    [
        (POLISH, "utf-8", "utf-8", ";"),
        (POLISH, "utf-8-sig", "utf-8-sig", ";"),
        (POLISH, "utf-16", "utf-16", ";"),
        (POLISH, "cp1250", "cp1250", ";"),
        (POLISH, "iso-8859-2", "iso-8859-2", ";"),
        (HUNGARIAN, "cp1250", "cp1250", "\t"),
        (HUNGARIAN, "utf-16", "utf-16", "\t"),
        (RUSSIAN, "cp1251", "cp1251", ","),
        (RUSSIAN, "utf-8-sig", "utf-8-sig", ","),
    ],
)
def test_encodings_and_separators_are_detected(
    empty_ws, write_file, stored_counts, text, encoding, detected, separator
):
    path = write_file(f"export-{encoding}.csv", text, encoding)
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert (shown.encoding, shown.separator, shown.shape) == (detected, separator, "counts")
    assert shown.missing == ()
    assert shown.unknown_stages == ()
    assert set(shown.mapping.values()) == {"week", "stage", "source", "count", "spend"}
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert result.rows == 3
    assert sources(empty_ws, result.funnel_id, stored_counts) == EXPECTED[text]
    counts = stored_counts(empty_ws, result.funnel_id)
    assert sorted(counts.values()) == sorted(
        {POLISH: [1234, 56, 300], HUNGARIAN: [1200, 45, 80], RUSSIAN: [1200, 45, 80]}[text]
    )


def test_the_preview_shows_the_first_rows_as_text(write_file):
    path = write_file("long.csv", "week,stage,count\n" + "2026-11-16,Visit,1\n" * 30)
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert shown.columns == ("week", "stage", "count")
    assert len(shown.rows) == 20
    assert shown.rows[0] == ("2026-11-16", "Visit", "1")


def test_an_encoding_given_by_hand_wins(write_file):
    path = write_file("latin.csv", POLISH, "cp1250")
    shown = preview(path, ImportOptions(funnel="Inbound", encoding="iso-8859-2"))
    assert shown.encoding == "iso-8859-2"


def test_an_empty_file_is_refused(empty_ws, write_file):
    path = write_file("empty.csv", "")
    with pytest.raises(ImportProblem, match=r"empty\.csv, row 1: the file is empty"):
        import_file(empty_ws, path, ImportOptions(funnel="Inbound"))


def test_a_header_without_rows_is_refused(empty_ws, write_file, content):
    path = write_file("header.csv", "week,stage,count\n")
    before = content(empty_ws)
    with pytest.raises(ImportProblem, match="no data rows"):
        import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert content(empty_ws) == before


def test_a_missing_required_column_is_refused(empty_ws, write_file):
    path = write_file("nocount.csv", "week,stage,source\n2026-11-16,Visit,google\n")
    with pytest.raises(ImportProblem) as raised:
        import_file(empty_ws, path, ImportOptions(funnel="Inbound", shape="counts"))
    assert raised.value.row == 1
    assert "no column is mapped to count" in str(raised.value)


def write_xlsx(path, rows, sheet="Export"):
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_keeps_numbers_and_dates_as_typed(empty_ws, tmp_path, stored_counts):
    import datetime as dt

    path = write_xlsx(
        tmp_path / "export.xlsx",
        [
            ["Week", "Stage", "Source", "Count", "Spend"],
            [dt.datetime(2026, 11, 18), "Visit", "google", 1234, 1.234],
            [dt.date(2026, 11, 18), "Lead", "google", 56, None],
            [46342, "Visit", "newsletter", 80, None],  # an Excel serial: 2026-11-16
        ],
    )
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert (shown.kind, shown.sheet, shown.sheets) == ("xlsx", "Export", ("Export",))
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-11-16", "Visit", "google", ""): 1234,
        ("2026-11-16", "Lead", "google", ""): 56,
        ("2026-11-16", "Visit", "newsletter", ""): 80,
    }


def test_a_wrong_sheet_names_the_sheets_there_are(empty_ws, tmp_path, content):
    path = write_xlsx(tmp_path / "export.xlsx", [["Week", "Stage", "Count"]])
    before = content(empty_ws)
    with pytest.raises(ImportProblem, match='no sheet "Leads"; its sheets are "Export"'):
        import_file(empty_ws, path, ImportOptions(funnel="Inbound", sheet="Leads"))
    assert content(empty_ws) == before


def test_an_xlsx_that_unpacks_to_an_absurd_size_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 2**20))
    with pytest.raises(ImportProblem, match="unpacks to 1,029 times its packed size"):
        preview(path, ImportOptions(funnel="Inbound"))


def test_a_file_that_is_not_xlsx_is_refused(write_file):
    path = write_file("fake.xlsx", "week,stage,count\n")
    with pytest.raises(ImportProblem, match="not a readable XLSX"):
        preview(path, ImportOptions(funnel="Inbound"))


def test_xml_entities_in_an_xlsx_are_refused(tmp_path):
    plain = write_xlsx(
        tmp_path / "plain.xlsx", [["Week", "Stage", "Count"], ["2026-11-16", "Visit", 1]]
    )
    path = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<worksheet",
                    b'<!DOCTYPE worksheet [<!ENTITY big "lol lol lol lol">]><worksheet',
                    1,
                ).replace(b"<t>Week</t>", b"<t>&big;</t>")
            target.writestr(member, data)
    with pytest.raises(ImportProblem, match='the sheet "Export" declares a DOCTYPE'):
        preview(path, ImportOptions(funnel="Inbound"))


def test_the_preview_of_a_file_with_a_bad_date_says_so(write_file):
    path = write_file("dates.csv", "week,stage,count\n2026-11-16,Visit,1\nsoon,Visit,2\n")
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert shown.rows[1] == ("soon", "Visit", "2")
    assert str(shown.problem) == 'dates.csv, row 3, column "week": "soon" is not a date'


def test_the_preview_asks_about_ambiguous_dates(write_file):
    path = write_file("us.csv", "week,stage,count\n03/04/2026,Visit,1\n04/05/2026,Lead,2\n")
    shown = preview(path, ImportOptions(funnel="Inbound"))
    assert shown.ambiguous_dates == ("%d/%m/%Y", "%m/%d/%Y")
    assert shown.date_format is None
    chosen = preview(path, ImportOptions(funnel="Inbound", date_format="%m/%d/%Y"))
    assert (chosen.ambiguous_dates, chosen.date_format) == ((), "%m/%d/%Y")


def test_a_preview_reports_progress_and_can_be_cancelled(write_file):
    path = write_file("counts.csv", "week,stage,count\n2026-11-16,Visit,1\n")
    seen = []
    shown = preview(path, ImportOptions(funnel="Inbound"), progress=lambda *p: seen.append(p))
    assert shown is not None
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert preview(path, ImportOptions(funnel="Inbound"), cancelled=lambda: True) is None


def test_letters_that_come_only_after_the_head_still_tell_the_encoding(write_file):
    ascii_rows = "".join(f"L{n},2026-11-16 10:00,Visit,google\n" for n in range(12_000))
    later = "X1,2026-11-16 11:00,Visit,Яндекс Директ\nX2,2026-11-16 12:00,Visit,Рассылка\n"
    path = write_file("late.csv", "lead_id,timestamp,stage,source\n" + ascii_rows + later, "cp1251")
    assert path.stat().st_size > 300_000  # the letters are past the head that is looked at
    assert preview(path, ImportOptions(funnel="Inbound")).encoding == "cp1251"
