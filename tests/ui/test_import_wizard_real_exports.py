"""The import wizard on files shaped as CRM exports: the stage names users write, stages to
skip, a file without counts, and a way out when the import fails."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from okrdesk.store.funnel.data import funnel_id_by_name, load_spend
from tests.helpers import query
from tests.ui.test_funnel_import_wizard import (
    NEGATIVE,
    count_of,
    everything,
    run_to_the_end,
    stage_names,
    write,
)

POLISH_CRM = (
    "Tydzień;Źródło;Etap;Liczba;Koszt\n"
    "04.01.2027;google;Wizyty;1 200;350,00\n"
    "04.01.2027;google;Leady;35;0,00\n"
    "04.01.2027;google;Transakcje;3;\n"
    "04.01.2027;google;Demo;7;0,00\n"
    "11.01.2027;google;Wizyty;1 100;0,00\n"
    "11.01.2027;google;Demo;5;0,00\n"
)


@pytest.fixture
def opened(window, demo_copy):
    window.files.open_path(demo_copy)
    return window


def to_the_check_page(qtbot, opened, path) -> QWizard:
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    wizard.next()  # columns
    wizard.next()  # dates and stages
    assert wizard.currentPage() is wizard.check_page
    return wizard


def test_rows_of_an_unknown_stage_are_skipped_and_the_summary_counts_them(
    qtbot, opened, demo_copy, tmp_path
):
    path = write(tmp_path, "eksport.csv", POLISH_CRM, "cp1250")
    wizard = to_the_check_page(qtbot, opened, path)
    check = wizard.check_page
    # "Wizyty", "Leady" and "Transakcje" are the funnel's stages; only "Demo" is asked about.
    assert list(check.stage_combos) == ["Demo"]
    combo = check.stage_combos["Demo"]
    skip = combo.findText("Skip its rows")
    assert skip >= 0
    combo.setCurrentIndex(skip)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)

    summary = wizard.run_page.status_label.text()
    assert "Imported 4 rows of eksport.csv" in summary
    assert "Skipped 2 rows of stages the funnel does not have: “Demo”." in summary
    assert "Demo" not in stage_names(demo_copy)
    assert count_of(demo_copy, "2027-01-04", "Deal", "google") == 3
    assert count_of(demo_copy, "2027-01-04", "Lead", "google") == 35
    funnel = query(demo_copy, funnel_id_by_name, wizard.options.funnel)
    spend = query(demo_copy, load_spend, funnel)
    mine = spend[spend["segment"] == "google"].set_index("week")["spend"]
    assert [float(mine.loc[week]) for week in ("2027-01-04", "2027-01-11")] == [350.0, 0.0]


def test_a_file_without_a_count_column_is_refused_on_the_columns_page(
    qtbot, opened, demo_copy, tmp_path
):
    before = everything(demo_copy)
    path = tmp_path / "crm.xlsx"
    workbook = openpyxl.Workbook()
    for row in (["Week", "Stage", "Source"], ["2027-01-04", "Visit", "google"]):
        workbook.active.append(row)
    workbook.save(path)
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    assert wizard.file_page.isComplete()
    wizard.next()
    columns = wizard.columns_page
    assert wizard.currentPage() is columns
    assert columns.shape_combo.currentText() == "Weekly counts"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert columns.missing_label.isVisibleTo(wizard)
    assert columns.missing_label.text().startswith(
        "This file cannot be imported as weekly counts: no column holds the counts"
    )
    wizard.next()  # refused: the wizard stays, nothing runs
    assert wizard.currentPage() is columns
    assert everything(demo_copy) == before


def test_the_error_page_has_close(qtbot, opened, demo_copy, tmp_path):
    path = write(tmp_path, "bad.csv", NEGATIVE)
    wizard = opened.import_file(path)  # deleted when closed: not handed to qtbot
    run_to_the_end(qtbot, wizard)
    assert wizard.result is None
    close = wizard.run_page.close_button()
    assert close.isVisibleTo(wizard)
    assert close.text().replace("&", "") == "Close"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_a_finished_import_ends_with_finish_alone(qtbot, opened, demo_copy, tmp_path):
    path = write(tmp_path, "eksport.csv", "\n".join(POLISH_CRM.splitlines()[:4]) + "\n", "cp1250")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    run_to_the_end(qtbot, wizard)
    assert wizard.result is not None
    assert not wizard.run_page.close_button().isVisibleTo(wizard)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_column_of_an_unknown_stage_in_a_wide_file_can_be_skipped(
    qtbot, opened, demo_copy, tmp_path
):
    path = write(tmp_path, "wide.csv", "Tydzień;Wizyty;Webinary;Leady\n04.01.2027;900;40;30\n")
    wizard = to_the_check_page(qtbot, opened, path)
    assert list(wizard.check_page.stage_combos) == ["Webinary"]
    wizard.check_page.choose_stage("Webinary", "")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert count_of(demo_copy, "2027-01-04", "Visit") == 900
    assert count_of(demo_copy, "2027-01-04", "Lead") == 30
    assert "Webinary" not in stage_names(demo_copy)
