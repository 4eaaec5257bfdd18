"""Under Polish, Hungarian and Russian no screen shows an English sentence, date or number.

Each language is chosen as at start-up (translators and QLocale's default), the demo opened in
a new main window, every section, the dashboards, the presentation and the main dialogs
visited, and every visible text collected: labels, buttons, menus and actions, tabs, headers
and cells, window titles, placeholders and tooltips. A text fails when it is the English source
of a message whose translation differs from it (a name like "OKR" or "MQL" that the
translation keeps is fine), or when it holds an English date ("Nov 25, 2026", "25 Nov 2026";
ISO's 2026-11-25 is fine) or an English number ("40,000", "3.5").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from okrdesk.reports import language
from okrdesk.ui.main_window import MainWindow
from tests.helpers import rows
from tests.test_translations import read_ts, ts_path
from tests.ui.screen_text import visible_text, without, written_by_users
from tests.ui.screen_tour import dashboards_and_presentation, settle

SHOWN = 15
PLACEHOLDER = re.compile(r"\\\{[A-Za-z_]\w*\\\}|%L?[n1-9]")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
ENGLISH_FORMS = {
    "an English date": re.compile(rf"\b{MONTH} \d{{1,2}}, \d{{4}}\b|\b\d{{1,2}} {MONTH} \d{{4}}\b"),
    # From 10,000 on: "1,000" is also one with three decimals (a p-value) in these languages.
    "English digit grouping": re.compile(
        r"(?<![\d,.])(?:[1-9]\d{1,2}(?:,\d{3})+|[1-9](?:,\d{3}){2,})(?![\d,])"
    ),
    "a decimal point": re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])"),
}


def english_sources(code: str) -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """The English sources that must not show under `code`: those whose translation is not
    the same text. Exact ones (mnemonics dropped) and, for sources with placeholders and at
    least one word, a pattern of the filled-in sentence; each with how a failure names it."""
    exact: dict[str, str] = {}
    patterns: list[tuple[re.Pattern, str]] = []
    messages = read_ts(ts_path(code))
    # A word that is also this language's translation of another source ("Data": Polish for
    # "Date", English for "Dane") is not English on that screen.
    translated = {form.replace("&", "") for message in messages for form in message.forms}
    for message in messages:
        if message.kind in ("vanished", "obsolete") or not message.source.strip():
            continue
        if all(form == message.source for form in message.forms):
            continue  # "OKR", "KPI": the same in every language
        source = message.source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        escaped = re.escape(source)
        if PLACEHOLDER.search(escaped):
            if re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", escaped)):
                pattern = PLACEHOLDER.sub(".+?", escaped)
                patterns.append((re.compile(f"^{pattern}$", re.S), message.named()))
        elif source not in translated:
            exact[source] = message.named()
    return exact, patterns


def menu_and_window_text(root: QWidget) -> list[str]:
    """What visible_text leaves out: actions and menus, window titles and placeholders."""
    texts = [root.windowTitle()]
    texts += [action.text() for action in root.findChildren(QAction)]
    texts += [action.toolTip() for action in root.findChildren(QAction)]
    texts += [menu.title() for menu in root.findChildren(QMenu)]
    for edit in root.findChildren(QLineEdit) + root.findChildren(QTextEdit):
        texts.append(edit.placeholderText())
    texts += [edit.placeholderText() for edit in root.findChildren(QPlainTextEdit)]
    return [text for text in texts if text]


def seen(root: QWidget) -> list[str]:
    return visible_text(root) + menu_and_window_text(root)


def open_dialogs(window: MainWindow, tmp_path: Path) -> list[str]:
    """The texts of the main dialogs: settings, people, a new cycle, an import of a CSV file,
    the import history and About."""
    texts = []
    csv = tmp_path / "counts.csv"
    csv.write_text("week,stage,count\n2026-11-16,Lead,10\n", encoding="utf-8")
    before = set(QApplication.topLevelWidgets())
    for open_dialog in (
        window.edit_workspace_settings,
        window.manage_people,
        window.new_cycle,
        lambda: window.import_file(csv),
        window.show_import_history,
        window.show_about,
    ):
        open_dialog()
        settle()
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible():
                texts += seen(widget)
                widget.close()
        settle()
    return texts


def every_screen(qtbot, window: MainWindow, demo: Path, tmp_path: Path) -> list[str]:
    window.files.open_path(demo)
    window.show_welcome()
    settle()
    texts = seen(window)
    for row, key in enumerate(window.sections):
        window.show_section(row)
        settle()
        section = window.sections[key]
        if key == "okrs":
            section.select_key_result(rows(demo, "SELECT id FROM key_results LIMIT 1")[0][0])
        if key == "experiments":
            section.choose(rows(demo, "SELECT id FROM experiments LIMIT 1")[0][0])
        settle()
        texts += seen(window)
    texts += dashboards_and_presentation(qtbot, window, seen)
    return texts + open_dialogs(window, tmp_path)


def english_on_screen(texts: list[str], code: str) -> list[str]:
    exact, patterns = english_sources(code)
    found: dict[str, None] = {}
    for text in texts:
        for line in {text, *text.splitlines()}:
            line = line.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
            if line in exact:
                found[f"{line!r} = {exact[line]}"] = None
                continue
            for pattern, named in patterns:
                if pattern.match(line):
                    found[f"{line!r} = {named}"] = None
                    break
            for name, form in ENGLISH_FORMS.items():
                if form.search(line):
                    found[f"{name}: {line!r}"] = None
    return list(found)


@pytest.fixture(params=["pl_PL", "hu_HU", "ru_RU"])
def speaking(request):
    language.speak(QLocale(request.param))
    yield request.param
    language.speak(language.chosen_locale(""))


@pytest.mark.once
@pytest.mark.no_qt_log  # the failure lists the English texts, not Qt's messages
def test_no_english_text_date_or_number_on_any_screen(qtbot, speaking, demo_copy, tmp_path):
    window = MainWindow()  # made after the language is chosen, as at start-up
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        texts = every_screen(qtbot, window, demo_copy, tmp_path)
    finally:
        window.controller.close()
    assert len(texts) > 300  # the walk reached the screens
    code = speaking.split("_")[0]
    problems = english_on_screen(without(texts, written_by_users(demo_copy)), code)
    if problems:
        more = f"\n  … and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
        listed = "\n  ".join(problems[:SHOWN])
        pytest.fail(f"{len(problems)} English texts under {speaking}:\n  {listed}{more}", False)


def test_the_check_names_english_dates_and_numbers_but_not_iso_or_local_ones():
    texts = ["Due Nov 25, 2026", "25 Nov 2026", "2026-11-25", "6 lis 2026", "40,000 €"]
    texts += ["p 1,000", "3.5 h", "3,5 h", "40 000 €"]
    assert english_on_screen(texts, "pl") == [
        "an English date: 'Due Nov 25, 2026'",
        "an English date: '25 Nov 2026'",
        "English digit grouping: '40,000 €'",
        "a decimal point: '3.5 h'",
    ]
