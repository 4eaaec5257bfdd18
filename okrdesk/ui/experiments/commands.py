"""Undoable experiment edits: one StoreCommand and one transaction per user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from okrdesk.reports.text import Context
from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import ExperimentValues
from okrdesk.ui import store_commands
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


def edit_command(
    controller: WorkspaceController,
    experiment_id: int,
    values: ExperimentValues,
    status: str,
    template: DayTemplate | None = None,
) -> StoreCommand:
    """The editor's values and status, saved together."""
    return store_commands.change(
        controller,
        ExperimentCommands.tr("Edit “{title}”").format(title=values.title),
        lambda session: store.edit_experiment(
            session, experiment_id, values, status, template=template
        ),
        lambda session, previous: store.edit_experiment(
            session, experiment_id, *previous, undoing=True
        ),
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
