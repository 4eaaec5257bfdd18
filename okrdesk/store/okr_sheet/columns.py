"""The columns of an OKR sheet, their headers in four languages, and the words for kinds and
units a file may use.

Headers and values are compared as the funnel importer compares them (headers.normalise):
case, accents and punctuation ignored, so "Wartość początkowa" = "wartosc poczatkowa".
"""

from __future__ import annotations

from collections.abc import Sequence

from okrdesk.domain.okr import KrKind
from okrdesk.store.funnel.importing.headers import normalise

# The fields in file order; the last three are written by export and ignored by import.
FIELDS = (
    "objective",
    "team",
    "key_result",
    "owner",
    "kind",
    "unit",
    "unit_label",
    "decimals",
    "start",
    "target",
    "current",
    "weight",
    "budget",
    "progress",
    "status",
    "score",
)
COMPUTED = ("progress", "status", "score")
REQUIRED = ("objective", "key_result", "kind", "start", "target")
LANGUAGES = ("en", "pl", "hu", "ru")

# The header written for each field, per language (export writes English; templates all four).
HEADERS: dict[str, dict[str, str]] = {
    "en": {
        "objective": "Objective", "team": "Team", "key_result": "Key result",
        "owner": "Owner", "kind": "Kind", "unit": "Unit", "unit_label": "Unit label",
        "decimals": "Decimals", "start": "Start", "target": "Target", "current": "Current",
        "weight": "Weight", "budget": "Budget", "progress": "Progress", "status": "Status",
        "score": "Score",
    },
    "pl": {
        "objective": "Cel", "team": "Zespół", "key_result": "Kluczowy wynik",
        "owner": "Właściciel", "kind": "Rodzaj", "unit": "Jednostka",
        "unit_label": "Etykieta jednostki", "decimals": "Miejsca po przecinku",
        "start": "Wartość początkowa", "target": "Wartość docelowa",
        "current": "Wartość bieżąca", "weight": "Waga", "budget": "Budżet",
        "progress": "Postęp", "status": "Status", "score": "Ocena",
    },
    "hu": {
        "objective": "Célkitűzés", "team": "Csapat", "key_result": "Kulcseredmény",
        "owner": "Felelős", "kind": "Típus", "unit": "Mértékegység",
        "unit_label": "Egység felirata", "decimals": "Tizedesjegyek",
        "start": "Kiinduló érték", "target": "Célérték", "current": "Aktuális érték",
        "weight": "Súly", "budget": "Költségkeret", "progress": "Haladás",
        "status": "Állapot", "score": "Pontszám",
    },
    "ru": {
        "objective": "Цель", "team": "Команда", "key_result": "Ключевой результат",
        "owner": "Ответственный", "kind": "Тип", "unit": "Единица",
        "unit_label": "Обозначение единицы", "decimals": "Знаков после запятой",
        "start": "Начальное значение", "target": "Целевое значение",
        "current": "Текущее значение", "weight": "Вес", "budget": "Бюджет",
        "progress": "Прогресс", "status": "Статус", "score": "Оценка",
    },
}  # fmt: skip

