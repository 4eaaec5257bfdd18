"""Undoable commands of the main window and the OKR screen: one store call each way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from okrdesk.store import schema as db
from okrdesk.store.okr.checkins import (
    CheckInValues,
    StoredCheckIn,
    record_checkin,
    remove_checkin,
    restore_checkin,
)
from okrdesk.store.okr.cycles import create_cycle, delete_cycle
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.me import current_me
from okrdesk.ui.store_commands import StoreCommand


def add_cycle_command(
    controller: WorkspaceController, name: str, start: dt.date, end: dt.date
) -> StoreCommand:
    """A new cycle; `result` is its id."""
    text = QCoreApplication.translate("AddCycleCommand", "New cycle {name}").format(name=name)
    cycle_id: int | None = None

    def add(session: Session) -> int:
        nonlocal cycle_id
        cycle_id = create_cycle(session, name, start, end)
        return cycle_id

    def remove(session: Session) -> None:
        assert cycle_id is not None
        delete_cycle(session, cycle_id)

    return StoreCommand(controller, text, {db.Cycle}, add, remove)


def record_checkin_command(
    controller: WorkspaceController, values: CheckInValues, title: str
) -> StoreCommand:
    """One key result's check-in, signed by "me" unless `values` names its author; undo puts
    back what was there that day, or nothing."""
    if values.author_id is None:
        values = replace(values, author_id=current_me(controller))
    text = QCoreApplication.translate("RecordCheckInCommand", "Check-in of {title}").format(
        title=title
    )
    replaced: StoredCheckIn | None = None

    def record(session: Session) -> None:
        nonlocal replaced
        replaced = record_checkin(session, values)

    def take_back(session: Session) -> None:
        if replaced is None:
            remove_checkin(session, values.key_result_id, values.checked_on)
        else:
            restore_checkin(session, replaced)

    return StoreCommand(controller, text, {db.CheckIn}, record, take_back)
