"""Undo commands for quarter end; each runs in one transaction each way."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from okrdesk.store.okr import cycle_close
from okrdesk.store.okr.cycles import create_cycle, delete_cycle
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.close.carry_dialog import CarryChoice, NewCycle
from okrdesk.ui.okr.close.close_dialog import CloseChoice
from okrdesk.ui.okr.commands import OKR_TABLES, StoreCommand

CYCLE_TABLES = OKR_TABLES | {"cycles"}


class CycleCommand(StoreCommand):
    def run(self, work) -> Any:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            result = work(session)
        self._controller.notify(CYCLE_TABLES)
        return result


class CloseCycleCommand(CycleCommand):
    """Changed grades and notes, the retrospective and the close, as one step."""

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        cycle_id: int,
        choice: CloseChoice,
        when: dt.datetime,
    ) -> None:
        super().__init__(controller, text)
        self._cycle_id, self._choice, self._when = cycle_id, choice, when
        self._grades: list[tuple[int, tuple[float | None, str]]] = []
        self._retrospective: cycle_close.Retrospective | None = None
        self._closure: cycle_close.CycleClosure | None = None

    def redo(self) -> None:
        self.run(self._close)

    def _close(self, session: Session) -> None:
        stored = {
            row.key_result_id: row for row in cycle_close.grading_rows(session, self._cycle_id)
        }
        self._grades = []
        for kr_id, (grade, note) in self._choice.grades.items():
            row = stored.get(kr_id)
            if row is not None and (row.grade, row.note) != (grade, note):
                previous = cycle_close.grade_key_result(session, kr_id, grade, note)
                self._grades.append((kr_id, previous))
        retro = self._choice.retrospective
        self._retrospective = cycle_close.write_retrospective(
            session, self._cycle_id, retro.what_helped, retro.root_causes, retro.lessons
        )
        self._closure = cycle_close.close_cycle(session, self._cycle_id, self._when)

    def undo(self) -> None:
        self.run(self._reopen)

    def _reopen(self, session: Session) -> None:
        cycle_close.undo_close(session, self._closure)
        retro = self._retrospective
        cycle_close.write_retrospective(
            session, self._cycle_id, retro.what_helped, retro.root_causes, retro.lessons
        )
        for kr_id, (grade, note) in reversed(self._grades):
            cycle_close.grade_key_result(session, kr_id, grade, note)


class ReopenCycleCommand(CycleCommand):
    def __init__(self, controller: WorkspaceController, text: str, cycle_id: int) -> None:
        super().__init__(controller, text)
        self._cycle_id = cycle_id
        self._closed_at: dt.datetime | None = None

    def redo(self) -> None:
        self._closed_at = self.run(lambda s: cycle_close.reopen_cycle(s, self._cycle_id))

    def undo(self) -> None:
        # Every key result has its grade already, so closing again changes nothing else.
        self.run(lambda s: cycle_close.close_cycle(s, self._cycle_id, self._closed_at))


class CarryOverCommand(CycleCommand):
    """The new cycle (when one is made) and the carried rows, as one step; a redo puts back
    the same ids, so later commands on the stack still find their rows."""

    def __init__(
        self, controller: WorkspaceController, text: str, from_cycle_id: int, choice: CarryChoice
    ) -> None:
        super().__init__(controller, text)
        self._from, self._choice = from_cycle_id, choice
        self._cycle_row: dict | None = None
        self._result: cycle_close.CarryOverResult | None = None
        self.target_cycle_id: int | None = None

    def redo(self) -> None:
        self.run(self._carry)

    def _carry(self, session: Session) -> None:
        if self._result is not None:
            if self._cycle_row is not None:
                cycle_close.insert_cycle(session, self._cycle_row)
            cycle_close.redo_carry_over(session, self._result)
            return
        target = self._choice.target
        if isinstance(target, NewCycle):
            target_id = create_cycle(session, target.name, target.start, target.end)
            self._cycle_row = cycle_close.cycle_row(session, target_id)
        else:
            target_id = target
        self.target_cycle_id = target_id
        self._result = cycle_close.carry_over(
            session, self._from, target_id, self._choice.objective_ids, self._choice.key_result_ids
        )

    def undo(self) -> None:
        def undo(session: Session) -> None:
            cycle_close.undo_carry_over(session, self._result)
            if self._cycle_row is not None:
                delete_cycle(session, self._cycle_row["id"])

        self.run(undo)
