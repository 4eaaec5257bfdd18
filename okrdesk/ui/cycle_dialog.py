"""Start a new cycle: a name and its dates, the current quarter by default."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.okr.cycles import quarter_of


class CycleDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date, taken_names: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new cycle"))
        self._taken = {name.casefold() for name in taken_names}
        name, start, end = quarter_of(today)
        self.name_edit = QLineEdit(name)
        self.start_edit = QDateEdit(QDate(start))
        self.end_edit = QDateEdit(QDate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._validate)
        self.name_edit.textChanged.connect(self._validate)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start cycle"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&First day:"), self.start_edit)
        form.addRow(self.tr("&Last day:"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._validate()

    def values(self) -> tuple[str, dt.date, dt.date]:
        return (
            self.name_edit.text().strip(),
            self.start_edit.date().toPython(),
            self.end_edit.date().toPython(),
        )

    def _problem(self) -> str:
        name, start, end = self.values()
        if not name:
            return self.tr("The cycle needs a name.")
        if name.casefold() in self._taken:
            return self.tr("A cycle with this name already exists.")
        if end <= start:
            return self.tr("The last day must come after the first day.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
