"""The pieces of the week board: a task line, a day card, an experiment card, drop targets.

They only show what they are given and report what the user did through callbacks; the
board turns those into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.review_table import experiment_status_label
from okrdesk.store.experiments import tasks as tasks_store
from okrdesk.store.experiments.records import ExperimentRow
from okrdesk.store.experiments.tasks import TaskRow, TaskValues
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.person_picker import chosen_id, people_combo

EXPERIMENT_MIME = "application/x-okrdesk-experiment"


def experiment_mime(experiment_id: int) -> QMimeData:
    """What an experiment card carries when it is dragged: its id."""
    mime = QMimeData()
    mime.setData(EXPERIMENT_MIME, QByteArray(str(experiment_id).encode("ascii")))
    return mime


def dragged_experiment(mime: QMimeData) -> int | None:
    if not mime.hasFormat(EXPERIMENT_MIME):
        return None
    text = bytes(mime.data(EXPERIMENT_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


class TaskEditor(FormDialog):
    """A task's title (required) and owner."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        people: Sequence[tuple[int, str]],
        values: TaskValues,
    ) -> None:
        super().__init__(parent, title, min_width=420)
        self._done = values.done
        self.title_edit = QLineEdit(values.title)
        self.title_edit.setMaxLength(tasks_store.TITLE_MAX_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("What is to be done that day"))
        self.owner_combo = people_combo(people, values.owner_id)
        self.form.addRow(self.tr("&Task:"), self.title_edit)
        self.form.addRow(self.tr("&Owner:"), self.owner_combo)
        self.title_edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def problems(self) -> list[Problem]:
        # The empty title is plain to see; OK just stays off until there is one.
        return [] if self.title_edit.text().strip() else [Problem("title", "missing", "")]

    def values(self) -> TaskValues:
        return TaskValues(self.title_edit.text().strip(), chosen_id(self.owner_combo), self._done)


class TaskLine(QWidget):
    """One task: a checkbox, its title (wrapping) and its owner. Double-click edits it."""

    def __init__(
        self,
        task: TaskRow,
        writable: bool,
        on_tick: Callable[[TaskRow, bool], None],
        on_edit: Callable[[TaskRow], None],
        on_delete: Callable[[TaskRow], None],
    ) -> None:
        super().__init__()
        self.task = task
        self._on_edit, self._on_delete = on_edit, on_delete
        self.check = QCheckBox()
        self.check.setChecked(task.done)
        self.check.setEnabled(writable)
        self.check.setAccessibleName(task.title)
        self.check.toggled.connect(lambda done: on_tick(self.task, done))
        self.title_label = QLabel(task.title)
        self.title_label.setObjectName("taskDone" if task.done else "taskTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setToolTip(task.title)
        self.owner_label = QLabel(task.owner_name)
        self.owner_label.setObjectName("taskOwner")
        self.owner_label.setVisible(bool(task.owner_name))
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title_label)
        text.addWidget(self.owner_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(4)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self._writable = writable

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._writable:
            self._on_edit(self.task)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._writable:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit task…"), lambda: self._on_edit(self.task))
        menu.addAction(self.tr("Delete task"), lambda: self._on_delete(self.task))
        menu.popup(event.globalPos())


class DayCard(QFrame):
    """An experiment's tasks on one day, with a button that adds one."""

    def __init__(
        self,
        experiment: ExperimentRow,
        day: int,
        column: int,
        tasks: Sequence[TaskRow],
        today: bool,
        writable: bool,
        on_tick: Callable[[TaskRow, bool], None],
        on_edit: Callable[[TaskRow], None],
        on_delete: Callable[[TaskRow], None],
        on_add: Callable[[int, int], None],
    ) -> None:
        super().__init__()
        self.setObjectName("dayCard")
        self.setProperty("today", today)
        self.experiment_id, self.day = experiment.id, day
        # The column says which day of the week it is; the card names its own day only when
        # the experiment started mid-week and the two differ.
        self.day_label = QLabel(self.tr("Day {day}").format(day=day) if day != column + 1 else "")
        self.day_label.setObjectName("dayCardTitle")
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add a task on Day {day}").format(day=day))
        self.add_button.setAutoRaise(True)
        self.add_button.setEnabled(writable)
        self.add_button.clicked.connect(lambda: on_add(experiment.id, day))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.day_label, 1)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.lines = [TaskLine(t, writable, on_tick, on_edit, on_delete) for t in tasks]
        for line in self.lines:
            layout.addWidget(line)
        layout.addStretch(1)


class ExperimentCard(QFrame):
    """The experiment at the start of its row: code, title, step and status.

    A click chooses it; drag it onto "previous week" or "next week" to move it; double-click
    opens it.
    """

    activated = Signal(int)
    chosen = Signal(int)
    move_requested = Signal(int, int)  # experiment id, weeks (+1 later, -1 earlier)

    def __init__(self, experiment: ExperimentRow, movable: bool) -> None:
        super().__init__()
        self.setObjectName("experimentCard")
        self.experiment = experiment
        self.movable = movable
        self._press: QPoint | None = None
        code = QLabel(experiment.code)
        code.setObjectName("experimentCode")
        title = QLabel(experiment.title)
        title.setObjectName("experimentTitle")
        title.setWordWrap(True)
        step = (
            self.tr("{source} → {target}").format(
                source=experiment.from_stage_name, target=experiment.to_stage_name
            )
            if experiment.from_stage_name and experiment.to_stage_name
            else self.tr("no funnel step yet")
        )
        details = [step, experiment_status_label(experiment.status)]
        if experiment.start_date is not None:
            details.append(self.tr("Day 1: {date}").format(date=format_date(experiment.start_date)))
        info = QLabel(" · ".join(details))
        info.setObjectName("experimentInfo")
        info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(code)
        layout.addWidget(title)
        layout.addWidget(info)
        layout.addStretch(1)
        tip = self.tr("Double-click to open.")
        if movable:
            tip = self.tr("Drag onto “Previous week” or “Next week” to move it. ") + tip
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(tip)
        self.next_action = QAction(self.tr("Move to next week"), self)
        self.next_action.triggered.connect(lambda: self.move_requested.emit(experiment.id, 1))
        self.previous_action = QAction(self.tr("Move to previous week"), self)
        self.previous_action.triggered.connect(lambda: self.move_requested.emit(experiment.id, -1))
        for action in (self.next_action, self.previous_action):
            action.setEnabled(movable)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self.movable:
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(experiment_mime(self.experiment.id))
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        clicked = self._press is not None and event.button() == Qt.MouseButton.LeftButton
        self._press = None
        if clicked:  # a press and release without a drag in between
            self.chosen.emit(self.experiment.id)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.experiment.id)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.activated.emit(self.experiment.id))
        menu.addSeparator()
        menu.addAction(self.previous_action)
        menu.addAction(self.next_action)
        menu.popup(event.globalPos())


class WeekDropButton(QPushButton):
    """ "Previous week" / "Next week": a click changes the week shown, a dropped experiment
    moves there (`experiment_dropped(id, weeks)`)."""

    experiment_dropped = Signal(int, int)

    def __init__(self, text: str, weeks: int) -> None:
        super().__init__(text)
        self.weeks = weeks
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dragged_experiment(event.mimeData()) is not None:
            self.setDown(True)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dragged_experiment(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.setDown(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setDown(False)
        experiment_id = dragged_experiment(event.mimeData())
        if experiment_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.experiment_dropped.emit(experiment_id, self.weeks)
