"""Refusals reach a Polish user in Polish: the OKR sheet's bad row in the Import OKRs preview and
`okrdesk report`'s bad week; the key result history chart offers no English pyqtgraph menu."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from okrdesk.cli import main
from okrdesk.reports import language
from okrdesk.ui.charts.kr_history import KeyResultHistoryChart
from tests.ui.test_okr_sheet_import import LINES, open_dialog, write_csv


def test_a_bad_row_of_an_okr_sheet_is_refused_in_polish(window, demo_copy, tmp_path):
    language.speak(QLocale("pl_PL"))  # as at a Polish start-up; tests/conftest restores it
    bad = [*LINES[:2], LINES[2].replace("increase", "grow-ish")]
    dialog = open_dialog(window, demo_copy, write_csv(tmp_path / "zły.csv", bad))

    assert dialog.problem_label.text().startswith(
        "zły.csv, wiersz 3, kolumna „Kind”: „grow-ish” nie jest rodzajem; użyj jednego z: "
    )


def test_a_week_that_does_not_exist_is_refused_in_polish(demo_copy, tmp_path, capsys):
    argv = ["report", str(demo_copy), "--week", "2026-W99", "--locale", "pl_PL"]
    assert main([*argv, "--out", str(tmp_path / "r.md")]) == 2

    assert capsys.readouterr().err == (
        "okrdesk: tydzień '2026-W99' nie istnieje: rok 2026 nie ma tygodnia 99\n"
    )


def test_the_history_chart_has_no_english_context_menu(qtbot):
    chart = KeyResultHistoryChart()
    qtbot.addWidget(chart)
    assert not chart.getPlotItem().getViewBox().menuEnabled()
