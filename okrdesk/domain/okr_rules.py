"""What an objective or key result must satisfy before it is saved, and the soft limits.

Pure functions of the values typed into an editor. `validate_*` return errors: the editor
refuses to save while there are any, and the store raises ValueError with them. The
`*_warnings` functions return warnings: shown beside the item, never blocking.

Each Problem names the field (the dataclass attribute) it is about and a stable `code` the UI
translates; `message` is English for logs, tests and untranslated fallbacks.

Decisions:
- A binary KR must have start 0 and target 1 (code "binary_target"); nothing is silently
  normalised, so the editor sets those two values itself when the kind is binary.
- A percent value outside 0..100 is a warning ("percent_range"), not an error: retention of
  110 % or growth of 250 % are real key results.
- Budget and cost may be 0 (the schema allows it); only negatives are errors.
- The unit label is free text shown after values ("h", "days", "NPS"), at most 20 characters,
  empty for none; decimals are 0–4, or None for the unit's default (a whole number without
  decimals, any other number with one; amounts without).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from okrdesk.domain.okr import KrKind
from okrdesk.domain.text import Text, Words

LEVELS = ("company", "team", "individual")
UNITS = ("number", "percent", "currency")
TITLE_MAX_LENGTH = 300  # the column's length; PostgreSQL enforces it
UNIT_LABEL_MAX_LENGTH = 20
MAX_DECIMALS = 4

MAX_OBJECTIVES_PER_TEAM = 5
MIN_KEY_RESULTS = 2
MAX_KEY_RESULTS = 5


class OkrRules(Words):
    """Why an objective or key result cannot be saved as it is (editors, OKR sheets)."""


# The sentences name the limits above; a test keeps them in step.
NEGATIVE = {
    "budget": OkrRules.tr("The budget cannot be negative."),
    "cost": OkrRules.tr("The cost cannot be negative."),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with (or worth a warning about) a field's value."""

    field: str
    code: str
    message: str | Text  # a Text where the words reach users outside an editor (the CLI)


@dataclass(frozen=True)
class ObjectiveValues:
    """What the objective editor edits. parent_id aligns it under another objective."""

    title: str
    level: str
    owner_id: int | None
    team_id: int | None
    parent_id: int | None
    description: str = ""


@dataclass(frozen=True)
class KeyResultValues:
    """What the key-result editor edits. kind is a KrKind value, unit one of UNITS."""

    title: str
    kind: str
    unit: str
    start_value: float
    target_value: float
    weight: float = 1.0
    owner_id: int | None = None
    budget: float | None = None
    cost: float | None = None
    unit_label: str = ""
    decimals: int | None = None


def _title_problems(title: str) -> list[Problem]:
    if not title.strip():  # str.strip() also removes tabs, line breaks and other whitespace
        return [Problem("title", "title_required", OkrRules.tr("Give it a title."))]
    if len(title) > TITLE_MAX_LENGTH:
        message = OkrRules.tr("The title is longer than 300 characters.")
        return [Problem("title", "title_too_long", message)]
    return []


def validate_objective(values: ObjectiveValues) -> list[Problem]:
    """The errors that keep an objective from being saved; empty when it can be."""
    problems = _title_problems(values.title)
    if values.level not in LEVELS:
        message = OkrRules.tr("The level is company, team or individual, not {level}.")
        message = message.format(level=repr(values.level))
        problems.append(Problem("level", "level_known", message))
    return problems


def validate_key_result(values: KeyResultValues) -> list[Problem]:
    """The errors that keep a key result from being saved; empty when it can be."""
    problems = _title_problems(values.title)
    kinds = [kind.value for kind in KrKind]
    if values.kind not in kinds:
        message = OkrRules.tr("{kind} is not a kind of key result.").format(kind=repr(values.kind))
        problems.append(Problem("kind", "kind_known", message))
    if values.unit not in UNITS:
        message = OkrRules.tr("{unit} is not a unit of key results.").format(unit=repr(values.unit))
        problems.append(Problem("unit", "unit_known", message))
    problems += _display_problems(values)

    numbers = {
        "start_value": values.start_value,
        "target_value": values.target_value,
        "weight": values.weight,
        "budget": values.budget,
        "cost": values.cost,
    }
    optional = {"budget", "cost"}
    not_finite = {
        name
        for name, number in numbers.items()
        if not _is_finite(number) or (number is None and name not in optional)
    }
    for name in numbers:
        if name in not_finite:
            problems.append(Problem(name, "finite_number", OkrRules.tr("Enter a number.")))

    if not not_finite & {"start_value", "target_value"}:
        problems += _target_problems(values)
    if "weight" not in not_finite and not values.weight > 0:
        message = OkrRules.tr("The weight must be more than 0.")
        problems.append(Problem("weight", "weight_positive", message))
    for name in ("budget", "cost"):
        number = numbers[name]
        if name not in not_finite and number is not None and number < 0:
            message = NEGATIVE[name]
            problems.append(Problem(name, f"{name}_positive", message))
    return problems


