"""Saving a check-in from the check-in dialog: the day's check-in as the dialog read it travels
with the save, so that someone else's check-in of the same key result and day since is shown
(theirs and yours) instead of replaced. Check-ins of other key results never meet."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from okrdesk.store.okr.checkins import CheckInValues, SeenDay
from okrdesk.store.okr.queries import HistoryPoint
from okrdesk.store.versions import ConflictError
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.conflicts import CHECKIN_FIELDS, lines, merged, resolve
from okrdesk.ui.store_commands import StoreCommand
from okrdesk.ui.undo import correct_checkin_command, record_checkin_command


def _seen_row(point: HistoryPoint | None) -> dict | None:
    if point is None:
        return None
    return {name: getattr(point, name) for name in CHECKIN_FIELDS}


def checkin_save(
    controller: WorkspaceController,
    parent: QWidget,
    values: CheckInValues,
    title: str,
    today: dt.date,
    seen: SeenDay | None,
    seen_point: HistoryPoint | None = None,
) -> StoreCommand:
    """A new check-in over the day as read (`seen`; `seen_point` its values, if any)."""
    command = record_checkin_command(controller, values, title, today, seen)

    def conflict(error: ConflictError) -> None:
        seen_row = _seen_row(seen_point)

        def apply() -> None:
            theirs = error.conflict.theirs
            assert theirs is not None
            both = replace(values, **merged(error, seen_row, CHECKIN_FIELDS))
            again = SeenDay(theirs.row["id"], theirs.version)
            point = HistoryPoint(
                **{name: theirs.row[name] for name in CHECKIN_FIELDS}, **_rest(theirs.row)
            )
            controller.undo_stack.push(
                checkin_save(controller, parent, both, title, today, again, point), parent
            )

        resolve(parent, error, lines(error, seen_row, CHECKIN_FIELDS), apply)

    command.on_conflict = conflict
    return command


def correction_save(
    controller: WorkspaceController,
    parent: QWidget,
    point: HistoryPoint,
    values: CheckInValues,
    title: str,
    today: dt.date,
) -> StoreCommand:
    """A correction of the check-in `point` as read (its version travels with it)."""
    command = correct_checkin_command(
        controller, point.checked_on, values, title, today, point.version
    )

    def conflict(error: ConflictError) -> None:
        seen_row = _seen_row(point)

        def apply() -> None:
            theirs = error.conflict.theirs
            assert theirs is not None
            both = replace(values, **merged(error, seen_row, CHECKIN_FIELDS))
            now = HistoryPoint(
                **{name: theirs.row[name] for name in CHECKIN_FIELDS}, **_rest(theirs.row)
            )
            controller.undo_stack.push(
                correction_save(controller, parent, now, both, title, today), parent
            )

        resolve(parent, error, lines(error, seen_row, CHECKIN_FIELDS), apply)

    command.on_conflict = conflict
    return command


def _rest(row: dict) -> dict:
    """The other fields of a HistoryPoint, from a check-in row."""
    return {"automatic": bool(row["automatic"]), "id": row["id"], "version": row["version"]}
