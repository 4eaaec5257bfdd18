"""Which column holds what: header names guessed in English, Polish, Hungarian and Russian.

Names are compared case- and accent-insensitively ("Tydzień" = "tydzien", "Forrás" =
"forras"), after punctuation is turned into spaces ("utm_source" = "utm source"). Stage names
of a file are matched to a funnel's stages the same way, with the usual local names of the
default stages (Wizyta, Látogatás, Визит …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

FIELDS = (
    "week",
    "stage",
    "count",
    "source",
    "variant",
    "spend",
    "revenue",
    "lead_id",
    "timestamp",
)
STAGE_PREFIX = "stage:"

# The header names each field is recognised by, in lower case without accents.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "week": (
        "week", "week start", "week starting", "week of", "wk", "iso week",
        "tydzien", "tydzien od", "poczatek tygodnia", "tyg",
        "het", "het kezdete", "hetkezdet",
        "неделя", "нед", "начало недели", "неделя с",
    ),
    "stage": (
        "stage", "step", "funnel stage", "status", "phase", "deal stage", "lifecycle stage",
        "etap", "krok", "faza", "status leada", "etap lejka",
        "szakasz", "lepes", "fazis", "statusz", "allapot",
        "этап", "стадия", "шаг", "статус", "этап воронки",
    ),
    "count": (
        "count", "number", "quantity", "qty", "total", "volume", "leads count",
        "liczba", "ilosc", "suma", "wartosc",
        "darab", "db", "szam", "darabszam", "mennyiseg",
        "количество", "кол во", "число", "итого",
    ),
    "source": (
        "source", "utm source", "channel", "segment", "medium", "lead source",
        "zrodlo", "kanal", "zrodlo leada",
        "forras", "csatorna", "szegmens",
        "источник", "канал", "сегмент", "utm метка",
    ),
    "variant": (
        "variant", "arm", "group", "test group", "ab variant", "experiment arm",
        "wariant", "grupa", "wersja",
        "valtozat", "csoport", "verzio",
        "вариант", "группа", "версия",
    ),
    "spend": (
        "spend", "cost", "costs", "ad spend", "budget spent",
        "koszt", "koszty", "wydatki", "wydatek",
        "koltseg", "koltsegek", "raforditas",
        "расходы", "затраты", "расход", "стоимость",
    ),
    "revenue": (
        "revenue", "income", "deal value", "amount",
        "przychod", "przychody", "wartosc transakcji",
        "bevetel", "arbevetel",
        "выручка", "доход", "сумма сделки",
    ),
    "lead_id": (
        "lead id", "lead", "leadid", "id", "contact id", "deal id", "client id", "customer id",
        "id leada", "id kontaktu", "identyfikator", "nr leada",
        "lead azonosito", "azonosito", "ugyfel azonosito",
        "id лида", "лид", "ид", "id клиента", "идентификатор",
    ),
    "timestamp": (
        "timestamp", "time", "date", "datetime", "date time", "created at", "event time",
        "data", "czas", "data i czas", "data zdarzenia", "data utworzenia",
        "datum", "idopont", "ido", "letrehozva",
        "дата", "время", "дата и время", "дата создания",
    ),
}  # fmt: skip

# The usual local names of the default stages.
STAGE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Visit": ("visit", "visits", "sessions", "wizyta", "wizyty", "odwiedziny", "latogatas",
              "latogatasok", "визит", "визиты", "посещения", "посещение"),
    "Form submitted": ("form", "forms", "form submission", "form submissions", "formularz",
                       "formularze", "wyslany formularz", "urlap", "urlapok", "kitoltott urlap",
                       "форма", "заявка", "заявки", "отправка формы"),
    "Lead": ("lead", "leads", "lead y", "leady", "лид", "лиды"),
    "MQL": ("mql", "marketing qualified lead"),
    "SQL": ("sql", "sales qualified lead"),
    "Deal": ("deal", "deals", "won", "closed won", "umowa", "umowy", "transakcja", "sprzedaz",
             "uzlet", "uzletkotes", "szerzodes", "сделка", "сделки", "продажа"),
}  # fmt: skip


def normalise(name: str) -> str:
    """Lower case, no accents, punctuation as single spaces: "Źródło_UTM" → "zrodlo utm"."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ł", "l"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", text)).strip()


_FIELD_OF = {normalise(name): field for field, names in SYNONYMS.items() for name in names}


def field_of(header: str) -> str | None:
    """The field a header names, or None."""
    key = normalise(header)
    if key in _FIELD_OF:
        return _FIELD_OF[key]
    words = key.split()
    # "Liczba leadów", "Week (Monday)", "Koszt PLN": a field's name as the first words.
    for size in range(len(words) - 1, 0, -1):
        found = _FIELD_OF.get(" ".join(words[:size]))
        if found is not None:
            return found
    return None


def stage_matcher(stages: Sequence[str]) -> dict[str, str]:
    """Normalised name → funnel stage, for every name a file may call the stages by."""
    matcher: dict[str, str] = {}
    for stage in stages:
        for synonym in STAGE_SYNONYMS.get(stage, ()):
            matcher.setdefault(normalise(synonym), stage)
    for stage in stages:
        matcher[normalise(stage)] = stage  # a stage's own name wins over any synonym
    return matcher


def match_stages(
    names: Iterable[str], stages: Sequence[str], stage_map: Mapping[str, str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """(file name → funnel stage, the names that match no stage) for the names of a file."""
    matcher = stage_matcher(stages)
    explicit = {normalise(k): v for k, v in (stage_map or {}).items() if v in stages}
    matched: dict[str, str] = {}
    unknown: list[str] = []
    for name in names:
        key = normalise(str(name))
        stage = explicit.get(key) or matcher.get(key)
        if stage is None:
            unknown.append(str(name))
        else:
            matched[str(name)] = stage
    return matched, unknown


def guess_mapping(columns: Sequence[str], stages: Sequence[str]) -> dict[str, str]:
    """File column → field for every column recognised; each field taken once, first wins.

    A column named like a funnel stage maps to "stage:<stage>" (the wide counts shape).
    """
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    matcher = stage_matcher(stages)
    # With a stage column the file is long; without one, columns named like stages are wide.
    long = any(field_of(column) == "stage" for column in columns)
    for column in columns:
        field = field_of(column)
        wide_stage = not long and normalise(column) in matcher
        if field is not None and field not in taken and not wide_stage:
            mapping[column] = field
            taken.add(field)
    for column in columns:
        stage = None if long else matcher.get(normalise(column))
        if column not in mapping and stage is not None and f"{STAGE_PREFIX}{stage}" not in taken:
            mapping[column] = f"{STAGE_PREFIX}{stage}"
            taken.add(mapping[column])
    # In a counts file "Data" / "Date" is the week; in an events file it is the timestamp.
    if "week" not in taken and "timestamp" in taken and "lead_id" not in taken:
        for column, field in mapping.items():
            if field == "timestamp":
                mapping[column] = "week"
    return mapping


def guess_shape(mapping: Mapping[str, str]) -> str | None:
    """ "events", "counts" or None, from the fields a mapping gives."""
    fields = set(mapping.values())
    if {"lead_id", "timestamp", "stage"} <= fields:
        return "events"
    wide = any(f.startswith(STAGE_PREFIX) for f in fields)
    if "week" in fields and ({"stage", "count"} <= fields or wide):
        return "counts"
    return None
