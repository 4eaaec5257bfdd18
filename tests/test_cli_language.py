"""The command line speaks --locale's language, else the system's (LC_ALL, LC_MESSAGES, LANG),
through real .qm files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from okrdesk.cli import main
from okrdesk.reports import language
from tests import cli_fixtures
from tests.qm_files import build_qm

WEEK = ("ReviewBrief", "Week of {day}.")
demo_day = cli_fixtures.demo_day  # the report's week is the demo's, whatever the date today


@pytest.fixture
def translations(tmp_path, monkeypatch):
    """okrdesk_pl.qm and okrdesk_ru.qm with one sentence of the review each."""
    folder = tmp_path / "translations"
    build_qm(folder, "okrdesk_pl", "pl_PL", {WEEK: "Tydzień od {day}."})
    build_qm(folder, "okrdesk_ru", "ru_RU", {WEEK: "Неделя с {day}."})
    monkeypatch.setattr(language, "translations_dir", lambda: str(folder))
    for variable in language.LANGUAGE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    yield folder
    monkeypatch.undo()
    language.speak(language.chosen_locale(None))


def report(demo_file, tmp_path, *options: str) -> str:
    out = tmp_path / "review.md"
    assert main(["report", str(demo_file), "--out", str(out), *options]) == 0
    return out.read_text(encoding="utf-8")


def test_report_locale_speaks_polish(translations, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")  # --locale wins over the system
    text = report(demo_file, tmp_path, "--locale", "pl_PL")
    assert "Tydzień od 16 lis 2026." in text
    assert "Week of" not in text
    assert "okrdesk_pl" in language.spoken()


def test_without_locale_the_report_follows_lang(translations, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    text = report(demo_file, tmp_path)
    assert "Неделя с 16 нояб. 2026\u202fг." in text
    assert QLocale().name() == "ru_RU"


def test_lc_all_comes_before_lang(translations, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    assert main(["check", str(demo_file)]) == 0
    assert QLocale().name() == "pl_PL"
    assert "okrdesk_pl" in language.spoken()


def test_a_language_okrdesk_does_not_speak_is_english(translations, demo_file, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["check", str(demo_file)]) == 0
    assert QLocale().language() == QLocale.Language.English
    assert language.spoken() == ["okrdesk_en"] or "okrdesk_pl" not in language.spoken()


def test_screenshot_lang_renders_in_that_language(translations, demo_file, tmp_path):
    assert main(["screenshot", str(demo_file), str(tmp_path / "shots"), "--lang", "pl_PL"]) == 0
    assert QLocale().name() == "pl_PL"
    assert "okrdesk_pl" in language.spoken()
    assert (tmp_path / "shots" / "okrs.png").is_file()


def test_a_window_command_refuses_an_address_in_the_language_the_window_would_speak(
    monkeypatch, capsys
):
    from okrdesk.ui import settings

    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    settings.UI_LANGUAGE.set("hu")  # the Language setting comes before the system's
    try:
        assert main(["open", "postgresql://anna@db.example/"]) == 2
    finally:
        settings.UI_LANGUAGE.set("")
    err = capsys.readouterr().err
    assert err == (
        "okrdesk: postgresql://anna@db.example/: nem nevez meg adatbázist: írja így: "
        "postgresql://felhasználó@gép[:port]/adatbázis\n"
    )
