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
    SeenDay,
    StoredCheckIn,
    Written,
    correct_checkin,
    delete_checkin,
    put_back_checkin,
    take_back_checkin,
    undo_correction,
    write_checkin,
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
    seen: SeenDay | None = None,
) -> StoreCommand:
    """One key result's check-in under the rules of domain.checkin_rules as of `today` (the
    clock's today when None), signed by "me" unless `values` names its author; undo puts back
    what was there that day, or nothing.

    `seen` is the day's check-in as the screen read it: someone else's check-in of that key
    result and day since is a conflict, not replaced. Undo refuses to overwrite a later one."""
    if values.author_id is None:
        values = replace(values, author_id=current_me(controller))
    text = QCoreApplication.translate("RecordCheckInCommand", "Check-in of {title}").format(
        title=title
    )
    written: Written | None = None
    expected = seen

    def record(session: Session) -> Written:
        nonlocal written, expected
        written = write_checkin(session, values, today or clock.today(), seen=expected)
        expected = SeenDay(written.checkin_id, written.version)
        return written

    def take_back(session: Session) -> None:
        nonlocal expected
        assert written is not None
        take_back_checkin(session, written)
        expected = SeenDay.of(written.replaced)

    return StoreCommand(
        controller, text, {db.CheckIn}, record, take_back, check_ins_of={values.key_result_id}
    )


def correct_checkin_command(
    controller: WorkspaceController,
    day: dt.date,
    values: CheckInValues,
    title: str,
    today: dt.date | None = None,
    seen_version: int | None = None,
) -> StoreCommand:
    """A past check-in (of `day`) corrected to `values`, under the same rules as a new one;
    undo puts back the rows exactly. `seen_version`: the check-in's version as read (a change
    by someone else since is a conflict); undo refuses to overwrite a later change."""
    text = QCoreApplication.translate("CorrectCheckInCommand", "Correct check-in of {title}")
    correction: Correction | None = None
    expected = seen_version

    def correct(session: Session) -> None:
        nonlocal correction, expected
        correction = correct_checkin(
            session, values.key_result_id, day, values, today or clock.today(), expected
        )
        expected = correction.version

    def take_back(session: Session) -> None:
        nonlocal expected
        assert correction is not None
        undo_correction(session, correction)
        expected = correction.before.version

    return StoreCommand(
        controller,
        text.format(title=title),
        {db.CheckIn},
        correct,
        take_back,
        check_ins_of={values.key_result_id},
    )


def delete_checkin_command(
    controller: WorkspaceController,
    key_result_id: int,
    day: dt.date,
    title: str,
    seen_version: int | None = None,
) -> StoreCommand:
    """One past check-in deleted; undo puts it back with its id and creation time.
    `seen_version`: its version as read (changed by someone else since: a conflict); undo
    refuses to replace a check-in someone wrote on that day after the delete."""
    text = QCoreApplication.translate("DeleteCheckInCommand", "Delete check-in of {title}")
    deleted: StoredCheckIn | None = None
    expected = seen_version

    def remove(session: Session) -> None:
        nonlocal deleted
        deleted = delete_checkin(session, key_result_id, day, expected)

    def take_back(session: Session) -> None:
        nonlocal expected
        assert deleted is not None
        put_back_checkin(session, deleted)
        expected = deleted.version

    return StoreCommand(
        controller,
        text.format(title=title),
        {db.CheckIn},
        remove,
        take_back,
        check_ins_of={key_result_id},
    )
