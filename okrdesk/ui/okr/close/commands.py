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
from okrdesk.ui.store_commands import CYCLES, StoreCommand


def close_command(
    controller: WorkspaceController,
    text: str,
    cycle_id: int,
    choice: CloseChoice,
    when: dt.datetime,
) -> StoreCommand:
    """Changed grades and notes, the retrospective and the close, as one step."""
    grades: list[tuple[int, tuple[float | None, str]]] = []
    retrospective: cycle_close.Retrospective | None = None
    closure: cycle_close.CycleClosure | None = None

    def close(session: Session) -> None:
        nonlocal retrospective, closure
        stored = {row.key_result_id: row for row in cycle_close.grading_rows(session, cycle_id)}
        grades.clear()
        for kr_id, (grade, note) in choice.grades.items():
            row = stored.get(kr_id)
            if row is not None and (row.grade, row.note) != (grade, note):
                previous = cycle_close.grade_key_result(session, kr_id, grade, note)
                grades.append((kr_id, previous))
        retro = choice.retrospective
        retrospective = cycle_close.write_retrospective(
            session, cycle_id, retro.what_helped, retro.root_causes, retro.lessons
        )
        closure = cycle_close.close_cycle(session, cycle_id, when)

    def reopen(session: Session) -> None:
        cycle_close.undo_close(session, closure)
        retro = retrospective
        assert retro is not None
        cycle_close.write_retrospective(
            session, cycle_id, retro.what_helped, retro.root_causes, retro.lessons
        )
        for kr_id, (grade, note) in reversed(grades):
            cycle_close.grade_key_result(session, kr_id, grade, note)

    return StoreCommand(controller, text, CYCLES, close, reopen)


def reopen_command(controller: WorkspaceController, text: str, cycle_id: int) -> StoreCommand:
    closed_at: dt.datetime | None = None

    def reopen(session: Session) -> None:
        nonlocal closed_at
        closed_at = cycle_close.reopen_cycle(session, cycle_id)

    def close_again(session: Session) -> None:
        # Every key result has its grade already, so closing again changes nothing else.
        assert closed_at is not None
        cycle_close.close_cycle(session, cycle_id, closed_at)

    return StoreCommand(controller, text, CYCLES, reopen, close_again)


def carry_over_command(
    controller: WorkspaceController, text: str, from_cycle_id: int, choice: CarryChoice
) -> StoreCommand:
    """The new cycle (when one is made) and the carried rows, as one step; a redo puts back
    the same ids, so later commands on the stack still find their rows. `result` is the id
    of the cycle carried to."""
    cycle_row: Any = None
    result: cycle_close.CarryOverResult | None = None
    target_id: int | None = None

    def carry(session: Session) -> int | None:
        nonlocal cycle_row, result, target_id
        if result is not None:
            if cycle_row is not None:
                cycle_close.insert_cycle(session, cycle_row)
            cycle_close.redo_carry_over(session, result)
            return target_id
        target = choice.target
        if isinstance(target, NewCycle):
            target_id = create_cycle(session, target.name, target.start, target.end)
            cycle_row = cycle_close.cycle_row(session, target_id)
        else:
            target_id = target
        result = cycle_close.carry_over(
            session, from_cycle_id, target_id, choice.objective_ids, choice.key_result_ids
        )
        return target_id

    def undo(session: Session) -> None:
        cycle_close.undo_carry_over(session, result)
        if cycle_row is not None:
            delete_cycle(session, cycle_row["id"])

    return StoreCommand(controller, text, CYCLES, carry, undo)
