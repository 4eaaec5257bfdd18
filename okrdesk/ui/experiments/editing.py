"""New, edit, delete, plan for a week and decide: the experiment screen's undoable actions.

Each opens its dialog window-modal and returns it (so tests can fill it in); accepting pushes
one command on the workspace's undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from okrdesk.domain.experiment_rules import starts_later
from okrdesk.reports.review_table import experiment_status_in_sentence
from okrdesk.store.experiments import planning
from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import ExperimentRow, ExperimentValues
from okrdesk.store.experiments.tasks import DAY_TEMPLATE
from okrdesk.store.okr import queries as okr_queries
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.experiments.backlog import PlanWeekDialog
from okrdesk.ui.experiments.commands import (
    create_command,
    decide_command,
    delete_command,
    guarded_edit_command,
    schedule_command,
    set_status_command,
)
from okrdesk.ui.experiments.decision_dialog import DecisionDialog
from okrdesk.ui.experiments.editor import ExperimentEditor

# The step the advance action takes; a decision (Decide…) takes the last one.
NEXT_STATUS = {"planned": "running", "running": "analysing"}


def _names(choices: tuple[list, list, list]) -> dict[str, dict[int, str]]:
    """Names of the ids a conflict shows, from the editor's choices."""
    funnels, key_results, people = choices
    stages = {stage_id: name for funnel in funnels for stage_id, name in funnel.stages}
    return {
        "funnel_id": {funnel.id: funnel.name for funnel in funnels},
        "from_stage_id": stages,
        "to_stage_id": stages,
        "key_result_id": {choice.id: choice.title for choice in key_results},
        "owner_id": dict(people),
    }


def day_template() -> list[tuple[int, str]]:
    """The 7-day cycle's task titles in the user's language."""
    return [(day, QCoreApplication.translate("DayTemplate", title)) for day, title in DAY_TEMPLATE]


