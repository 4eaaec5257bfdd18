"""A key result bound (or unbound) over someone else's change to its binding since the dialog
read it: their binding beside mine (okrdesk.ui.common.conflict_dialog). A binding's fields
belong together (a stage is a stage of its funnel), so "Apply theirs, then mine" saves my
binding whole over theirs: every field of mine is marked as mine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from okrdesk.store.bindings import Binding
from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.conflict_dialog import field_lines, resolve, value_text
from okrdesk.ui.okr.binding_dialog import METRIC_NAMES, FunnelChoice

CONTEXT = "BindingConflicts"
LABELS = {
    "funnel_id": QT_TRANSLATE_NOOP("BindingConflicts", "Funnel"),
    "metric": QT_TRANSLATE_NOOP("BindingConflicts", "Metric"),
    "from_stage_id": QT_TRANSLATE_NOOP("BindingConflicts", "From stage"),
    "to_stage_id": QT_TRANSLATE_NOOP("BindingConflicts", "To stage"),
    "segment": QT_TRANSLATE_NOOP("BindingConflicts", "Source"),
}
FIELDS = tuple(LABELS)
# Saves `mine` over `theirs` (the binding as it is now) as a new step.
SaveAgain = Callable[[Binding | None, Binding | None], None]


def _binding(row: dict[str, Any]) -> Binding | None:
    return Binding(**row) if row else None


def show_conflict(
    parent: QWidget | None,
    error: ConflictError,
    choices: Sequence[FunnelChoice],
    save_again: SaveAgain,
) -> None:
    """The conflict dialog of a binding change; funnels and stages by name."""
    funnels = {choice.id: choice.name for choice in choices}
    stages = {stage_id: name for choice in choices for stage_id, name in choice.stages}

    def label(name: str) -> str:
        return QCoreApplication.translate(CONTEXT, LABELS[name])

    def text(name: str, value: Any) -> str:
        if name == "funnel_id" and value is not None:
            return funnels.get(value, str(value))
        if name in ("from_stage_id", "to_stage_id") and value is not None:
            return stages.get(value, str(value))
        if name == "metric" and value:
            return QCoreApplication.translate("KrBinding", METRIC_NAMES.get(value, value))
        if name == "segment" and value == "":
            return QCoreApplication.translate("BindingDialog", "All sources")
        return value_text(value)

    def apply() -> None:
        theirs = error.conflict.theirs
        assert theirs is not None
        save_again(_binding(dict(error.conflict.yours)), _binding(dict(theirs.row)))

    # Nothing "seen": every field of mine goes on top, as the whole binding it is.
    lines = field_lines(error, None, FIELDS, label, text)
    resolve(parent, error, lines, apply)
