"""Close a cycle: grade every key result, write the retrospective, then close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.stretch import ObjectiveStretch
from okrdesk.store.okr.cycle_close import GradingRow, Retrospective
from okrdesk.ui.common.screen_fit import fit_to_screen
from okrdesk.ui.okr.close.grades_model import (
    KEY_RESULT,
    NOTE,
    OBJECTIVE,
    PROGRESS,
    SCORE,
    GradesModel,
    ScoreDelegate,
)
from okrdesk.ui.okr.close.stretch_text import stretch_text


@dataclass(frozen=True)
class CloseChoice:
    """What the user decided: {key result id: (grade, note)}, the retrospective, and whether
    to go on to carrying unfinished key results over."""

    grades: dict[int, tuple[float, str]]
    retrospective: Retrospective
    carry_over: bool


class CloseCycleDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        cycle_name: str,
        rows: list[GradingRow],
        retrospective: Retrospective,
        stretch: Sequence[ObjectiveStretch] = (),
        cycle_dates: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        """`stretch` and `cycle_dates` (first and last day) feed the line naming the objectives
        in the stretch sweet spot and the sandbagged ones; without them it stays hidden."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close {cycle}").format(cycle=cycle_name))
        self.model = GradesModel(rows, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("gradesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SCORE, ScoreDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OBJECTIVE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KEY_RESULT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        for column, width in ((OBJECTIVE, 200), (PROGRESS, 80), (SCORE, 70), (NOTE, 200)):
            header.resizeSection(column, width)

        self._stretch, self._cycle_dates = tuple(stretch), cycle_dates
        self.stretch_label = QLabel()
        self.stretch_label.setObjectName("stretchLabel")
        self.stretch_label.setWordWrap(True)
        self.stretch_label.setVisible(bool(self._stretch) and cycle_dates is not None)
        self.model.dataChanged.connect(self._show_stretch)
        self._show_stretch()

        self.what_helped_edit = QPlainTextEdit(retrospective.what_helped)
        self.root_causes_edit = QPlainTextEdit(retrospective.root_causes)
        self.lessons_edit = QPlainTextEdit(retrospective.lessons)
        retro = QGridLayout()
        retro.setHorizontalSpacing(12)
        for column, (text, edit) in enumerate(
            (
                (self.tr("What &helped"), self.what_helped_edit),
                (self.tr("&Root causes of misses"), self.root_causes_edit),
                (self.tr("&Lessons for next cycle"), self.lessons_edit),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(edit)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            retro.addWidget(caption, 0, column)
            retro.addWidget(edit, 1, column)

        self.carry_check = QCheckBox(self.tr("Carry unfinished key results into the next cycle"))
        self.carry_check.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Close cycle"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        hint = QLabel(
            self.tr(
                "Scores are proposed from each key result's progress: 0.7–1.0 is green, "
                "0.4–0.6 yellow, 0.0–0.3 red; for a stretch goal 0.6–0.7 is a success. "
                "After closing, the cycle is read-only until reopened."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(hint)
        grades_label = QLabel(self.tr("&Grades"))
        grades_label.setBuddy(self.table)
        layout.addWidget(grades_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.stretch_label)
        layout.addWidget(QLabel(self.tr("Retrospective")))
        layout.addLayout(retro, 1)
        layout.addWidget(self.carry_check)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 640, near=self.parentWidget())

    def _show_stretch(self) -> None:
        if self._cycle_dates is None or not self._stretch:
            return
        grades = {e.row.key_result_id: e.grade for e in self.model.entries}
        self.stretch_label.setText(stretch_text(self._stretch, grades, *self._cycle_dates))

    def values(self) -> CloseChoice:
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:  # a score typed but not yet confirmed with Enter counts
            self.table.commitData(editor)
        return CloseChoice(
            grades={e.row.key_result_id: (e.grade, e.note) for e in self.model.entries},
            retrospective=Retrospective(
                self.what_helped_edit.toPlainText().strip(),
                self.root_causes_edit.toPlainText().strip(),
                self.lessons_edit.toPlainText().strip(),
            ),
            carry_over=self.carry_check.isChecked(),
        )
