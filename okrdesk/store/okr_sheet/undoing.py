"""What an OKR sheet import wrote, step by step, so that it can be taken back and put back.

import_sheet notes each write in an ImportLog, in the order it made them: a team, a person, an
objective or a key result created, a key result edited, a check-in recorded. `take_back` undoes
them newest first with the store's own inverses (delete → snapshot, undo_key_result_edit,
delete_checkin then the check-in it replaced); `put_back` redoes them oldest first from those
snapshots, so that ids stay the same for the commands further up an undo stack. Neither commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.okr import commands
from okrdesk.store.okr.checkins import StoredCheckIn, delete_checkin, restore_checkin
from okrdesk.store.people import delete_person, delete_team, restore_person, restore_team


@dataclass
class _Created:
    kind: str  # "team", "person", "objective", "key_result"
    id: int
    snapshot: Any = None  # what the delete returned, while taken back


@dataclass
class _Edited:
    key_result_id: int
    values: KeyResultValues
    author_id: int | None
    changed_at: dt.datetime
    edit: commands.KeyResultEdit


@dataclass
class _CheckedIn:
    key_result_id: int
    day: dt.date
    replaced: StoredCheckIn | None  # the check-in of that day before the import
    written: StoredCheckIn | None = None  # the import's, while taken back


_DELETE: dict[str, Callable[[Session, int], Any]] = {
    "team": delete_team,
    "person": delete_person,
    "objective": commands.delete_objective,
    "key_result": commands.delete_key_result,
}
_RESTORE: dict[str, Callable[[Session, Any], Any]] = {
    "team": restore_team,
    "person": restore_person,
    "objective": commands.restore_objective,
    "key_result": commands.restore_key_result,
}


@dataclass
class ImportLog:
    """The writes of one import, oldest first."""

    steps: list[_Created | _Edited | _CheckedIn] = field(default_factory=list)

    def created(self, kind: str, id_: int) -> None:
        self.steps.append(_Created(kind, id_))

    def edited(
        self,
        key_result_id: int,
        values: KeyResultValues,
        author_id: int | None,
        changed_at: dt.datetime,
        edit: commands.KeyResultEdit,
    ) -> None:
        self.steps.append(_Edited(key_result_id, values, author_id, changed_at, edit))

    def checked_in(self, key_result_id: int, day: dt.date, replaced: StoredCheckIn | None) -> None:
        self.steps.append(_CheckedIn(key_result_id, day, replaced))

    def take_back(self, session: Session) -> None:
        """Undo every step, newest first: the workspace as it was before the import."""
        for step in reversed(self.steps):
            if isinstance(step, _Created):
                step.snapshot = _DELETE[step.kind](session, step.id)
            elif isinstance(step, _Edited):
                commands.undo_key_result_edit(session, step.key_result_id, step.edit)
            else:
                step.written = delete_checkin(session, step.key_result_id, step.day)
                if step.replaced is not None:
                    restore_checkin(session, step.replaced)
        session.flush()

    def put_back(self, session: Session) -> None:
        """Redo every step taken back, oldest first, with the same ids."""
        for step in self.steps:
            if isinstance(step, _Created):
                _RESTORE[step.kind](session, step.snapshot)
                step.snapshot = None
            elif isinstance(step, _Edited):
                step.edit = commands.edit_key_result(
                    session, step.key_result_id, step.values, step.author_id, step.changed_at
                )
            else:
                assert step.written is not None
                restore_checkin(session, step.written)  # replaces the one of that day
                step.written = None
        session.flush()
