"""Undoable commands of the main window and the OKR screen: one store call each way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from okrdesk.store import schema as db
from okrdesk.store.okr.checkins import (
    CheckInValues,
    Correction,
    StoredCheckIn,
    correct_checkin,
    delete_checkin,
    record_checkin,
    remove_checkin,
    restore_checkin,
    undo_correction,
)
from okrdesk.store.okr.cycles import create_cycle, delete_cycle
from okrdesk.ui.common import clock
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
    controller: WorkspaceController,
    values: CheckInValues,
    title: str,
    today: dt.date | None = None,
) -> StoreCommand:
    """One key result's check-in under the rules of domain.checkin_rules as of `today` (the
    clock's today when None), signed by "me" unless `values` names its author; undo puts back
    what was there that day, or nothing."""
    if values.author_id is None:
        values = replace(values, author_id=current_me(controller))
    text = QCoreApplication.translate("RecordCheckInCommand", "Check-in of {title}").format(
        title=title
    )
    replaced: StoredCheckIn | None = None

    def record(session: Session) -> None:
        nonlocal replaced
        replaced = record_checkin(session, values, today or clock.today())

    def take_back(session: Session) -> None:
        if replaced is None:
            remove_checkin(session, values.key_result_id, values.checked_on)
        else:
            restore_checkin(session, replaced)

    return StoreCommand(controller, text, {db.CheckIn}, record, take_back)


def correct_checkin_command(
    controller: WorkspaceController,
    day: dt.date,
    values: CheckInValues,
    title: str,
    today: dt.date | None = None,
) -> StoreCommand:
    """A past check-in (of `day`) corrected to `values`, under the same rules as a new one;
    undo puts back the rows exactly."""
    text = QCoreApplication.translate("CorrectCheckInCommand", "Correct check-in of {title}")
    correction: Correction | None = None

    def correct(session: Session) -> None:
        nonlocal correction
        correction = correct_checkin(
            session, values.key_result_id, day, values, today or clock.today()
        )

    def take_back(session: Session) -> None:
        assert correction is not None
        undo_correction(session, correction)

    return StoreCommand(controller, text.format(title=title), {db.CheckIn}, correct, take_back)


def delete_checkin_command(
    controller: WorkspaceController, key_result_id: int, day: dt.date, title: str
) -> StoreCommand:
    """One past check-in deleted; undo puts it back with its id and creation time."""
    text = QCoreApplication.translate("DeleteCheckInCommand", "Delete check-in of {title}")
    deleted: StoredCheckIn | None = None

    def remove(session: Session) -> None:
        nonlocal deleted
        deleted = delete_checkin(session, key_result_id, day)

    def take_back(session: Session) -> None:
        assert deleted is not None
        restore_checkin(session, deleted)

    return StoreCommand(controller, text.format(title=title), {db.CheckIn}, remove, take_back)
