"""The demo in Polish, Hungarian and Russian: every text in the language, the money in its
currency, and the same numbers underneath as the English demo."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import string
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from okrdesk.store.demo import content as demo_content
from okrdesk.store.demo.builder import build_demo
from okrdesk.store.demo.content import (
    LANGUAGES,
    content,
    demo_language,
    english_texts,
    language_texts,
)
from tests.helpers import DEMO_DAY

OTHERS = ("pl", "hu", "ru")
DAYS = (DEMO_DAY, dt.date(2026, 10, 1))

# The demo's own texts, by table: what is written in the demo's language.
TEXT_COLUMNS = {
    "workspace_settings": ("name", "currency"),
    "teams": ("name",),
    "people": ("name", "email"),
    "cycles": ("what_helped", "root_causes", "lessons"),
    "objectives": ("title", "description", "retrospective"),
    "key_results": ("title", "grade_note", "unit_label"),
    "checkins": ("comment", "blockers"),
    "initiatives": ("title",),
    "kpis": ("name",),
    "funnels": ("name",),
    "funnel_stages": ("name",),
    "funnel_counts": ("segment",),
    "funnel_spend": ("segment",),
    "experiments": ("title", "hypothesis", "variable", "learnings"),
    "experiment_tasks": ("title",),
    "experiment_arms": ("name",),
    "weekly_reviews": ("brief", "decisions", "notes"),
    "import_batches": ("file_name", "sha256"),
}
# Written the same in the language as in English: abbreviations, brands and loanwords.
SAME_AS_ENGLISH = {
    "pl": {"Marketing", "Lead", "MQL", "SQL", "h"},
    "hu": {"Marketing", "Lead", "MQL", "SQL"},
    "ru": {"MQL", "SQL"},
}
# Words that only English writes: none of them may be left in another language's texts.
ENGLISH_WORDS = re.compile(r"\b(the|and|with|from|for|our|we|week|deals?|leads|customers?)\b")


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as column → value, in id order."""
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1")]
            for table in tables
        }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, dt.date], Path]:
    """built(language, day) -> the demo of that language and day, built once per module."""
    paths: dict[tuple[str, dt.date], Path] = {}

    def build(language: str, day: dt.date = DEMO_DAY) -> Path:
        if (language, day) not in paths:
            path = tmp_path_factory.mktemp("demo") / f"demo-{language}-{day}.okrdesk"
            build_demo(path, day, language=language)
            paths[language, day] = path
        return paths[language, day]

    return build


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("language", OTHERS)
def test_every_text_is_written_in_the_language(language: str) -> None:
    """The same keys as the English texts, the same number of comments for each key result
    (they feed the same random draws), the same placeholders, nothing left empty that English
    fills and no two comments of one key result alike."""
    english, texts = english_texts(), language_texts(language)
    assert set(texts) == set(english)
    for key, source in english.items():
        text = texts[key]
        assert type(text) is type(source), key
        sources, translations = (
            (source, text) if isinstance(source, tuple) else ((source,), (text,))
        )
        assert len(translations) == len(sources), key
        for s, t in zip(sources, translations, strict=True):
            assert fields(t) == fields(s), (key, t)
            assert bool(t) == bool(s), (key, t)
        assert len(set(translations)) == len(set(sources)), key


def test_a_missing_text_fails_instead_of_falling_back_to_english(monkeypatch) -> None:
    texts = dict(language_texts("pl"))
    del texts["kr.mrr"]
    monkeypatch.setattr("okrdesk.store.demo.lang_pl.TEXTS", texts)
    content.cache_clear()
    try:
        with pytest.raises(KeyError, match=r"kr\.mrr"):
            content("pl")
    finally:
        content.cache_clear()


def texts_of(path: Path) -> set[str]:
    """Every text the demo wrote in its language (the import's automatic check-in comment
    and the cycles' names are the app's, not the demo's)."""
    found: set[str] = set()
    for table, rows in dump(path).items():
        for row in rows:
            if table == "checkins" and row["automatic"]:
                continue
            found |= {row[column] for column in TEXT_COLUMNS.get(table, ()) if row[column]}
    return found


@pytest.mark.parametrize("language", OTHERS)
def test_no_english_text_is_left(built, language: str) -> None:
    english, translated = texts_of(built("en")), texts_of(built(language))
    assert english & translated <= SAME_AS_ENGLISH[language]
    assert [text for text in translated if ENGLISH_WORDS.search(text)] == []


@pytest.mark.parametrize(
    ("language", "currency", "workspace", "stages", "sources"),
    [
        (
            "pl",
            "PLN",
            "DataPuls — wersja demo",
            ["Wizyta", "Formularz", "Lead", "MQL", "SQL", "Transakcja"],
            {"Google Ads", "LinkedIn", "Ruch organiczny", "Newsletter", "Polecenia"},
        ),
        (
            "hu",
            "HUF",
            "Adatfény Kft. — bemutató",
            ["Látogatás", "Űrlap", "Lead", "MQL", "SQL", "Üzlet"],
            {"Google Ads", "LinkedIn", "Organikus", "Hírlevél", "Ajánlás"},
        ),
        (
            "ru",
            "RUB",
            "Северная аналитика — демо",
            ["Визит", "Заявка", "Лид", "MQL", "SQL", "Сделка"],
            {"Яндекс Директ", "VK Реклама", "Органика", "Рассылка", "Рекомендации"},
        ),
    ],
)
def test_the_workspace_speaks_the_language(
    built, language: str, currency: str, workspace: str, stages: list[str], sources: set[str]
) -> None:
    tables = dump(built(language))
    assert tables["workspace_settings"][0]["name"] == workspace
    assert tables["workspace_settings"][0]["currency"] == currency
    assert [row["name"] for row in tables["funnel_stages"]] == stages
    assert {row["segment"] for row in tables["funnel_counts"]} == sources