def _display_problems(values: KeyResultValues) -> list[Problem]:
    problems = []
    if len(values.unit_label) > UNIT_LABEL_MAX_LENGTH or values.unit_label != (
        values.unit_label.strip()
    ):
        message = OkrRules.tr("The unit label has at most 20 characters and no spaces around it.")
        problems.append(Problem("unit_label", "unit_label_length", message))
    decimals = values.decimals
    if decimals is not None and (
        isinstance(decimals, bool)
        or not isinstance(decimals, int)
        or not 0 <= decimals <= MAX_DECIMALS
    ):
        message = OkrRules.tr("Decimals go from 0 to 4.")
        problems.append(Problem("decimals", "decimals_range", message))
    return problems


def _is_finite(number: object) -> bool:
    """True for None (checked apart) and for finite ints and floats; False for anything else."""
    if number is None:
        return True
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return False
    return math.isfinite(number)


def _target_problems(values: KeyResultValues) -> list[Problem]:
    start, target = values.start_value, values.target_value
    if values.kind == KrKind.INCREASE.value and not target > start:
        message = OkrRules.tr("To increase, the target must be above the start.")
        return [Problem("target_value", "increase_target_above_start", message)]
    if values.kind == KrKind.DECREASE.value and not target < start:
        message = OkrRules.tr("To decrease, the target must be below the start.")
        return [Problem("target_value", "decrease_target_below_start", message)]
    if values.kind == KrKind.BINARY.value and (start, target) != (0, 1):
        message = OkrRules.tr("A yes/no key result starts at 0 (not done) and targets 1 (done).")
        field = "start_value" if start != 0 else "target_value"
        return [Problem(field, "binary_target", message)]
    return []


def key_result_warnings(values: KeyResultValues) -> list[Problem]:
    """Warnings about a key result that may still be saved: percent values outside 0..100."""
    if values.unit != "percent":
        return []
    numbers = {"start_value": values.start_value, "target_value": values.target_value}
    return [
        Problem(name, "percent_range", OkrRules.tr("A percentage outside 0–100 %: is that right?"))
        for name, number in numbers.items()
        if number is not None and _is_finite(number) and not 0 <= number <= 100
    ]


def objective_warnings(
    objectives_per_team_in_cycle: int, key_results_in_objective: int
) -> list[Problem]:
    """The soft limits of DESIGN.md: at most 5 objectives per team and cycle, 2–5 KRs each.

    Warnings only, never a reason to refuse a save. The counts include the objective itself
    and its key results as they are (or would be) saved.
    """
    problems = []
    if objectives_per_team_in_cycle > MAX_OBJECTIVES_PER_TEAM:
        message = (
            f"More than {MAX_OBJECTIVES_PER_TEAM} objectives for this team in this cycle "
            f"({objectives_per_team_in_cycle})."
        )
        problems.append(Problem("team_id", "too_many_objectives", message))
    if key_results_in_objective < MIN_KEY_RESULTS:
        message = (
            f"Fewer than {MIN_KEY_RESULTS} key results ({key_results_in_objective}): "
            "how will you know the objective is met?"
        )
        problems.append(Problem("key_results", "too_few_key_results", message))
    elif key_results_in_objective > MAX_KEY_RESULTS:
        message = (
            f"More than {MAX_KEY_RESULTS} key results ({key_results_in_objective}): "
            "focus on the few that matter."
        )
        problems.append(Problem("key_results", "too_many_key_results", message))
    return problems
