"""Undoable edits of the week board and the results panel: day tasks, arms, moving a week.

One StoreCommand per user action on the controller's undo stack; each tells the screens that
show experiments what changed. A task's edit or tick names the version of the task the screen
read (okrdesk.ui.row_edits): someone else's change since is shown, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import asdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from okrdesk.reports.text import Context
from okrdesk.store.experiments import records as experiments_store
from okrdesk.store.experiments import tasks as tasks_store
from okrdesk.store.experiments.tasks import DAY_TEMPLATE, TaskRow, TaskValues
from okrdesk.store.schema import ExperimentTask
from okrdesk.ui import row_edits, store_commands
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import EXPERIMENTS, StoreCommand

CONTEXT = "DayTemplate"
# The store's template titles, marked for translation here (the store cannot use Qt).
_TEMPLATE_TITLES = (
    QT_TRANSLATE_NOOP("DayTemplate", "Define: one variable, the hypothesis and the metric"),
    QT_TRANSLATE_NOOP("DayTemplate", "Deploy the change"),
    QT_TRANSLATE_NOOP("DayTemplate", "Collect data; check attribution"),
    QT_TRANSLATE_NOOP("DayTemplate", "Check lead quality"),
    QT_TRANSLATE_NOOP("DayTemplate", "Decide: scale or roll back"),
)


class ExperimentBoard(Context):
    """Sentences of this module, in the `ExperimentBoard` translation context."""


def translated_template() -> list[tuple[int, str]]:
    """DAY_TEMPLATE with its titles in the user's language."""
    return [(day, QCoreApplication.translate(CONTEXT, title)) for day, title in DAY_TEMPLATE]


def tick_command(
    controller: WorkspaceController, task: TaskRow, done: bool, parent: QWidget | None = None
) -> StoreCommand:
    text = (
        ExperimentBoard.tr("Tick “{title}” done")
        if done
        else ExperimentBoard.tr("Reopen “{title}”")
    ).format(title=task.title)
    return _guarded(controller, parent, text, task, TaskValues(task.title, task.owner_id, done))


def edit_command(
    controller: WorkspaceController,
    task: TaskRow,
    values: TaskValues,
    parent: QWidget | None = None,
) -> StoreCommand:
    text = ExperimentBoard.tr("Edit task “{title}”").format(title=values.title)
    return _guarded(controller, parent, text, task, values)


TASK_FIELDS = tuple(TaskValues.__dataclass_fields__)


def _guarded(
    controller: WorkspaceController,
    parent: QWidget | None,
    text: str,
    task: TaskRow,
    values: TaskValues,
) -> StoreCommand:
    """`values` over the task as read (`task`, with its version)."""
    return row_edits.guarded_update(
        controller,
        parent,
        text,
        tasks_store.update_task,
        task.id,
        values,
        task.version,
        model=ExperimentTask,
        seen=asdict(task.values),
        fields=TASK_FIELDS,
        make=lambda fields: TaskValues(**fields),
        tables=EXPERIMENTS,
    )


def add_command(
    controller: WorkspaceController, experiment_id: int, day: int, values: TaskValues
) -> StoreCommand:
    return store_commands.create(
        controller,
        ExperimentBoard.tr("Add task “{title}”").format(title=values.title),
        functools.partial(
            tasks_store.add_task, experiment_id=experiment_id, day=day, values=values
        ),
        tasks_store.delete_task,
        tasks_store.restore_task,
        tables=EXPERIMENTS,
    )


def delete_command(controller: WorkspaceController, task: TaskRow) -> StoreCommand:
    return store_commands.delete(
        controller,
        ExperimentBoard.tr("Delete task “{title}”").format(title=task.title),
        tasks_store.delete_task,
        tasks_store.restore_task,
        task.id,
        tables=EXPERIMENTS,
    )


def move_command(
    controller: WorkspaceController, experiment_id: int, code: str, start: dt.date
) -> StoreCommand:
    """Move an experiment's Day 1 (its tasks move with it: they are counted from Day 1)."""
    return store_commands.change(
        controller,
        ExperimentBoard.tr("Move {code} to the week of {day}").format(
            code=code, day=format_date(start)
        ),
        lambda session: experiments_store.schedule_experiment(
            session, experiment_id, start, translated_template()
        ),
        lambda session, previous: experiments_store.schedule_experiment(
            session, experiment_id, previous
        ),
        tables=EXPERIMENTS,
    )