@pytest.mark.parametrize("language", OTHERS)
def test_money_in_texts_is_written_in_the_currency(built, language: str) -> None:
    tables = dump(built(language))
    symbol = {"pl": " zł", "hu": " Ft", "ru": " ₽"}[language]
    comments = " ".join(row["comment"] for row in tables["checkins"])
    briefs = " ".join(row["brief"] for row in tables["weekly_reviews"])
    assert "€" not in comments + briefs
    assert symbol in comments and symbol in briefs
    rates = re.findall(r"\d+[.,]\d ?%", briefs)
    assert rates and all("," in rate for rate in rates)  # a decimal comma, not a point


def scaled_columns(table: str, row: dict[str, Any], units: dict[tuple[str, int], str]) -> set[str]:
    """The columns of `row` that hold an amount of money."""
    if table == "key_results":
        return {"budget", "cost"} | (
            {"start_value", "target_value"} if row["unit"] == "currency" else set()
        )
    if table == "checkins":
        return {"value"} if units["kr", row["key_result_id"]] == "currency" else set()
    if table == "kpis":
        return {"green_threshold", "red_threshold"} if row["unit"] == "currency" else set()
    if table == "kpi_values":
        return {"value"} if units["kpi", row["kpi_id"]] == "currency" else set()
    return {
        "funnel_spend": {"spend", "revenue"},
        "experiment_arms": {"avg_deal_value"},
    }.get(table, set())


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("language", OTHERS)
def test_every_number_is_the_english_one_and_money_is_scaled(
    built, language: str, day: dt.date
) -> None:
    """Counts of every table, funnel counts, check-in values, confidences, dates, ids: all
    equal; amounts of money are the English ones times the currency's factor, exactly."""
    english, translated = dump(built("en", day)), dump(built(language, day))
    factor = LANGUAGES[language][1]
    units = {("kr", row["id"]): row["unit"] for row in english["key_results"]}
    units |= {("kpi", row["id"]): row["unit"] for row in english["kpis"]}
    assert english.keys() == translated.keys()
    scaled = 0
    for table, rows in english.items():
        assert len(translated[table]) == len(rows), table
        for source, row in zip(rows, translated[table], strict=True):
            money = scaled_columns(table, source, units)
            for column, value in source.items():
                if column in TEXT_COLUMNS.get(table, ()):
                    assert bool(row[column]) == bool(value), (table, column)
                elif column in money and value is not None:
                    assert row[column] == pytest.approx(value * factor, rel=1e-12, abs=1e-9)
                    scaled += value != 0
                else:
                    assert row[column] == value, (table, column, source["id"])
    assert scaled > 200  # check-ins, KPI values, spend and revenue, arms, budgets


@pytest.mark.parametrize("language", OTHERS)
def test_same_day_and_language_give_identical_content(tmp_path: Path, language: str) -> None:
    first, second = tmp_path / "first.okrdesk", tmp_path / "second.okrdesk"
    build_demo(first, DEMO_DAY, language=language)
    build_demo(second, DEMO_DAY, language=language)
    assert dump(first) == dump(second)


def test_the_money_factor_is_round_and_the_currency_known() -> None:
    from okrdesk.domain.currency import CURRENCY_SYMBOLS

    assert {code: LANGUAGES[code][:2] for code in LANGUAGES} == {
        "en": ("EUR", 1),
        "pl": ("PLN", 4),
        "hu": ("HUF", 400),
        "ru": ("RUB", 100),
    }
    for language in LANGUAGES:
        assert content(language).currency in CURRENCY_SYMBOLS
    assert content("hu").numbers.money_text(186_000) == "74 400 000 Ft"
    assert content("pl").numbers.money_text(420) == "1 680 zł"
    assert content("ru").numbers.money_text(95) == "9 500 ₽"
    assert content("en").numbers.money_text(186_000) == "186 000 €"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("pl", "pl"),
        ("pl_PL", "pl"),
        ("hu-HU", "hu"),
        ("ru_RU.UTF-8", "ru"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("C", None),
        ("", None),
        (None, None),
    ],
)
def test_demo_language_reads_locale_names(name: str | None, language: str | None) -> None:
    assert demo_language(name) == language


def test_the_english_demo_is_the_default() -> None:
    assert demo_content.DEFAULT_LANGUAGE == "en"
    assert content().workspace_name == "Northwind Analytics — demo"
    assert content().currency == "EUR"


def test_russian_texts_use_latin_letters_only_for_abbreviations(built) -> None:
    """Every Latin word of the Russian demo (but e-mails and the import's file name) is an
    abbreviation or a brand written in Latin letters in Russian too."""
    abbreviations = {"B2B", "CAC", "CPL", "CTR", "KR", "MQL", "MRR", "NPS", "ROI", "SDR", "SMS"}
    words = set()
    for text in texts_of(built("ru")):
        if "@" not in text and not text.endswith(".csv"):
            words |= set(re.findall(r"\b[A-Za-z][A-Za-z0-9]*\b", text))
    assert words - {"SQL", "VK", "EXP", "RUB", "p"} <= abbreviations
