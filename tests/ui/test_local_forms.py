"""Dates, numbers, money, date pickers and week labels as Polish, Hungarian and Russian write
them, on the screens (ui.common.formatting) and in the report (reports.locale_format), once the
language is chosen (reports.language.speak, as at start-up)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit

from okrdesk.reports import export, language
from okrdesk.ui.common import formatting
from tests.helpers import DEMO_DAY
from tests.qm_files import build_qm

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = dt.date(2026, 12, 6)
FORMS = {
    "pl_PL": {
        "currency": "PLN",
        "date": "6 gru 2026",
        "number": f"1{NBSP}234{NBSP}567,5",
        "money": f"40{NBSP}000{NBSP}zł",
        "cents": f"95,50{NBSP}zł",
        "euro": f"12{NBSP}500{NBSP}€",
    },
    "hu_HU": {
        "currency": "HUF",
        "date": "2026. dec. 6.",
        "number": f"1{NBSP}234{NBSP}567,5",
        "money": f"40{NBSP}000{NBSP}Ft",
        "cents": f"95,50{NBSP}Ft",
        "euro": f"12{NBSP}500{NBSP}€",
    },
    "ru_RU": {
        "currency": "RUB",
        "date": f"6 дек. 2026{NNBSP}г.",
        "number": f"1{NBSP}234{NBSP}567,5",
        "money": f"40{NBSP}000{NBSP}₽",
        "cents": f"95,50{NBSP}₽",
        "euro": f"12{NBSP}500{NBSP}€",
    },
}


@pytest.fixture(params=sorted(FORMS))
def speaking(request):
    """The language chosen as at start-up; the system's again after."""
    language.speak(QLocale(request.param))
    yield request.param
    language.speak(language.chosen_locale(""))


def test_the_screens_write_dates_numbers_and_money_as_the_language_does(speaking):
    forms = FORMS[speaking]
    assert formatting.format_date(DAY) == forms["date"]
    assert formatting.format_number(1234567.5, 1) == forms["number"]
    assert formatting.format_amount(40000, forms["currency"]) == forms["money"]
    assert formatting.format_amount(95.5, forms["currency"]) == forms["cents"]
    assert formatting.format_amount(12500, "EUR") == forms["euro"]


def test_the_report_writes_them_the_same_way(speaking, demo_copy):
    forms = FORMS[speaking]
    fmt = export.load_report_input(demo_copy, None, speaking, DEMO_DAY).fmt
    assert fmt.date(DAY) == forms["date"]
    assert fmt.number(1234567.5, 1) == forms["number"]
    assert fmt.money(12500) == forms["euro"]  # the demo's currency


def test_date_pickers_start_the_week_on_monday_and_show_the_medium_date(speaking, qtbot):
    edit = QDateEdit(DAY)
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formatting.date_display_format())
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert edit.text() == FORMS[speaking]["date"]


def test_english_pickers_start_on_sunday(qtbot):
    language.speak(QLocale("en_US"))
    try:
        edit = QDateEdit(DAY)
        qtbot.addWidget(edit)
        edit.setCalendarPopup(True)
        assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
        assert formatting.format_week(DAY) == "2026-W49"
    finally:
        language.speak(language.chosen_locale(""))


def test_the_week_label_is_the_languages_own(speaking, demo_copy):
    """From the shipped translation of "{year}-W{week}" (context Numbers): fails until the
    translators write it ("tydz. 49/2026", "2026. 49. hét", "49-я неделя 2026")."""
    shown = formatting.format_week(DAY)
    assert shown != "2026-W49" and "49" in shown and "2026" in shown
    fmt = export.load_report_input(demo_copy, None, speaking, DEMO_DAY).fmt
    assert fmt.week_label(DAY) == shown


def test_a_translated_week_template_reaches_the_screens_and_the_report(
    tmp_path, monkeypatch, demo_copy
):
    folder = tmp_path / "translations"
    build_qm(folder, "okrdesk_hu", "hu_HU", {("Numbers", "{year}-W{week}"): "{year}. {week}. hét"})
    monkeypatch.setattr(language, "translations_dir", lambda: str(folder))
    language.speak(QLocale("hu_HU"))
    try:
        assert formatting.format_week(DAY) == "2026. 49. hét"
        fmt = export.load_report_input(demo_copy, None, "hu_HU", DEMO_DAY).fmt
        assert fmt.week_label(DAY) == "2026. 49. hét"
    finally:
        monkeypatch.undo()
        language.speak(language.chosen_locale(""))
