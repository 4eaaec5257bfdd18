"""The weekly check-in: one key result after another, Enter saves and moves on.

Each saved key result goes to `save` at once (the OKR screen makes it one undoable command and
one transaction), so closing the dialog half-way loses nothing already entered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.store.review.summary import DisplaySettings
from okrdesk.ui.common.formatting import (
    CURRENCY_SYMBOLS,
    format_date,
    format_kr_measure,
    with_unit_label,
)
from okrdesk.ui.okr.checkins_model import confidence_colour
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode

VALUE_LIMIT = 1e12


def expected_value(node: KeyResultNode) -> float:
    """Where the key result should stand today if it moved at an even pace."""
    row = node.row_data
    if row.kind in ("increase", "decrease"):
        return row.start_value + (row.target_value - row.start_value) * node.expected
    return row.target_value


def _suffix(unit: str, currency: str) -> str:
    if unit == "percent":
        return " %"
    if unit == "currency":
        return " " + CURRENCY_SYMBOLS.get(currency, currency)
    return ""


class CheckInDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        key_results: list[KeyResultNode],
        settings: DisplaySettings,
        save: Callable[[CheckInValues], None],
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.setMinimumWidth(560)
        self._all = key_results
        self._settings = settings
        self._save = save
        self._today = today
        self._queue: list[KeyResultNode] = list(key_results)
        self._position = 0
        self.saved: list[int] = []

        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("Everyone's key results"), "")
        for owner in sorted({n.row_data.owner_name for n in key_results} - {""}, key=str.casefold):
            self.owner_combo.addItem(owner, owner)
        self.step_label = QLabel()
        self.step_label.setObjectName("sectionSubtitle")
        self.objective_label = QLabel()
        self.objective_label.setObjectName("sectionSubtitle")
        self.title_label = QLabel()
        self.title_label.setObjectName("panelTitle")
        self.title_label.setWordWrap(True)
        self.last_label = QLabel()
        self.expected_label = QLabel()
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(-VALUE_LIMIT, VALUE_LIMIT)
        self.value_spin.setGroupSeparatorShown(True)
        self.done_check = QCheckBox(self.tr("Done"))
        self.confidence_spin = QSpinBox()
        self.confidence_spin.setRange(0, 10)
        self.confidence_spin.valueChanged.connect(self._colour_confidence)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("What moved, and why?"))
        self.blockers_edit = QLineEdit()
        self.blockers_edit.setPlaceholderText(self.tr("Anything in the way?"))

        form = QFormLayout()
        form.addRow(self.tr("Last check-in:"), self.last_label)
        form.addRow(self.tr("Expected today:"), self.expected_label)
        form.addRow(self.tr("&New value:"), self.value_spin)
        form.addRow("", self.done_check)
        form.addRow(self.tr("C&onfidence (0–10):"), self.confidence_spin)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        form.addRow(self.tr("&Blockers:"), self.blockers_edit)

        self.back_button = QPushButton(self.tr("Back"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.save_button = QPushButton(self.tr("Save and next"))
        self.save_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.setDefault(True)
        self.back_button.clicked.connect(lambda: self._go(self._position - 1))
        self.skip_button.clicked.connect(lambda: self._go(self._position + 1))
        self.save_button.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.skip_button, self.save_button):
            buttons.addWidget(button)
        self.owner_combo.currentIndexChanged.connect(self._choose_owner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.owner_combo)
        layout.addWidget(self.step_label)
        layout.addWidget(self.objective_label)
        layout.addWidget(self.title_label)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setTabOrder(self.value_spin, self.done_check)
        self.setTabOrder(self.done_check, self.confidence_spin)
        self.setTabOrder(self.confidence_spin, self.comment_edit)
        self.setTabOrder(self.comment_edit, self.blockers_edit)
        self._go(0)

    # -- navigation --------------------------------------------------------------------------

    def current(self) -> KeyResultNode | None:
        return self._queue[self._position] if 0 <= self._position < len(self._queue) else None

    def _choose_owner(self) -> None:
        owner = self.owner_combo.currentData()
        self._queue = [n for n in self._all if not owner or n.row_data.owner_name == owner]
        self._go(0)

    def _go(self, position: int) -> None:
        if position >= len(self._queue):
            self.accept()
            return
        self._position = max(position, 0)
        node = self.current()
        if node is None:
            self.step_label.setText(self.tr("Nothing to check in."))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        self.back_button.setEnabled(self._position > 0)
        self._show(node)

    def _show(self, node: KeyResultNode) -> None:
        row = node.row_data
        self.step_label.setText(
            self.tr("Key result {number} of {count}").format(
                number=self._position + 1, count=len(self._queue)
            )
        )
        objective = node.parent.row_data.title if isinstance(node.parent, ObjectiveNode) else ""
        self.objective_label.setText(objective)
        self.title_label.setText(row.title)
        currency = self._settings.currency
        if row.current is None:
            self.last_label.setText(self.tr("none yet"))
        else:
            self.last_label.setText(
                self.tr("{value} on {date}").format(
                    value=format_kr_measure(
                        row.current, row.kind, row.unit, currency, row.unit_label, row.decimals
                    ),
                    date=format_date(row.last_checkin),
                )
            )
        self.expected_label.setText(
            format_kr_measure(
                expected_value(node), row.kind, row.unit, currency, row.unit_label, row.decimals
            )
        )
        binary = row.kind == "binary"
        self.value_spin.setVisible(not binary)
        self.done_check.setVisible(binary)
        self.value_spin.setSuffix(with_unit_label(_suffix(row.unit, currency), row.unit_label))
        default_decimals = 0 if row.unit == "currency" else 2
        self.value_spin.setDecimals(default_decimals if row.decimals is None else row.decimals)
        last = row.current if row.current is not None else row.start_value
        self.value_spin.setValue(last)
        self.done_check.setChecked(last >= 1)
        self.confidence_spin.setValue(row.confidence if row.confidence is not None else 5)
        self.comment_edit.clear()
        self.blockers_edit.clear()
        self._colour_confidence()
        (self.done_check if binary else self.value_spin).setFocus()
        self.value_spin.selectAll()

    def _colour_confidence(self) -> None:
        colour = confidence_colour(self.confidence_spin.value(), self._settings)
        self.confidence_spin.setStyleSheet(
            f"QSpinBox {{ color: {colour.name()}; font-weight: 600; }}"
        )

    # -- saving ------------------------------------------------------------------------------

    def values(self) -> CheckInValues | None:
        node = self.current()
        if node is None:
            return None
        binary = node.row_data.kind == "binary"
        return CheckInValues(
            key_result_id=node.row_data.id,
            checked_on=self._today,
            value=(1.0 if self.done_check.isChecked() else 0.0)
            if binary
            else self.value_spin.value(),
            confidence=self.confidence_spin.value(),
            comment=self.comment_edit.text().strip(),
            blockers=self.blockers_edit.text().strip(),
        )

    def save_and_next(self) -> None:
        values = self.values()
        if values is None:
            return
        self._save(values)
        self.saved.append(values.key_result_id)
        self._go(self._position + 1)

    def keyPressEvent(self, event) -> None:
        # Enter saves from any field; Escape closes (what was saved stays saved).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_and_next()
            return
        super().keyPressEvent(event)