class ExperimentEditing(QObject):
    """The actions; `current` gives the experiment they act on (None when none is chosen)."""

    created = Signal(int)  # the new experiment's id, to select it

    def __init__(
        self,
        parent: QWidget,
        controller: WorkspaceController,
        current: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._controller = controller
        self._current = current
        self.today: Callable[[], dt.date] = clock.today
        self.new_action = self._action(
            self.tr("&New experiment…"), self.new_experiment, QKeySequence("Ctrl+N")
        )
        self.edit_action = self._action(self.tr("&Edit experiment…"), self.edit_current)
        self.decide_action = self._action(self.tr("&Decide…"), self.decide_current)
        self.plan_action = self._action(self.tr("&Plan for week…"), self.plan_current)
        self.advance_action = self._action(self.tr("&Mark as running"), self.advance_current)
        self.delete_action = self._action(self.tr("De&lete experiment"), self.delete_current)

    def _action(
        self, text: str, slot: Callable[[], Any], key: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self._parent)
        if key is not None:
            action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._parent.addAction(action)
        return action

    def update_actions(self, row: ExperimentRow | None) -> None:
        writable = self._controller.workspace is not None and not self._controller.read_only
        self.new_action.setEnabled(writable)
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(writable and row is not None)
        self.decide_action.setEnabled(
            writable and row is not None and row.status in ("running", "analysing", "decided")
        )
        self.plan_action.setEnabled(
            writable and row is not None and row.status in ("idea", "planned")
        )
        following = NEXT_STATUS.get(row.status) if row is not None else None
        self.advance_action.setEnabled(writable and following is not None)
        if following is not None:
            self.advance_action.setText(
                self.tr("&Mark as {status}").format(status=experiment_status_in_sentence(following))
            )

    # -- reading -----------------------------------------------------------------------------

    def _row(self, experiment_id: int | None) -> ExperimentRow | None:
        """The experiment to act on; None in a read-only workspace, where nothing is acted on."""
        workspace = self._controller.workspace
        if experiment_id is None or workspace is None or self._controller.read_only:
            return None
        with workspace.engine.connect() as connection:
            try:
                return store.experiment(connection, experiment_id)
            except LookupError:
                return None

    def _choices(self) -> tuple[list, list, list]:
        with self._controller.workspace.engine.connect() as connection:
            return (
                planning.funnel_choices(connection),
                planning.key_result_choices(connection),
                okr_queries.people(connection),
            )

    def _traffic(self, from_stage_id: int, to_stage_id: int) -> planning.StepTraffic:
        with self._controller.workspace.engine.connect() as connection:
            return planning.step_traffic(connection, from_stage_id, to_stage_id, self.today())

    def _next_code(self) -> str:
        with self._controller.workspace.engine.connect() as connection:
            return store.next_code(connection)

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(on_accept)
        dialog.open()

    # -- actions -----------------------------------------------------------------------------

    def new_experiment(self) -> ExperimentEditor | None:
        if self._controller.workspace is None or self._controller.read_only:
            return None
        funnels, key_results, people = self._choices()
        start = ExperimentValues(title="", funnel_id=funnels[0].id if len(funnels) == 1 else None)
        dialog = ExperimentEditor(
            self._parent,
            self.tr("New experiment"),
            self.tr("{code} (given on saving)").format(code=self._next_code()),
            start,
            "idea",
            (funnels, key_results, people),
            self._traffic,
            self.today(),
        )

        def create() -> None:
            command = create_command(
                self._controller, dialog.values(), dialog.status(), day_template()
            )
            self._controller.undo_stack.push(command)
            self.created.emit(command.result)

        self._open(dialog, create)
        return dialog

    def edit_current(self) -> ExperimentEditor | None:
        return self.edit(self._current())

    def edit(self, experiment_id: int | None) -> ExperimentEditor | None:
        row = self._row(experiment_id)
        if row is None:
            return None
        choices = self._choices()
        dialog = ExperimentEditor(
            self._parent,
            self.tr("Edit {code}").format(code=row.code),
            row.code,
            row.values,
            row.status,
            choices,
            self._traffic,
            self.today(),
        )

        def save() -> None:
            values, status = dialog.values(), dialog.status()
            if (values, status) != (row.values, row.status):
                command = guarded_edit_command(
                    self._controller,
                    self._parent,
                    row,
                    values,
                    status,
                    day_template(),
                    _names(choices),
                )
                self._controller.undo_stack.push(command)

        self._open(dialog, save)
        return dialog

    def delete_current(self) -> bool:
        return self.delete(self._current())

    def delete(self, experiment_id: int | None) -> bool:
        row = self._row(experiment_id)
        if row is None:
            return False
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete experiment"),
            self.tr(
                "Delete {code} “{title}” with its day tasks and results?\n"
                "Its code is not given again. Edit → Undo brings everything back."
            ).format(code=row.code, title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._controller.undo_stack.push(delete_command(self._controller, row.id, row.code))
        return True

    def plan_current(self) -> PlanWeekDialog | None:
        return self.plan(self._current())

    def plan(self, experiment_id: int | None) -> PlanWeekDialog | None:
        row = self._row(experiment_id)
        if row is None or row.status not in ("idea", "planned"):
            return None
        dialog = PlanWeekDialog(self._parent, row, self.today())

        def schedule() -> None:
            start = dialog.start_date()
            if start == row.start_date:
                return
            text = self.tr("Plan {code} for {date}").format(code=row.code, date=format_date(start))
            self._controller.undo_stack.push(
                schedule_command(self._controller, row.id, start, text, day_template())
            )

        self._open(dialog, schedule)
        return dialog

    def advance_current(self) -> bool:
        """Planned → running, running → analysing: one step, undoable."""
        row = self._row(self._current())
        following = NEXT_STATUS.get(row.status) if row is not None else None
        if following is None:
            return False
        if starts_later(following, row.start_date, self.today()):
            self._refuse_early_start(row)
            return False
        text = self.tr("Mark {code} as {status}").format(
            code=row.code, status=experiment_status_in_sentence(following)
        )
        self._controller.undo_stack.push(
            set_status_command(self._controller, row.id, following, text)
        )
        return True

    def _refuse_early_start(self, row: ExperimentRow) -> None:
        """An experiment runs from its Day 1: its day tasks and results count from then."""
        QMessageBox.information(
            self._parent,
            self.tr("Not started yet"),
            self.tr(
                "{code} starts on {date} (its Day 1) and can be marked as running from that "
                "day: its day tasks and results count from Day 1.\n"
                "To start it earlier, move its Day 1 with Plan for week…"
            ).format(code=row.code, date=format_date(row.start_date)),
        )

    def decide_current(self) -> DecisionDialog | None:
        return self.decide(self._current())

    def decide(self, experiment_id: int | None) -> DecisionDialog | None:
        row = self._row(experiment_id)
        if row is None or row.status not in ("running", "analysing", "decided"):
            return None
        dialog = DecisionDialog(self._parent, row, self.today())

        def record() -> None:
            decision = dialog.decision()
            if decision is None:
                return
            self._controller.undo_stack.push(
                decide_command(
                    self._controller,
                    row.id,
                    row.code,
                    decision,
                    dialog.learnings(),
                    dialog.decided_on(),
                )
            )

        self._open(dialog, record)
        return dialog
