"""Conflicts of the OKR screen's saves: an objective, a key result or a check-in someone else
changed first, shown field by field (okrdesk.ui.common.conflict_dialog)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QWidget

from okrdesk.domain.merging import changed_fields, theirs_then_mine
from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.conflict_dialog import ConflictDialog, FieldLine
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
    if value is None or value == "":
        return "—"
    if name in names:
        return names[name].get(value, str(value))
    if name == "kind":
        return QCoreApplication.translate("OkrEditors", KINDS.get(value, value))
    if name == "unit":
        return QCoreApplication.translate("OkrEditors", UNITS.get(value, value))
    if name == "level":
        return label(OBJECTIVE_LEVELS, value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return QLocale().toString(float(value), "g", 12)
    if hasattr(value, "isoformat"):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    return str(value)


def lines(
    error: ConflictError,
    seen: Mapping[str, Any] | None,
    fields: Sequence[str],
    names: Mapping[str, Mapping[int, str]] | None = None,
) -> list[FieldLine]:
    """One line per field: theirs now, yours, and whether you changed it from what you saw."""
    names = names or {}
    theirs = error.conflict.theirs
    yours = {name: error.conflict.yours.get(name) for name in fields}
    mine = changed_fields(seen, yours)
    return [
        FieldLine(
            QCoreApplication.translate(CONTEXT, LABELS.get(name, name)),
            "—" if theirs is None else _text(name, theirs.row.get(name), names),
            _text(name, yours[name], names),
            name in mine,
        )
        for name in fields
    ]


def merged(error: ConflictError, seen: Mapping[str, Any] | None, fields: Sequence[str]) -> dict:
    """Theirs, then the fields you changed set to yours (domain.merging)."""
    theirs = error.conflict.theirs
    yours = {name: error.conflict.yours.get(name) for name in fields}
    return theirs_then_mine(None if theirs is None else theirs.row, seen, yours)


def resolve(
    parent: QWidget,
    error: ConflictError,
    field_lines: Sequence[FieldLine],
    apply: Callable[[], None],
) -> ConflictDialog:
    """Show the conflict; "Apply theirs, then mine" calls `apply`; keeping theirs does nothing
    (the screens already show theirs once they reload)."""
    dialog = ConflictDialog(parent, error, field_lines)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(apply)
    dialog.open()
    return dialog
