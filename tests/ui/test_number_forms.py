"""One way to write numbers: every screen of the demo and the reports, under en_US and pl_PL,
hold none of the old forms (a currency glued to a digit, a change of a rate in "%" or "pt",
English grouping in Polish, "1 10 2026"), and the rules of README "Numbers" hold."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.reports import export
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.cycle_dialog import CycleDialog
from okrdesk.ui.okr.editors import KeyResultEditor
from tests.helpers import DEMO_DAY, rows
from tests.ui.screen_text import visible_text, without, written_by_users
from tests.ui.screen_tour import dashboards_and_presentation, settle

NUMBER = r"\d+(?:[.,\u00a0\u202f ]\d+)*"
# Forms no locale uses: what the screens wrote before one module wrote them all.
EVERYWHERE = {
    "a currency glued after a digit": re.compile(r"\d(?:€|\$|£|zł|Ft|₽)"),
    "a change of a rate in pt or points, not pts": re.compile(r"\d\s?(?:pt|points?)\b"),
    "a change of a rate in %": re.compile(rf"[+−-]{NUMBER}\s?%"),
    "a rate of 1 % or more with two decimals": re.compile(r"(?<![\d.,])[1-9]\d*[.,]\d\d\s?%"),
    "a rate of 10 % or more with a decimal": re.compile(r"(?<![\d.,])[1-9]\d[.,]\d\s?%"),
    "a date written in digits and spaces": re.compile(r"\b\d{1,2} \d{1,2} \d{4}\b"),
    "a p-value written p = <": re.compile(r"p\s?=\s?<"),
    "money of 100 or more with cents": re.compile(r"\d{3}[.,]\d\d\s?€|€\s?[\d,]*\d{3}\.\d\d"),
}
BY_LOCALE: dict[str, dict[str, re.Pattern]] = {
    "C": {},  # LANG=C.UTF-8: no grouping, as QLocale writes C; the forms above still hold
    "en_US": {
        "the euro after the amount (en_US writes €40,000)": re.compile(r"\d\s?€"),
        "grouping by spaces in English": re.compile(r"\d[\u00a0\u202f ]\d{3}(?!\d)"),
    },
    "pl_PL": {
        "the euro before the amount (pl_PL writes 40 000 €)": re.compile(r"€\s?\d"),
        # From 10,000 on: "1,000" is also a p-value of one, written in Polish.
        "English grouping in Polish": re.compile(r"(?<![\d,])[1-9]\d{1,2},\d{3}(?!\d)"),
        "an English decimal point in Polish": re.compile(r"(?<![\d.])\d+\.\d+\s?(?:%|€|pts)"),
    },
}
DECIMALS = frozenset(
    {"a rate of 1 % or more with two decimals", "a rate of 10 % or more with a decimal"}
)
P_VALUE = re.compile(r"p\s?[=<]\s?[\d.,]+")
# A relative lift is a relative change, rightly in "%": "+17% (−18% to +52%)", named so or
# written with its interval.
RELATIVE = re.compile(
    rf"lift|relative|^[+−-]{NUMBER}%\s?\([+−-]{NUMBER}% to [+−-]{NUMBER}%\)$", re.I
)


@pytest.fixture(params=["en_US", "pl_PL", "C"])
def language(request):
    before = QLocale()
    QLocale.setDefault(QLocale.c() if request.param == "C" else QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def old_forms(texts: list[str], language: str, exempt: frozenset[str] = frozenset()) -> list[str]:
    """Each text that holds an old form (but the `exempt` ones), with the form's name."""
    checks = {**EVERYWHERE, **BY_LOCALE[language]}
    checks = {name: pattern for name, pattern in checks.items() if name not in exempt}
    found = []
    for text in texts:
        for line in text.splitlines():
            line = P_VALUE.sub("p", line)  # "p = 1,000" is a p-value, not a grouped 1000
            for name, pattern in checks.items():
                relative = name == "a change of a rate in %" and RELATIVE.search(line)
                if pattern.search(line) and not relative:
                    found.append(f"{name}: {line!r}")
    return found


