"""A count typed or pasted into the data grid over someone else's change since the grid showed
it: their counts beside yours, cell by cell (okrdesk.ui.common.conflict_dialog); "Apply
theirs, then mine" saves yours over theirs in the cells you changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from okrdesk.store.funnel.grid import Cell, cell_key, key_cell
from okrdesk.store.versions import ConflictError
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve
from okrdesk.ui.common.formatting import format_date, format_int

# Saves `cells` over `seen` (what the grid holds now) as a new step.
SaveAgain = Callable[[dict[Cell, int | None], dict[Cell, int | None]], None]


def show_conflict(
    parent: QWidget | None,
    error: ConflictError,
    seen: Mapping[Cell, int | None],
    stage_names: Mapping[int, str],
    save_again: SaveAgain,
) -> None:
    """The conflict dialog of a grid save that showed `seen` in its cells."""
    fields = [cell_key(cell) for cell in seen]
    seen_by_key = {cell_key(cell): count for cell, count in seen.items()}

    def label(key: str) -> str:
        week, stage_id = key_cell(key)
        return f"{stage_names.get(stage_id, '')} · {format_date(week)}"

    def text(_key: str, value: Any) -> str:
        return "" if value is None else format_int(int(value))

    def apply() -> None:
        theirs = error.conflict.theirs
        assert theirs is not None
        now = {key_cell(key): theirs.row.get(key) for key in fields}
        mine = {key_cell(key): value for key, value in merged(error, seen_by_key, fields).items()}
        save_again({cell: mine[cell] for cell in now}, now)

    resolve(parent, error, field_lines(error, seen_by_key, fields, label, text), apply)
