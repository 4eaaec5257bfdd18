"""The team dashboard: each funnel step's rate last week against the week before, the form
step by source, and this week's experiment tasks (ticked here, undone with Edit → Undo).

Each block is its own widget with `set_data(TeamData)`, for presentation mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from okrdesk.domain.review import FunnelStep
from okrdesk.reports.text import Context
from okrdesk.store.experiments.tasks import TaskRow
from okrdesk.store.review.dashboard import SourceConversion, TeamData
from okrdesk.ui.common.formatting import format_date, format_int, format_percent
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.dashboards.common import format_points, panel, table

UP = QColor("#166534")
DOWN = QColor("#991b1b")


class TeamDashboard(Context):
    """Sentences of this module, in the `TeamDashboard` translation context."""


def _p_value(p: float | None) -> str:
    if p is None:
        return "—"
    if p < 0.001:
        return TeamDashboard.tr("p < {p}").format(p=QLocale().toString(0.001, "f", 3))
    return TeamDashboard.tr("p = {p}").format(p=QLocale().toString(p, "f", 3))


def _change_colour(change: float | None, significant: bool) -> QColor | None:
    if not significant or change is None or change == 0:
        return None
    return UP if change > 0 else DOWN


class StepsModel(ReadOnlyTableModel):
    """Rows: FunnelStep; columns step, last week (count → count), rate, the week before's
    rate, change in points, and the test's verdict."""

    numeric_columns = frozenset({1, 2, 3, 4})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Step"),
            self.tr("Last week"),
            self.tr("Rate"),
            self.tr("Week before"),
            self.tr("Change"),
            self.tr("Beyond noise?"),
        )

    def display(self, row: FunnelStep, column: int) -> str:
        if column == 0:
            return self.tr("{start} → {end}").format(start=row.from_stage, end=row.to_stage)
        if column == 1:
            return self.tr("{to} of {of}").format(
                to=format_int(row.to_count), of=format_int(row.from_count)
            )
        if column == 2:
            return format_percent(row.rate)
        if column == 3:
            return format_percent(row.previous_rate)
        if column == 4:
            return format_points(row.change)
        if row.significant:
            return self.tr("Yes, {p}").format(p=_p_value(row.p_value))
        return self.tr("No, {p}").format(p=_p_value(row.p_value))

    def foreground(self, row: FunnelStep, column: int) -> QColor | None:
        return _change_colour(row.change, row.significant) if column in (4, 5) else None


class SourcesModel(ReadOnlyTableModel):
    """Rows: SourceConversion; columns source, visits, forms, rate, the week before's rate,
    change in points."""

    numeric_columns = frozenset({1, 2, 3, 4, 5})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Source"),
            self.tr("Visits"),
            self.tr("Forms"),
            self.tr("Rate"),
            self.tr("Week before"),
            self.tr("Change"),
        )

    def display(self, row: SourceConversion, column: int) -> str:
        if column == 0:
            return row.segment or self.tr("(no source)")
        if column == 1:
            return format_int(row.from_count)
        if column == 2:
            return format_int(row.to_count)
        if column == 3:
            return format_percent(row.rate)
        if column == 4:
            return format_percent(row.previous_rate)
        change = (
            None if row.rate is None or row.previous_rate is None else row.rate - row.previous_rate
        )
        return format_points(change)


@dataclass(frozen=True)
class TaskLine:
    code: str
    day_date: dt.date  # the day of the run the task falls on
    task: TaskRow


