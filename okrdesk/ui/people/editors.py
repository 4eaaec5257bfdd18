"""Editors for a team's name and for a person: validated as you type, OK only when valid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.text import shown
from okrdesk.store import people
from okrdesk.store.people import PersonValues, TeamRow
from okrdesk.ui.common.form_dialog import FormDialog


class _Form(FormDialog):
    """`taken` are the names the edited team or person may not have (everyone else's)."""

    def __init__(self, parent: QWidget, title: str, name: str, taken: Sequence[str]) -> None:
        super().__init__(parent, title, min_width=440)
        self._taken = list(taken)
        self.name_edit = QLineEdit(name)
        self.name_edit.textChanged.connect(self.revalidate)
        self.form.addRow(QCoreApplication.translate("PeopleEditors", "&Name:"), self.name_edit)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def problems(self) -> list[Problem]:
        return people.name_problems(self.name(), self._taken)

    def taken_text(self) -> str:
        raise NotImplementedError

    def problem_text(self, problem: Problem) -> str:
        if problem.code == "name_taken":
            return self.taken_text().format(name=self.name())
        return shown(problem.message)


class TeamEditor(_Form):
    """A team's name."""

    def __init__(self, parent: QWidget, title: str, name: str, taken: Sequence[str]) -> None:
        super().__init__(parent, title, name, taken)
        self.revalidate()

    def taken_text(self) -> str:
        return self.tr("There is already a team called “{name}”.")


class PersonEditor(_Form):
    """A person's name, e-mail address and team."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        values: PersonValues,
        teams: Sequence[TeamRow],
        taken: Sequence[str],
    ) -> None:
        super().__init__(parent, title, values.name, taken)
        self.email_edit = QLineEdit(values.email)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.email_edit.textChanged.connect(self.revalidate)
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("No team"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(values.team_id), 0))
        self.form.addRow(self.tr("&E-mail:"), self.email_edit)
        self.form.addRow(self.tr("&Team:"), self.team_combo)
        self.revalidate()

    def taken_text(self) -> str:
        return self.tr("There is already someone called “{name}”.")

    def values(self) -> PersonValues:
        return PersonValues(
            self.name(), self.email_edit.text().strip(), self.team_combo.currentData()
        )

    def problems(self) -> list[Problem]:
        return people.validate_person(self.values(), self._taken)
