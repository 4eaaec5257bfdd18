"""The experiment editor: one change, its hypothesis and metric, the plan, ICE and status.

Validated as you type (the same rules the store applies); the planner note under the metric
says whether the step has the traffic to show the planned effect in the planned days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from okrdesk.domain import stats
from okrdesk.domain.experiment_rules import (
    ExperimentValues,
    allowed_statuses,
    experiment_problems,
    starts_later,
)
from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.review_table import experiment_status_label
from okrdesk.reports.text import shown
from okrdesk.store.experiments.planning import FunnelChoice, KeyResultChoice, StepTraffic
from okrdesk.ui.common import formatting
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.common.person_picker import chosen_id, people_combo
from okrdesk.ui.experiments.planner import PlannerBox, make_plan

CONTEXT = "ExperimentEditor"
HYPOTHESIS_TEMPLATE = QT_TRANSLATE_NOOP(
    "ExperimentEditor", "If we <change>, then <metric> will <move>, because <reason>."
)
# The weekly cadence and the longer run the planner suggests.
DURATIONS = (stats.MAX_PLANNED_DAYS, stats.LONG_RUN_DAYS)
PROBLEM_TEXTS = {
    "title_required": QT_TRANSLATE_NOOP(CONTEXT, "Give the experiment a title."),
    "title_too_long": QT_TRANSLATE_NOOP(CONTEXT, "The title is longer than 300 characters."),
    "variable_too_long": QT_TRANSLATE_NOOP(
        CONTEXT, "The variable changed is longer than 300 characters."
    ),
    "ice_range": QT_TRANSLATE_NOOP(CONTEXT, "Impact, confidence and ease are scored 1–10."),
    "split_range": QT_TRANSLATE_NOOP(CONTEXT, "Each arm needs some of the visitors."),
    "mde_range": QT_TRANSLATE_NOOP(CONTEXT, "The planned effect must be above 0."),
    "duration_range": QT_TRANSLATE_NOOP(CONTEXT, "An experiment runs 1–28 days."),
    "metric_incomplete": QT_TRANSLATE_NOOP(CONTEXT, "Choose both stages of the metric."),
    "funnel_required": QT_TRANSLATE_NOOP(CONTEXT, "Choose the funnel of the metric."),
    "stage_not_in_funnel": QT_TRANSLATE_NOOP(CONTEXT, "The stage is not in the chosen funnel."),
    "stage_order": QT_TRANSLATE_NOOP(CONTEXT, "The from stage must come before the to stage."),
    "start_required": QT_TRANSLATE_NOOP(
        CONTEXT, "A planned, running or analysed experiment needs its Day 1."
    ),
    "starts_later": QT_TRANSLATE_NOOP(
        CONTEXT,
        "Day 1 is {date}: the experiment runs from that day, as its day tasks and results "
        "count from Day 1. Keep it planned, or move Day 1 to today to start now.",
    ),
}

TrafficReader = Callable[[int, int], StepTraffic]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ExperimentEditor(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        window_title: str,
        code: str,
        values: ExperimentValues,
        status: str,
        choices: tuple[
            Sequence[FunnelChoice], Sequence[KeyResultChoice], Sequence[tuple[int, str]]
        ],
        traffic: TrafficReader,
        today: dt.date,
    ) -> None:
        super().__init__(parent, window_title, min_width=640)
        funnels, key_results, people = choices
        self._funnels = {funnel.id: funnel for funnel in funnels}
        self._traffic = traffic
        self._traffic_cache: dict[tuple[int, int], StepTraffic] = {}
        self._today = today
        self._stored = (status, values.start_date)

        self.code_edit = QLineEdit(code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setToolTip(
            QCoreApplication.translate(
                "ExperimentEditor", "Codes are given in order and never reused"
            )
        )
        self.title_edit = QLineEdit(values.title)
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("ExperimentEditor", "Customer logos above the demo form")
        )
        self.hypothesis_edit = QPlainTextEdit(values.hypothesis)
        self.hypothesis_edit.setPlaceholderText(_tr(HYPOTHESIS_TEMPLATE))
        self.hypothesis_edit.setTabChangesFocus(True)
        self.hypothesis_edit.setFixedHeight(72)
        self.template_button = QPushButton(
            QCoreApplication.translate("ExperimentEditor", "&Insert template")
        )
        self.template_button.setToolTip(_tr(HYPOTHESIS_TEMPLATE))
        self.template_button.clicked.connect(self.insert_template)
        self.variable_edit = QLineEdit(values.variable)
        self.variable_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ExperimentEditor", "The one thing that differs between the arms"
            )
        )

        self.key_result_combo = people_combo(
            [(kr.id, f"{kr.title} ({kr.cycle_name})") for kr in key_results],
            values.key_result_id,
        )
        self.key_result_combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("ExperimentEditor", "No key result")
        )
        # Long key result titles scroll in the field instead of widening the dialog.
        self.key_result_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.key_result_combo.setMinimumContentsLength(30)
        self.funnel_combo = QComboBox()
        self.funnel_combo.addItem(QCoreApplication.translate("ExperimentEditor", "No funnel"), None)
        for funnel in funnels:
            self.funnel_combo.addItem(funnel.name, funnel.id)
        self.funnel_combo.setCurrentIndex(max(self.funnel_combo.findData(values.funnel_id), 0))
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self._fill_stages(values.from_stage_id, values.to_stage_id)

        self.split_spin = QSpinBox()
        self.split_spin.setRange(1, 99)
        self.split_spin.setSuffix(QCoreApplication.translate("ExperimentEditor", " % in control"))
        self.split_spin.setValue(round(values.control_share * 100))
        self.mde_spin = QDoubleSpinBox()
        self.mde_spin.setRange(0.0, 50.0)
        self.mde_spin.setDecimals(1)
        self.mde_spin.setSingleStep(0.1)
        self.mde_spin.setSuffix(formatting.points_suffix())
        self.mde_spin.setSpecialValueText(QCoreApplication.translate("ExperimentEditor", "not set"))
        self.mde_spin.setValue(100 * values.planned_mde if values.planned_mde else 0.0)
        self.mde_spin.setToolTip(
            QCoreApplication.translate(
                "ExperimentEditor",
                "The smallest change of the rate worth detecting, in percentage points",
            )
        )
        self.duration_combo = QComboBox()
        for days in sorted({*DURATIONS, values.duration_days}):
            self.duration_combo.addItem(
                ExperimentEditor.tr("%Ln day(s)", "", days),
                days,
            )
        self.duration_combo.setCurrentIndex(self.duration_combo.findData(values.duration_days))
        self.planner = PlannerBox()

        self.owner_combo = people_combo(people, values.owner_id)
        self.scheduled_check = QCheckBox(
            QCoreApplication.translate("ExperimentEditor", "Scheduled")
        )
        self.scheduled_check.setChecked(values.start_date is not None)
        self.start_edit = QDateEdit(QDate(values.start_date or today))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(formatting.date_display_format())
        self.start_edit.setEnabled(values.start_date is not None)
        self.status_combo = QComboBox()
        for choice in allowed_statuses(status):
            self.status_combo.addItem(experiment_status_label(choice), choice)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        self.status_combo.setEnabled(self.status_combo.count() > 1)

        self.impact_spin, self.confidence_spin, self.ease_spin = (
            self._score_spin(values.impact),
            self._score_spin(values.confidence),
            self._score_spin(values.ease),
        )
        self.ice_label = QLabel()

        hypothesis_row = QHBoxLayout()
        hypothesis_row.addWidget(self.hypothesis_edit, 1)
        hypothesis_row.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        metric_row = QHBoxLayout()
        metric_row.addWidget(self.from_combo, 1)
        metric_row.addWidget(QLabel("→"))
        metric_row.addWidget(self.to_combo, 1)
        plan_row = QHBoxLayout()
        for text, widget in (
            (QCoreApplication.translate("ExperimentEditor", "Split:"), self.split_spin),
            (QCoreApplication.translate("ExperimentEditor", "Effect:"), self.mde_spin),
            (QCoreApplication.translate("ExperimentEditor", "Duration:"), self.duration_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            plan_row.addWidget(caption)
            plan_row.addWidget(widget, 1)
        start_row = QHBoxLayout()
        start_row.addWidget(self.scheduled_check)
        start_row.addWidget(self.start_edit, 1)
        ice_row = QHBoxLayout()
        for text, widget in (
            (QCoreApplication.translate("ExperimentEditor", "Impact:"), self.impact_spin),
            (QCoreApplication.translate("ExperimentEditor", "Confidence:"), self.confidence_spin),
            (QCoreApplication.translate("ExperimentEditor", "Ease:"), self.ease_spin),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            ice_row.addWidget(caption)
            ice_row.addWidget(widget)
        ice_row.addWidget(self.ice_label, 1)

        self.form.addRow(QCoreApplication.translate("ExperimentEditor", "Code:"), self.code_edit)
        self.form.addRow(QCoreApplication.translate("ExperimentEditor", "&Title:"), self.title_edit)
        self.form.addRow(
            self._caption(
                QCoreApplication.translate("ExperimentEditor", "&Hypothesis:"), self.hypothesis_edit
            ),
            hypothesis_row,
        )
        self.form.addRow(
            QCoreApplication.translate("ExperimentEditor", "&Variable changed:"), self.variable_edit
        )
        self.form.addRow(
            QCoreApplication.translate("ExperimentEditor", "&Key result:"), self.key_result_combo
        )
        self.form.addRow(
            QCoreApplication.translate("ExperimentEditor", "&Funnel:"), self.funnel_combo
        )
        self.form.addRow(
            self._caption(
                QCoreApplication.translate("ExperimentEditor", "&Primary metric:"), self.from_combo
            ),
            metric_row,
        )
        self.form.addRow(QCoreApplication.translate("ExperimentEditor", "Plan:"), plan_row)
        self.form.addRow("", self.planner)
        self.form.addRow(
            QCoreApplication.translate("ExperimentEditor", "&Owner:"), self.owner_combo
        )
        self.form.addRow(
            self._caption(
                QCoreApplication.translate("ExperimentEditor", "Day &1:"), self.scheduled_check
            ),
            start_row,
        )
        self.form.addRow(
            QCoreApplication.translate("ExperimentEditor", "&Status:"), self.status_combo
        )
        self.form.addRow(QCoreApplication.translate("ExperimentEditor", "ICE:"), ice_row)

        for edit in (self.title_edit, self.variable_edit):
            edit.textChanged.connect(self.revalidate)
        self.funnel_combo.currentIndexChanged.connect(self._funnel_changed)
        for combo in (self.from_combo, self.to_combo, self.duration_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.revalidate)
        for spin in (self.split_spin, self.mde_spin):
            spin.valueChanged.connect(self.revalidate)
        for spin in (self.impact_spin, self.confidence_spin, self.ease_spin):
            spin.valueChanged.connect(self.revalidate)
        self.scheduled_check.toggled.connect(self._scheduled_toggled)
        self.start_edit.dateChanged.connect(self.revalidate)
        self.title_edit.setFocus()
        self.revalidate()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    @staticmethod
    def _score_spin(value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 10)
        spin.setValue(value)
        return spin

    def insert_template(self) -> None:
        """Put the template in the hypothesis box; a hypothesis already written is replaced
        only when the user says so."""
        if self.hypothesis_edit.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("ExperimentEditor", "Insert template"),
                QCoreApplication.translate(
                    "ExperimentEditor", "Replace the hypothesis written with the template?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.hypothesis_edit.selectAll()  # one edit of the box: Ctrl+Z there brings it back
        self.hypothesis_edit.insertPlainText(_tr(HYPOTHESIS_TEMPLATE))
        self.hypothesis_edit.setFocus()

    def values(self) -> ExperimentValues:
        mde = self.mde_spin.value()
        return ExperimentValues(
            title=self.title_edit.text().strip(),
            hypothesis=self.hypothesis_edit.toPlainText().strip(),
            variable=self.variable_edit.text().strip(),
            key_result_id=chosen_id(self.key_result_combo),
            funnel_id=self.funnel_combo.currentData(),
            from_stage_id=self.from_combo.currentData(),
            to_stage_id=self.to_combo.currentData(),
            control_share=self.split_spin.value() / 100,
            start_date=self.start_edit.date().toPython()
            if self.scheduled_check.isChecked()
            else None,
            owner_id=chosen_id(self.owner_combo),
            impact=self.impact_spin.value(),
            confidence=self.confidence_spin.value(),
            ease=self.ease_spin.value(),
            planned_mde=round(mde / 100, 6) if mde > 0 else None,
            duration_days=self.duration_combo.currentData(),
        )

    def status(self) -> str:
        return self.status_combo.currentData()

    def problems(self) -> list[Problem]:
        stages = {
            stage_id: (funnel.id, position)
            for funnel in self._funnels.values()
            for position, (stage_id, _) in enumerate(funnel.stages)
        }
        values = self.values()
        found = experiment_problems(values, stages)
        if self.status() != "idea" and values.start_date is None:
            found.append(Problem("start_date", "start_required", "needs a start date"))
        changed = (self.status(), values.start_date) != self._stored
        if changed and starts_later(self.status(), values.start_date, self._today):
            found.append(Problem("status", "starts_later", "cannot run before its Day 1"))
        return found

    def problem_text(self, problem: Problem) -> str:
        text = PROBLEM_TEXTS.get(problem.code)
        if problem.code == "starts_later":
            return _tr(text).format(date=format_date(self.values().start_date))
        return _tr(text) if text else shown(problem.message)

    def revalidate(self) -> None:
        values = self.values()
        self.ice_label.setText(
            QCoreApplication.translate("ExperimentEditor", "ICE {score}").format(
                score=QLocale().toString(
                    (values.impact + values.confidence + values.ease) / 3, "f", 1
                )
            )
        )
        self._update_plan(values)
        super().revalidate()

    def _update_plan(self, values: ExperimentValues) -> None:
        steps = (values.from_stage_id, values.to_stage_id)
        traffic = None
        step = ""
        if None not in steps and not self._metric_has_problems(values):
            if steps not in self._traffic_cache:
                self._traffic_cache[steps] = self._traffic(*steps)
            traffic = self._traffic_cache[steps]
            step = f"{self.from_combo.currentText()} → {self.to_combo.currentText()}"
        plan = make_plan(
            traffic, step, values.planned_mde, values.duration_days, values.control_share
        )
        self.planner.show_plan(plan)

    def _metric_has_problems(self, values: ExperimentValues) -> bool:
        return any(
            p.field in ("funnel_id", "from_stage_id", "to_stage_id")
            for p in self.problems()
            if p.code != "start_required"
        )

    def _fill_stages(self, from_id: int | None, to_id: int | None) -> None:
        funnel = self._funnels.get(self.funnel_combo.currentData())
        stages = funnel.stages if funnel else ()
        for combo, chosen, default in ((self.from_combo, from_id, 0), (self.to_combo, to_id, 1)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for stage_id, name in stages:
                combo.addItem(name, stage_id)
            index = combo.findData(chosen) if chosen is not None else -1
            if index < 0 and len(stages) > default and funnel is not None:
                index = default + 1  # a new funnel starts on its first step
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(funnel is not None)
            combo.blockSignals(False)

    def _funnel_changed(self) -> None:
        self._fill_stages(None, None)
        self.revalidate()

    def _scheduled_toggled(self, checked: bool) -> None:
        self.start_edit.setEnabled(checked)
        status = self.status()
        target = "planned" if checked and status == "idea" else None
        if not checked and status == "planned":
            target = "idea"
        index = self.status_combo.findData(target) if target else -1
        if index >= 0:
            self.status_combo.setCurrentIndex(index)
        self.revalidate()
