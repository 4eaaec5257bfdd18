"""The week planner: Day 1 … Day 7 of the chosen week, each experiment's day tasks in them.

Columns are the seven days of the week, Monday first; an experiment's Day N lands on the
column of its start date + N − 1, so one that started mid-week shows its first days here and
the rest in the next week. Every change (tick, edit, add, delete a task, move an experiment
to another week) is one command on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.weeks import week_start_of
from okrdesk.store.experiments import records as experiments_store
from okrdesk.store.experiments import tasks as tasks_store
from okrdesk.store.experiments.records import ExperimentRow
from okrdesk.store.experiments.tasks import TaskRow, TaskValues
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.schema import FunnelStage, Person
from okrdesk.ui.common import clock, formatting
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.experiments import task_commands
from okrdesk.ui.experiments.board_cells import (
    DayCard,
    ExperimentCard,
    TaskEditor,
    WeekDropButton,
)
from okrdesk.ui.store_commands import EXPERIMENTS, table_names

DAYS = 7
STYLE = """
QLabel#dayHeader { color: #475569; font-weight: 600; padding: 4px 6px; }
QLabel#dayHeader[today="true"] { color: #1d4ed8; background: #dbeafe; border-radius: 6px; }
QFrame#dayCard { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QFrame#dayCard[today="true"] { background: #eff6ff; border: 1px solid #60a5fa; }
QLabel#dayCardTitle { color: #64748b; font-size: 11px; }
QLabel#taskDone { color: #94a3b8; text-decoration: line-through; }
QLabel#taskOwner { color: #64748b; font-size: 11px; }
QFrame#experimentCard { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 8px; }
QLabel#experimentCode { color: #2563eb; font-weight: 600; }
QLabel#experimentTitle { color: #0f172a; font-weight: 600; }
QLabel#experimentInfo { color: #64748b; font-size: 11px; }
QLabel#weekTitle { font-size: 14px; font-weight: 600; color: #1e293b; }
QLabel#boardWarning {
    color: #92400e; background: #fef3c7; border: 1px solid #fcd34d; border-radius: 6px;
    padding: 8px 10px;
}
QLabel#boardEmpty { color: #64748b; padding: 18px 0; }
"""


@dataclass(frozen=True)
class BoardRow:
    experiment: ExperimentRow
    tasks: tuple[TaskRow, ...]

    def tasks_on(self, day: int) -> list[TaskRow]:
        return [task for task in self.tasks if task.day == day]


def board_rows(connection, monday: dt.date) -> list[BoardRow]:
    """Experiments with at least one of their seven days in the week, with their tasks."""
    candidates = experiments_store.experiments_in_week(
        connection, monday - dt.timedelta(days=DAYS)
    ) + experiments_store.experiments_in_week(connection, monday)
    rows = []
    for experiment in candidates:
        start = experiment.start_date
        if start is None or start + dt.timedelta(days=DAYS - 1) < monday:
            continue
        rows.append(BoardRow(experiment, tuple(tasks_store.tasks_of(connection, experiment.id))))
    return rows


def step_conflicts(rows: list[BoardRow]) -> list[tuple[str, list[str]]]:
    """(step "From → To", codes) for each funnel step with more than one experiment."""
    by_step: dict[tuple[int, int], list[ExperimentRow]] = defaultdict(list)
    for row in rows:
        values = row.experiment.values
        if values.from_stage_id is not None and values.to_stage_id is not None:
            by_step[(values.from_stage_id, values.to_stage_id)].append(row.experiment)
    return [
        (f"{group[0].from_stage_name} → {group[0].to_stage_name}", [e.code for e in group])
        for group in by_step.values()
        if len(group) > 1
    ]


class WeekBoard(ReloadsWhenShown, QWidget):
    """The planner of one week; `set_week(monday)` chooses it.

    Signals: `week_changed(date)` after the week shown changes; `experiment_chosen(id)` when
    an experiment card is clicked (the host can show its results); `experiment_activated(id)`
    when it is double-clicked (the host opens its editor).
    """

    week_changed = Signal(object)
    experiment_chosen = Signal(int)
    experiment_activated = Signal(int)
    tables = table_names(EXPERIMENTS, {Person, FunnelStage})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekBoard")
        self.setStyleSheet(STYLE)
        self._controller = controller
        self.today = clock.today()
        self.monday = week_start_of(self.today)
        self.rows: list[BoardRow] = []
        self.experiment_cards: dict[int, ExperimentCard] = {}
        self.day_cards: dict[tuple[int, int], DayCard] = {}

        self.previous_button = WeekDropButton(self.tr("◀ &Previous week"), -1)
        self.next_button = WeekDropButton(self.tr("Ne&xt week ▶"), 1)
        self.this_week_button = QPushButton(self.tr("&This week"))
        for button, weeks in ((self.previous_button, -1), (self.next_button, 1)):
            button.clicked.connect(lambda _=False, w=weeks: self.step_week(w))
            button.experiment_dropped.connect(self.move_experiment)
            button.setToolTip(self.tr("Click to show that week; drop an experiment to move it."))
        self.this_week_button.clicked.connect(lambda: self.set_week(week_start_of(self.today)))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekTitle")
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)

        self.warning_label = QLabel()
        self.warning_label.setObjectName("boardWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("boardEmpty")
        self.empty_label.setWordWrap(True)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(8)
        self.day_headers = [QLabel() for _ in range(DAYS)]
        for column, header in enumerate(self.day_headers, start=1):
            header.setObjectName("dayHeader")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, column)
            self.grid.setColumnStretch(column, 1)
            self.grid.setColumnMinimumWidth(column, 110)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnMinimumWidth(0, 170)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.watch(controller)

    # -- the week shown ----------------------------------------------------------------------

    def forget_workspace_state(self) -> None:
        """Another file: this week (the reload that follows shows it)."""
        self.today = clock.today()
        monday = week_start_of(self.today)
        if monday != self.monday:
            self.monday = monday
            self.week_changed.emit(monday)

    def set_week(self, monday: dt.date) -> None:
        monday = week_start_of(monday)
        changed = monday != self.monday
        self.monday = monday
        self.reload()
        if changed:
            self.week_changed.emit(monday)

    def step_week(self, weeks: int) -> None:
        self.set_week(self.monday + dt.timedelta(weeks=weeks))

    def day_date(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column)

    def reload(self) -> None:
        self.today = clock.today()
        workspace = self._controller.workspace
        if workspace is None:
            self.rows = []
        else:
            with workspace.engine.connect() as connection:
                self.rows = board_rows(connection, self.monday)
        self._show_headers()
        self._show_rows()
        self._show_warning()

    def _show_headers(self) -> None:
        sunday = self.day_date(DAYS - 1)
        _, week, _ = self.monday.isocalendar()
        self.week_label.setText(
            self.tr("Week {week}: {first} – {last}").format(
                week=week, first=format_date(self.monday), last=format_date(sunday)
            )
        )
        for column, header in enumerate(self.day_headers):
            day = self.day_date(column)
            header.setText(
                self.tr("Day {number}\n{weekday} {date}").format(
                    number=column + 1,
                    weekday=QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat),
                    date=formatting.format_day_month(day),
                )
            )
            _set_property(header, "today", day == self.today)
        self.this_week_button.setEnabled(self.monday != week_start_of(self.today))

    def _show_rows(self) -> None:
        for widget in [*self.experiment_cards.values(), *self.day_cards.values()]:
            self.grid.removeWidget(widget)
            widget.hide()  # at once: the deletion waits for the event loop
            widget.deleteLater()
        self.experiment_cards.clear()
        self.day_cards.clear()
        writable = self._controller.workspace is not None and not self._controller.read_only
        for number, row in enumerate(self.rows, start=1):
            experiment = row.experiment
            card = ExperimentCard(experiment, writable and experiment.status != "decided")
            card.activated.connect(self.experiment_activated)
            card.chosen.connect(self.experiment_chosen)
            card.move_requested.connect(self.move_experiment)
            self.grid.addWidget(card, number, 0)
            self.experiment_cards[experiment.id] = card
            for day in range(1, DAYS + 1):
                date = experiment.start_date + dt.timedelta(days=day - 1)
                column = (date - self.monday).days
                if not 0 <= column < DAYS:
                    continue
                cell = DayCard(
                    experiment,
                    day,
                    column,
                    row.tasks_on(day),
                    date == self.today,
                    writable,
                    self.tick_task,
                    self.edit_task,
                    self.delete_task,
                    self.add_task,
                )
                self.grid.addWidget(cell, number, column + 1)
                self.day_cards[(experiment.id, day)] = cell
        self.grid_host.setVisible(True)
        if self.rows:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr(
                    "No experiment this week. Plan an idea from the backlog for this week, or "
                    "move one here: in its own week, drag its card onto “Previous week” or "
                    "“Next week”."
                )
            )
            self.empty_label.show()

    def _show_warning(self) -> None:
        conflicts = step_conflicts(self.rows)
        if not conflicts:
            self.warning_label.hide()
            return
        lines = [
            self.tr(
                "{codes} change the same step ({step}) this week: test one variable at a "
                "time, or the results cannot say which change did it."
            ).format(codes=", ".join(codes), step=step)
            for step, codes in conflicts
        ]
        self.warning_label.setText("\n".join(lines))
        self.warning_label.show()

    # -- actions -----------------------------------------------------------------------------

    def _push(self, command) -> None:
        self._controller.undo_stack.push(command, self)

    def tick_task(self, task: TaskRow, done: bool) -> None:
        if done != task.done:
            self._push(task_commands.tick_command(self._controller, task, done, self))

    def _people(self) -> list[tuple[int, str]]:
        with self._controller.workspace.engine.connect() as connection:
            return okr_queries.people(connection)

    def _open_editor(self, dialog: TaskEditor, on_accept) -> TaskEditor:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.open()
        return dialog

    def edit_task(self, task: TaskRow) -> TaskEditor:
        def save(values: TaskValues) -> None:
            if values != task.values:
                self._push(task_commands.edit_command(self._controller, task, values, self))

        dialog = TaskEditor(self, self.tr("Edit task"), self._people(), task.values)
        return self._open_editor(dialog, save)

    def add_task(self, experiment_id: int, day: int) -> TaskEditor:
        row = next(r for r in self.rows if r.experiment.id == experiment_id)
        start = TaskValues("", row.experiment.values.owner_id)

        def create(values: TaskValues) -> None:
            self._push(task_commands.add_command(self._controller, experiment_id, day, values))

        title = self.tr("New task on Day {day}").format(day=day)
        return self._open_editor(TaskEditor(self, title, self._people(), start), create)

    def delete_task(self, task: TaskRow) -> None:
        self._push(task_commands.delete_command(self._controller, task))

    def move_experiment(self, experiment_id: int, weeks: int) -> None:
        """Move an experiment's Day 1 by whole weeks (one undoable command)."""
        row = next((r for r in self.rows if r.experiment.id == experiment_id), None)
        if row is None or row.experiment.status == "decided":
            return
        start = row.experiment.start_date + dt.timedelta(weeks=weeks)
        self._push(
            task_commands.move_command(self._controller, experiment_id, row.experiment.code, start)
        )


def _set_property(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
