"""Saving what the review meeting wrote (brief, decisions, notes, next experiment) undoably."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoCommand

from okrdesk.store.review.data import SavedReview, restore_review, save_review
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import StoreCommand

REVIEW_TABLES = frozenset({"weekly_reviews"})
# Typing in one box of one week's review, saved after each pause, undoes as one step.
_MERGE_ID = 0x5245_5657
TYPED = frozenset({"brief", "decisions", "notes"})


class SaveReviewCommand(StoreCommand):
    """One save of a week's review; successive saves of the same box of the same week merge."""

    tables = REVIEW_TABLES

    def __init__(
        self,
        controller: WorkspaceController,
        week: dt.date,
        values: SavedReview,
        text: str,
        field: str,
    ) -> None:
        super().__init__(controller, text)
        self.week = week
        self.values = values
        self.field = field
        self._previous: SavedReview | None = None
        self._done_once = False

    def redo(self) -> None:
        previous = self.run(lambda session: save_review(session, self.week, self.values))
        if not self._done_once:  # a redo after undo must not forget the first state
            self._previous = previous
            self._done_once = True

    def undo(self) -> None:
        self.run(lambda session: restore_review(session, self.week, self._previous))

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveReviewCommand):
            return False
        if other.week != self.week or other.field != self.field or self.field not in TYPED:
            return False
        self.values = other.values
        return True
