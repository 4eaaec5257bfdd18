"""Workspace settings: name, currency, week start, status thresholds and the funnel's window.

Validated as you type, OK only when valid; saving is one undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.language import LANGUAGES, chosen_locale, language_code
from okrdesk.reports.text import shown
from okrdesk.store.people import PersonRow
from okrdesk.store.versions import ConflictError, titled
from okrdesk.store.workspace.settings import (
    CURRENCIES,
    SettingsValues,
    restore_settings,
    settings_version,
    update_settings,
    validate_settings,
)
from okrdesk.ui.common.conflict_dialog import field_lines, merged, resolve, value_text
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import CURRENCY_SYMBOLS, format_percent
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import SETTINGS, StoreCommand, versioned

GAP_DECIMALS = 2  # as the status tooltips show gaps
NAME_CHARS = 40  # a longer workspace name scrolls in its field
PROBLEM_TEXTS = {
    "name_required": QT_TRANSLATE_NOOP("SettingsDialog", "Give the workspace a name."),
    "name_too_long": QT_TRANSLATE_NOOP("SettingsDialog", "The name is longer than 200 characters."),
    "gap_order": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Off track must be further behind pace than at risk.",
    ),
    "confidence_order": QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Off track must be a lower confidence than at risk.",
    ),
}


@dataclass(frozen=True)
class SavedSettings:
    """What a save replaced and the settings row's version after it."""

    previous: SettingsValues
    version: int


def save_settings_command(
    controller: WorkspaceController,
    values: SettingsValues,
    version: int | None = None,
    parent: QWidget | None = None,
    seen: SettingsValues | None = None,
) -> StoreCommand:
    """Save the settings over the row the dialog read at `version` (with `seen` in it);
    undo puts back exactly what was there, unless someone saved settings after."""
    text = QCoreApplication.translate("SaveSettingsCommand", "Change workspace settings")
    title = QCoreApplication.translate("SaveSettingsCommand", "the workspace settings")

    def save(session: Session, expected: int) -> SavedSettings:
        try:
            previous = update_settings(session, values, expected or None)
        except ConflictError as error:
            raise titled(error, title) from None
        return SavedSettings(previous, settings_version(session))

    def put_back(session: Session, saved: SavedSettings, expected: int) -> int:
        try:
            restore_settings(session, saved.previous, expected)
        except ConflictError as error:
            raise titled(error, title) from None
        return settings_version(session)

    command = versioned(
        controller, text, save, put_back, version or 0, tables=SETTINGS, row=("settings", 1)
    )
    if parent is not None:

        def conflict(error: ConflictError) -> None:
            theirs = error.conflict.theirs
            before = asdict(seen) if seen is not None else None
            names = tuple(f.name for f in fields(SettingsValues))

            def apply() -> None:
                assert theirs is not None
                both = SettingsValues(**merged(error, before, names))
                now = SettingsValues(**{name: theirs.row[name] for name in names})
                again = save_settings_command(controller, both, theirs.version, parent, now)
                controller.undo_stack.push(again, parent)

            def label(name: str) -> str:
                return QCoreApplication.translate("SaveSettingsCommand", SETTING_LABELS[name])

            lines = field_lines(error, before, names, label, lambda _n, v: value_text(v))
            resolve(parent, error, lines, apply)

        command.on_conflict = conflict
    return command


SETTING_LABELS = {
    "name": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Name"),
    "currency": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Currency"),
    "week_start": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Weeks start on"),
    "at_risk_gap": QT_TRANSLATE_NOOP("SaveSettingsCommand", "At risk when behind pace by"),
    "off_track_gap": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Off track when behind pace by"),
    "at_risk_confidence": QT_TRANSLATE_NOOP("SaveSettingsCommand", "At risk at confidence"),
    "off_track_confidence": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Off track at confidence"),
    "stale_days": QT_TRANSLATE_NOOP("SaveSettingsCommand", "Needs an update after (days)"),
    "conversion_window_days": QT_TRANSLATE_NOOP(
        "SaveSettingsCommand", "Conversion window of a cohort (days)"
    ),
}


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def _gap_spin() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(GAP_DECIMALS)
    box.setRange(0.01, 1.0)
    box.setSingleStep(0.05)
    return box


