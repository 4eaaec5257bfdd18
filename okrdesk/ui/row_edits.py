"""Saving a row a screen read (a person, a team, an initiative, a KPI or its value, a funnel, a
stage, a day task): the version it read travels with the save, so that a row someone else
changed meanwhile is shown theirs beside yours (okrdesk.ui.common.conflict_dialog), never
overwritten; undo over someone else's later change is refused by the StoreCommand.

The store functions these commands call take `seen_version` and, having saved, leave the row
at one more than it (okrdesk.store.versions.write); that is the version the next step expects.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from okrdesk.store import people
from okrdesk.store.versions import ConflictError
from okrdesk.ui import store_commands
from okrdesk.ui.common.conflict_dialog import FieldLine, field_lines, merged, resolve, value_text
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import Model, StoreCommand

Fields = Mapping[str, Any]
# A field's value as the dialog shows it, or None for the usual text.
Shown = Callable[[str, Any], str | None]
# The command that applies `values` over the row as it is now (`now`, at `version`).
Again = Callable[[Fields, int, Fields], StoreCommand]

CONTEXT = "RowConflicts"
LABELS = {
    "name": QT_TRANSLATE_NOOP("RowConflicts", "Name"),
    "email": QT_TRANSLATE_NOOP("RowConflicts", "E-mail"),
    "team_id": QT_TRANSLATE_NOOP("RowConflicts", "Team"),
    "title": QT_TRANSLATE_NOOP("RowConflicts", "Title"),
    "owner_id": QT_TRANSLATE_NOOP("RowConflicts", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("RowConflicts", "Due"),
    "done": QT_TRANSLATE_NOOP("RowConflicts", "Done"),
    "unit": QT_TRANSLATE_NOOP("RowConflicts", "Unit"),
    "higher_is_better": QT_TRANSLATE_NOOP("RowConflicts", "Higher is better"),
    "green_threshold": QT_TRANSLATE_NOOP("RowConflicts", "Green threshold"),
    "red_threshold": QT_TRANSLATE_NOOP("RowConflicts", "Red threshold"),
    "measured_on": QT_TRANSLATE_NOOP("RowConflicts", "Day"),
    "value": QT_TRANSLATE_NOOP("RowConflicts", "Value"),
    "position": QT_TRANSLATE_NOOP("RowConflicts", "Place in the funnel"),
}


@dataclass(frozen=True)
class Saved:
    """What a step replaced, and the row's version after it."""

    previous: Any
    version: int


def guarded(
    controller: WorkspaceController,
    parent: QWidget | None,
    text: str,
    do: Callable[[Session, int], Any],
    undo: Callable[[Session, Any, int], int],
    version: int,
    *,
    seen: Fields,
    fields: Sequence[str],
    again: Again,
    tables: Iterable[Model],
    shown: Shown | None = None,
    row: Hashable = None,
) -> StoreCommand:
    """A save of a row read as `seen` (its `fields`) at `version`. `do(session, expected)` saves
    at the version expected and returns what undo needs; `undo(session, that, expected)` puts
    it back and returns the row's version after. Someone else's change meets the conflict
    dialog, whose "Apply theirs, then mine" pushes `again(theirs now, their version, merged
    values)`. `row` (model, id) lets undo and redo follow this window's later steps on it
    (store_commands.versioned)."""
    command = store_commands.versioned(
        controller,
        text,
        lambda session, expected: Saved(do(session, expected), expected + 1),
        lambda session, kept, expected: undo(session, kept.previous, expected),
        version,
        tables=tables,
        row=row,
    )

    def conflict(error: ConflictError) -> None:
        theirs = error.conflict.theirs

        def apply() -> None:
            assert theirs is not None
            now = {name: theirs.row.get(name) for name in fields}
            both = merged(error, seen, fields)
            controller.undo_stack.push(again(now, theirs.version, both), parent)

        where = parent if parent is not None else controller.undo_stack.window
        resolve(where, error, lines(controller, error, seen, fields, shown), apply)

    command.on_conflict = conflict
    return command


def guarded_update(
    controller: WorkspaceController,
    parent: QWidget | None,
    text: str,
    update: Callable[..., Any],
    row_id: int,
    values: Any,
    version: int,
    *,
    model: Model,
    seen: Fields,
    fields: Sequence[str],
    make: Callable[[Fields], Any],
    tables: Iterable[Model],
    shown: Shown | None = None,
) -> StoreCommand:
    """`update(session, row_id, values, seen_version=...)` of a `model` row read as `seen` at
    `version`; it returns the values it replaced, which undo writes back the same way. `make`
    turns a row's fields into the store's values (after a conflict: theirs, then mine)."""

    def again(now: Fields, their_version: int, both: Fields) -> StoreCommand:
        return guarded_update(
            controller,
            parent,
            text,
            update,
            row_id,
            make(both),
            their_version,
            model=model,
            seen=now,
            fields=fields,
            make=make,
            tables=tables,
            shown=shown,
        )

    return guarded(
        controller,
        parent,
        text,
        lambda session, expected: update(session, row_id, values, seen_version=expected),
        lambda session, previous, expected: (
            update(session, row_id, previous, seen_version=expected),
            expected + 1,
        )[1],
        version,
        seen=seen,
        fields=fields,
        again=again,
        tables=tables,
        shown=shown,
        row=(model.__tablename__, row_id),
    )


def lines(
    controller: WorkspaceController,
    error: ConflictError,
    seen: Fields | None,
    fields: Sequence[str],
    shown: Shown | None = None,
) -> list[FieldLine]:
    """The dialog's lines: labels translated, owners and teams by name, numbers local."""
    names = _names(controller, fields)

    def label(name: str) -> str:
        return QCoreApplication.translate(CONTEXT, LABELS.get(name, name))

    def text(name: str, value: Any) -> str:
        special = shown(name, value) if shown is not None else None
        if special is not None:
            return special
        if name in names and value is not None:
            return names[name].get(value, str(value))
        if name == "position" and isinstance(value, int):
            return QLocale().toString(value + 1)  # stored from 0, counted from 1
        return value_text(value)

    return field_lines(error, seen, fields, label, text)


def _names(controller: WorkspaceController, fields: Sequence[str]) -> dict[str, dict[int, str]]:
    """Who and which team an owner_id or team_id is, as the store holds them now."""
    wanted = {"owner_id", "team_id"} & set(fields)
    workspace = controller.workspace
    if not wanted or workspace is None:
        return {}
    with workspace.session() as session:
        found = {}
        if "owner_id" in wanted:
            found["owner_id"] = {row.id: row.name for row in people.list_people(session)}
        if "team_id" in wanted:
            found["team_id"] = {row.id: row.name for row in people.list_teams(session)}
    return found
