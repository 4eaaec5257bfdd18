"""Sheet rows checked into key results to import: each bad cell refused with its row and
column, before anything is written.

Numbers: a cell the spreadsheet typed is taken as it is; text may use spaces between
thousands and a decimal comma ("1 234,5"); with both a comma and a point, the last one is the
decimal mark.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from okrdesk.domain.okr import KrKind
from okrdesk.domain.okr_rules import (
    KeyResultValues,
    ObjectiveValues,
    validate_key_result,
    validate_objective,
)
from okrdesk.domain.text import Text
from okrdesk.store.cleaning import cut
from okrdesk.store.errors import ImportProblem, problem_said
from okrdesk.store.funnel.export import FORMULA_STARTS
from okrdesk.store.okr_sheet.columns import (
    COMPUTED,
    HEADERS,
    REQUIRED,
    UNIT_WORDS,
    kind_of,
    map_headers,
    unit_of,
)
from okrdesk.store.okr_sheet.reading import Cell, RawSheet
from okrdesk.store.words import OkrSheet

_SPACES = re.compile(r"[\s\u00a0\u202f']+")
# What a Problem of okr_rules names → the sheet's field.
_FIELD_OF_PROBLEM = {
    "title": "key_result",
    "kind": "kind",
    "unit": "unit",
    "start_value": "start",
    "target_value": "target",
    "weight": "weight",
    "budget": "budget",
    "unit_label": "unit_label",
    "decimals": "decimals",
}


@dataclass(frozen=True)
class SheetKeyResult:
    """One row of the file, checked."""

    row: int
    objective: str
    team: str
    owner: str
    values: KeyResultValues  # owner_id is left None: the owner is matched by name
    current: float | None


@dataclass(frozen=True)
class ParsedSheet:
    path: Path
    columns: Mapping[str, str]  # field → the file's header for it
    key_results: tuple[SheetKeyResult, ...]


def parse_number(cell: Cell) -> float | None:
    """The number in a cell, None when empty; ValueError when it holds no number."""
    if cell is None or isinstance(cell, bool):
        if cell is None:
            return None
        raise ValueError("not a number")
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = _SPACES.sub("", str(cell))
        if not text:
            return None
        if "," in text and "." in text:
            decimal = "," if text.rfind(",") > text.rfind(".") else "."
            text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        elif text.count(",") > 1:
            text = text.replace(",", "")
        value = float(text)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def _text(cell: Cell) -> str:
    """A cell as text; the ' an export put before text that starts like a formula taken off."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = str(cell).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def parse_sheet(raw: RawSheet) -> ParsedSheet:
    """Every row as a key result to import; ImportProblem naming the first bad cell."""
    mapping = map_headers(raw.header)
    columns = {field: raw.header[position] for position, field in mapping.items()}
    missing = [field for field in REQUIRED if field not in columns]
    if missing:
        names = ", ".join(f'"{HEADERS["en"][field]}"' for field in missing)
        message = OkrSheet.tr(
            "has no column for {columns}; the first row must name the columns (see the "
            "templates in English, Polish, Hungarian or Russian)"
        )
        raise ImportProblem(raw.path, message.format(columns=names), row=1)
    if not raw.rows:
        message = OkrSheet.tr("has no key results below its header")
        raise ImportProblem(raw.path, message, row=2)
    seen: dict[tuple[str, str], int] = {}
    parsed = []
    for number, cells in raw.rows:
        cell = {
            field: cells[position] if position < len(cells) else None
            for position, field in mapping.items()
            if field not in COMPUTED
        }
        item = _row(raw.path, number, cell, columns)
        key = (item.objective.casefold(), item.values.title.casefold())
        if key in seen:
            raise ImportProblem(
                raw.path,
                OkrSheet.tr(
                    'the key result "{title}" is already on row {row} under the same objective'
                ).format(title=cut(item.values.title), row=seen[key]),
                row=number,
                column=columns["key_result"],
            )
        seen[key] = number
        parsed.append(item)
    return ParsedSheet(raw.path, columns, tuple(parsed))


def _row(
    path: Path, number: int, cell: Mapping[str, Cell], columns: Mapping[str, str]
) -> SheetKeyResult:
    def problem(field: str, message: Text | str) -> ImportProblem:
        return ImportProblem(path, message, row=number, column=columns.get(field, field))

    def number_in(field: str, required: bool = False) -> float | None:
        try:
            value = parse_number(cell.get(field))
        except ValueError:
            message = OkrSheet.tr('"{value}" is not a number')
            raise problem(field, message.format(value=cut(_text(cell.get(field))))) from None
        if value is None and required:
            raise problem(field, OkrSheet.tr("a number is required"))
        return value

    objective = _text(cell.get("objective"))
    objective_problems = validate_objective(ObjectiveValues(objective, "team", None, None, None))
    if objective_problems:
        raise problem("objective", problem_said(objective_problems[0]))
    kind_text = _text(cell.get("kind"))
    kind = kind_of(kind_text) if kind_text else None
    if kind is None:
        kinds = ", ".join(k.value for k in KrKind)
        if kind_text:
            message = OkrSheet.tr('"{value}" is not a kind; use one of {kinds}')
        else:
            message = OkrSheet.tr("a kind is required; use one of {kinds}")
        raise problem("kind", message.format(value=cut(kind_text), kinds=kinds))
    unit_text = _text(cell.get("unit"))
    unit = unit_of(unit_text) if unit_text else "number"
    if unit is None:
        message = OkrSheet.tr('"{value}" is not a unit; use one of {units}')
        raise problem("unit", message.format(value=cut(unit_text), units=", ".join(UNIT_WORDS)))
    start = number_in("start", required=True)
    target = number_in("target", required=True)
    weight = number_in("weight")
    decimals = number_in("decimals")
    if decimals is not None and not decimals.is_integer():
        message = OkrSheet.tr("{value} is not a whole number").format(value=f"{decimals:g}")
        raise problem("decimals", message)
    assert start is not None and target is not None
    values = KeyResultValues(
        title=_text(cell.get("key_result")),
        kind=kind,
        unit=unit,
        start_value=start,
        target_value=target,
        weight=1.0 if weight is None else weight,
        budget=number_in("budget"),
        unit_label=_text(cell.get("unit_label")),
        decimals=None if decimals is None else int(decimals),
    )
    problems = validate_key_result(values)
    if problems:
        first = problems[0]
        raise problem(_FIELD_OF_PROBLEM.get(first.field, first.field), problem_said(first))
    return SheetKeyResult(
        row=number,
        objective=objective,
        team=_text(cell.get("team")),
        owner=_text(cell.get("owner")),
        values=values,
        current=number_in("current"),
    )
