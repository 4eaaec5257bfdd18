"""The Experiments screen: the week board, the backlog and the learnings, with the results of
the chosen experiment under them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.weeks import week_start_of
from okrdesk.reports.review_table import experiment_status_label
from okrdesk.store import schema as db
from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import EXPERIMENT_STATUSES
from okrdesk.ui.common import clock, formatting
from okrdesk.ui.common.formatting import decision_word, format_date
from okrdesk.ui.common.screen_fit import SnugFirstPane
from okrdesk.ui.common.section import Section, first_reachable
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.experiments.backlog import BacklogPanel
from okrdesk.ui.experiments.board import WeekBoard
from okrdesk.ui.experiments.editing import ExperimentEditing
from okrdesk.ui.experiments.learnings import LearningsPanel
from okrdesk.ui.experiments.results import ResultsPanel
from okrdesk.ui.store_commands import table_names

BOARD, BACKLOG, LEARNINGS = range(3)


class BoardTab(QWidget):
    """A week picker over the week board (which has its own previous and next buttons)."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()
        self.monday = week_start_of(today)
        self.week_edit = QDateEdit(QDate(self.monday))
        self.week_edit.setObjectName("weekPicker")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat(formatting.date_display_format())
        self.week_edit.setToolTip(self.tr("Show the week holding this day"))
        self.week_edit.dateChanged.connect(lambda day: self.set_week(day.toPython()))
        caption = QLabel(self.tr("Go to wee&k of:"))
        caption.setBuddy(self.week_edit)
        # Shown in the tab bar's corner while the board is the current tab.
        self.picker = QWidget()
        row = QHBoxLayout(self.picker)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(8)
        row.addWidget(caption)
        row.addWidget(self.week_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        self.board = WeekBoard(controller)
        self.board.week_changed.connect(self._board_week_changed)
        layout.addWidget(self.board, 1)

    def set_week(self, day: dt.date) -> None:
        """Show the week holding `day` (weeks start on Monday)."""
        self.monday = week_start_of(day)
        self._show_picker()
        if self.board.monday != self.monday:
            self.board.set_week(self.monday)

    def _board_week_changed(self, monday: dt.date) -> None:
        self.monday = monday
        self._show_picker()

    def _show_picker(self) -> None:
        self.week_edit.blockSignals(True)
        self.week_edit.setDate(QDate(self.monday))
        self.week_edit.blockSignals(False)


class ExperimentsSection(Section):
    tables = table_names(
        db.Experiment,
        db.ExperimentTask,
        db.ExperimentArm,
        db.KeyResult,
        db.Person,
        db.Funnel,
        db.FunnelStage,
    )
    # The page scrolls in a small window rather than squeeze the board and the results.
    scrollable = True

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__(
            controller,
            self.tr("Experiments"),
            self.tr("One change a week, verified by data: plan it, run it, decide."),
        )
        self.current_id: int | None = None
        self.editing = ExperimentEditing(self, controller, lambda: self.current_id)
        self.editing.created.connect(self._created)

        self.board_tab = BoardTab(controller)
        self.backlog = BacklogPanel()
        self.learnings = LearningsPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("experimentTabs")
        self.tabs.setDocumentMode(True)
        # The board's day cards set its height; the backlog and learnings get at least this.
        self.tabs.setMinimumHeight(220)
        self.tabs.addTab(self.board_tab, self.tr("Board"))
        self.tabs.addTab(self.backlog, self.tr("Backlog"))
        self.tabs.addTab(self.learnings, self.tr("Learnings"))
        self.tabs.setCornerWidget(self.board_tab.picker, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(
            lambda index: self.board_tab.picker.setVisible(index == BOARD)
        )

        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("panelTitle")
        self.chosen_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.edit_button.clicked.connect(self.editing.edit_current)
        self.decide_button = QPushButton(self.tr("De&cide…"))
        self.decide_button.setObjectName("primaryButton")
        self.decide_button.setToolTip(
            self.tr("Scale, roll back, iterate or call it inconclusive, with the learnings")
        )
        self.decide_button.clicked.connect(self.editing.decide_current)
        results_head = QHBoxLayout()
        results_head.addWidget(self.chosen_label, 1)
        results_head.addWidget(self.edit_button)
        self.advance_button = QPushButton()
        self.advance_button.setToolTip(self.tr("Move the experiment one step along its week"))
        self.advance_button.clicked.connect(self.editing.advance_current)
        results_head.addWidget(self.advance_button)
        results_head.addWidget(self.decide_button)
        self.results = ResultsPanel(controller)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 8, 0, 0)
        results_layout.addLayout(results_head)
        # The verdicts grow with the variants; they scroll inside their pane rather than being
        # squeezed to the splitter's share of a laptop screen.
        results_scroll = QScrollArea()
        results_scroll.setObjectName("resultsScroll")
        results_scroll.setWidgetResizable(True)
        results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        results_scroll.setWidget(self.results)
        results_scroll.setMinimumHeight(240)
        results_scroll.setStyleSheet(
            "QScrollArea#resultsScroll, QScrollArea#resultsScroll > QWidget > QWidget "
            "{ background: transparent; }"
        )
        results_layout.addWidget(results_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("experimentSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(results_box)
        # The board needs its cards' height; the results and their verdicts get the rest, so
        # that the verdict is in view without scrolling on a laptop screen.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        SnugFirstPane(self.splitter)
        self.body.addWidget(self.splitter, 1)

        self.backlog.new_requested.connect(self.editing.new_experiment)
        self.backlog.edit_requested.connect(self.editing.edit)
        self.backlog.delete_requested.connect(self.editing.delete)
        self.backlog.plan_requested.connect(self.editing.plan)
        self.backlog.current_changed.connect(self.choose)
        self.backlog.show_all_changed.connect(lambda _: self.reload())
        self.learnings.current_changed.connect(self.choose)
        self.learnings.edit_requested.connect(self.editing.edit)
        self.board_tab.board.experiment_activated.connect(self._board_activated)
        self.board_tab.board.experiment_chosen.connect(self.choose)
        editing = self.editing
        for table, actions in (
            (
                self.backlog.table,
                (
                    editing.edit_action,
                    editing.plan_action,
                    editing.advance_action,
                    editing.decide_action,
                ),
            ),
            (self.learnings.table, (editing.edit_action, editing.decide_action)),
        ):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addActions(list(actions))
        self.backlog.table.addAction(editing.delete_action)
        self._needs_default = True
        self._update_chosen()

    def focus_target(self) -> QWidget | None:
        # The chosen tab (backlog and learnings: their table), not the results below it.
        return first_reachable(self.tabs.currentWidget()) or self.tabs.tabBar()

    def reload(self) -> None:
        workspace = self.controller.workspace
        backlog: list[store.ExperimentRow] = []
        learnt: list[store.ExperimentRow] = []
        if workspace is not None:
            statuses = EXPERIMENT_STATUSES if self.backlog.show_all_check.isChecked() else ("idea",)
            with workspace.engine.connect() as connection:
                backlog = store.backlog(connection, statuses)
                learnt = store.learnings(connection)
        self.backlog.set_rows(backlog, not self.controller.read_only)
        self.learnings.set_rows(learnt)
        if self._needs_default:
            self._choose_default()
        self._update_chosen()

    def forget_workspace_state(self) -> None:
        """Another file: this week on the board, its experiment chosen, no filter or search."""
        self.current_id = None
        self._needs_default = True
        self.results.clear()
        # The board forgets its week on the same signal, but only after this section has
        # chosen this week's experiment from it.
        self.board_tab.board.forget_workspace_state()
        self.tabs.setCurrentIndex(BOARD)
        self.backlog.show_all_check.blockSignals(True)
        self.backlog.show_all_check.setChecked(False)
        self.backlog.show_all_check.blockSignals(False)
        self.learnings.search_edit.clear()
        for table in (self.backlog.table, self.learnings.table):  # rows of the same id: others
            table.setCurrentIndex(QModelIndex())
        # A table given the focus back makes its first row current, which would override the
        # experiment of this week chosen on reload.
        if self.focusWidget() is not None:
            self.focusWidget().clearFocus()

    def _choose_default(self) -> None:
        """On opening, show this week's experiment: the running one first."""
        self._needs_default = False
        workspace = self.controller.workspace
        week: list[store.ExperimentRow] = []
        if workspace is not None:
            with workspace.engine.connect() as connection:
                week = store.experiments_in_week(connection, self.board_tab.monday)
        order = ("running", "analysing", "planned")
        candidates = sorted(
            (row for row in week if row.status in order), key=lambda r: order.index(r.status)
        )
        self.choose(candidates[0].id if candidates else 0)

    def choose(self, experiment_id: int) -> None:
        """Make an experiment the chosen one: its results show, the actions act on it."""
        self.current_id = experiment_id or None
        if self.current_id is not None:
            self.results.show_experiment(self.current_id)
        else:
            self.results.clear()
        self._update_chosen()

    def _update_chosen(self) -> None:
        row = None
        workspace = self.controller.workspace
        if self.current_id is not None and workspace is not None:
            with workspace.engine.connect() as connection:
                try:
                    row = store.experiment(connection, self.current_id)
                except LookupError:
                    self.current_id = None
        self.editing.update_actions(row)
        self.edit_button.setEnabled(self.editing.edit_action.isEnabled())
        self.decide_button.setEnabled(self.editing.decide_action.isEnabled())
        self.advance_button.setVisible(self.editing.advance_action.isEnabled())
        self.advance_button.setText(self.editing.advance_action.text())
        if row is None:  # the results panel says how to choose one
            self.chosen_label.setText("")
        else:
            self.chosen_label.setText(self._summary(row))

    def _summary(self, row: store.ExperimentRow) -> str:
        """The chosen experiment in one line: code, status and days, decision, owner."""
        parts = [row.code, experiment_status_label(row.status)]
        if row.start_date is not None and row.last_day is not None:
            parts.append(
                self.tr("{first} – {last}").format(
                    first=format_date(row.start_date), last=format_date(row.last_day)
                )
            )
        if row.decision:
            parts.append(decision_word(row.decision))
        if row.owner_name:
            parts.append(row.owner_name)
        return " · ".join(parts)

    def _board_activated(self, experiment_id: int) -> None:
        self.choose(experiment_id)
        self.editing.edit(experiment_id)

    def _created(self, experiment_id: int) -> None:
        self.tabs.setCurrentIndex(BACKLOG)
        self.reload()
        if not self.backlog.select(experiment_id):
            self.choose(experiment_id)