# Other names users give these columns, besides the headers above.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "objective": (
        "objective title", "goal", "o",
        "cel kwartalny", "tytul celu", "cel okr",
        "cel", "celkituzes cime", "cel megnevezese",
        "цель okr", "название цели", "задача",
    ),
    "team": ("department", "dzial", "zespol", "reszleg", "osztaly", "отдел", "команда"),
    "key_result": (
        "kr", "key result title", "key results", "result",
        "kluczowe wyniki", "wynik kluczowy", "kr tytul",
        "kulcseredmenyek", "kulcs eredmeny",
        "ключевые результаты", "kr название", "результат",
    ),
    "owner": (
        "kr owner", "responsible", "assignee", "person",
        "odpowiedzialny", "osoba odpowiedzialna", "wlasciciel kr",
        "felelos szemely", "tulajdonos", "gazda",
        "владелец", "исполнитель", "ответственный за kr",
    ),
    "kind": ("type", "kr type", "kr kind", "typ", "rodzaj kr", "tipus", "fajta", "вид", "тип kr"),
    "unit": ("units", "jm", "jednostka miary", "egyseg", "mertek", "единица измерения", "ед изм"),
    "unit_label": ("label", "unit name", "etykieta", "felirat", "обозначение"),
    "decimals": (
        "decimal places", "precision", "miejsca dziesietne", "tizedes", "точность", "знаков",
    ),
    "start": (
        "start value", "baseline", "from", "initial",
        "start", "wartosc startowa", "punkt wyjscia", "od",
        "kiindulo", "kezdo ertek", "bazis",
        "начало", "исходное значение", "база", "с",
    ),
    "target": (
        "target value", "goal value", "to",
        "cel liczbowy", "docelowo", "do",
        "cel ertek", "celertek", "elvart ertek",
        "цель значение", "целевой показатель", "план", "до",
    ),
    "current": (
        "current value", "actual", "now", "latest",
        "aktualna wartosc", "obecnie", "wykonanie",
        "aktualis", "jelenlegi ertek", "tenyleges",
        "факт", "текущее", "фактическое значение",
    ),
    "weight": ("waga kr", "suly", "вес kr"),
    "budget": ("budzet", "koltsegvetes", "keret", "бюджет kr"),
    "progress": ("progress %", "postep %", "halado", "прогресс %"),
    "status": ("state", "stan", "statusz", "allapot", "состояние"),
    "score": ("grade", "wynik", "ertekeles", "pontszam", "балл"),
}  # fmt: skip

_FIELD_OF: dict[str, str] = {}
for _field, _names in SYNONYMS.items():
    for _name in _names:
        _FIELD_OF.setdefault(normalise(_name), _field)
for _language in LANGUAGES:  # a header of the templates wins over any synonym
    for _field, _name in HEADERS[_language].items():
        _FIELD_OF[normalise(_name)] = _field


def field_of(header: str) -> str | None:
    """The field a header names ("Wartość docelowa" → "target"), or None."""
    return _FIELD_OF.get(normalise(header))


def map_headers(headers: Sequence[str]) -> dict[int, str]:
    """Column position → field for every header recognised; each field taken once, first wins."""
    mapping: dict[int, str] = {}
    for position, header in enumerate(headers):
        field = field_of(str(header)) if header is not None else None
        if field is not None and field not in mapping.values():
            mapping[position] = field
    return mapping


# The words a file may use for a kind, besides its code ("stay_above" = "stay above").
KIND_WORDS: dict[str, tuple[str, ...]] = {
    KrKind.INCREASE.value: ("grow", "up", "wzrost", "zwiekszenie", "noveles", "novekedes",
                            "рост", "увеличение"),
    KrKind.DECREASE.value: ("reduce", "down", "spadek", "zmniejszenie", "csokkentes",
                            "csokkenes", "снижение", "уменьшение"),
    KrKind.STAY_ABOVE.value: ("at least", "keep above", "utrzymac powyzej", "co najmniej",
                              "felette tartani", "legalabb", "не ниже", "держать выше"),
    KrKind.STAY_BELOW.value: ("at most", "keep below", "utrzymac ponizej", "co najwyzej",
                              "alatta tartani", "legfeljebb", "не выше", "держать ниже"),
    KrKind.BINARY.value: ("yes no", "done", "tak nie", "zrobione", "igen nem", "kesz",
                          "да нет", "сделано"),
}  # fmt: skip
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("count", "liczba", "szam", "darab", "число", "количество"),
    "percent": ("%", "pct", "procent", "szazalek", "процент", "проценты"),
    "currency": ("money", "waluta", "kwota", "penznem", "osszeg", "валюта", "деньги", "сумма"),
}  # fmt: skip


def _words(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    words = {normalise(word) or word: code for code, names in table.items() for word in names}
    words |= {normalise(code): code for code in table}
    return words


_KIND_OF = _words(KIND_WORDS)
_UNIT_OF = _words(UNIT_WORDS)


def kind_of(text: str) -> str | None:
    """The kind code a cell names ("Stay above", "wzrost"), or None."""
    return _KIND_OF.get(normalise(text) or text.strip())


def unit_of(text: str) -> str | None:
    """The unit code a cell names ("Percent", "%", "waluta"), or None."""
    return _UNIT_OF.get(normalise(text) or text.strip())
