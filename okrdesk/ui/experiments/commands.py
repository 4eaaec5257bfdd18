"""Undoable experiment edits: one QUndoCommand and one transaction per user action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import DecisionState, ExperimentValues
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController

EXPERIMENT_TABLES = frozenset({"experiments", "experiment_tasks", "experiment_arms"})
DayTemplate = Sequence[tuple[int, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExperimentCommands", text)


class StoreCommand(store_commands.StoreCommand):
    tables = EXPERIMENT_TABLES


class DeleteCommand(store_commands.DeleteCommand):
    tables = EXPERIMENT_TABLES


class CreateExperimentCommand(store_commands.CreateCommand):
    """A new experiment; undo deletes it, redo puts it back with the same id and code."""

    tables = EXPERIMENT_TABLES

    def __init__(
        self,
        controller: WorkspaceController,
        values: ExperimentValues,
        status: str = "idea",
        template: DayTemplate | None = None,
    ) -> None:
        super().__init__(
            controller,
            _tr("New experiment “{title}”").format(title=values.title),
            lambda session: store.create_experiment(session, values, status, template)[0],
            store.delete_experiment,
            store.restore_experiment,
        )


def delete_command(controller: WorkspaceController, experiment_id: int, code: str) -> DeleteCommand:
    return DeleteCommand(
        controller,
        _tr("Delete {code}").format(code=code),
        store.delete_experiment,
        store.restore_experiment,
        experiment_id,
    )


class EditExperimentCommand(StoreCommand):
    """The editor's values and status, saved together."""

    def __init__(
        self,
        controller: WorkspaceController,
        experiment_id: int,
        values: ExperimentValues,
        status: str,
        template: DayTemplate | None = None,
    ) -> None:
        super().__init__(controller, _tr("Edit “{title}”").format(title=values.title))
        self._id, self._values, self._status, self._template = (
            experiment_id,
            values,
            status,
            template,
        )
        self._previous: tuple[ExperimentValues, str] | None = None

    def redo(self) -> None:
        self._previous = self.run(
            lambda session: store.edit_experiment(
                session, self._id, self._values, self._status, template=self._template
            )
        )

    def undo(self) -> None:
        assert self._previous is not None
        self.run(
            lambda session: store.edit_experiment(session, self._id, *self._previous, undoing=True)
        )


class ScheduleCommand(StoreCommand):
    """Give an experiment its Day 1 (or move it); undo puts the previous date back."""

    def __init__(
        self,
        controller: WorkspaceController,
        experiment_id: int,
        start_date: dt.date | None,
        text: str,
        template: DayTemplate | None = None,
    ) -> None:
        super().__init__(controller, text)
        self._id, self._start, self._template = experiment_id, start_date, template
        self._previous: dt.date | None = None

    def redo(self) -> None:
        self._previous = self.run(
            lambda session: store.schedule_experiment(
                session, self._id, self._start, self._template
            )
        )

    def undo(self) -> None:
        self.run(lambda session: store.schedule_experiment(session, self._id, self._previous))


class DecideCommand(StoreCommand):
    """Record (or change) a decision and its learnings; undo puts the previous state back."""

    def __init__(
        self,
        controller: WorkspaceController,
        experiment_id: int,
        code: str,
        decision: str,
        learnings: str,
        decided_on: dt.date,
    ) -> None:
        super().__init__(controller, _tr("Decide {code}").format(code=code))
        self._id, self._decision, self._learnings, self._day = (
            experiment_id,
            decision,
            learnings,
            decided_on,
        )
        self._previous: DecisionState | None = None

    def redo(self) -> None:
        self._previous = self.run(
            lambda session: store.decide(
                session, self._id, self._decision, self._learnings, self._day
            )
        )

    def undo(self) -> None:
        assert self._previous is not None
        self.run(lambda session: store.restore_decision(session, self._id, self._previous))


class SetStatusCommand(StoreCommand):
    """One step along idea → planned → running → analysing, or back."""

    def __init__(
        self, controller: WorkspaceController, experiment_id: int, status: str, text: str
    ) -> None:
        super().__init__(controller, text)
        self._id, self._status = experiment_id, status
        self._previous = ""

    def redo(self) -> None:
        self._previous = self.run(lambda session: store.set_status(session, self._id, self._status))

    def undo(self) -> None:
        self.run(lambda session: store.restore_status(session, self._id, self._previous))
