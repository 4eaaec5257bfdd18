"""Undo commands for quarter end; each runs in one transaction each way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from okrdesk.store.okr import cycle_close
from okrdesk.store.okr.cycles import create_cycle, delete_cycle
from okrdesk.store.okr.queries import CycleInfo
from okrdesk.store.versions import ConflictError, titled
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve, value_text
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.okr.close.carry_dialog import CarryChoice, NewCycle
from okrdesk.ui.okr.close.close_dialog import CloseChoice
from okrdesk.ui.store_commands import CYCLES, StoreCommand, versioned

T = TypeVar("T")
RETROSPECTIVE_FIELDS = ("what_helped", "root_causes", "lessons")
RETROSPECTIVE_LABELS = {
    "what_helped": QT_TRANSLATE_NOOP("CycleCloseCommands", "What helped"),
    "root_causes": QT_TRANSLATE_NOOP("CycleCloseCommands", "Root causes of misses"),
    "lessons": QT_TRANSLATE_NOOP("CycleCloseCommands", "Lessons"),
}


@dataclass(frozen=True)
class Closed:
    """What a close changed (for its undo) and the cycle's version after it."""

    grades: tuple[tuple[int, tuple[float | None, str]], ...]
    retrospective: cycle_close.Retrospective
    closure: cycle_close.CycleClosure
    version: int


def close_command(
    controller: WorkspaceController,
    text: str,
    cycle: CycleInfo,
    choice: CloseChoice,
    when: dt.datetime,
    version: int,
    parent: QWidget | None = None,
    seen: cycle_close.Retrospective | None = None,
) -> StoreCommand:
    """Changed grades and notes, the retrospective and the close, as one step, over the cycle
    the dialog read at `version` (with `seen` as its retrospective): someone else's change
    since is a conflict shown theirs beside yours; undo refuses to overwrite a later one."""
    cycle_id = cycle.id

    def close(session: Session, expected: int) -> Closed:
        stored = {row.key_result_id: row for row in cycle_close.grading_rows(session, cycle_id)}
        retro = choice.retrospective
        retrospective = _named(
            cycle.name,
            cycle_close.write_retrospective,
            session,
            cycle_id,
            retro.what_helped,
            retro.root_causes,
            retro.lessons,
            seen_version=expected,
        )
        grades = []
        for kr_id, (grade, note) in choice.grades.items():
            row = stored.get(kr_id)
            if row is not None and (row.grade, row.note) != (grade, note):
                previous = cycle_close.grade_key_result(session, kr_id, grade, note)
                grades.append((kr_id, previous))
        closure = cycle_close.close_cycle(session, cycle_id, when)
        version = cycle_close.cycle_version(session, cycle_id)
        return Closed(tuple(grades), retrospective, closure, version)

    def reopen(session: Session, closed: Closed, expected: int) -> int:
        _named(cycle.name, cycle_close.undo_close, session, closed.closure, seen_version=expected)
        retro = closed.retrospective
        cycle_close.write_retrospective(
            session, cycle_id, retro.what_helped, retro.root_causes, retro.lessons
        )
        for kr_id, (grade, note) in reversed(closed.grades):
            cycle_close.grade_key_result(session, kr_id, grade, note)
        return cycle_close.cycle_version(session, cycle_id)

    command = versioned(
        controller, text, close, reopen, version, tables=CYCLES, row=("cycles", cycle_id)
    )
    if parent is not None:
        command.on_conflict = _on_conflict(controller, text, cycle, choice, when, parent, seen)
    return command


def _named(name: str, step: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A cycle's step whose conflict names the cycle (its rows have a name, not a title)."""
    try:
        return step(*args, **kwargs)
    except ConflictError as error:
        raise titled(error, name) from None


def _on_conflict(
    controller: WorkspaceController,
    text: str,
    cycle: CycleInfo,
    choice: CloseChoice,
    when: dt.datetime,
    parent: QWidget,
    seen: cycle_close.Retrospective | None,
) -> Callable[[ConflictError], None]:
    """Theirs beside yours, field by field of the retrospective; applying closes the cycle
    with their retrospective and the fields you changed set to yours."""

    def label(name: str) -> str:
        return QCoreApplication.translate("CycleCloseCommands", RETROSPECTIVE_LABELS[name])

    def conflict(error: ConflictError) -> None:
        theirs = error.conflict.theirs
        before = asdict(seen) if seen is not None else None

        def apply() -> None:
            assert theirs is not None
            both = merged(error, before, RETROSPECTIVE_FIELDS)
            again = replace(choice, retrospective=cycle_close.Retrospective(**both))
            now = cycle_close.Retrospective(**{f: theirs.row[f] for f in RETROSPECTIVE_FIELDS})
            controller.undo_stack.push(
                close_command(
                    controller, text, cycle, again, when, theirs.version, parent, seen=now
                ),
                parent,
            )

        lines = field_lines(
            error, before, RETROSPECTIVE_FIELDS, label, lambda _name, value: value_text(value)
        )
        resolve(parent, error, lines, apply)

    return conflict


def reopen_command(
    controller: WorkspaceController, text: str, cycle_id: int, version: int = 0
) -> StoreCommand:
    """Reopen a closed cycle (read at `version`); undo closes it again unless someone changed
    it since."""

    @dataclass(frozen=True)
    class Reopened:
        closed_at: dt.datetime
        version: int

    def reopen(session: Session, _expected: int) -> Reopened:
        closed_at = cycle_close.reopen_cycle(session, cycle_id)
        return Reopened(closed_at, cycle_close.cycle_version(session, cycle_id))

    def close_again(session: Session, reopened: Reopened, expected: int) -> int:
        # Every key result has its grade already, so closing again changes nothing else.
        cycle_close.close_cycle(session, cycle_id, reopened.closed_at, seen_version=expected)
        return cycle_close.cycle_version(session, cycle_id)

    return versioned(
        controller, text, reopen, close_again, version, tables=CYCLES, row=("cycles", cycle_id)
    )


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
