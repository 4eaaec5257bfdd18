"""Undoable commands: one QUndoCommand per user action, each its own transaction."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from okrdesk.store.okr.checkins import (
    CheckInValues,
    StoredCheckIn,
    record_checkin,
    remove_checkin,
    restore_checkin,
)
from okrdesk.store.okr.cycles import create_cycle, delete_cycle
from okrdesk.ui.controller import WorkspaceController


class AddCycleCommand(QUndoCommand):
    def __init__(
        self, controller: WorkspaceController, name: str, start: dt.date, end: dt.date
    ) -> None:
        super().__init__()
        self.setText(
            QCoreApplication.translate("AddCycleCommand", "New cycle {name}").format(name=name)
        )
        self._controller = controller
        self._values = (name, start, end)
        self.cycle_id: int | None = None

    def redo(self) -> None:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            self.cycle_id = create_cycle(session, *self._values)
        self._controller.notify(frozenset({"cycles"}))

    def undo(self) -> None:
        assert self._controller.workspace is not None and self.cycle_id is not None
        with self._controller.workspace.session() as session, session.begin():
            delete_cycle(session, self.cycle_id)
        self._controller.notify(frozenset({"cycles"}))


class RecordCheckInCommand(QUndoCommand):
    """One key result's check-in; undo puts back what was there that day, or nothing."""

    def __init__(self, controller: WorkspaceController, values: CheckInValues, title: str) -> None:
        super().__init__()
        self.setText(
            QCoreApplication.translate("RecordCheckInCommand", "Check-in of {title}").format(
                title=title
            )
        )
        self._controller = controller
        self._values = values
        self._replaced: StoredCheckIn | None = None

    def redo(self) -> None:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            self._replaced = record_checkin(session, self._values)
        self._controller.notify(frozenset({"checkins"}))

    def undo(self) -> None:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            if self._replaced is None:
                remove_checkin(session, self._values.key_result_id, self._values.checked_on)
            else:
                restore_checkin(session, self._replaced)
        self._controller.notify(frozenset({"checkins"}))
