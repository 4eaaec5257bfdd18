"""A dialog around a form: problems listed as you type, OK enabled only without errors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem


class FormDialog(QDialog):
    """Subclasses fill `form`, implement `problems()` (errors) and may add `warnings()`;
    `problem_text()` turns a Problem into the words shown. Call `revalidate()` on every edit.

    `embed()` turns the dialog into a panel inside another widget: OK becomes Apply and Cancel
    becomes Revert; they emit `applied` and `reverted` instead of closing anything.
    """

    applied = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None, title: str, min_width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("errorLabel")
        self.problems_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(self.form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self._embedded = False

    def embed(self, apply_text: str, revert_text: str) -> None:
        self._embedded = True
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setMinimumWidth(0)
        self.layout().setContentsMargins(0, 0, 0, 0)
        # A narrow panel: long choices (objective titles) must not widen the form.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(apply_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(revert_text)

    def done(self, result: int) -> None:
        # Enter, Escape and the buttons end up here; an embedded form must stay where it is.
        if not self._embedded:
            super().done(result)
        elif getattr(result, "value", result) == QDialog.DialogCode.Accepted.value:
            self.applied.emit()
        else:
            self.reverted.emit()

    def problems(self) -> list[Problem]:
        """The errors that keep OK off; one with an empty message disables OK silently."""
        raise NotImplementedError

    def warnings(self) -> list[Problem]:
        return []

    def problem_text(self, problem: Problem) -> str:
        return problem.message

    def revalidate(self) -> None:
        errors = self.problems()
        shown = [text for p in [*errors, *self.warnings()] if (text := self.problem_text(p))]
        self.problems_label.setText("\n".join(shown))
        self.problems_label.setVisible(bool(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