class TasksModel(ReadOnlyTableModel):
    """Rows: TaskLine; columns done (checkable), experiment, day, task, owner.

    With a controller, ticking a task pushes the experiment board's undoable tick command;
    without one (presentation mode) or in a read-only workspace the list is read-only.
    """

    def __init__(self, controller: WorkspaceController | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Done"),
            self.tr("Experiment"),
            self.tr("Day"),
            self.tr("Task"),
            self.tr("Owner"),
        )

    def display(self, row: TaskLine, column: int) -> str:
        if column == 0:
            return ""
        if column == 1:
            return row.code
        if column == 2:
            return self.tr("Day {day}, {date}").format(
                day=format_int(row.task.day), date=format_date(row.day_date)
            )
        if column == 3:
            return row.task.title
        return row.task.owner_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            done = self.row(index.row()).task.done
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self._writable():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not self._writable()
            or not index.isValid()
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        from okrdesk.ui.experiments.task_commands import tick_command

        done = Qt.CheckState(value) == Qt.CheckState.Checked
        task = self.row(index.row()).task
        # The command's notify reloads the dashboard, which resets this model.
        self.controller.undo_stack.push(tick_command(self.controller, task, done))
        return True

    def _writable(self) -> bool:
        return self.controller is not None and not self.controller.read_only


class _TableBlock(QWidget):
    """A panel holding one table, or a note when the table has no rows."""

    def __init__(self, model_class, empty_text: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.model = model_class(self)
        self.table = table(self.model)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("dashboardNote")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.empty_label)
        frame, self.heading = panel(title, box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        layout.addStretch(1)


class StepsBlock(_TableBlock):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            StepsModel,
            TeamDashboard.tr("No funnel data for last week."),
            TeamDashboard.tr("Micro-conversions per step"),
            parent,
        )

    def set_data(self, data: TeamData) -> None:
        self.model.set_rows(data.steps)
        self.table.setVisible(bool(data.steps))
        self.empty_label.setVisible(not data.steps)
        self.heading.setText(
            TeamDashboard.tr(
                "Micro-conversions per step, week of {week} against the week before"
            ).format(week=format_date(data.week))
        )


class SourcesBlock(_TableBlock):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            SourcesModel,
            TeamDashboard.tr("No funnel data by source for last week."),
            TeamDashboard.tr("Form conversion by source"),
            parent,
        )

    def set_data(self, data: TeamData) -> None:
        self.model.set_rows(data.sources)
        self.table.setVisible(bool(data.sources))
        self.empty_label.setVisible(not data.sources)
        if data.from_stage:
            self.heading.setText(
                TeamDashboard.tr("{start} → {end} by source, week of {week}").format(
                    start=data.from_stage, end=data.to_stage, week=format_date(data.week)
                )
            )


class TasksBlock(QWidget):
    def __init__(
        self, controller: WorkspaceController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = TasksModel(controller, self)
        self.table = table(self.model, stretch_column=3)
        self.experiments_label = QLabel("")
        self.experiments_label.setObjectName("dashboardNote")
        self.experiments_label.setWordWrap(True)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.experiments_label)
        box_layout.addWidget(self.table)
        frame, self.heading = panel(TeamDashboard.tr("This week's experiment tasks"), box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        layout.addStretch(1)

    def set_data(self, data: TeamData) -> None:
        lines = [
            TaskLine(e.code, e.start + dt.timedelta(days=task.day - 1), task)
            for e in data.experiments
            for task in e.tasks
        ]
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self.heading.setText(
            TeamDashboard.tr("Experiment tasks, week of {week}").format(
                week=format_date(data.current_week)
            )
        )
        if not data.experiments:
            self.experiments_label.setText(TeamDashboard.tr("No experiment runs this week."))
        else:
            done = sum(line.task.done for line in lines)
            self.experiments_label.setText(
                "\n".join(f"{e.code}: {e.title}" for e in data.experiments)
                + "\n"
                + TeamDashboard.tr("{done} of %Ln task(s) done", None, len(lines)).format(
                    done=format_int(done)
                )
            )


def heading_text(data: TeamData) -> tuple[str, str]:
    """The dashboard's title and the line under it."""
    if not data.funnel:
        return TeamDashboard.tr("Team dashboard"), TeamDashboard.tr("No funnel data yet.")
    return (
        TeamDashboard.tr("Team dashboard — {funnel}").format(funnel=data.funnel),
        TeamDashboard.tr(
            "Funnel: the week of {week} against the week before; tasks: this week."
        ).format(week=format_date(data.week)),
    )
