"""Conflicts of the OKR screen's saves: an objective, a key result or a check-in someone else
changed first, shown field by field (okrdesk.ui.common.conflict_dialog)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.conflict_dialog import (
    FieldLine,
    field_lines,
    merged,
    resolve,
    value_text,
)
from okrdesk.ui.common.formatting import OBJECTIVE_LEVELS, label
from okrdesk.ui.okr.editors import KINDS, UNITS

CONTEXT = "OkrConflicts"
LABELS = {
    "title": QT_TRANSLATE_NOOP("OkrConflicts", "Title"),
    "level": QT_TRANSLATE_NOOP("OkrConflicts", "Level"),
    "owner_id": QT_TRANSLATE_NOOP("OkrConflicts", "Owner"),
    "team_id": QT_TRANSLATE_NOOP("OkrConflicts", "Team"),
    "parent_id": QT_TRANSLATE_NOOP("OkrConflicts", "Aligned under"),
    "description": QT_TRANSLATE_NOOP("OkrConflicts", "Description"),
    "kind": QT_TRANSLATE_NOOP("OkrConflicts", "Kind"),
    "unit": QT_TRANSLATE_NOOP("OkrConflicts", "Unit"),
    "unit_label": QT_TRANSLATE_NOOP("OkrConflicts", "Unit label"),
    "decimals": QT_TRANSLATE_NOOP("OkrConflicts", "Decimals"),
    "start_value": QT_TRANSLATE_NOOP("OkrConflicts", "Start"),
    "target_value": QT_TRANSLATE_NOOP("OkrConflicts", "Target"),
    "weight": QT_TRANSLATE_NOOP("OkrConflicts", "Weight"),
    "budget": QT_TRANSLATE_NOOP("OkrConflicts", "Budget"),
    "cost": QT_TRANSLATE_NOOP("OkrConflicts", "Cost so far"),
    "checked_on": QT_TRANSLATE_NOOP("OkrConflicts", "Day"),
    "value": QT_TRANSLATE_NOOP("OkrConflicts", "Value"),
    "confidence": QT_TRANSLATE_NOOP("OkrConflicts", "Confidence"),
    "comment": QT_TRANSLATE_NOOP("OkrConflicts", "Comment"),
    "blockers": QT_TRANSLATE_NOOP("OkrConflicts", "Blockers"),
}
# Fields of a check-in the user types; the rest (key result, author) say nothing here.
CHECKIN_FIELDS = ("checked_on", "value", "confidence", "comment", "blockers")


def _text(name: str, value: Any, names: Mapping[str, Mapping[int, str]]) -> str:
    """A field's value as the dialog shows it: words for keys, names for ids, local numbers."""
    if name in names and value is not None:
        return names[name].get(value, str(value))
    if name == "kind" and value:
        return QCoreApplication.translate("OkrEditors", KINDS.get(value, value))
    if name == "unit" and value:
        return QCoreApplication.translate("OkrEditors", UNITS.get(value, value))
    if name == "level" and value:
        return label(OBJECTIVE_LEVELS, value)
    return value_text(value)


def lines(
    error: ConflictError,
    seen: Mapping[str, Any] | None,
    fields: Sequence[str],
    names: Mapping[str, Mapping[int, str]] | None = None,
) -> list[FieldLine]:
    """One line per field of an objective, a key result or a check-in."""
    found = names or {}
    return field_lines(
        error,
        seen,
        fields,
        lambda name: QCoreApplication.translate(CONTEXT, LABELS.get(name, name)),
        lambda name, value: _text(name, value, found),
    )


__all__ = ["CHECKIN_FIELDS", "lines", "merged", "resolve"]
