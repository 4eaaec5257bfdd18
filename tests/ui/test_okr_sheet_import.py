"""File → Import OKRs…: the preview of what a spreadsheet will do, the import as one undo step,
a bad row refused with its row and column, files in other header languages, the template."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from okrdesk.paths import resource
from okrdesk.ui.okr.sheet_import_dialog import OkrImportDialog, template_path
from tests.helpers import EDIT_MARKS, dump_tables, rows, shown_section
from tests.ui.test_keyboard import shown_dialog

MQLS = "Grow MQLs per month from 240 to 360"
PIPELINE = "Build a predictable inbound pipeline"
HEADER = "Objective,Team,Key result,Owner,Kind,Unit,Unit label,Start,Target,Current"
LINES = [
    HEADER,
    "Answer customers faster,Support,Cut first response from 48 h to 12 h,Ágnes Kiss,"
    "decrease,number,h,48,12,30",
    f"{PIPELINE},,{MQLS},Zofia Nowak,increase,number,,240,400,333",
]


def counted(source: str, n: int) -> str:
    """A count sentence as the dialog says it in the language loaded (English: "(s)" resolved
    by the English translation once it is built)."""
    return QCoreApplication.translate("OkrImportDialog", source, "", n)


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_dialog(window, demo_copy: Path, path: Path | None = None) -> OkrImportDialog:
    window.files.open_path(demo_copy)
    window.import_okrs_action.trigger()
    dialog = shown_dialog(window)
    assert isinstance(dialog, OkrImportDialog)
    if path is not None:
        dialog.set_path(path)
    return dialog


def key_result(path: Path, title: str) -> list[tuple]:
    return rows(
        path,
        "SELECT k.kind, k.start_value, k.target_value, k.unit_label FROM key_results k"
        " WHERE k.title = ?",
        title,
    )


def cells(dialog: OkrImportDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(r).text(c) for c in range(table.columnCount())]
        for r in range(table.topLevelItemCount())
    ]


def test_the_preview_says_what_will_be_created_matched_and_updated(window, demo_copy, tmp_path):
    before = dump_tables(demo_copy)
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "okrs.csv", LINES))

    said = dialog.summary_label.text().splitlines()
    assert said == [
        counted("%n objective(s) will be created", 1),
        counted("%n objective(s) will be matched", 1),
        counted("%n key result(s) will be created", 1),
        counted("%n key result(s) will be updated", 1),
        counted("%n check-in(s) will be recorded", 2),
        counted("%n person(s) will be created: {names}", 1).format(names="Ágnes Kiss"),
        counted("%n person(s) will be matched: {names}", 1).format(names="Zofia Nowak"),
        counted("%n team(s) will be created: {names}", 1).format(names="Support"),
    ]
    assert said[4].startswith("2 check-in")
    assert cells(dialog) == [
        ["2", "Answer customers faster (new)", "Cut first response from 48 h to 12 h (new)",
         "Decrease to", "Number (h)", "48\u00a0h", "12\u00a0h", "30\u00a0h"],
        ["3", f"{PIPELINE} (matched)", f"{MQLS} (updated)", "Increase to", "Number",
         "240", "400", "333"],
    ]  # fmt: skip
    assert dialog.import_button.isEnabled()
    assert dump_tables(demo_copy) == before  # a preview writes nothing


def test_import_is_one_step_that_undo_takes_back_exactly_and_redo_puts_back(
    qtbot, window, demo_copy, tmp_path
):
    # Versions move on with every step, undo and redo too (EDIT_MARKS): the rest is exact.
    before = dump_tables(demo_copy, drop_columns=EDIT_MARKS)
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "okrs.csv", LINES))
    steps = window.controller.undo_stack.count()

    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Import is the default button

    assert not dialog.isVisible()
    assert window.controller.undo_stack.count() == steps + 1
    assert key_result(demo_copy, MQLS) == [("increase", 240.0, 400.0, "")]
    assert key_result(demo_copy, "Cut first response from 48 h to 12 h") == [
        ("decrease", 48.0, 12.0, "h")
    ]
    assert shown_section(window) == "okrs"
    okrs = window.sections["okrs"]
    assert okrs.cycle_combo.currentText() == "2026 Q4"
    imported = dump_tables(demo_copy, drop_columns=EDIT_MARKS)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump_tables(demo_copy, drop_columns=EDIT_MARKS) == before

    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_control)
    assert dump_tables(demo_copy, drop_columns=EDIT_MARKS) == imported


def test_a_bad_row_is_refused_with_its_row_and_column_and_nothing_changes(
    window, demo_copy, tmp_path
):
    bad = [*LINES[:2], LINES[2].replace("increase", "grow-ish")]
    before = dump_tables(demo_copy)
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "bad.csv", bad))

    said = dialog.problem_label.text()
    assert said.startswith('bad.csv, row 3, column "Kind": "grow-ish" is not a kind')
    assert "This file cannot be imported; nothing was changed." in said
    assert dialog.problem_label.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.table.topLevelItemCount() == 0
    dialog.run_import()
    assert dump_tables(demo_copy) == before


def test_a_rule_of_the_store_is_refused_in_the_preview(window, demo_copy, tmp_path):
    # To increase, the target must be above the start: the editor's rule, on row 2.
    bad = [HEADER, f"{PIPELINE},,New KR,,increase,number,,10,5,"]
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "rule.csv", bad))

    assert dialog.problem_label.text().startswith("rule.csv, row 2")
    assert not dialog.import_button.isEnabled()


POLISH = [
    "Cel;Zespół;Kluczowy wynik;Właściciel;Rodzaj;Jednostka;Wartość początkowa;"
    "Wartość docelowa;Wartość bieżąca",
    "Szybciej odpowiadać klientom;Wsparcie;Skrócić czas odpowiedzi;Łucja Wrona;spadek;liczba;"
    "48;12;30,5",
]
RUSSIAN = [
    ["Цель", "Команда", "Ключевой результат", "Ответственный", "Тип", "Единица",
     "Начальное значение", "Целевое значение", "Текущее значение"],
    ["Отвечать клиентам быстрее", "Поддержка", "Сократить время ответа", "Ольга Петрова",
     "decrease", "number", 48, 12, 30.5],
]  # fmt: skip


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_a_polish_csv_and_a_russian_xlsx_import_through_the_dialog(
    window, demo_copy, tmp_path, language
):
    if language == "pl":
        path = write_csv(tmp_path / "okrs-pl.csv", POLISH)
        title, owner, team = "Skrócić czas odpowiedzi", "Łucja Wrona", "Wsparcie"
    else:
        path = tmp_path / "okrs-ru.xlsx"
        book = openpyxl.Workbook()
        for line in RUSSIAN:
            book.active.append(line)
        book.save(path)
        title, owner, team = "Сократить время ответа", "Ольга Петрова", "Поддержка"
    dialog = open_dialog(window, demo_copy, path)
    assert dialog.problem_label.text() == ""
    assert counted("%n key result(s) will be created", 1) in dialog.summary_label.text()

    dialog.import_button.click()

    assert key_result(demo_copy, title) == [("decrease", 48.0, 12.0, "")]
    assert rows(demo_copy, "SELECT count(*) FROM people WHERE name = ?", owner) == [(1,)]
    assert rows(demo_copy, "SELECT count(*) FROM teams WHERE name = ?", team) == [(1,)]
    assert rows(
        demo_copy,
        "SELECT c.value FROM checkins c JOIN key_results k ON k.id = c.key_result_id"
        " WHERE k.title = ?",
        title,
    ) == [(30.5,)]


def test_download_template_saves_the_shipped_template_of_the_ui_language(
    window, demo_copy, tmp_path, monkeypatch
):
    dialog = open_dialog(window, demo_copy)
    target = tmp_path / "saved" / "okrs-template.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(dialog, "choose_template_target", lambda: target)
    QLocale.setDefault(QLocale("pl_PL"))

    dialog.template_button.click()

    assert target.read_bytes() == resource("templates", "okrs-pl.xlsx").read_bytes()
    assert str(target) in dialog.saved_label.text()


@pytest.mark.parametrize(
    ("name", "language"), [("en_GB", "en"), ("pl_PL", "pl"), ("hu_HU", "hu"), ("ru_RU", "ru"),
                           ("de_DE", "en")]
)  # fmt: skip
def test_the_template_follows_the_ui_language_english_otherwise(name, language):
    assert template_path(QLocale(name)) == resource("templates", f"okrs-{language}.xlsx")


def test_escape_cancels_and_writes_nothing(qtbot, window, demo_copy, tmp_path):
    before = dump_tables(demo_copy)
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "okrs.csv", LINES))
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert dump_tables(demo_copy) == before


def test_a_second_row_of_an_objective_the_file_creates_says_new_too(window, demo_copy, tmp_path):
    lines = [*LINES[:2], "Answer customers faster,Support,Keep CSAT above 90 %,,stay above,"
             "percent,,92,90,"]  # fmt: skip
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "okrs.csv", lines))

    assert [row[1] for row in cells(dialog)] == ["Answer customers faster (new)"] * 2
    assert dialog.summary_label.text().splitlines()[0] == counted(
        "%n objective(s) will be created", 1
    )
