"""A key result's change history: what changed after its first check-in, and what the earlier
check-ins were read against.

Once a key result has a check-in, a change to its kind, unit, unit label, decimals, start or
target is kept (old → new, who, when). The rule for reading progress over time:

- now (status, score, roll-up): the latest value against the key result as it is now;
- in its history (the chart, the History list): each check-in against the kind, start and
  target in force on the check-in's date. A change made on a day counts from that day on:
  check-ins dated before it are read against the old values, the ones of that day and later
  against the new ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from okrdesk.domain.okr import progress
from okrdesk.domain.okr_rules import KeyResultValues

TRACKED_FIELDS = ("kind", "unit", "unit_label", "decimals", "start_value", "target_value")
NUMBER_FIELDS = ("start_value", "target_value")


@dataclass(frozen=True)
class KrChange:
    """One kept change of one field; values as stored (text, None for none)."""

    field: str
    old_value: str | None
    new_value: str | None
    changed_at: dt.datetime
    author_id: int | None = None
    author_name: str = ""


@dataclass(frozen=True)
class Definition:
    """What a value is read against: the key result's kind, start and target."""

    kind: str
    start_value: float
    target_value: float


def encode(value: object) -> str | None:
    """A field's value as stored: floats exactly (repr), None as None, the rest as text."""
    if value is None:
        return None
    if isinstance(value, float):
        return repr(value)
    return str(value)


def decode(field: str, text: str | None) -> object:
    """A stored value back as the field holds it."""
    if text is None:
        return None
    if field in NUMBER_FIELDS:
        return float(text)
    if field == "decimals":
        return int(text)
    return text


def tracked_changes(
    before: KeyResultValues, after: KeyResultValues
) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) of each tracked field that differs, in TRACKED_FIELDS order."""
    names = {f.name for f in fields(KeyResultValues)}
    assert set(TRACKED_FIELDS) <= names
    found = []
    for name in TRACKED_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if name in NUMBER_FIELDS:
            old, new = float(old), float(new)
        if old != new:
            found.append((name, encode(old), encode(new)))
    return found


def definition_on(day: dt.date, now: Definition, changes: Sequence[KrChange]) -> Definition:
    """The kind, start and target in force on `day`: today's, with every change made after
    `day` undone (latest first)."""
    definition = now
    later = [c for c in changes if c.changed_at.date() > day]
    for change in sorted(later, key=lambda c: c.changed_at, reverse=True):
        if change.field in ("kind", "start_value", "target_value"):
            old: Any = decode(change.field, change.old_value)
            definition = replace(definition, **{change.field: old})
    return definition


def progress_on(day: dt.date, value: float, now: Definition, changes: Sequence[KrChange]) -> float:
    """Progress (0..1) of a check-in of `day`, read against the definition in force that day."""
    then = definition_on(day, now, changes)
    try:
        return progress(then.kind, then.start_value, then.target_value, value)
    except ValueError:  # an old definition the rules refuse now (kept as it was written)
        return progress(now.kind, now.start_value, now.target_value, value)
