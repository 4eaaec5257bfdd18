"""The weekly check-in: one key result after another, Enter saves and moves on.

Each saved key result goes to `save` at once (the OKR screen makes it one undoable command and
one transaction), so closing the dialog half-way loses nothing already entered. The check-in's
day is today by default and can be any day of the cycle up to today (domain.checkin_rules);
a day that already has a check-in for the key result gets it replaced.

Given `editing`, the dialog corrects that one past check-in instead: filled with its value,
confidence, comment, blockers and day, and Save closes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.checkin_rules import (
    CONFIDENCE_RANGE,
    DEFAULT_CONFIDENCE,
    VALUE_LIMIT,
    checkin_day_problem,
    checkin_days,
    default_checkin_day,
    value_decimals,
)
from okrdesk.domain.okr import expected_progress
from okrdesk.domain.okr_rules import Problem
from okrdesk.store.okr.checkins import CheckInValues, SeenDay
from okrdesk.store.okr.queries import HistoryPoint
from okrdesk.store.review.summary import DisplaySettings
from okrdesk.ui.common.formatting import (
    currency_affixes,
    format_checkin_comment,
    format_date,
    format_kr_measure,
    percent_suffix,
)
from okrdesk.ui.common.number_spin import NumberSpinBox
from okrdesk.ui.okr.checkins_model import confidence_colour
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode


def expected_value(node: KeyResultNode, share: float | None = None) -> float:
    """Where the key result should stand today (or when `share` of the cycle is gone) if it
    moved at an even pace."""
    row = node.row_data
    share = node.expected if share is None else share
    if row.kind in ("increase", "decrease"):
        return row.start_value + (row.target_value - row.start_value) * share
    return row.target_value


def _affixes(unit: str, currency: str) -> tuple[str, str]:
    """The value field's (prefix, suffix), as formatting writes the unit."""
    if unit == "percent":
        return "", percent_suffix()
    if unit == "currency":
        return currency_affixes(currency)
    return "", ""


class CheckInDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        key_results: list[KeyResultNode],
        settings: DisplaySettings,
        save: Callable[[CheckInValues], None],
        today: dt.date,
        *,
        cycle: tuple[dt.date, dt.date] | None = None,
        editing: HistoryPoint | None = None,
        existing: Callable[[int, dt.date], HistoryPoint | None] | None = None,
    ) -> None:
        """`cycle` is the key results' cycle (first and last day): the days offered.
        `existing(key_result_id, day)` is the check-in stored on that day, said to be replaced."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct check-in") if editing else self.tr("Weekly check-in"))
        self.setMinimumWidth(560)
        self._all = key_results
        self._settings = settings
        self._save = save
        self._today = today
        self._cycle = cycle
        self._editing = editing
        self._existing = existing
        self._queue: list[KeyResultNode] = list(key_results)
        self._position = 0
        self.saved: list[int] = []
        # The check-in of each (key result, day) as first shown: a save names it (seen_day).
        self._seen: dict[tuple[int, dt.date], HistoryPoint | None] = {}

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
        self.value_spin = NumberSpinBox()
        self.value_spin.setRange(-VALUE_LIMIT, VALUE_LIMIT)
        self.value_spin.setGroupSeparatorShown(True)
        self.done_check = QCheckBox(self.tr("Done"))
        self.confidence_spin = QSpinBox()
        self.confidence_spin.setRange(*CONFIDENCE_RANGE)
        self.confidence_spin.valueChanged.connect(self._colour_confidence)
        self.comment_edit = QLineEdit()
        self._stored_comment = ("", "")  # (as shown, as stored) of the check-in being edited
        self.comment_edit.setPlaceholderText(self.tr("What moved, and why?"))
        self.blockers_edit = QLineEdit()
        self.blockers_edit.setPlaceholderText(self.tr("Anything in the way?"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")  # as format_date writes days
        self._limit_days()
        self.date_edit.dateChanged.connect(self._show_problem)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("errorLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.note_label = QLabel()
        self.note_label.setObjectName("sectionSubtitle")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        form = self._form = QFormLayout()
        form.addRow(self.tr("Check-in &date:"), self.date_edit)
        form.addRow(self.tr("Last check-in:"), self.last_label)
        form.addRow(self.tr("Expected today:"), self.expected_label)
        form.addRow(self.tr("&New value:"), self.value_spin)
        form.addRow("", self.done_check)
        form.addRow(self.tr("C&onfidence (0–10):"), self.confidence_spin)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        form.addRow(self.tr("&Blockers:"), self.blockers_edit)

        self.back_button = QPushButton(self.tr("B&ack"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.save_button = QPushButton(self.tr("Save and next"))
        self.save_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("C&lose"))
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
        layout.addWidget(self.problem_label)
        layout.addWidget(self.note_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        # Set once inside the dialog, so that it stays the default after Skip had the focus.
        self.save_button.setDefault(True)
        self.setTabOrder(self.value_spin, self.done_check)
        self.setTabOrder(self.done_check, self.confidence_spin)
        self.setTabOrder(self.confidence_spin, self.comment_edit)
        self.setTabOrder(self.comment_edit, self.blockers_edit)
        self.setTabOrder(self.blockers_edit, self.date_edit)
        if editing is not None:
            for widget in (self.owner_combo, self.step_label, self.back_button, self.skip_button):
                widget.hide()
            self.save_button.setText(self.tr("Save"))
            self.close_button.setText(self.tr("Cancel"))
        self._go(0)
        self._show_problem()

    # -- the day -------------------------------------------------------------------------------

    def _limit_days(self) -> None:
        """Offer the cycle's days up to today; the default is today (or the cycle's last day)."""
        if self._cycle is None:
            self.date_edit.setMaximumDate(QDate(self._today))
            self.date_edit.setDate(QDate(self._today))
        else:
            start, end = self._cycle
            days = checkin_days(start, end, self._today)
            if days is not None:
                self.date_edit.setDateRange(QDate(days[0]), QDate(days[1]))
            else:
                self.date_edit.setEnabled(False)
            self.date_edit.setDate(QDate(default_checkin_day(start, end, self._today)))
        if self._editing is not None:
            self.date_edit.setDate(QDate(self._editing.checked_on))

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def day_problem(self) -> Problem | None:
        if self._cycle is None:
            return checkin_day_problem(self.day(), dt.date.min, dt.date.max, self._today)
        return checkin_day_problem(self.day(), *self._cycle, self._today)

    def _problem_text(self, problem: Problem) -> str:
        start, end = self._cycle or (dt.date.min, dt.date.max)
        if self._cycle is not None and checkin_days(start, end, self._today) is None:
            return self.tr("The cycle starts on {start}: check-ins open on that day.").format(
                start=format_date(start)
            )
        if problem.code == "future_day":
            return self.tr("A check-in can be dated up to today, {today}.").format(
                today=format_date(self._today)
            )
        if problem.code == "before_cycle":
            return self.tr(
                "The cycle starts on {start}: check-ins can be dated from then to today."
            ).format(start=format_date(start))
        return self.tr("The cycle ended on {end}: a check-in can be dated up to then.").format(
            end=format_date(end)
        )

    def _show_expected(self) -> None:
        """Where an even pace puts the key result on the chosen day."""
        node = self.current()
        if node is None:
            return
        row, day = node.row_data, self.day()
        share = None
        if self._cycle is not None and day != self._today:
            share = expected_progress(*self._cycle, day)
        label = self._form.labelForField(self.expected_label)
        if isinstance(label, QLabel):
            label.setText(
                self.tr("Expected today:")
                if day == self._today
                else self.tr("Expected on {date}:").format(date=format_date(day))
            )
        self.expected_label.setText(
            format_kr_measure(
                expected_value(node, share),
                row.kind,
                row.unit,
                self._settings.currency,
                row.unit_label,
                row.decimals,
            )
        )

    def _replaced(self) -> HistoryPoint | None:
        """The check-in this one would replace: the key result's own on the chosen day."""
        node, day = self.current(), self.day()
        if node is None or self._existing is None:
            return None
        if self._editing is not None and day == self._editing.checked_on:
            return None
        key = (node.row_data.id, day)
        if key not in self._seen:
            self._seen[key] = self._existing(*key)
        return self._seen[key]

    def seen_point(self, values: CheckInValues) -> HistoryPoint | None:
        """The check-in of the values' key result and day as this dialog read it, or None."""
        key = (values.key_result_id, values.checked_on)
        if key not in self._seen and self._existing is not None:
            self._seen[key] = self._existing(*key)
        return self._seen.get(key)

    def seen_day(self, values: CheckInValues) -> SeenDay | None:
        """seen_point as a guarded save names it (None: the dialog has no way to read it)."""
        if self._existing is None:
            return None
        point = self.seen_point(values)
        return SeenDay() if point is None else SeenDay(point.id, point.version)

    def _show_problem(self) -> None:
        self._show_expected()
        problem = self.day_problem()
        self.problem_label.setText("" if problem is None else self._problem_text(problem))
        self.problem_label.setVisible(problem is not None)
        self.save_button.setEnabled(problem is None and self.current() is not None)
        replaced = None if problem is not None else self._replaced()
        if replaced is not None:
            row = self.current().row_data
            self.note_label.setText(
                self.tr(
                    "{date} already has a check-in ({value}): saving replaces it, "
                    "one check-in a day."
                ).format(
                    date=format_date(replaced.checked_on),
                    value=format_kr_measure(
                        replaced.value,
                        row.kind,
                        row.unit,
                        self._settings.currency,
                        row.unit_label,
                        row.decimals,
                    ),
                )
            )
        self.note_label.setVisible(replaced is not None)

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
        self.save_button.setEnabled(self.day_problem() is None)
        self.back_button.setEnabled(self._position > 0)
        self._show(node)
        if self._editing is not None:
            self._fill(self._editing)
        self._show_problem()

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
        self._show_expected()
        binary = row.kind == "binary"
        self.value_spin.setVisible(not binary)
        self.done_check.setVisible(binary)
        prefix, suffix = _affixes(row.unit, currency)
        if row.unit_label:
            suffix = f"{suffix}\u00a0{row.unit_label}"
        self.value_spin.setPrefix(prefix)
        self.value_spin.setSuffix(suffix)
        self.value_spin.setDecimals(value_decimals(row.unit, row.decimals))
        last = row.current if row.current is not None else row.start_value
        self.value_spin.setValue(last)
        self.done_check.setChecked(last >= 1)
        self.confidence_spin.setValue(
            row.confidence if row.confidence is not None else DEFAULT_CONFIDENCE
        )
        self.comment_edit.clear()
        self._stored_comment = ("", "")
        self.blockers_edit.clear()
        self._colour_confidence()
        (self.done_check if binary else self.value_spin).setFocus()
        self.value_spin.selectAll()

    def _fill(self, point: HistoryPoint) -> None:
        """The check-in being corrected, as it is stored."""
        label = self._form.labelForField(self.last_label)
        if isinstance(label, QLabel):
            label.setText(self.tr("Recorded:"))
        self.last_label.setText(
            self.tr("{value} on {date}").format(
                value=format_kr_measure(
                    point.value,
                    self.current().row_data.kind,
                    self.current().row_data.unit,
                    self._settings.currency,
                    self.current().row_data.unit_label,
                    self.current().row_data.decimals,
                ),
                date=format_date(point.checked_on),
            )
        )
        self.value_spin.setValue(point.value)
        self.done_check.setChecked(point.value >= 1)
        if point.confidence is None:  # left empty: "—" keeps it empty
            self.confidence_spin.setMinimum(-1)
            self.confidence_spin.setSpecialValueText("—")
            self.confidence_spin.setValue(-1)
        else:
            self.confidence_spin.setValue(point.confidence)
        # An import's comment is shown in the user's language and stored as it was if kept.
        self._stored_comment = (format_checkin_comment(point.comment), point.comment)
        self.comment_edit.setText(self._stored_comment[0])
        self.blockers_edit.setText(point.blockers)
        self.value_spin.selectAll()

    def _colour_confidence(self) -> None:
        if self.confidence_spin.value() < 0:
            self.confidence_spin.setStyleSheet("")
            return
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
        confidence = self.confidence_spin.value()
        return CheckInValues(
            key_result_id=node.row_data.id,
            checked_on=self.day(),
            value=(1.0 if self.done_check.isChecked() else 0.0)
            if binary
            else self.value_spin.value(),
            confidence=None if confidence < 0 else confidence,
            comment=self._comment(),
            blockers=self.blockers_edit.text().strip(),
        )

    def _comment(self) -> str:
        shown, stored = self._stored_comment
        text = self.comment_edit.text().strip()
        return stored if text == shown else text

    def save_and_next(self) -> None:
        values = self.values()
        if values is None or self.day_problem() is not None:
            return
        self._save(values)
        # Read again when shown again: this save (or the conflict it met) changed the day.
        self._seen.pop((values.key_result_id, values.checked_on), None)
        self.saved.append(values.key_result_id)
        if self._editing is not None:
            self.accept()
            return
        self._go(self._position + 1)

    def keyPressEvent(self, event) -> None:
        # Enter saves from any field; Escape closes (what was saved stays saved).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_and_next()
            return
        super().keyPressEvent(event)
