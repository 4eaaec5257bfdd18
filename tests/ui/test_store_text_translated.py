"""The store's refusals and warnings reach the user in the user's language.

A small Polish .ts is written here (contexts and sources exactly as the code has them), built
with pyside6-lrelease and installed on the application; the screens then show the Polish
sentence, while `str()` of the same exception stays the English line.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from okrdesk.cli_exit import said_line
from okrdesk.reports.text import shown
from okrdesk.store.errors import (
    ClosedCycleError,
    FunnelNotFoundError,
    ImportProblem,
    WorkspaceBusyError,
    said,
)
from okrdesk.store.funnel.importing import ImportOptions, import_file
from okrdesk.store.funnel.importing.model import ImportWarning
from okrdesk.store.okr import cycle_close
from okrdesk.store.schema import Cycle, KeyResult, Objective
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.common.tasks import show_error
from tests.qm_files import installed

# (context, source) → the translation, or its plural forms
POLISH = {
    ("Importing", '{file}, row {row}, column "{column}": {message}'):
        "{file}, wiersz {row}, kolumna „{column}”: {message}",
    ("Importing", '"{value}" is negative'): "„{value}” jest liczbą ujemną",
    ("Importing", '"{value}" is not a number'): "„{value}” nie jest liczbą",
    ("Importing", "{file}: {message}"): "{file}: {message}",
    ("Importing", "no such file"): "nie ma takiego pliku",
    ("Importing",
     "%n week(s) from {week} on, more than 8 weeks after today ({today}); is the year right?"):
    ["%n tydzień od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok się zgadza?",
     "%n tygodnie od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok się zgadza?",
     "%n tygodni od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok się zgadza?"],
    ("StoreErrors", "no funnel named {name} in this workspace"):
        "w tym obszarze roboczym nie ma lejka {name}",
    ("WorkspaceErrors", "{path}: {reason}"): "{path}: {reason}",
    ("OkrErrors", "cycle {cycle} is closed; reopen it to change it"):
        "cykl {cycle} jest zamknięty; otwórz go ponownie, aby go zmienić",
    ("WorkspaceErrors", "is in use by another program; try again"):
        "jest używany przez inny program; spróbuj ponownie",
    ("ImportWizard", "File: {name}"): "Plik: {name}",
    ("ImportWizard", "Row: {row}"): "Wiersz: {row}",
    ("ImportWizard", "Column: {column}"): "Kolumna: {column}",
    ("ImportWizard", "Problem: {message}"): "Problem: {message}",
}  # fmt: skip


@pytest.fixture
def polish(tmp_path):
    """The Polish translator installed on the application, and removed after the test."""
    with installed(tmp_path, "pl_PL", POLISH) as translator:
        yield translator


NEGATIVE = "week,stage,count\n2027-01-04,Visit,100\n2027-01-04,Lead,-3\n"


def test_the_import_wizard_says_a_bad_row_in_polish(qtbot, window, demo_copy, tmp_path, polish):
    window.files.open_path(demo_copy)
    path = tmp_path / "zły.csv"
    path.write_text(NEGATIVE, encoding="utf-8")
    wizard = window.import_file(path)
    qtbot.addWidget(wizard)
    for _page in range(3):  # columns, dates and stages, import
        wizard.next()
    qtbot.waitUntil(
        lambda: wizard.result is not None or wizard.run_page.back_button.isVisibleTo(wizard),
        timeout=30_000,
    )
    assert wizard.result is None
    assert wizard.currentPage() is wizard.run_page
    assert wizard.run_page.error_label.text().splitlines() == [
        "Plik: zły.csv",
        "Wiersz: 3",
        "Kolumna: count",
        "Problem: „-3” jest liczbą ujemną",
    ]


def test_an_import_problem_is_one_polish_sentence_and_stays_english_in_str(
    demo_copy, tmp_path, polish
):
    path = tmp_path / "zły.csv"
    path.write_text(NEGATIVE, encoding="utf-8")
    workspace = open_workspace(demo_copy)
    try:
        with pytest.raises(ImportProblem) as caught:
            import_file(workspace, path, ImportOptions(funnel="Inbound"))
        with pytest.raises(ImportProblem) as missing:
            import_file(workspace, tmp_path / "nie-ma.csv", ImportOptions(funnel="Inbound"))
    finally:
        workspace.close()
    error = caught.value
    assert shown(said(error)) == "zły.csv, wiersz 3, kolumna „count”: „-3” jest liczbą ujemną"
    assert str(error) == 'zły.csv, row 3, column "count": "-3" is negative'
    # The command line's refusal line follows the installed translator, English without one.
    assert said_line(error) == "zły.csv, wiersz 3, kolumna „count”: „-3” jest liczbą ujemną"
    assert shown(missing.value.text) == "nie-ma.csv: nie ma takiego pliku"


def test_a_store_refusal_box_speaks_polish(qtbot, polish):
    box = show_error(None, "Lejek", FunnelNotFoundError("Wychodzący"))
    qtbot.addWidget(box)
    assert box.text() == "w tym obszarze roboczym nie ma lejka 'Wychodzący'"
    busy = WorkspaceBusyError("/tmp/zespół.okrdesk")
    assert (
        shown(said(busy))
        == "/tmp/zespół.okrdesk: jest używany przez inny program; spróbuj ponownie"
    )
    assert str(busy) == "/tmp/zespół.okrdesk: is in use by another program; try again"


def test_a_warnings_count_takes_the_polish_plural_and_the_english_one(polish):
    def future(cases: int) -> ImportWarning:
        return ImportWarning("future_weeks", dt.date(2027, 2, 1), cases, today=dt.date(2026, 12, 6))

    assert shown(future(1).text).startswith("1 tydzień od 2027-02-01")
    assert shown(future(3).text).startswith("3 tygodnie od 2027-02-01")
    assert shown(future(5).text).startswith("5 tygodni od 2027-02-01")
    assert str(future(1).text).startswith("1 week from 2027-02-01 on,")
    assert str(future(3).text).startswith("3 weeks from 2027-02-01 on,")


def test_the_command_line_says_english_when_no_translator_knows_the_sentence(tmp_path):
    error = ImportProblem(tmp_path / "a.csv", "plain words", row=2)
    assert said_line(error) == str(error) == "a.csv, row 2: plain words"


def test_a_count_no_translator_knows_reads_as_english_not_weeks_s():
    one = ImportWarning("future_weeks", dt.date(2027, 2, 1), 1, today=dt.date(2026, 12, 6))
    three = ImportWarning("future_weeks", dt.date(2027, 2, 1), 3, today=dt.date(2026, 12, 6))
    assert shown(one.text).startswith("1 week from 2027-02-01 on,")
    assert shown(three.text).startswith("3 weeks from 2027-02-01 on,")


def test_a_closed_cycle_refusal_speaks_polish(demo_copy, polish):
    workspace = open_workspace(demo_copy)
    try:
        with workspace.session() as session:
            closed = session.scalars(select(Cycle).where(Cycle.closed_at.is_not(None))).first()
            kr_id = session.scalars(
                select(KeyResult.id).join(Objective).where(Objective.cycle_id == closed.id)
            ).first()
            name = closed.name
            with pytest.raises(ClosedCycleError) as caught:
                cycle_close.grade_key_result(session, kr_id, 0.5, "")
    finally:
        workspace.close()
    assert shown(said(caught.value)) == (
        f"cykl {name} jest zamknięty; otwórz go ponownie, aby go zmienić"
    )
    assert str(caught.value) == f"cycle {name} is closed; reopen it to change it"


def test_a_count_past_what_qt_counts_in_is_written_whole():
    from PySide6.QtCore import QLocale

    from okrdesk.store.words import number

    QLocale.setDefault(QLocale("pl_PL"))  # the fixture puts the system's back after the test
    assert shown(number(2**53)).replace("\u00a0", " ").replace(",", " ") == "9 007 199 254 740 992"
    assert shown(number(10**15)).replace("\u00a0", " ").replace(",", " ") == "1 000 000 000 000 000"
