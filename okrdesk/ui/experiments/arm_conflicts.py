"""An experiment's results typed over someone else's change to its arms since the table read
them: their arms beside mine, field by field (okrdesk.ui.common.conflict_dialog). The arms are
compared as fields "arm · column" (an arm one side lacks shows "—" there); "Apply theirs, then
mine" keeps their arms and values except where I changed one, then saves that list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from okrdesk.store.experiments.results import ArmValues
from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve, value_text
from okrdesk.ui.experiments.results_model import CONVERSIONS, DEAL, SQLS, VISITORS, ArmsModel

# An arm's values as fields; "" is the arm itself (there, or not).
COLUMNS = {"visitors": VISITORS, "conversions": CONVERSIONS, "sql_count": SQLS}
COLUMNS |= {"avg_deal_value": DEAL}
FIELDS = ("", "is_control", *COLUMNS)
# Saves `mine` over `theirs` (the arms as they are now, at `version`) as a new step.
SaveAgain = Callable[[list[ArmValues], list[ArmValues], int], None]


def flat(arms: Sequence[ArmValues]) -> dict[str, Any]:
    """{"name\\tfield": value} of every arm ("name\\t": True, the arm is there)."""
    return {
        f"{arm.name}\t{name}": True if name == "" else getattr(arm, name)
        for arm in arms
        for name in FIELDS
    }


def arms_of(values: Mapping[str, Any], order: Sequence[str]) -> list[ArmValues]:
    """The arms `flat` made `values` of, in `order` (names); exactly one control."""
    arms = [
        ArmValues(name, **{field: values.get(f"{name}\t{field}") for field in FIELDS[1:]})
        for name in order
        if values.get(f"{name}\t")
    ]
    arms = [replace(arm, is_control=bool(arm.is_control)) for arm in arms]
    arms = [
        replace(arm, visitors=arm.visitors or 0, conversions=arm.conversions or 0) for arm in arms
    ]
    if arms and sum(arm.is_control for arm in arms) != 1:
        arms = [replace(arm, is_control=n == 0) for n, arm in enumerate(arms)]
    return arms


def show_conflict(
    parent: QWidget | None,
    error: ConflictError,
    seen: Sequence[ArmValues],
    model: ArmsModel,
    save_again: SaveAgain,
) -> None:
    """The conflict dialog of a change of the arms the table showed as `seen`."""
    theirs = error.conflict.theirs
    assert theirs is not None
    their_arms: list[ArmValues] = list(theirs.row["arms"])
    my_arms: list[ArmValues] = list(error.conflict.yours["arms"])
    names = list(dict.fromkeys(arm.name for arm in [*their_arms, *my_arms]))
    everything = [f"{name}\t{field}" for name in names for field in FIELDS]
    # Every field named on each side, None where an arm is not there: an arm only they added
    # is not mine, and an arm they removed stays removed where I changed nothing of it.
    their_flat, my_flat, seen_flat = (
        {key: flat(arms).get(key) for key in everything} for arms in (their_arms, my_arms, seen)
    )
    # The dialog reads `theirs.row` and `yours` field by field: flat ones.
    flat_error = ConflictError(
        replace(
            error.conflict,
            theirs=replace(theirs, row=their_flat),
            yours=my_flat,
        ),
        undoing=error.undoing,
    )
    shown = [
        f"{name}\t{field}"
        for name in names
        for field in FIELDS[1:]
        if their_flat.get(f"{name}\t{field}") != my_flat.get(f"{name}\t{field}")
    ]
    headers = model.headers()

    def label(key: str) -> str:
        name, field = key.split("\t")
        if field == "is_control":
            return QCoreApplication.translate("ArmsModel", "{name} (control)").format(name=name)
        return f"{name} · {headers[COLUMNS[field]]}"

    def apply() -> None:
        both = merged(flat_error, seen_flat, everything)
        for name in names:
            keys = [f"{name}\t{field}" for field in FIELDS]
            mine = [key for key in keys if my_flat[key] != seen_flat[key]]
            if mine and my_flat[f"{name}\t"] and not both[f"{name}\t"]:
                # They removed an arm I changed: it comes back as I have it.
                both |= {key: my_flat[key] for key in keys}
        save_again(arms_of(both, names), their_arms, theirs.version)

    lines = field_lines(flat_error, seen_flat, shown, label, lambda _key, v: value_text(v))
    resolve(parent, flat_error, lines, apply)
