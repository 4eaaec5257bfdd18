"""Undoable experiment edits: one StoreCommand and one transaction per user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from okrdesk.reports.text import Context
from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import ExperimentRow, ExperimentValues
from okrdesk.store.versions import ConflictError
from okrdesk.ui import store_commands
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve, value_text
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.me import current_me
from okrdesk.ui.store_commands import EXPERIMENTS, StoreCommand

DayTemplate = Sequence[tuple[int, str]]


class ExperimentCommands(Context):
    """Sentences of this module, in the `ExperimentCommands` translation context."""


def create_command(
    controller: WorkspaceController,
    values: ExperimentValues,
    status: str = "idea",
    template: DayTemplate | None = None,
) -> StoreCommand:
    """A new experiment; undo deletes it, redo puts it back with the same id and code."""
    return store_commands.create(
        controller,
        ExperimentCommands.tr("New experiment “{title}”").format(title=values.title),
        lambda session: store.create_experiment(session, values, status, template)[0],
        store.delete_experiment,
        store.restore_experiment,
        tables=EXPERIMENTS,
    )


def delete_command(controller: WorkspaceController, experiment_id: int, code: str) -> StoreCommand:
    return store_commands.delete(
        controller,
        ExperimentCommands.tr("Delete {code}").format(code=code),
        store.delete_experiment,
        store.restore_experiment,
        experiment_id,
        tables=EXPERIMENTS,
    )


def schedule_command(
    controller: WorkspaceController,
    experiment_id: int,
    start_date: dt.date | None,
    text: str,
    template: DayTemplate | None = None,
) -> StoreCommand:
    """Give an experiment its Day 1 (or move it); undo puts the previous date back."""
    return store_commands.change(
        controller,
        text,
        lambda session: store.schedule_experiment(session, experiment_id, start_date, template),
        lambda session, previous: store.schedule_experiment(session, experiment_id, previous),
        tables=EXPERIMENTS,
    )


def decide_command(
    controller: WorkspaceController,
    experiment_id: int,
    code: str,
    decision: str,
    learnings: str,
    decided_on: dt.date,
) -> StoreCommand:
    """Record (or change) a decision and its learnings, signed by "me"; undo puts the previous
    state back."""
    author = current_me(controller)
    return store_commands.change(
        controller,
        ExperimentCommands.tr("Decide {code}").format(code=code),
        lambda session: store.decide(
            session, experiment_id, decision, learnings, decided_on, author_id=author
        ),
        lambda session, previous: store.restore_decision(session, experiment_id, previous),
        tables=EXPERIMENTS,
    )


def set_status_command(
    controller: WorkspaceController, experiment_id: int, status: str, text: str
) -> StoreCommand:
    """One step along idea → planned → running → analysing, or back."""
    return store_commands.change(
        controller,
        text,
        lambda session: store.set_status(session, experiment_id, status),
        lambda session, previous: store.restore_status(session, experiment_id, previous),
        tables=EXPERIMENTS,
    )


EXPERIMENT_FIELDS = tuple(ExperimentValues.__dataclass_fields__)
LABELS = {
    "title": QT_TRANSLATE_NOOP("ExperimentCommands", "Title"),
    "hypothesis": QT_TRANSLATE_NOOP("ExperimentCommands", "Hypothesis"),
    "variable": QT_TRANSLATE_NOOP("ExperimentCommands", "Variable changed"),
    "key_result_id": QT_TRANSLATE_NOOP("ExperimentCommands", "Key result"),
    "funnel_id": QT_TRANSLATE_NOOP("ExperimentCommands", "Funnel"),
    "from_stage_id": QT_TRANSLATE_NOOP("ExperimentCommands", "From stage"),
    "to_stage_id": QT_TRANSLATE_NOOP("ExperimentCommands", "To stage"),
    "control_share": QT_TRANSLATE_NOOP("ExperimentCommands", "Control share"),
    "start_date": QT_TRANSLATE_NOOP("ExperimentCommands", "Day 1"),
    "owner_id": QT_TRANSLATE_NOOP("ExperimentCommands", "Owner"),
    "impact": QT_TRANSLATE_NOOP("ExperimentCommands", "Impact"),
    "confidence": QT_TRANSLATE_NOOP("ExperimentCommands", "Confidence"),
    "ease": QT_TRANSLATE_NOOP("ExperimentCommands", "Ease"),
    "planned_mde": QT_TRANSLATE_NOOP("ExperimentCommands", "Minimum detectable effect"),
    "duration_days": QT_TRANSLATE_NOOP("ExperimentCommands", "Days"),
    "status": QT_TRANSLATE_NOOP("ExperimentCommands", "Status"),
}


def guarded_edit_command(
    controller: WorkspaceController,
    parent: QWidget,
    row: ExperimentRow,
    values: ExperimentValues,
    status: str,
    template: DayTemplate | None = None,
    names: Mapping[str, Mapping[int, str]] | None = None,
) -> StoreCommand:
    """The editor's values and status over the experiment as it read it (`row`, with its
    version): someone else's change since is a conflict, shown theirs beside yours."""
    author = current_me(controller)
    command = store_commands.versioned(
        controller,
        ExperimentCommands.tr("Edit “{title}”").format(title=values.title),
        lambda session, expected: store.save_experiment(
            session, row.id, values, status, expected, author, template=template
        ),
        lambda session, edit, expected: (
            store.save_experiment(
                session, row.id, edit.previous, edit.previous_status, expected, author, undoing=True
            ).version
        ),
        row.version,
        tables=EXPERIMENTS,
        row=("experiments", row.id),
    )
    fields = (*EXPERIMENT_FIELDS, "status")
    found = names or {}

    def label(name: str) -> str:
        return QCoreApplication.translate("ExperimentCommands", LABELS.get(name, name))

    def text(name: str, value: object) -> str:
        if name in found and value is not None:
            return found[name].get(value, str(value))  # type: ignore[call-overload]
        return value_text(value)

    def conflict(error: ConflictError) -> None:
        seen = asdict(row.values) | {"status": row.status}
        theirs = error.conflict.theirs

        def apply() -> None:
            assert theirs is not None
            both = merged(error, seen, fields)
            again_status = both.pop("status")
            now = replace(
                row,
                values=ExperimentValues(**{f: theirs.row[f] for f in EXPERIMENT_FIELDS}),
                status=theirs.row["status"],
                version=theirs.version,
            )
            again = guarded_edit_command(
                controller, parent, now, ExperimentValues(**both), again_status, template, names
            )
            controller.undo_stack.push(again, parent)

        resolve(parent, error, field_lines(error, seen, fields, label, text), apply)

    command.on_conflict = conflict
    return command
