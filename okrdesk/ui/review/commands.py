"""Saving what the review meeting wrote (brief, decisions, notes, next experiment) undoably."""

from __future__ import annotations

import datetime as dt

from okrdesk.store.review.data import SavedReview, restore_review, save_review
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import REVIEWS, StoreCommand

REVIEW_TABLES = store_commands.table_names(REVIEWS)
# Typing in one box of one week's review, saved after each pause, undoes as one step.
TYPED = frozenset({"brief", "decisions", "notes"})


def save_review_command(
    controller: WorkspaceController,
    week: dt.date,
    values: SavedReview,
    text: str,
    field: str,
) -> StoreCommand:
    """One save of a week's review; successive saves of the same box of the same week merge."""
    return store_commands.change(
        controller,
        text,
        lambda session: save_review(session, week, values),
        lambda session, previous: restore_review(session, week, previous),
        tables=REVIEWS,
        merge_key=("review", week, field) if field in TYPED else None,
    )
