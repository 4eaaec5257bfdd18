"""The KPI editor (name, unit, team, direction, thresholds) and the record-a-value dialog, and
how a KPI's values and thresholds read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from okrdesk.domain.kpi import NAME_MAX_LENGTH, KpiStatus, KpiValues, validate_kpi
from okrdesk.domain.okr_rules import Problem
from okrdesk.store.okr.kpis import KpiRow
from okrdesk.ui.common import clock, formatting
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import (
    currency_affixes,
    format_amount,
    format_percent,
    percent_suffix,
)
from okrdesk.ui.common.number_spin import NumberSpinBox

STATUS_NAMES = {
    KpiStatus.GREEN: QT_TRANSLATE_NOOP("KpiPanel", "green"),
    KpiStatus.AMBER: QT_TRANSLATE_NOOP("KpiPanel", "amber"),
    KpiStatus.RED: QT_TRANSLATE_NOOP("KpiPanel", "red"),
}
UNIT_NAMES = {
    "number": QT_TRANSLATE_NOOP("KpiPanel", "Number"),
    "percent": QT_TRANSLATE_NOOP("KpiPanel", "Percent"),
    "currency": QT_TRANSLATE_NOOP("KpiPanel", "Amount of money"),
}
PROBLEM_TEXTS = {
    "name_required": QT_TRANSLATE_NOOP("KpiPanel", "Give it a name."),
    "name_too_long": QT_TRANSLATE_NOOP("KpiPanel", "The name is longer than 200 characters."),
    "green_below_red": QT_TRANSLATE_NOOP(
        "KpiPanel", "When higher is better, green cannot be below red."
    ),
    "green_above_red": QT_TRANSLATE_NOOP(
        "KpiPanel", "When lower is better, green cannot be above red."
    ),
    "name_taken": QT_TRANSLATE_NOOP("KpiPanel", "Another KPI has this name."),
}
NUMBER_LIMIT = 1e12


def kpi_tr(text: str) -> str:
    return QCoreApplication.translate("KpiPanel", text)


def format_kpi_value(value: float, unit: str, currency: str) -> str:
    """A KPI value in its unit, with as many decimals as it has (up to two)."""
    if unit == "currency":
        return format_amount(value, currency)
    decimals = next((d for d in (0, 1) if round(value, d) == round(value, 2)), 2)
    if unit == "percent":
        return format_percent(value / 100.0)
    return QLocale().toString(float(value), "f", decimals)


def threshold_text(row: KpiRow, currency: str) -> str:
    green = format_kpi_value(row.green_threshold, row.unit, currency)
    red = format_kpi_value(row.red_threshold, row.unit, currency)
    if row.higher_is_better:
        return QCoreApplication.translate(
            "KpiPanel", "Green at or above {green}, red at or below {red}, amber between."
        ).format(green=green, red=red)
    return QCoreApplication.translate(
        "KpiPanel", "Green at or below {green}, red at or above {red}, amber between."
    ).format(green=green, red=red)


def _number_box(unit: str, currency: str) -> QDoubleSpinBox:
    box = NumberSpinBox(money=unit == "currency")
    box.setRange(-NUMBER_LIMIT, NUMBER_LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    if unit == "percent":
        box.setSuffix(percent_suffix())
    elif unit == "currency":
        prefix, suffix = currency_affixes(currency)
        box.setPrefix(prefix)
        box.setSuffix(suffix)
    return box


class KpiEditor(FormDialog):
    """Name, unit, team, direction and the green and red thresholds; OK only when valid."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        teams: Sequence[tuple[int, str]],
        taken_names: set[str],
        currency: str,
        values: KpiValues,
    ) -> None:
        super().__init__(parent, title, min_width=480)
        self._taken = {name.casefold() for name in taken_names}
        self._currency = currency
        self.name_edit = QLineEdit(values.name)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.unit_combo = QComboBox()
        for unit, name in UNIT_NAMES.items():
            self.unit_combo.addItem(kpi_tr(name), unit)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(values.unit), 0))
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("No team"), None)
        for team_id, name in teams:
            self.team_combo.addItem(name, team_id)
        if values.team_id is not None:
            self.team_combo.setCurrentIndex(max(self.team_combo.findData(values.team_id), 0))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Higher is better"), True)
        self.direction_combo.addItem(self.tr("Lower is better"), False)
        self.direction_combo.setCurrentIndex(0 if values.higher_is_better else 1)
        self.green_spin = _number_box(values.unit, currency)
        self.green_spin.setValue(values.green_threshold)
        self.red_spin = _number_box(values.unit, currency)
        self.red_spin.setValue(values.red_threshold)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Unit:"), self.unit_combo)
        self.form.addRow(self.tr("&Team:"), self.team_combo)
        self.form.addRow(self.tr("&Direction:"), self.direction_combo)
        self.form.addRow(self.tr("&Green from:"), self.green_spin)
        self.form.addRow(self.tr("&Red from:"), self.red_spin)
        self.name_edit.textChanged.connect(self.revalidate)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        for widget in (self.direction_combo,):
            widget.currentIndexChanged.connect(self.revalidate)
        for spin in (self.green_spin, self.red_spin):
            spin.valueChanged.connect(self.revalidate)
        self.revalidate()

    def _unit_changed(self) -> None:
        unit = self.unit_combo.currentData()
        for spin in (self.green_spin, self.red_spin):
            spin.setSuffix(_number_box(unit, self._currency).suffix())
        self.revalidate()

    def values(self) -> KpiValues:
        return KpiValues(
            name=self.name_edit.text().strip(),
            unit=self.unit_combo.currentData(),
            team_id=self.team_combo.currentData(),
            higher_is_better=bool(self.direction_combo.currentData()),
            green_threshold=self.green_spin.value(),
            red_threshold=self.red_spin.value(),
        )

    def problems(self) -> list[Problem]:
        found = [Problem(p.field, p.code, p.message) for p in validate_kpi(self.values())]
        if self.values().name.casefold() in self._taken:
            found.append(Problem("name", "name_taken", ""))
        return [p for p in found if p.code in PROBLEM_TEXTS]

    def problem_text(self, problem: Problem) -> str:
        return kpi_tr(PROBLEM_TEXTS[problem.code])


class KpiValueDialog(FormDialog):
    """A KPI's value on a day (today unless changed); an existing value that day is replaced."""

    def __init__(self, parent: QWidget | None, row: KpiRow, currency: str) -> None:
        title = self.tr("Record a value of {name}").format(name=row.name)
        super().__init__(parent, title, min_width=400)
        self.date_edit = QDateEdit(QDate(clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_display_format())
        self.value_spin = _number_box(row.unit, currency)
        if row.latest is not None:
            self.value_spin.setValue(row.latest[1])
        hint = QLabel(threshold_text(row, currency))
        hint.setObjectName("sectionSubtitle")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("&Value:"), self.value_spin)
        self.layout().insertWidget(1, hint)  # under the form
        self.value_spin.setFocus()  # the day is today's nearly always; the value is new
        self.revalidate()

    def problems(self) -> list[Problem]:
        return []

    def values(self) -> tuple[dt.date, float]:
        return self.date_edit.date().toPython(), self.value_spin.value()
