"""Workspace settings → Language: this computer's choice, spoken from the next start on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from okrdesk.reports import language
from okrdesk.ui import settings
from okrdesk.ui.app import create_app
from okrdesk.ui.common.formatting import format_number
from okrdesk.ui.main_window import MainWindow
from tests.helpers import ok_button


@pytest.fixture(autouse=True)
def system_language_after():
    yield
    settings.UI_LANGUAGE.set("")
    language.speak(language.chosen_locale(""))


def test_the_list_names_each_language_in_its_own_words(window, empty_file):
    window.files.open_path(empty_file)
    dialog = window.edit_workspace_settings()
    combo = dialog.language_combo
    names = [combo.itemText(row) for row in range(combo.count())]
    assert names[0].startswith("System default (")
    assert names[1:] == ["English", "Polski", "Magyar", "Русский"]
    assert combo.currentData() == ""
    dialog.reject()


def test_choosing_polski_speaks_polish_after_a_restart(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    dialog = window.edit_workspace_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Polski"))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert settings.UI_LANGUAGE.get() == "pl"
    assert QLocale().language() != QLocale.Language.Polish  # not before the restart

    create_app([])  # the next start: the language is chosen before any window is made
    again = MainWindow()
    qtbot.addWidget(again)
    assert QLocale().name() == "pl_PL"
    assert format_number(1234567.5, 1) == "1\u00a0234\u00a0567,5"
    assert {"qtbase_pl", "okrdesk_pl"} <= set(language.spoken())
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"


def test_the_system_default_follows_lang(monkeypatch):
    monkeypatch.setenv("LANG", "hu_HU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    create_app([])
    assert QLocale().name() == "hu_HU"
    assert "okrdesk_hu" in language.spoken()


def test_a_language_okrdesk_does_not_speak_gives_english(monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    create_app([])
    assert QLocale().language() == QLocale.Language.English
    assert "okrdesk_en" in language.spoken()
