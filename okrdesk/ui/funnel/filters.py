"""The funnel screen's bar of choices: which funnel, which source, which variant, which weeks.

It keeps no data: the section gives it the funnels, sources, variants and weeks there are,
and reads back what the user chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.funnel.definitions import FunnelRow
from okrdesk.ui.common import formatting

ALL = "\x00all"
CUSTOM = -1
PRESET_WEEKS = (4, 13, 26, 52)


@dataclass(frozen=True)
class WeekRange:
    """The first and last week shown (None: no bound on that side)."""

    first: dt.date | None = None
    last: dt.date | None = None


def _to_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class FunnelFilters(QWidget):
    funnel_chosen = Signal()
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[dt.date] = []
        self.funnel_combo = QComboBox()
        self.funnel_combo.setObjectName("funnelChooser")
        self.funnel_combo.setMinimumContentsLength(16)
        self.funnel_combo.activated.connect(lambda _i: self.funnel_chosen.emit())
        self.edit_funnels_button = QPushButton(self.tr("Funnels and &stages…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import a CSV or XLSX export (Ctrl+I)"))
        self.save_chart_button = QPushButton(self.tr("Save ch&art…"))
        self.save_chart_button.setToolTip(self.tr("Save the chart shown as PNG or SVG"))
        self.source_combo = QComboBox()
        self.source_combo.setMinimumContentsLength(14)
        self.variant_combo = QComboBox()
        self.variant_combo.setMinimumContentsLength(12)
        self.range_combo = QComboBox()
        self.range_combo.addItem(self.tr("All weeks"), 0)
        for weeks in PRESET_WEEKS:
            self.range_combo.addItem(self.tr("Last %Ln week(s)", "", weeks), weeks)
        self.range_combo.addItem(self.tr("From … to …"), CUSTOM)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            # Day and month name: all-digit short formats read differently across locales.
            edit.setDisplayFormat(formatting.date_display_format())
            edit.dateChanged.connect(self._changed)
        for combo in (self.source_combo, self.variant_combo):
            combo.activated.connect(self._changed)
        self.range_combo.activated.connect(self._range_chosen)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self._labelled(top, self.tr("F&unnel:"), self.funnel_combo)
        top.addWidget(self.edit_funnels_button)
        top.addStretch(1)
        top.addWidget(self.import_button)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        self._labelled(second, self.tr("Sou&rce:"), self.source_combo)
        second.addSpacing(12)
        self._labelled(second, self.tr("&Variant:"), self.variant_combo)
        second.addSpacing(12)
        self._labelled(second, self.tr("W&eeks:"), self.range_combo)
        second.addWidget(self.from_edit)
        self.dash_label = QLabel("–")
        second.addWidget(self.dash_label)
        second.addWidget(self.to_edit)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.empty_label)
        self._show_custom(False)

    @staticmethod
    def _labelled(layout: QHBoxLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)

    # -- filling -----------------------------------------------------------------------------

    def set_funnels(self, funnels: Sequence[FunnelRow], keep_id: int | None) -> None:
        self.funnel_combo.clear()
        for funnel in funnels:
            self.funnel_combo.addItem(funnel.name, funnel.id)
        self.funnel_combo.setCurrentIndex(max(self.funnel_combo.findData(keep_id), 0))
        self.funnel_combo.setEnabled(bool(funnels))

    def clear_choices(self) -> None:
        """Forget the funnel, source, variant and weeks chosen (another workspace is open)."""
        for combo in (self.funnel_combo, self.source_combo, self.variant_combo):
            combo.clear()
        self.range_combo.setCurrentIndex(0)
        self._weeks = []
        self._show_custom(False)

    def set_funnel(self, funnel_id: int) -> None:
        index = self.funnel_combo.findData(funnel_id)
        if index >= 0:
            self.funnel_combo.setCurrentIndex(index)

    def set_choices(
        self, segments: Sequence[str], variants: Sequence[str], weeks: Sequence[dt.date]
    ) -> None:
        """The sources, variants and weeks the funnel has; the choices made stay if they can.

        Counts without a source can always be typed, so "(no source)" is always there; in a
        funnel without any data it is chosen, which makes the grid ready for typing.
        """
        self.source_combo.setEnabled(True)
        sources = sorted({"", *segments})
        self._refill(
            self.source_combo,
            self.tr("All sources"),
            [(s, s or self.tr("(no source)")) for s in sources],
        )
        if not segments and not weeks:
            self.source_combo.setCurrentIndex(self.source_combo.findData(""))
        self._refill(
            self.variant_combo,
            self.tr("All variants"),
            [(v, v or self.tr("No experiment arm")) for v in variants],
        )
        self.variant_combo.setEnabled(any(variants))
        self._weeks = sorted(weeks)
        self.range_combo.setEnabled(bool(self._weeks))
        for widget in (self.from_edit, self.dash_label, self.to_edit):
            widget.setVisible(bool(self._weeks))
        if self._weeks:
            first, last = QDate(self._weeks[0]), QDate(self._weeks[-1] + dt.timedelta(days=6))
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(True)
                edit.setDateRange(first, last)
                edit.blockSignals(False)
            if self.range_combo.currentData() != CUSTOM:
                self._set_dates(self._weeks[0], self._weeks[-1])

    def wait_for_choices(self) -> None:
        """The funnel's data is on its way: no source, variant or weeks to choose from until
        it arrives (what was chosen stays, if the funnel has it)."""
        for combo in (self.source_combo, self.variant_combo, self.range_combo):
            combo.setEnabled(False)
        for widget in (self.from_edit, self.dash_label, self.to_edit):
            widget.setVisible(False)

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(all_text, ALL)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def show_empty(self, has_funnel: bool, has_data: bool) -> None:
        if not has_funnel:
            text = self.tr(
                "No funnel yet. Import a CSV or XLSX export — File → Import… — or create one "
                "with Funnels and stages…"
            )
        elif not has_data:
            text = self.tr(
                "No counts in this funnel yet. Import a CSV or XLSX export — File → Import… — "
                "or type them in the Data tab below."
            )
        else:
            text = ""
        self.show_saying(text)

    def show_saying(self, text: str) -> None:
        """`text` where the charts would be ("": nothing)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    # -- reading -----------------------------------------------------------------------------

    def funnel_id(self) -> int | None:
        return self.funnel_combo.currentData()

    def segment(self) -> str | None:
        value = self.source_combo.currentData()
        return None if value in (ALL, None) else value

    def variant(self) -> str | None:
        value = self.variant_combo.currentData()
        return None if value in (ALL, None) else value

    def week_range(self) -> WeekRange:
        preset = self.range_combo.currentData()
        if preset == CUSTOM:
            return WeekRange(_to_date(self.from_edit.date()), _to_date(self.to_edit.date()))
        if not preset or not self._weeks:
            return WeekRange()
        last = self._weeks[-1]
        return WeekRange(last - dt.timedelta(weeks=preset - 1), last)

    # -- changes -----------------------------------------------------------------------------

    def _set_dates(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def _show_custom(self, custom: bool) -> None:
        for widget in (self.from_edit, self.dash_label, self.to_edit):
            widget.setEnabled(custom)

    def _range_chosen(self) -> None:
        custom = self.range_combo.currentData() == CUSTOM
        self._show_custom(custom)
        if not custom:
            weeks = self.week_range()
            if weeks.first is not None and weeks.last is not None:
                self._set_dates(max(weeks.first, self._weeks[0]), weeks.last)
            elif self._weeks:
                self._set_dates(self._weeks[0], self._weeks[-1])
        self.filters_changed.emit()

    def _changed(self) -> None:
        self.filters_changed.emit()
