"""`okrdesk demo --lang` and the environment choose the demo's language and currency."""

from __future__ import annotations

from okrdesk.cli import main
from tests.helpers import rows


def settings(path) -> tuple[str, str]:
    ((name, currency),) = rows(path, "SELECT name, currency FROM workspace_settings")
    return name, currency


def stage_names(path) -> list[str]:
    return [name for (name,) in rows(path, "SELECT name FROM funnel_stages ORDER BY position")]


def test_demo_lang_hu_builds_a_hungarian_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")  # --lang wins over the environment
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo), "--lang", "hu"]) == 0
    assert settings(demo) == ("Adatfény Kft. — bemutató", "HUF")
    assert stage_names(demo)[0] == "Látogatás"


def test_demo_lang_takes_a_locale_name(tmp_path):
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo), "--lang", "pl_PL"]) == 0
    assert settings(demo) == ("DataPuls — wersja demo", "PLN")


def test_demo_follows_the_environment_language(tmp_path, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "ru_RU.UTF-8")
    monkeypatch.setenv("LANG", "hu_HU.UTF-8")
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo)]) == 0
    assert settings(demo) == ("Северная аналитика — демо", "RUB")


def test_demo_is_english_for_another_language(tmp_path, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo)]) == 0
    assert settings(demo) == ("Northwind Analytics — demo", "EUR")


def test_demo_refuses_a_language_it_is_not_written_in(tmp_path, capsys):
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo), "--lang", "de"]) == 2
    assert capsys.readouterr().err == "okrdesk: de: the demo is written in en, pl, hu, ru\n"
    assert not demo.exists()