class SettingsDialog(FormDialog):
    """`people` and `me`: who works on this computer (ui.me), chosen among the People."""

    def __init__(
        self,
        parent: QWidget | None,
        values: SettingsValues,
        people: Sequence[PersonRow] = (),
        me: int | None = None,
        language: str = "",
    ) -> None:
        super().__init__(parent, self.tr("Workspace settings"), min_width=560)
        self._stored = values
        self._stored_me = me
        self._stored_language = language
        currencies = list(CURRENCIES)
        if values.currency not in currencies:
            currencies.append(values.currency)  # another tool's choice stays possible
        self._currencies = tuple(currencies)

        self.name_edit = QLineEdit(values.name)
        self.currency_combo = QComboBox()
        for code in currencies:
            symbol = CURRENCY_SYMBOLS.get(code)
            text = self.tr("{code} ({symbol})").format(code=code, symbol=symbol) if symbol else code
            self.currency_combo.addItem(text, code)
        self.currency_combo.setCurrentIndex(currencies.index(values.currency))
        self.week_combo = QComboBox()
        locale = QLocale()
        for day in range(7):  # 0 = Monday, as stored; Qt counts Monday as 1
            self.week_combo.addItem(locale.standaloneDayName(day + 1), day)
        self.week_combo.setCurrentIndex(values.week_start)
        self.me_combo = QComboBox()
        self.me_combo.setObjectName("meCombo")
        for person in people:
            self.me_combo.addItem(person.name, person.id)
        if not people:
            self.me_combo.addItem(self.tr("(add people first)"), None)
        self.me_combo.setEnabled(bool(people))
        self.me_combo.setCurrentIndex(max(self.me_combo.findData(me), 0))

        self.language_combo = self._language_combo(language)

        self.at_risk_gap_spin = _gap_spin()
        self.at_risk_gap_spin.setValue(values.at_risk_gap)
        self.off_track_gap_spin = _gap_spin()
        self.off_track_gap_spin.setValue(values.off_track_gap)
        self.at_risk_confidence_spin = _spin(0, 10)
        self.at_risk_confidence_spin.setValue(values.at_risk_confidence)
        self.off_track_confidence_spin = _spin(0, 10)
        self.off_track_confidence_spin.setValue(values.off_track_confidence)
        days = self.tr(" days")
        self.stale_days_spin = _spin(1, 365, days)
        self.stale_days_spin.setValue(values.stale_days)
        self.window_spin = _spin(1, 365, days)
        self.window_spin.setValue(values.conversion_window_days)

        # The groups go between FormDialog's (unused) form and its problems and buttons.
        self._outer = cast(QVBoxLayout, self.layout())
        self._outer.setSpacing(12)
        workspace = self._group(self.tr("Workspace"))
        workspace.addRow(self.tr("&Name:"), self.name_edit)
        workspace.addRow(self.tr("&Currency:"), self.currency_combo)
        workspace.addRow(self.tr("&Weeks start on:"), self.week_combo)
        workspace.addRow(self.tr("&Me on this computer:"), self.me_combo)
        self.me_combo.setToolTip(
            self.tr("Check-ins, decisions and key-result changes made here are signed with it.")
        )
        workspace.addRow(self.tr("&Language:"), self.language_combo)
        self.language_combo.setToolTip(
            self.tr("The language of okrdesk on this computer; it applies at the next start.")
        )
        status = self._group(
            self.tr("Status of key results"),
            self.tr(
                "Gaps are shares of the way from start to target: {gap} means {share} behind "
                "the pace that the cycle's elapsed days ask for. Confidence is the 0–10 of "
                "check-ins."
            ).format(gap=locale.toString(0.2, "f", GAP_DECIMALS), share=format_percent(0.2, 0)),
        )
        status.addRow(self.tr("&At risk when behind pace by more than:"), self.at_risk_gap_spin)
        status.addRow(self.tr("&Off track when behind pace by more than:"), self.off_track_gap_spin)
        status.addRow(self.tr("At risk at con&fidence of at most:"), self.at_risk_confidence_spin)
        status.addRow(
            self.tr("Off track at confi&dence of at most:"), self.off_track_confidence_spin
        )
        status.addRow(self.tr("Needs an &update after:"), self.stale_days_spin)
        funnel = self._group(self.tr("Funnel"))
        funnel.addRow(self.tr("Con&version window of a cohort:"), self.window_spin)

        self._align_labels(workspace, status, funnel)
        # Fields as wide as their (translated) contents, whatever width the labels leave.
        for field in (self.name_edit, self.currency_combo, self.week_combo, self.me_combo):
            field.setMinimumWidth(field.sizeHint().width())
        metrics = self.name_edit.fontMetrics()
        name_width = metrics.horizontalAdvance(values.name) + 2 * metrics.averageCharWidth()
        longest = NAME_CHARS * metrics.averageCharWidth()
        self.name_edit.setMinimumWidth(max(self.name_edit.minimumWidth(), min(name_width, longest)))
        self.language_combo.setMinimumWidth(self.language_combo.sizeHint().width())

        self.name_edit.textChanged.connect(self.revalidate)
        for spin in (
            self.at_risk_gap_spin,
            self.off_track_gap_spin,
            self.at_risk_confidence_spin,
            self.off_track_confidence_spin,
            self.stale_days_spin,
            self.window_spin,
        ):
            spin.valueChanged.connect(self.revalidate)
        self.revalidate()

    def _language_combo(self, language: str) -> QComboBox:
        """System default (its language named), then each language in its own words."""
        combo = QComboBox()
        combo.setObjectName("languageCombo")
        system = LANGUAGES[language_code(chosen_locale(""))]
        combo.addItem(self.tr("System default ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(language), 0))
        return combo

    def _group(self, title: str, note: str = "") -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        if note:
            label = QLabel(note)
            label.setObjectName("settingsNote")
            label.setWordWrap(True)
            form.addRow(label)
        self._outer.insertWidget(self._outer.indexOf(self.problems_label), box)
        return form

    @staticmethod
    def _align_labels(*forms: QFormLayout) -> None:
        """One label width for every group, so that the fields line up."""
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in forms
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _gap(self, spin: QDoubleSpinBox, stored: float) -> float:
        # A stored gap with more decimals than shown stays as it was unless it was changed.
        return stored if round(stored, GAP_DECIMALS) == spin.value() else spin.value()

    def values(self) -> SettingsValues:
        return SettingsValues(
            name=self.name_edit.text().strip(),
            currency=self.currency_combo.currentData(),
            week_start=self.week_combo.currentData(),
            at_risk_gap=self._gap(self.at_risk_gap_spin, self._stored.at_risk_gap),
            off_track_gap=self._gap(self.off_track_gap_spin, self._stored.off_track_gap),
            at_risk_confidence=self.at_risk_confidence_spin.value(),
            off_track_confidence=self.off_track_confidence_spin.value(),
            stale_days=self.stale_days_spin.value(),
            conversion_window_days=self.window_spin.value(),
        )

    def me(self) -> int | None:
        """The person chosen as "me" on this computer."""
        return self.me_combo.currentData()

    def changed(self) -> bool:
        """Have the workspace's settings changed (not "me", which is this computer's)?"""
        return self.values() != self._stored

    def language(self) -> str:
        """The language chosen for this computer ("pl"), "" for the system's."""
        return self.language_combo.currentData()

    def language_changed(self) -> bool:
        return self.language() != self._stored_language

    def me_changed(self) -> bool:
        return self.me() != self._stored_me

    def problems(self) -> list[Problem]:
        return validate_settings(self.values(), self._currencies)

    def problem_text(self, problem: Problem) -> str:
        if problem.code in PROBLEM_TEXTS:
            return QCoreApplication.translate("SettingsDialog", PROBLEM_TEXTS[problem.code])
        return shown(problem.message)
