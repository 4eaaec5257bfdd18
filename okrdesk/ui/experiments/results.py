"""The results of one experiment: arms typed in or taken from the funnel, and the verdict.

The arms table is edited in place; every edit, added or removed arm and "Take from funnel
data" is one undoable command. Below it, for each variant against the control: the verdict
in plain words, the numbers behind it and whether the test had the power for its planned
effect; beside it, a chart of each arm's rate with its interval.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.stats import wilson_interval
from okrdesk.domain.verdict import Verdict, is_final, verdicts
from okrdesk.reports.text import shown
from okrdesk.store.errors import ArmError
from okrdesk.store.experiments import records as experiments_store
from okrdesk.store.experiments import results as results_store
from okrdesk.store.experiments.records import ExperimentRow
from okrdesk.store.experiments.results import ArmValues
from okrdesk.store.review.summary import display_settings
from okrdesk.store.schema import FunnelCount, WorkspaceSettings
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_amount, format_date, format_percent
from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.experiments.arm_commands import set_arms_command
from okrdesk.ui.experiments.arm_conflicts import show_conflict
from okrdesk.ui.experiments.results_model import ArmsModel
from okrdesk.ui.experiments.results_text import COLOURS, lead_quality_change, verdict_text
from okrdesk.ui.store_commands import EXPERIMENTS, table_names

STYLE = """
QFrame#verdictBox { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px; }
QLabel#verdictExplanation, QLabel#verdictPower { color: #334155; }
QLabel#verdictNumberLabel { color: #64748b; }
QLabel#verdictNumber { color: #0f172a; }
QLabel#resultsTitle { font-size: 14px; font-weight: 600; color: #1e293b; }
QLabel#leadQuality { color: #334155; }
"""


class VerdictBox(QFrame):
    """One variant against the control: headline, explanation, numbers, power."""

    def __init__(self, result: Verdict, control: str, variant: str) -> None:
        super().__init__()
        self.setObjectName("verdictBox")
        self.result = result
        text = verdict_text(result, control, variant)
        colour, background = COLOURS[result.kind]
        self.headline = QLabel(text.headline)
        self.headline.setObjectName("verdictHeadline")
        self.headline.setStyleSheet(
            f"color: {colour}; background: {background}; border-radius: 6px; "
            "padding: 6px 10px; font-size: 15px; font-weight: 600;"
        )
        self.explanation = QLabel(text.explanation)
        self.explanation.setObjectName("verdictExplanation")
        self.explanation.setWordWrap(True)
        numbers = QGridLayout()
        numbers.setHorizontalSpacing(16)
        numbers.setVerticalSpacing(2)
        self.numbers: dict[str, str] = {}
        for row, (name, value) in enumerate(text.numbers):
            label = QLabel(name)
            label.setObjectName("verdictNumberLabel")
            shown = QLabel(value)
            shown.setObjectName("verdictNumber")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # One number a row: with the always-valid and lift intervals, two a row no longer
            # fit beside the chart on a laptop screen.
            numbers.addWidget(label, row, 0)
            numbers.addWidget(shown, row, 1)
            self.numbers[name] = value
        numbers.setColumnStretch(1, 1)
        self.power = QLabel(text.power)
        self.power.setObjectName("verdictPower")
        self.power.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addLayout(numbers)
        layout.addWidget(self.power)


class ResultsPanel(ReloadsWhenShown, QWidget):
    """`show_experiment(id)` chooses the experiment; `clear()` shows none."""

    tables = table_names(EXPERIMENTS, {FunnelCount, WorkspaceSettings})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.setStyleSheet(STYLE)
        self._controller = controller
        self.experiment: ExperimentRow | None = None
        self.experiment_id: int | None = None
        self._arms_version: int | None = None  # as read; None: not read yet
        self.verdicts: list[VerdictBox] = []
        self.chart = None
        self.chart_title: QLabel | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("resultsTitle")
        self.title_label.setWordWrap(True)
        self.model = ArmsModel(self)
        # Queued: the command reloads the model, which must not happen inside the editor's
        # commit (the view would be left committing an editor it no longer has).
        self.model.arms_edited.connect(self.set_arms, Qt.ConnectionType.QueuedConnection)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("armsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.modelReset.connect(self._fit_table)

        self.add_button = QPushButton(self.tr("&Add variant"))
        self.add_button.clicked.connect(self.add_variant)
        self.remove_button = QPushButton(self.tr("&Remove arm"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.control_button = QPushButton(self.tr("Make c&ontrol"))
        self.control_button.clicked.connect(self.make_selected_control)
        self.funnel_button = QPushButton(self.tr("Take from f&unnel data"))
        self.funnel_button.setToolTip(
            self.tr("Visitors and conversions per variant from the funnel's weekly counts.")
        )
        self.funnel_button.clicked.connect(self.take_from_funnel)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.control_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.funnel_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.running_label = QLabel()
        self.running_label.setObjectName("leadQuality")
        self.running_label.setWordWrap(True)
        self.lead_quality_label = QLabel()
        self.lead_quality_label.setObjectName("leadQuality")
        self.lead_quality_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "No results yet. Add the control and the variant, then type the visitors and "
                "conversions of each, or take them from the funnel data."
            )
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.verdict_area = QVBoxLayout()
        self.verdict_area.setSpacing(8)
        self.verdict_area.addWidget(self.empty_label)
        self.verdict_area.addStretch(1)
        self.chart_area = QVBoxLayout()

        # The table and its buttons only once an experiment is chosen.
        self.arms_box = QWidget()
        arms_layout = QVBoxLayout(self.arms_box)
        arms_layout.setContentsMargins(0, 0, 0, 0)
        arms_layout.addWidget(self.table)
        arms_layout.addLayout(buttons)
        # The verdicts beside the arms rather than under them and the chart: on a laptop
        # screen they stay in view without scrolling.
        arms_side = QVBoxLayout()
        arms_side.setSpacing(8)
        arms_side.addWidget(self.arms_box)
        arms_side.addWidget(self.error_label)
        arms_side.addWidget(self.running_label)
        arms_side.addWidget(self.lead_quality_label)
        arms_side.addLayout(self.chart_area)
        arms_side.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(arms_side, 3)
        columns.addLayout(self.verdict_area, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addLayout(columns, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.watch(controller)
        self.clear()

    # -- showing -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.experiment = None
        self.experiment_id = None
        self.title_label.setText(self.tr("Choose an experiment to see its results."))
        self.model.set_arms([], "EUR")
        self.arms_box.hide()
        self.running_label.hide()
        self.error_label.hide()
        self.lead_quality_label.hide()
        self._show_verdicts([])
        self._update_buttons()

    def show_experiment(self, experiment_id: int) -> None:
        self.experiment_id = experiment_id
        self.error_label.hide()
        self.reload()

    def reload(self) -> None:
        workspace = self._controller.workspace
        if workspace is None or self.experiment_id is None:
            if self.experiment_id is not None:
                self.clear()
            return
        try:
            with workspace.engine.connect() as connection:
                self.experiment = experiments_store.experiment(connection, self.experiment_id)
                arms = results_store.arms_of(connection, self.experiment_id)
                self._arms_version = results_store.arms_version(connection, self.experiment_id)
                variants = results_store.funnel_variants(connection, self.experiment_id)
                currency = display_settings(connection).currency
        except LookupError:  # deleted, or undone away
            self.clear()
            return
        experiment = self.experiment
        step = (
            f"{experiment.from_stage_name} → {experiment.to_stage_name}"
            if experiment.from_stage_name
            else self.tr("no funnel step")
        )
        self.title_label.setText(
            self.tr("Results of {code} · {title} · {step}").format(
                code=experiment.code, title=experiment.title, step=step
            )
        )
        self.model.set_arms(arms, currency)
        self.arms_box.show()
        self.funnel_button.setVisible(bool(variants))
        self.funnel_button.setToolTip(
            self.tr("The funnel data has these variants: {names}.").format(
                names=", ".join(variants)
            )
        )
        self._show_running(experiment)
        self._show_lead_quality(arms, currency)
        self._show_verdicts(arms)
        self._update_buttons()

    def _fit_table(self) -> None:
        # Every arm in view without a scroll bar: there are only a few.
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth() + 2)

    def _show_running(self, experiment: ExperimentRow) -> None:
        """Until its last day, say that the experiment is not over: an early look is noisier."""
        today = clock.today()
        first, last = experiment.start_date, experiment.last_day
        running = first is not None and last is not None and first <= today <= last
        if running and experiment.status != "decided":
            self.running_label.setText(
                self.tr(
                    "Day {day} of {days}: the test runs until {last}. Until then a difference "
                    "reads “leading” or “trailing”, unless it is clear enough for a test that "
                    "stays honest however often you look."
                ).format(
                    day=(today - first).days + 1,
                    days=experiment.values.duration_days,
                    last=format_date(last),
                )
            )
        self.running_label.setVisible(running and experiment.status != "decided")

    def _show_lead_quality(self, arms: list[ArmValues], currency: str) -> None:
        parts = []
        for arm in arms:
            if arm.sql_share is None and arm.avg_deal_value is None:
                continue
            text = (
                self.tr("{arm}: {share} reached SQL")
                if arm.avg_deal_value is None
                else self.tr("{arm}: {share} reached SQL, average deal {amount}")
            )
            parts.append(
                text.format(
                    arm=arm.name,
                    share=format_percent(arm.sql_share),
                    amount=format_amount(arm.avg_deal_value or 0.0, currency),
                )
            )
        text = self.tr("Lead quality (Day 6): {arms}.").format(arms="; ".join(parts))
        control = next((arm for arm in arms if arm.is_control), None)
        for arm in arms:
            if arm.is_control or control is None:
                continue
            moved = lead_quality_change(control, arm)
            if moved is not None:
                text += " " + moved
        self.lead_quality_label.setText(text)
        self.lead_quality_label.setVisible(bool(parts))

    def _show_verdicts(self, arms: list[ArmValues]) -> None:
        for box in self.verdicts:
            self.verdict_area.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.verdicts = []
        control = next((arm for arm in arms if arm.is_control), None)
        variants = [arm for arm in arms if not arm.is_control]
        if control is None or not variants or self.experiment is None:
            if self.chart is not None:
                self.chart.hide()
                self.chart_title.hide()
            self.empty_label.setVisible(self.experiment is not None)
            return
        self.empty_label.hide()
        values = self.experiment.values
        counts = [(arm.conversions, arm.visitors) for arm in variants]
        control_counts = (control.conversions, control.visitors)
        final = is_final(
            self.experiment.start_date,
            values.duration_days,
            clock.today(),
            control_counts,
            counts,
            values.planned_mde,
        )
        results = verdicts(
            control_counts, counts, values.control_share, values.planned_mde, final=final
        )
        for arm, result in zip(variants, results, strict=True):
            box = VerdictBox(result, control.name, arm.name)
            self.verdict_area.insertWidget(len(self.verdicts) + 1, box)
            self.verdicts.append(box)
        self._show_chart(arms)

    def _show_chart(self, arms: list[ArmValues]) -> None:
        if self.chart is None:
            from okrdesk.ui.experiments.results_chart import ArmRatesChart

            self.chart = ArmRatesChart()
            self.chart_title = QLabel(self.tr("Each arm's rate, with its 95 % interval"))
            self.chart_title.setObjectName("chartTitle")
            self.chart_area.addWidget(self.chart_title)
            self.chart_area.addWidget(self.chart)
            self.chart_area.addStretch(1)
        self.chart.show()
        self.chart_title.show()
        self.chart.set_data(
            [arm.name for arm in arms],
            [arm.rate for arm in arms],
            [wilson_interval(arm.conversions, arm.visitors) for arm in arms],
            control_index=next(i for i, arm in enumerate(arms) if arm.is_control),
        )

    def _update_buttons(self) -> None:
        shown = self.experiment is not None and not self._controller.read_only
        self.model.editable = not self._controller.read_only
        selected = self._selected_row()
        self.add_button.setEnabled(shown)
        self.add_button.setText(
            self.tr("&Add variant") if self.model.arms else self.tr("&Add control and variant")
        )
        self.remove_button.setEnabled(shown and selected is not None)
        self.control_button.setEnabled(
            shown and selected is not None and not self.model.arms[selected].is_control
        )
        self.funnel_button.setEnabled(shown)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- actions -----------------------------------------------------------------------------

    def set_arms(self, arms: list[ArmValues], text: str | None = None) -> bool:
        """Store a new list of arms as one command; False (and the reason shown) if refused."""
        text = text or self.tr("Edit results")
        return self._save(arms, text, self._arms_version, list(self.model.arms))

    def _save(
        self, arms: list[ArmValues], text: str, version: int | None, seen: list[ArmValues]
    ) -> bool:
        """Push the change of the arms the table showed as `seen`, read at `version`; False
        (and the reason shown) if the arms are refused."""
        if self.experiment_id is None:
            return False
        try:
            results_store.check_arms(arms)
        except ArmError as error:
            self.error_label.setText(self._error_text(error))
            self.error_label.show()
            return False
        self.error_label.hide()
        command = set_arms_command(
            self._controller,
            self.experiment_id,
            arms,
            text,
            version,
            self.experiment.title if self.experiment is not None else "",
        )
        command.on_conflict = lambda error: show_conflict(
            self,
            error,
            seen,
            self.model,
            lambda mine, theirs, now: self._save(mine, text, now, theirs),
        )
        self._controller.undo_stack.push(command, self)
        if command.error is None:
            self._arms_version = command.expected
        return True

    def _error_text(self, error: ArmError) -> str:
        texts = {
            "name": self.tr("{arm}: every arm needs a name of its own."),
            "visitors": self.tr("{arm}: visitors must be a whole number, 0 or more."),
            "conversions": self.tr("{arm}: more conversions than visitors."),
            "SQL count": self.tr("{arm}: more SQLs than conversions."),
            "average deal value": self.tr("{arm}: the average deal value must be 0 or more."),
            "control": self.tr("Exactly one arm must be the control."),
        }
        text = texts.get(error.field, self.tr("{arm}: {reason}"))
        return text.format(arm=error.arm, reason=shown(error.reason_text))

    def add_variant(self) -> bool:
        arms = list(self.model.arms)
        if not arms:
            arms = [ArmValues(self.tr("control"), True), ArmValues(self.tr("variant"))]
            return self.set_arms(arms, self.tr("Add control and variant"))
        names = {arm.name for arm in arms}
        number = len(arms)
        name = self.tr("variant {number}").format(number=number)
        while name in names:
            number += 1
            name = self.tr("variant {number}").format(number=number)
        return self.set_arms([*arms, ArmValues(name)], self.tr("Add {name}").format(name=name))

    def remove_selected(self) -> bool:
        row = self._selected_row()
        if row is None:
            return False
        arms = list(self.model.arms)
        removed = arms.pop(row)
        if removed.is_control and arms:
            arms[0] = replace(arms[0], is_control=True)
        text = self.tr("Remove {name}").format(name=removed.name)
        return self.set_arms(arms, text)

    def make_selected_control(self) -> bool:
        row = self._selected_row()
        if row is None:
            return False
        arms = [replace(arm, is_control=n == row) for n, arm in enumerate(self.model.arms)]
        text = self.tr("Make {name} the control").format(name=arms[row].name)
        return self.set_arms(arms, text)

    def take_from_funnel(self) -> bool:
        workspace = self._controller.workspace
        if workspace is None or self.experiment_id is None:
            return False
        try:
            with workspace.engine.connect() as connection:
                arms = results_store.arms_from_funnel(connection, self.experiment_id)
        except ArmError as error:
            self.error_label.setText(self._error_text(error))
            self.error_label.show()
            return False
        if not arms:
            self.error_label.setText(
                self.tr("The funnel data has no variants on this step during the experiment.")
            )
            self.error_label.show()
            return False
        return self.set_arms(arms, self.tr("Take results from funnel data"))
