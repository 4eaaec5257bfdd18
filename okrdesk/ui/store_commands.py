"""Undoable edits over store functions: one command type, one transaction each way.

A `StoreCommand` is built from two callables, `do` and `undo`, each given a session inside
its own transaction, and from the schema's models it changes, whose table names the controller
then announces (`changed`). The store functions return what undo needs (previous values, a
snapshot of what a delete removed, where a moved item was); the builders below (`change`,
`create`, `update`, `delete`, `move`) keep it between the two steps.

A store refusal (`STORE_ERRORS`) raised by either step rolls its transaction back, takes the
command off the undo stack (QUndoStack drops an obsolete command) and is shown to the user by
the stack (WorkspaceUndoStack.refuse); nothing is half-done. So is a step cut off by a lost
team server: its transaction was never committed. A conflict (someone else changed the row,
okrdesk.store.versions) met by a save goes to the command's `on_conflict` when the screen that
saved set one (it shows theirs and yours); an undo that would overwrite someone else's later
change is refused in words and does nothing.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from okrdesk.store import schema as db
from okrdesk.store.errors import WorkspaceError
from okrdesk.store.schema import Base
from okrdesk.store.versions import ConflictError
from okrdesk.store.workspace.server import one_line
from okrdesk.ui.controller import WorkspaceController

# What the store raises to refuse a change (its own classes in okrdesk.store.errors derive
# from these); anything else is a bug and is left to propagate.
STORE_ERRORS: tuple[type[Exception], ...] = (WorkspaceError, ValueError, LookupError)
# QUndoStack only tries to merge commands that share an id; the merge key then decides.
_MERGE_ID = 0x5354_4F52

Model = type[Base]
Work = Callable[[Session], Any]

# -- what each kind of command changes, for the screens to reload ------------------------------

OKR = frozenset({db.Objective, db.KeyResult, db.CheckIn, db.Initiative, db.Experiment})
CYCLES = OKR | {db.Cycle}
KPIS = frozenset({db.Kpi, db.KpiValue})
BINDINGS = frozenset({db.KeyResultBinding})
EXPERIMENTS = frozenset({db.Experiment, db.ExperimentTask, db.ExperimentArm})
# A funnel or its stages: everything keyed by them.
FUNNEL_DEFINITIONS = frozenset(
    {
        db.Funnel,
        db.FunnelStage,
        db.FunnelCount,
        db.FunnelCohortCount,
        db.FunnelLeadSpeed,
        db.FunnelLeadWeek,
        db.FunnelSpend,
        db.ImportBatch,
        db.KeyResultBinding,
        db.Experiment,
    }
)
FUNNEL_COUNTS = frozenset({db.FunnelCount})
# An import (or its undo) also writes the check-ins of key results bound to the funnel.
IMPORTS = FUNNEL_DEFINITIONS | {db.CheckIn, db.KeyResult}
REVIEWS = frozenset({db.WeeklyReview})
SETTINGS = frozenset({db.WorkspaceSettings})
# A person, and the rows a person owns or wrote.
PEOPLE = frozenset(
    {
        db.Person,
        db.Objective,
        db.KeyResult,
        db.Initiative,
        db.Experiment,
        db.ExperimentTask,
        db.CheckIn,
        db.KeyResultChange,
    }
)
# A team, and the rows that belong to a team.
TEAMS = frozenset({db.Team, db.Person, db.Objective, db.Kpi})


def table_names(*models: Model | Iterable[Model]) -> frozenset[str]:
    """The table names of schema models (or of sets of them), as `changed` carries them."""
    names: set[str] = set()
    for item in models:
        group = (item,) if isinstance(item, type) else item
        names.update(model.__table__.name for model in group)
    return frozenset(names)


class StoreCommand(QUndoCommand):
    """One user action: `do` and `undo` each run in one transaction, then the screens are told.

    `result` is what the last `do` returned. Commands with equal, non-None `merge_key` merge
    when pushed one after the other: the first keeps its `undo`, the later one's `do` wins.
    `done=True` is for work that already ran (a background import): the first redo is skipped.
    `check_ins_of` names the key results whose check-ins `do` and `undo` write, for a command
    that writes nothing else: the screens that show them update those rows alone.
    `after_step(redone, result)`, when set, runs after each step the store accepted (`redone`
    True after `do`, False after `undo`), once the screens have reloaded: a screen selects
    what it made.
    """

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        tables: Iterable[Model],
        do: Work,
        undo: Work,
        *,
        merge_key: object = None,
        done: bool = False,
        check_ins_of: Iterable[int] = (),
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self.tables = table_names(tables)
        self.check_ins_of = frozenset(check_ins_of)
        self._do, self._undo = do, undo
        self.merge_key = merge_key
        self._skip_redo = done
        self.result: Any = None
        self.error: Exception | None = None
        self.after_step: Callable[[bool, Any], None] | None = None
        # Called with the ConflictError a save (not an undo) met, instead of a message.
        self.on_conflict: Callable[[ConflictError], None] | None = None

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._step(self._do, keep=True)

    def undo(self) -> None:
        self._step(self._undo, keep=False)

    def id(self) -> int:
        return -1 if self.merge_key is None else _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StoreCommand) or self.merge_key is None:
            return False
        if other.merge_key != self.merge_key or other.isObsolete():  # a refused step is dropped
            return False
        self._do, self.result = other._do, other.result
        # Nothing named on either side: those steps may write more than check-ins.
        both = self.check_ins_of and other.check_ins_of
        self.check_ins_of = self.check_ins_of | other.check_ins_of if both else frozenset()
        return True

    def _step(self, work: Work, *, keep: bool) -> None:
        try:
            result = self._run(work)
        except STORE_ERRORS as error:
            # An exception cannot cross QUndoStack: drop the command and say why.
            if isinstance(error, ConflictError) and not keep and not error.undoing:
                error = error.for_undo()
            if isinstance(error, ConflictError):
                self._controller.notify(self.tables)  # the screens show theirs
            # A row someone deleted leaves nothing to choose: said like any refusal.
            chooses = isinstance(error, ConflictError) and error.conflict.theirs is not None
            if chooses and keep and self.on_conflict is not None:
                self.error = error
                self.setObsolete(True)
                self.on_conflict(error)
            else:
                self._refused(error, error)
            return
        except (OperationalError, InterfaceError) as error:
            workspace = self._controller.workspace
            if workspace is None or not workspace.on_server:
                raise
            reason = QCoreApplication.translate(
                "StoreCommand",
                "The team server cannot be reached ({reason}), so the change was not made.",
            ).format(reason=one_line(error))
            self._refused(error, reason)
            return
        if keep:
            self.result = result
        if self.after_step is not None:
            self.after_step(keep, self.result)

    def _refused(self, error: Exception, said: Exception | str) -> None:
        self.error = error
        self.setObsolete(True)
        self._controller.undo_stack.refuse(self.text(), said)

    def _run(self, work: Work) -> Any:
        assert self._controller.workspace is not None
        with self._controller.workspace.session() as session, session.begin():
            result = work(session)
        self._controller.notify(self.tables, self.check_ins_of)
        return result


def create(
    controller: WorkspaceController,
    text: str,
    create: Callable[[Session], int],
    delete: Callable[[Session, int], Any],
    restore: Callable[[Session, Any], None],
    *,
    tables: Iterable[Model],
) -> StoreCommand:
    """Create an item; redo after undo restores the deleted snapshot, so it keeps its id.

    The new item's id is the command's `result`.
    """
    item_id: int | None = None
    snapshot: Any = None

    def do(session: Session) -> int:
        nonlocal item_id
        if snapshot is None:
            item_id = create(session)
        else:
            restore(session, snapshot)
        assert item_id is not None
        return item_id

    def undo(session: Session) -> None:
        nonlocal snapshot
        assert item_id is not None
        snapshot = delete(session, item_id)

    return StoreCommand(controller, text, tables, do, undo)


def change(
    controller: WorkspaceController,
    text: str,
    do: Callable[[Session], Any],
    undo: Callable[[Session, Any], Any],
    *,
    tables: Iterable[Model],
    merge_key: object = None,
) -> StoreCommand:
    """`do` returns what `undo` needs (the values it replaced, a snapshot, an origin)."""
    kept: Any = None

    def forward(session: Session) -> Any:
        nonlocal kept
        kept = do(session)
        return kept

    return StoreCommand(
        controller, text, tables, forward, lambda session: undo(session, kept), merge_key=merge_key
    )


def update(
    controller: WorkspaceController,
    text: str,
    update: Callable[[Session, int, Any], Any],
    item_id: int,
    values: Any,
    *,
    tables: Iterable[Model],
) -> StoreCommand:
    """`update` returns the values it replaced; undo writes them back the same way."""
    return change(
        controller,
        text,
        lambda session: update(session, item_id, values),
        lambda session, previous: update(session, item_id, previous),
        tables=tables,
    )


def delete(
    controller: WorkspaceController,
    text: str,
    delete: Callable[[Session, int], Any],
    restore: Callable[[Session, Any], None],
    item_id: int,
    *,
    tables: Iterable[Model],
) -> StoreCommand:
    """`delete` returns a snapshot of what it removed; undo restores it."""
    return change(
        controller, text, lambda session: delete(session, item_id), restore, tables=tables
    )


def move(
    controller: WorkspaceController,
    text: str,
    move: Callable[[Session, int, Any, int], tuple[Any, int]],
    item_id: int,
    target: tuple[Any, int],
    *,
    tables: Iterable[Model],
) -> StoreCommand:
    """`move` returns where the item was (parent, position); undo moves it back there."""
    return change(
        controller,
        text,
        lambda session: move(session, item_id, *target),
        lambda session, origin: move(session, item_id, *origin),
        tables=tables,
    )


def versioned(
    controller: WorkspaceController,
    text: str,
    do: Callable[[Session, int], Any],
    undo: Callable[[Session, Any, int], int],
    version: int,
    *,
    tables: Iterable[Model],
    merge_key: object = None,
    row: Hashable = None,
) -> StoreCommand:
    """An edit of one row a screen read at `version`; each step names the version it expects.

    `do(session, expected)` returns what `undo` needs, with the row's new version as its
    `.version`; `undo(session, kept, expected)` returns the row's version after it. A step
    against a row someone else changed meanwhile is a conflict: nothing is written. Merged
    edits (equal `merge_key`) undo to what the first one replaced.

    `row` names the row (its table and key) so that the commands of one row follow each
    other: undoing an edit after undoing this user's later edit of the same row expects the
    version that undo left, since the row is back as the earlier edit left it.
    """
    return VersionedCommand(
        controller, text, tables, do, undo, version, merge_key=merge_key, row=row
    )


# Per open workspace (by id, with a weak reference telling a reused id apart) and row: a
# version a step of this user left, and the version the same state of the row has now (after
# an undo or a redo of this user moved it on).
_SAME_STATE: dict[int, tuple[weakref.ref[Any], dict[Hashable, dict[int, int]]]] = {}


def _same_states(workspace: object, row: Hashable) -> dict[int, int]:
    """The version map of `row` in `workspace` (a new one for a row not named)."""
    if row is None or workspace is None:
        return {}
    for key in [key for key, (ref, _rows) in _SAME_STATE.items() if ref() is None]:
        del _SAME_STATE[key]
    found = _SAME_STATE.get(id(workspace))
    if found is None or found[0]() is not workspace:
        found = (weakref.ref(workspace), {})
        _SAME_STATE[id(workspace)] = found
    return found[1].setdefault(row, {})


class VersionedCommand(StoreCommand):
    """See `versioned`: the versions before and after this edit travel with the command."""

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        tables: Iterable[Model],
        do: Callable[[Session, int], Any],
        undo: Callable[[Session, Any, int], int],
        version: int,
        *,
        merge_key: object = None,
        row: Hashable = None,
    ) -> None:
        super().__init__(
            controller, text, tables, self._forward, self._backward, merge_key=merge_key
        )
        self._edit, self._put_back = do, undo
        self.before, self.after = version, None
        self._kept: Any = None
        self._states = _same_states(controller.workspace, row)

    @property
    def expected(self) -> int:
        """The version the row is at now, as this command's last step left it."""
        return self._now(self.before if self.after is None else self.after)

    def _now(self, version: int) -> int:
        # A row made again by a redo starts at version 1 again: a step may map to itself.
        for _ in range(len(self._states)):
            if self._states.get(version, version) == version:
                break
            version = self._states[version]
        return version

    def _forward(self, session: Session) -> Any:
        self._kept = self._edit(session, self._now(self.before))
        if self.after is None:
            self.after = self._kept.version
        else:
            self._states[self.after] = self._kept.version
        return self._kept

    def _backward(self, session: Session) -> None:
        assert self.after is not None
        self._states[self.before] = self._put_back(session, self._kept, self._now(self.after))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, VersionedCommand) or not super().mergeWith(other):
            return False
        # Keep this command's steps and what it replaced; take the later edit and its version.
        self._do = self._forward
        self._edit, self.after = other._edit, other.after
        return True
