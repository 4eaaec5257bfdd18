"""Editors for an objective and a key result: validated as you type, OK only when valid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from okrdesk.domain.okr_rules import (
    MAX_DECIMALS,
    UNIT_LABEL_MAX_LENGTH,
    KeyResultValues,
    ObjectiveValues,
    Problem,
    key_result_warnings,
    validate_key_result,
    validate_objective,
)
from okrdesk.reports.text import Context, shown
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import OBJECTIVE_LEVELS, currency_affixes, label, percent_suffix
from okrdesk.ui.common.number_spin import NumberSpinBox
from okrdesk.ui.common.person_picker import chosen_id, people_combo

CONTEXT = "OkrEditors"
NUMBER_LIMIT = 1e12
KINDS = {
    "increase": QT_TRANSLATE_NOOP("OkrEditors", "Increase to"),
    "decrease": QT_TRANSLATE_NOOP("OkrEditors", "Decrease to"),
    "stay_above": QT_TRANSLATE_NOOP("OkrEditors", "Stay above"),
    "stay_below": QT_TRANSLATE_NOOP("OkrEditors", "Stay below"),
    "binary": QT_TRANSLATE_NOOP("OkrEditors", "Done or not done"),
}
UNITS = {
    "number": QT_TRANSLATE_NOOP("OkrEditors", "Number"),
    "percent": QT_TRANSLATE_NOOP("OkrEditors", "Percent"),
    "currency": QT_TRANSLATE_NOOP("OkrEditors", "Amount of money"),
}


class OkrEditors(Context):
    """Sentences of this module, in the `OkrEditors` translation context."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(problem: Problem) -> str:
    return shown(problem.message)


class _Editor(FormDialog):
    def problem_text(self, problem: Problem) -> str:
        return problem_text(problem)


class ObjectiveEditor(_Editor):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        people: Sequence[tuple[int, str]],
        teams: Sequence[tuple[int, str]],
        parents: Sequence[tuple[int, str]],
        values: ObjectiveValues,
    ) -> None:
        super().__init__(parent, title)
        self.title_edit = QLineEdit(values.title)
        self.level_combo = QComboBox()
        for level in OBJECTIVE_LEVELS:
            self.level_combo.addItem(label(OBJECTIVE_LEVELS, level), level)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(values.level), 0))
        self.team_combo = QComboBox()
        self.team_combo.addItem(OkrEditors.tr("No team"), None)
        for team_id, name in teams:
            self.team_combo.addItem(name, team_id)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(values.team_id), 0))
        self.owner_combo = people_combo(people, values.owner_id)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(OkrEditors.tr("Not aligned"), None)
        for objective_id, objective_title in parents:
            self.parent_combo.addItem(objective_title, objective_id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(values.parent_id), 0))
        self.description_edit = QPlainTextEdit(values.description)
        self.description_edit.setFixedHeight(80)
        self.form.addRow(OkrEditors.tr("&Title:"), self.title_edit)
        self.form.addRow(OkrEditors.tr("&Level:"), self.level_combo)
        self.form.addRow(OkrEditors.tr("T&eam:"), self.team_combo)
        self.form.addRow(OkrEditors.tr("&Owner:"), self.owner_combo)
        self.form.addRow(OkrEditors.tr("&Aligned under:"), self.parent_combo)
        self.form.addRow(OkrEditors.tr("&Description:"), self.description_edit)
        self.title_edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def values(self) -> ObjectiveValues:
        return ObjectiveValues(
            title=self.title_edit.text().strip(),
            level=self.level_combo.currentData(),
            owner_id=chosen_id(self.owner_combo),
            team_id=self.team_combo.currentData(),
            parent_id=self.parent_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
        )

    def problems(self) -> list[Problem]:
        return validate_objective(self.values())


