"""Saving what the review meeting wrote (brief, decisions, notes, next experiment) undoably,
against the version of the row the screen read: someone else's words saved first are a
conflict shown theirs beside yours (keep theirs, or theirs then mine)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from okrdesk.store.review.data import SavedReview
from okrdesk.store.review.saving import restore_review_at, save_review_at
from okrdesk.store.versions import ConflictError
from okrdesk.ui import store_commands
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve, value_text
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import REVIEWS, StoreCommand

REVIEW_TABLES = store_commands.table_names(REVIEWS)
# Typing in one box of one week's review, saved after each pause, undoes as one step.
TYPED = frozenset({"brief", "decisions", "notes"})
FIELDS = tuple(field.name for field in fields(SavedReview))
LABELS = {
    "brief": QT_TRANSLATE_NOOP("ReviewCommands", "Brief"),
    "decisions": QT_TRANSLATE_NOOP("ReviewCommands", "Decisions"),
    "notes": QT_TRANSLATE_NOOP("ReviewCommands", "Notes"),
    "next_experiment_id": QT_TRANSLATE_NOOP("ReviewCommands", "Next week's experiment"),
}


def save_review_command(
    controller: WorkspaceController,
    week: dt.date,
    values: SavedReview,
    text: str,
    field: str,
    version: int = 0,
    title: str = "",
) -> StoreCommand:
    """One save of a week's review over the row read at `version` (0: none saved yet);
    successive saves of the same box of the same week merge (`field` "": with none)."""
    return store_commands.versioned(
        controller,
        text,
        lambda session, expected: save_review_at(session, week, values, expected, title),
        lambda session, edit, expected: restore_review_at(session, week, edit, expected, title),
        version,
        tables=REVIEWS,
        merge_key=("review", week, field) if field in TYPED else None,
        row=("weekly_reviews", week),
    )


def on_review_conflict(
    parent: QWidget,
    seen: SavedReview,
    names: dict[int, str],
    again: Callable[[SavedReview, SavedReview, int], None],
) -> Callable[[ConflictError], None]:
    """What a refused save shows: the meeting's words, theirs beside yours; applying saves
    theirs with the fields you changed set to yours: `again(values, theirs, their_version)`."""

    def label(name: str) -> str:
        return QCoreApplication.translate("ReviewCommands", LABELS.get(name, name))

    def text(name: str, value: object) -> str:
        if name == "next_experiment_id" and isinstance(value, int):
            return names.get(value, str(value))
        return value_text(value)

    def conflict(error: ConflictError) -> None:
        theirs = error.conflict.theirs
        before = asdict(seen)

        def apply() -> None:
            assert theirs is not None
            both = merged(error, before, FIELDS)
            now = SavedReview(**{name: theirs.row[name] for name in FIELDS})
            again(SavedReview(**{name: both[name] for name in FIELDS}), now, theirs.version)

        resolve(parent, error, field_lines(error, before, FIELDS, label, text), apply)

    return conflict