def every_screen(qtbot, window, demo: Path) -> list[str]:
    """The text of every section (each key result and experiment chosen in turn), the two
    dashboards and every page of the presentation."""
    window.files.open_path(demo)
    texts = []
    for row, key in enumerate(window.sections):
        window.show_section(row)
        settle()
        texts += visible_text(window)
        section = window.sections[key]
        if key == "okrs":
            for (kr_id,) in rows(demo, "SELECT id FROM key_results"):
                if section.select_key_result(kr_id):
                    settle()
                    texts += visible_text(section)
        if key == "experiments":
            for (experiment_id,) in rows(demo, "SELECT id FROM experiments"):
                section.choose(experiment_id)
                settle()
                texts += visible_text(section)
    texts += dashboards_and_presentation(qtbot, window, visible_text)
    return texts


# The C locale's walk is left out: what it writes differently (no grouping) the dialogs and
# reports below check under C too, and each walk of every screen costs CI a quarter minute.
@pytest.mark.once
@pytest.mark.parametrize("language", ["en_US", "pl_PL"], indirect=True)
def test_every_screen_writes_numbers_one_way(qtbot, window, demo_copy, language):
    texts = every_screen(qtbot, window, demo_copy)
    assert len(texts) > 500  # the walk reached the screens
    assert old_forms(without(texts, written_by_users(demo_copy)), language) == []
    # The same rules in the user's language: its grouping and its currency place.
    joined = "\n".join(texts)
    if language == "pl_PL":
        assert re.search(r"\d\u00a0\d{3}\u00a0€", joined)  # "186 000 €"
        assert re.search(r"\d,\d%", joined)  # "3,1%"
    elif language == "en_US":
        assert re.search(r"€\d{1,3},\d{3}", joined)  # "€186,000"
    assert re.search(r"[+-]\d+(?:[.,]\d)? pts", joined)


def test_the_cycle_dialog_writes_dates_as_every_other_screen(qtbot, language):
    dialog = CycleDialog(None, dt.date(2026, 10, 1), set())
    qtbot.addWidget(dialog)
    shown = [edit.text() for edit in dialog.findChildren(QDateEdit)]
    assert shown == [format_date(dt.date(2026, 10, 1)), format_date(dt.date(2026, 12, 31))]
    assert not re.search(r"\d \d{1,2} \d{4}", " ".join(shown))


def test_the_okr_dialogs_write_numbers_one_way(qtbot, okrs, demo_copy, language):
    """The check-in dialog on every key result, and the key result editor on an amount. A
    value field shows the value at the precision it was typed ("3.09%"), so the rules of
    decimals apply to its text, not to the field's."""
    texts, fields = [], []
    dialog = okrs.start_checkin()
    for position in range(len(okrs.key_result_nodes())):
        dialog._go(position)
        texts += visible_text(dialog)
        fields += [
            field.text()
            for field in dialog.findChildren(QAbstractSpinBox)
            if field.isVisibleTo(dialog)
        ]
    dialog.reject()
    values = KeyResultValues(
        "Grow MRR", "increase", "currency", 186000, 230000, 1.0, None, 12000, 95.5
    )
    editor = KeyResultEditor(None, "Edit key result", [], "EUR", values)
    qtbot.addWidget(editor)
    texts += visible_text(editor)
    for field in fields:
        texts.remove(field)
    assert old_forms(without(texts, written_by_users(demo_copy)), language) == []
    assert old_forms(fields, language, exempt=DECIMALS) == []
    assert not [field for field in fields if re.search(r"\d[.,]00(?!\d)", field)]  # "76%"
    money = {
        "en_US": "€186,000",
        "pl_PL": "186\u00a0000\u00a0€",
        "C": "186000\u00a0€",
    }  # as the labels: C does not group
    assert editor.start_spin.text() == money[language]
    cents = {"en_US": "€95.50", "pl_PL": "95,50\u00a0€", "C": "95.50\u00a0€"}
    assert editor.cost_spin.text() == cents[language]


@pytest.mark.parametrize("suffix", ["md", "html"])
def test_the_reports_write_numbers_one_way(demo_copy, tmp_path, language, suffix):
    out = tmp_path / f"review.{suffix}"
    export.write_report(out, export.load_report_input(demo_copy, None, language, DEMO_DAY))
    text = re.sub(r"<style>.*?</style>", "", out.read_text(encoding="utf-8"), flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&nbsp;", "\u00a0").replace("&amp;", "&")
    lines = without(text.splitlines(), written_by_users(demo_copy))
    assert old_forms(lines, language) == []
    assert re.search(r"[+-]\d+(?:[.,]\d)? pts", text)
