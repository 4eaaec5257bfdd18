"""Day 7: scale, roll back, iterate or call it inconclusive, and write down what was learnt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.experiment_rules import decided_before_start
from okrdesk.domain.okr_rules import Problem
from okrdesk.store.experiments.records import ExperimentRow
from okrdesk.ui.common import formatting
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_date

CHOICES = {
    "scale": (
        QT_TRANSLATE_NOOP("DecisionDialog", "&Scale"),
        QT_TRANSLATE_NOOP("DecisionDialog", "The variant wins: make it the way we work."),
    ),
    "roll_back": (
        QT_TRANSLATE_NOOP("DecisionDialog", "&Roll back"),
        QT_TRANSLATE_NOOP(
            "DecisionDialog",
            "Go back to the control. The experiment, its tasks and its results are kept.",
        ),
    ),
    "iterate": (
        QT_TRANSLATE_NOOP("DecisionDialog", "&Iterate"),
        QT_TRANSLATE_NOOP("DecisionDialog", "Promising: change it and test again."),
    ),
    "inconclusive": (
        QT_TRANSLATE_NOOP("DecisionDialog", "I&nconclusive"),
        QT_TRANSLATE_NOOP("DecisionDialog", "No detectable difference, or not enough data."),
    ),
}


class DecisionDialog(FormDialog):
    """OK is enabled once a decision is chosen; a decided experiment opens on its decision."""

    def __init__(self, parent: QWidget | None, row: ExperimentRow, today: dt.date) -> None:
        super().__init__(parent, self.tr("Decide {code}").format(code=row.code), min_width=560)
        self._code, self._start = row.code, row.start_date
        heading = QLabel(f"{row.code} · {row.title}")
        heading.setObjectName("panelTitle")
        heading.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons_by_decision: dict[str, QRadioButton] = {}
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for decision, (text, hint) in CHOICES.items():
            button = QRadioButton(self.tr(text))
            button.setToolTip(self.tr(hint))
            self.group.addButton(button)
            self.buttons_by_decision[decision] = button
            note = QLabel(self.tr(hint))
            note.setObjectName("hintLabel")
            note.setIndent(24)
            note.setWordWrap(True)
            choices.addWidget(button)
            choices.addWidget(note)
        if row.decision in self.buttons_by_decision:
            self.buttons_by_decision[row.decision].setChecked(True)
        self.learnings_edit = QPlainTextEdit(row.learnings)
        self.learnings_edit.setPlaceholderText(
            self.tr("What did the numbers show, what did sales say, what do we try next?")
        )
        self.learnings_edit.setTabChangesFocus(True)
        self.learnings_edit.setMinimumHeight(110)
        self.date_edit = QDateEdit(QDate(row.decided_on or today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_display_format())

        self.form.addRow(self.tr("Decision:"), choices)
        self.form.addRow(self.tr("&Learnings:"), self.learnings_edit)
        self.form.addRow(self.tr("Decided &on:"), self.date_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        self.layout().insertWidget(0, heading)
        self.group.buttonToggled.connect(self.revalidate)
        self.revalidate()

    def decision(self) -> str | None:
        return next(
            (key for key, button in self.buttons_by_decision.items() if button.isChecked()), None
        )

    def learnings(self) -> str:
        return self.learnings_edit.toPlainText().strip()

    def decided_on(self) -> dt.date:
        return self.date_edit.date().toPython()

    def accept(self) -> None:
        """A decision dated before Day 1 is asked about first: the experiment had not run."""
        if decided_before_start(self._start, self.decided_on()) and not self._confirm_early():
            return
        super().accept()

    def _confirm_early(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Decide before Day 1?"),
            self.tr(
                "{code} starts on {start} (its Day 1), after the decision date {date}: it had "
                "not run then, so there is no data to decide on.\n"
                "Record the decision anyway?"
            ).format(
                code=self._code, start=format_date(self._start), date=format_date(self.decided_on())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def problems(self) -> list[Problem]:
        # No words needed: the choices are in plain sight and OK stays off until one is picked.
        return [] if self.decision() is not None else [Problem("decision", "missing", "")]