def _number_box(optional: bool = False) -> QDoubleSpinBox:
    box = NumberSpinBox(money=optional)  # the optional ones are the budget and the cost
    box.setRange(-1.0 if optional else -NUMBER_LIMIT, NUMBER_LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    if optional:
        box.setSpecialValueText("—")  # shown at the minimum: no value
    return box


class KeyResultEditor(_Editor):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        people: Sequence[tuple[int, str]],
        currency: str,
        values: KeyResultValues,
    ) -> None:
        super().__init__(parent, title)
        self._currency = currency
        self.title_edit = QLineEdit(values.title)
        self.kind_combo = QComboBox()
        for kind, text in KINDS.items():
            self.kind_combo.addItem(_tr(text), kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(values.kind), 0))
        self.unit_combo = QComboBox()
        for unit, text in UNITS.items():
            self.unit_combo.addItem(_tr(text), unit)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(values.unit), 0))
        self.unit_label_edit = QLineEdit(values.unit_label)
        self.unit_label_edit.setObjectName("unitLabelEdit")
        self.unit_label_edit.setPlaceholderText(OkrEditors.tr("none, or h, days, NPS, tickets…"))
        self.unit_label_edit.setMaxLength(UNIT_LABEL_MAX_LENGTH)
        self.decimals_spin = QSpinBox()
        self.decimals_spin.setObjectName("decimalsSpin")
        self.decimals_spin.setRange(-1, MAX_DECIMALS)  # -1: the unit's default
        self.decimals_spin.setSpecialValueText(OkrEditors.tr("Automatic"))
        self.decimals_spin.setValue(-1 if values.decimals is None else values.decimals)
        self.start_spin = _number_box()
        self.start_spin.setValue(values.start_value)
        self.target_spin = _number_box()
        self.target_spin.setValue(values.target_value)
        self.weight_spin = QDoubleSpinBox()
        self.weight_spin.setRange(0.0, 100.0)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(values.weight)
        self.owner_combo = people_combo(people, values.owner_id)
        self.budget_spin = _number_box(optional=True)
        self.budget_spin.setValue(-1.0 if values.budget is None else values.budget)
        self.cost_spin = _number_box(optional=True)
        self.cost_spin.setValue(-1.0 if values.cost is None else values.cost)
        self.form.addRow(OkrEditors.tr("&Title:"), self.title_edit)
        self.form.addRow(OkrEditors.tr("&Kind:"), self.kind_combo)
        self.form.addRow(OkrEditors.tr("&Unit:"), self.unit_combo)
        self.form.addRow(OkrEditors.tr("Unit &label:"), self.unit_label_edit)
        self.form.addRow(OkrEditors.tr("&Decimals:"), self.decimals_spin)
        self.form.addRow(OkrEditors.tr("&Start (baseline):"), self.start_spin)
        self.form.addRow(OkrEditors.tr("Tar&get:"), self.target_spin)
        self.form.addRow(OkrEditors.tr("&Weight:"), self.weight_spin)
        self.form.addRow(OkrEditors.tr("&Owner:"), self.owner_combo)
        self.form.addRow(OkrEditors.tr("&Budget:"), self.budget_spin)
        self.form.addRow(OkrEditors.tr("&Cost so far:"), self.cost_spin)
        self.title_edit.textChanged.connect(self.revalidate)
        self.unit_label_edit.textChanged.connect(self.revalidate)
        self.decimals_spin.valueChanged.connect(self.revalidate)
        for combo in (self.kind_combo, self.unit_combo):
            combo.currentIndexChanged.connect(self._adapt_to_kind_and_unit)
        for spin in (
            self.start_spin,
            self.target_spin,
            self.weight_spin,
            self.budget_spin,
            self.cost_spin,
        ):
            spin.valueChanged.connect(self.revalidate)
        self._adapt_to_kind_and_unit()

    def _adapt_to_kind_and_unit(self) -> None:
        """Binary key results go from 0 to 1; amounts carry the workspace's currency."""
        binary = self.kind_combo.currentData() == "binary"
        for spin in (self.start_spin, self.target_spin):
            self.form.setRowVisible(spin, not binary)
        self.form.setRowVisible(self.unit_combo, not binary)
        self.form.setRowVisible(self.unit_label_edit, not binary)
        unit = self.unit_combo.currentData()
        money = currency_affixes(self._currency)
        affixes = ("", percent_suffix()) if unit == "percent" else ("", "")
        for spin in (self.start_spin, self.target_spin):
            spin.money = unit == "currency"
            spin.setPrefix((money if unit == "currency" else affixes)[0])
            spin.setSuffix((money if unit == "currency" else affixes)[1])
        for spin in (self.budget_spin, self.cost_spin):
            spin.setPrefix(money[0])
            spin.setSuffix(money[1])
        self.revalidate()

    @staticmethod
    def _optional(spin: QDoubleSpinBox) -> float | None:
        return None if spin.value() == spin.minimum() else spin.value()

    def values(self) -> KeyResultValues:
        binary = self.kind_combo.currentData() == "binary"
        return KeyResultValues(
            title=self.title_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            unit="number" if binary else self.unit_combo.currentData(),
            start_value=0.0 if binary else self.start_spin.value(),
            target_value=1.0 if binary else self.target_spin.value(),
            weight=self.weight_spin.value(),
            owner_id=chosen_id(self.owner_combo),
            budget=self._optional(self.budget_spin),
            cost=self._optional(self.cost_spin),
            unit_label="" if binary else self.unit_label_edit.text().strip(),
            decimals=None if self.decimals_spin.value() < 0 else self.decimals_spin.value(),
        )

    def problems(self) -> list[Problem]:
        return validate_key_result(self.values())

    def warnings(self) -> list[Problem]:
        return key_result_warnings(self.values())
