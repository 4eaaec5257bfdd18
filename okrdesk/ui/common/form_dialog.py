"""A dialog around a form: the focus in its first field, Enter for OK, and the form's problems
said once OK was pressed with a wrong form (then kept up to date as you type)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.text import shown


class FormDialog(QDialog):
    """Subclasses fill `form`, implement `problems()` (errors) and may add `warnings()`;
    `problem_text()` turns a Problem into the words shown. Call `revalidate()` on every edit.

    Warnings show as you type; errors only after OK was pressed with them, so that a new, empty
    form does not open scolding. An error without words keeps OK off instead.

    `embed()` turns the dialog into a panel inside another widget: OK becomes Apply and Cancel
    becomes Revert; they emit `applied` and `reverted` instead of closing anything.
    """

    applied = Signal()
    reverted = Signal()

    # True where the errors describe the workspace or a choice from a list, not typing in
    # progress: then they are said at once and keep OK off, as errors without words do.
    errors_at_once = False

    def __init__(self, parent: QWidget | None, title: str, min_width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # A strut, not setMinimumWidth: an explicit minimum would stop the layout from keeping
        # the dialog as wide and high as its (translated) labels and fields need.
        self._min_width = min_width
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
        # Once inside the dialog (so that it stays the dialog's default after a click on
        # Cancel or a field): without this, Enter presses the first button of the focus chain.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._embedded = False
        self._tried = False  # OK was pressed with errors: say them from now on
        self._ordered = False

    def embed(self, apply_text: str, revert_text: str) -> None:
        self._embedded = True
        self.setWindowFlags(Qt.WindowType.Widget)
        self.layout().setContentsMargins(0, 0, 0, 0)
        # A narrow panel: long choices (objective titles) must not widen the form.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(apply_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(revert_text)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._ordered:
            self._ordered = True
            if not self._embedded:
                margins = self.layout().contentsMargins()
                cast(QVBoxLayout, self.layout()).addStrut(
                    self._min_width - margins.left() - margins.right()
                )
                self.layout().activate()
                self.resize(self.size().expandedTo(self.sizeHint()))
            self._buttons_last()
            first = self._first_field()
            if not self._embedded and first is not None and not self._has_chosen_focus():
                first.setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)

    def _fields(self) -> list[QWidget]:
        """The widgets Tab reaches, in their focus order, but for OK and Cancel."""
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (
                self.isAncestorOf(widget)
                and not self.buttons.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def _buttons_last(self) -> None:
        fields = self._fields()
        if not fields:
            return
        previous = fields[-1]
        for button in self.buttons.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button

    def _first_field(self) -> QWidget | None:
        return next(
            (w for w in self._fields() if w.isVisibleTo(self) and w.isEnabled()),
            None,
        )

    def _has_chosen_focus(self) -> bool:
        """True when the subclass put the focus on a field itself before the dialog showed."""
        chosen = self.focusWidget()
        return chosen is not None and not isinstance(chosen, QAbstractButton)

    def accept(self) -> None:
        errors = self.problems()
        if errors:
            self._tried = True
            self.revalidate()
            at_fault = self.field_widget(errors[0].field) or self._first_field()
            if at_fault is not None:
                at_fault.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def field_widget(self, field: str) -> QWidget | None:
        """The widget that edits a Problem's field: by default `<field>_edit`, `_combo` or
        `_spin`, so that after a wrong OK the focus goes where the fix is typed."""
        for suffix in ("edit", "combo", "spin"):
            widget = getattr(self, f"{field}_{suffix}", None)
            if isinstance(widget, QWidget) and widget.isEnabled() and widget.isVisibleTo(self):
                return widget
        return None

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
        return shown(problem.message)

    def revalidate(self) -> None:
        errors = self.problems()
        said = [*errors] if self._tried or self.errors_at_once else []
        shown = [text for p in [*said, *self.warnings()] if (text := self.problem_text(p))]
        self.problems_label.setText("\n".join(shown))
        self.problems_label.setVisible(bool(shown))
        blocked = any(self.errors_at_once or not self.problem_text(p) for p in errors)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blocked)
