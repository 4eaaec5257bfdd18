"""Which column holds what: header names guessed in English, Polish, Hungarian and Russian.

Names are compared case- and accent-insensitively ("Tydzień" = "tydzien", "Forrás" =
"forras"), after punctuation is turned into spaces ("utm_source" = "utm source"). Stage names
of a file are matched to a funnel's stages the same way, with the names users write for the
default stages in each language (stage_names: Wizyta, Látogatás, Визит, Transakcje, Won …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from okrdesk.store.funnel.importing.stage_names import STAGES, names_of

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
SKIP = ""  # a stage_map target: the rows of that stage name are not imported

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


_NAMES_OF = {stage: {normalise(name) for name in names_of(stage)} for stage in STAGES}


def _kin(stage: str) -> str | None:
    """The default stage a funnel's stage is, by its name: "Deal", "Umowa", "Won" → "Deal"."""
    key = normalise(stage)
    for default in STAGES:
        if key == normalise(default) or key in _NAMES_OF[default]:
            return default
    return None


def stage_matcher(stages: Sequence[str]) -> dict[str, str]:
    """Normalised name → funnel stage, for every name a file may call the stages by.

    A stage named as a default stage is, or as one of its names in any language, is also
    found by all of that stage's names.
    """
    matcher: dict[str, str] = {}
    for stage in stages:
        kin = _kin(stage)
        for name in _NAMES_OF.get(kin or "", ()):
            matcher.setdefault(name, stage)
        if kin is not None:
            matcher.setdefault(normalise(kin), stage)
    for stage in stages:
        matcher[normalise(stage)] = stage  # a stage's own name wins over any synonym
    return matcher


def stage_in(name: str, stages: Sequence[str]) -> str | None:
    """The funnel stage `name` names, case and accents ignored ("deal" → "Deal"), or None."""
    key = normalise(name)
    return next((stage for stage in stages if normalise(stage) == key), None)


def match_stages(
    names: Iterable[str], stages: Sequence[str], stage_map: Mapping[str, str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """(file name → funnel stage, the names that match no stage) for the names of a file.

    `stage_map` (file name → funnel stage, both compared case-insensitively) wins over the
    names the stages are known by; a name it maps to SKIP is matched to SKIP.
    """
    matcher = stage_matcher(stages)
    explicit: dict[str, str] = {}
    for name, target in (stage_map or {}).items():
        stage = SKIP if target == SKIP else stage_in(target, stages)
        if stage is not None:
            explicit[normalise(name)] = stage
    matched: dict[str, str] = {}
    unknown: list[str] = []
    for name in names:
        key = normalise(str(name))
        stage = explicit.get(key, matcher.get(key))
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
