"""Start a new cycle: a name and its dates, the current quarter by default."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLineEdit, QWidget

from okrdesk.domain.okr_rules import Problem
from okrdesk.store.okr.cycles import quarter_of
from okrdesk.ui.common import formatting
from okrdesk.ui.common.form_dialog import FormDialog


class CycleDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: dt.date, taken_names: set[str]) -> None:
        super().__init__(parent, self.tr("Start a new cycle"), min_width=0)
        self._taken = {name.casefold() for name in taken_names}
        name, start, end = quarter_of(today)
        self.name_edit = QLineEdit(name)
        self.start_edit = QDateEdit(QDate(start))
        self.end_edit = QDateEdit(QDate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.date_display_format())
            edit.dateChanged.connect(self.revalidate)
        self.name_edit.textChanged.connect(self.revalidate)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start cycle"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&First day:"), self.start_edit)
        self.form.addRow(self.tr("&Last day:"), self.end_edit)
        self.revalidate()

    def values(self) -> tuple[str, dt.date, dt.date]:
        return (
            self.name_edit.text().strip(),
            self.start_edit.date().toPython(),
            self.end_edit.date().toPython(),
        )

    def problems(self) -> list[Problem]:
        name, start, end = self.values()
        if not name:
            return [Problem("name", "missing", self.tr("The cycle needs a name."))]
        if name.casefold() in self._taken:
            return [Problem("name", "taken", self.tr("A cycle with this name already exists."))]
        if end <= start:
            return [Problem("end", "order", self.tr("The last day must come after the first day."))]
        return []
