"""The demo's content in one language: data.py's structure with that language's texts and money.

English texts live in data.py; each other language has a module (lang_pl, lang_hu, lang_ru)
with a `TEXTS` dict under the same keys as `english_texts()`. A missing key raises KeyError
when the demo is built (and fails tests/store/test_demo_languages.py), never an English
fallback.

Money rule: every number of the demo is the same in every language (same seeds, same counts,
rates, confidences and dates); only amounts of money are multiplied by the language's round
factor — EUR ×1 (English), PLN ×4 (Polish), HUF ×400 (Hungarian), RUB ×100 (Russian) — so a
Polish MRR of 186 000 € reads 744 000 zł. Amounts are computed in euros and scaled when they
are written (key result values of unit "currency", budgets and costs, KPI values, funnel spend
and revenue, deal values of experiment arms, and money quoted in texts).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from okrdesk.store.demo import data
from okrdesk.store.demo.facts import FUNNEL_MOVES, Numbers

# language -> (ISO 4217 currency, money factor against the euro, decimal separator, "%" style)
LANGUAGES: dict[str, tuple[str, int, str, str]] = {
    "en": ("EUR", 1, ".", "{number} %"),
    "pl": ("PLN", 4, ",", "{number}%"),
    "hu": ("HUF", 400, ",", "{number}%"),
    "ru": ("RUB", 100, ",", "{number}%"),
}
DEFAULT_LANGUAGE = "en"

Texts = Mapping[str, Any]  # str, or a tuple of str


def demo_language(name: str | None) -> str | None:
    """ "pl", "pl_PL", "pl-PL", "pl_PL.UTF-8" → "pl"; None for a language the demo lacks."""
    code = (name or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def english_texts() -> dict[str, Any]:
    """Every text of the demo by key, in English, as data.py writes it."""
    texts: dict[str, Any] = {"workspace": data.WORKSPACE_NAME}
    texts |= {f"team.{team}": team for team in data.TEAMS}
    texts |= {f"person.{key}": (name, email) for key, (name, email, _) in data.PEOPLE.items()}
    for o in data.CURRENT_OBJECTIVES + data.PREVIOUS_OBJECTIVES:
        texts[f"objective.{o.key}"] = (o.title, o.description, o.retrospective)
        for k in o.key_results:
            texts[f"kr.{k.key}"] = (k.title, k.grade_note, k.unit_label)
    texts["retro"] = tuple(data.PREVIOUS_RETRO.values())
    texts |= {f"comments.{key}": story for key, story in data.COMMENTS.items()}
    texts |= {f"done.{key}": story for key, story in data.COMMENTS_DONE.items()}
    texts |= {f"blockers.{key}": story for key, story in data.BLOCKERS.items()}
    texts["initiatives"] = tuple(title for _, title, *_ in data.INITIATIVES)
    texts["kpis"] = tuple(name for name, *_ in data.KPIS)
    texts["funnel"] = data.FUNNEL_NAME
    texts["stages"] = data.STAGES
    texts |= {f"source.{source.name}": source.name for source in data.SOURCES}
    texts["import_file"] = data.IMPORT_FILE
    texts["months"] = data.MONTHS
    texts["week"] = data.WEEK_LABEL
    texts["funnel_moves"] = FUNNEL_MOVES
    texts["tasks"] = tuple(title for _, title in data.TASKS)
    texts["arms"] = data.ARM_NAMES
    for i, e in enumerate(data.EXPERIMENTS):
        texts[f"experiment.{i}"] = (e.title, e.hypothesis, e.variable, e.learnings)
    for i, review in enumerate(data.REVIEWS):
        texts[f"review.{i}"] = (review["brief"], review["decisions"], review["notes"])
    return texts


def language_texts(language: str) -> Texts:
    """The texts of `language`: data.py's for English, lang_<language>.TEXTS otherwise."""
    if language == DEFAULT_LANGUAGE:
        return english_texts()
    if language not in LANGUAGES:
        raise ValueError(f"the demo has no {language!r} version")
    return importlib.import_module(f"okrdesk.store.demo.lang_{language}").TEXTS


