"""Saving an objective or a key result the OKR screen read: the version it read travels with
the edit, so that a row someone else changed meanwhile is a conflict (theirs and yours side by
side), never overwritten; undo refuses to overwrite a later change of someone else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, replace

from PySide6.QtWidgets import QWidget

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.okr import commands as okr_commands
from okrdesk.store.schema import KeyResultChange
from okrdesk.store.versions import ConflictError
from okrdesk.ui import store_commands
from okrdesk.ui.common import clock
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.me import current_me
from okrdesk.ui.okr.conflicts import lines, merged, resolve

Names = Mapping[str, Mapping[int, str]]
OBJECTIVE_FIELDS = ("title", "level", "owner_id", "team_id", "parent_id", "description")
KEY_RESULT_FIELDS = tuple(KeyResultValues.__dataclass_fields__)


def objective_edit(
    controller: WorkspaceController,
    parent: QWidget,
    objective_id: int,
    seen: ObjectiveValues,
    version: int,
    values: ObjectiveValues,
    names: Names,
    text: str,
) -> store_commands.StoreCommand:
    """`values` over the objective as read (`seen`, at `version`)."""
    author = current_me(controller)
    command = store_commands.versioned(
        controller,
        text,
        lambda session, expected: okr_commands.edit_objective(
            session, objective_id, values, expected, author
        ),
        lambda session, edit, expected: (
            okr_commands.edit_objective(
                session, objective_id, edit.previous, expected, author
            ).version
        ),
        version,
        tables=store_commands.OKR,
        row=("objectives", objective_id),
    )

    def conflict(error: ConflictError) -> None:
        seen_row = asdict(seen)

        def apply() -> None:
            theirs = error.conflict.theirs
            assert theirs is not None
            # A different parent is a move, saved apart: theirs stays.
            both = merged(error, seen_row, OBJECTIVE_FIELDS) | {
                "parent_id": theirs.row["parent_id"]
            }
            now = ObjectiveValues(**{name: theirs.row[name] for name in OBJECTIVE_FIELDS})
            again = objective_edit(
                controller,
                parent,
                objective_id,
                now,
                theirs.version,
                ObjectiveValues(**both),
                names,
                text,
            )
            controller.undo_stack.push(again, parent)

        resolve(parent, error, lines(error, seen_row, OBJECTIVE_FIELDS, names), apply)

    command.on_conflict = conflict
    return command


def key_result_edit(
    controller: WorkspaceController,
    parent: QWidget,
    key_result_id: int,
    seen: KeyResultValues,
    version: int,
    values: KeyResultValues,
    names: Names,
    text: str,
) -> store_commands.StoreCommand:
    """`values` over the key result as read (`seen`, at `version`), signed by "me"."""
    author = current_me(controller)
    # Stored in UTC like every time; on the screens' today (a pinned day in a demo).
    when = clock.now().astimezone(dt.timezone.utc).replace(tzinfo=None)
    command = store_commands.versioned(
        controller,
        text,
        lambda session, expected: okr_commands.edit_key_result(
            session, key_result_id, values, author, when, seen_version=expected
        ),
        lambda session, edit, expected: okr_commands.undo_key_result_edit(
            session, key_result_id, replace(edit, version=expected), author
        ),
        version,
        tables=store_commands.OKR | {KeyResultChange},
        row=("key_results", key_result_id),
    )

    def conflict(error: ConflictError) -> None:
        seen_row = asdict(seen)

        def apply() -> None:
            theirs = error.conflict.theirs
            assert theirs is not None
            now = KeyResultValues(**{name: theirs.row[name] for name in KEY_RESULT_FIELDS})
            both = KeyResultValues(**merged(error, seen_row, KEY_RESULT_FIELDS))
            again = key_result_edit(
                controller, parent, key_result_id, now, theirs.version, both, names, text
            )
            controller.undo_stack.push(again, parent)

        resolve(parent, error, lines(error, seen_row, KEY_RESULT_FIELDS, names), apply)

    command.on_conflict = conflict
    return command