@dataclass(frozen=True)
class Content:
    """What the builder writes in one language. Keys (people, teams, key results, sources)
    stay data.py's, so every random stream is seeded the same in every language."""

    language: str
    currency: str
    numbers: Numbers
    workspace_name: str
    teams: dict[str, str]  # data.TEAMS name -> shown name
    people: dict[str, tuple[str, str, str]]  # key -> (name, e-mail, data.TEAMS name)
    current: tuple[data.ObjectiveSpec, ...]
    previous: tuple[data.ObjectiveSpec, ...]
    retro: dict[str, str]
    comments: dict[str, tuple[str, ...]]
    comments_done: dict[str, tuple[str, ...]]
    blockers: dict[str, tuple[str, ...]]
    initiatives: tuple[tuple[str, str, str, int, bool], ...]
    kpis: tuple[tuple[Any, ...], ...]
    funnel_name: str
    stages: tuple[str, ...]  # in data.STAGES order
    sources: dict[str, str]  # source key -> segment name
    import_file: str
    months: tuple[str, ...]
    week_label: str
    funnel_moves: tuple[str, str, str, str]
    tasks: tuple[tuple[int, str], ...]
    arm_names: tuple[str, str]  # control, variant
    experiments: tuple[data.ExperimentSpec, ...]
    reviews: tuple[dict[str, Any], ...]

    def money(self, euros: float | None) -> float | None:
        """An amount of the demo's data (in euros) in this language's currency."""
        return self.numbers.money(euros)


def _objectives(
    specs: tuple[data.ObjectiveSpec, ...], texts: Texts
) -> tuple[data.ObjectiveSpec, ...]:
    result = []
    for o in specs:
        title, description, retrospective = texts[f"objective.{o.key}"]
        krs = []
        for k in o.key_results:
            kr_title, grade_note, unit_label = texts[f"kr.{k.key}"]
            krs.append(k._replace(title=kr_title, grade_note=grade_note, unit_label=unit_label))
        result.append(
            o._replace(
                title=title,
                description=description,
                retrospective=retrospective,
                key_results=tuple(krs),
            )
        )
    return tuple(result)


@cache
def content(language: str = DEFAULT_LANGUAGE) -> Content:
    """The demo's content in `language` (one of LANGUAGES)."""
    texts = language_texts(language)
    currency, factor, decimal, percent = LANGUAGES[language]
    people = {key: (*texts[f"person.{key}"], team) for key, (_, _, team) in data.PEOPLE.items()}
    initiatives = tuple(
        (kr, title, owner, due, slips)
        for (kr, _, owner, due, slips), title in zip(
            data.INITIATIVES, texts["initiatives"], strict=True
        )
    )
    fields = ("title", "hypothesis", "variable", "learnings")
    experiments = tuple(
        e._replace(**dict(zip(fields, texts[f"experiment.{i}"], strict=True)))
        for i, e in enumerate(data.EXPERIMENTS)
    )
    reviews = tuple(
        review | dict(zip(("brief", "decisions", "notes"), texts[f"review.{i}"], strict=True))
        for i, review in enumerate(data.REVIEWS)
    )
    return Content(
        language=language,
        currency=currency,
        numbers=Numbers(decimal, percent, currency, factor),
        workspace_name=texts["workspace"],
        teams={team: texts[f"team.{team}"] for team in data.TEAMS},
        people=people,
        current=_objectives(data.CURRENT_OBJECTIVES, texts),
        previous=_objectives(data.PREVIOUS_OBJECTIVES, texts),
        retro=dict(zip(data.PREVIOUS_RETRO, texts["retro"], strict=True)),
        comments={key: texts[f"comments.{key}"] for key in data.COMMENTS},
        comments_done={key: texts[f"done.{key}"] for key in data.COMMENTS_DONE},
        blockers={key: texts[f"blockers.{key}"] for key in data.BLOCKERS},
        initiatives=initiatives,
        kpis=tuple(
            (name, *rest) for (_, *rest), name in zip(data.KPIS, texts["kpis"], strict=True)
        ),
        funnel_name=texts["funnel"],
        stages=tuple(texts["stages"]),
        sources={source.name: texts[f"source.{source.name}"] for source in data.SOURCES},
        import_file=texts["import_file"],
        months=tuple(texts["months"]),
        week_label=texts["week"],
        funnel_moves=texts["funnel_moves"],
        tasks=tuple(
            (day, title) for (day, _), title in zip(data.TASKS, texts["tasks"], strict=True)
        ),
        arm_names=texts["arms"],
        experiments=experiments,
        reviews=reviews,
    )
