"""The arms of an experiment as an editable table: what the user types, and what follows.

Rows are ArmValues. Typed cells (name, visitors, conversions, SQL count, average deal value)
do not change the row: the model asks for the whole new list through `arms_edited`, and the
panel turns it into one undoable command. Rate and SQL share are computed, read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from okrdesk.domain.stats import wilson_interval
from okrdesk.store.experiments.results import ArmValues
from okrdesk.ui.common.formatting import format_amount, format_int, format_percent
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel

NAME, VISITORS, CONVERSIONS, RATE, SQLS, SQL_SHARE, DEAL = range(7)
NUMERIC = frozenset({VISITORS, CONVERSIONS, RATE, SQLS, SQL_SHARE, DEAL})
EDITABLE = frozenset({NAME, VISITORS, CONVERSIONS, SQLS, DEAL})
COMPUTED = QColor("#475569")


class ArmsModel(ReadOnlyTableModel):
    """One row per arm, the control first (marked "(control)" and in bold)."""

    arms_edited = Signal(object)  # the whole new list of ArmValues
    numeric_columns = NUMERIC

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "EUR"
        self.editable = True

    @property
    def arms(self) -> list[ArmValues]:
        return self._rows

    def set_arms(self, arms: Sequence[ArmValues], currency: str) -> None:
        self.currency = currency
        self.set_rows(arms)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Arm"),
            self.tr("Visitors"),
            self.tr("Conversions"),
            self.tr("Rate"),
            self.tr("SQLs"),
            self.tr("Reached SQL"),
            self.tr("Avg. deal value"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        return super().headerData(section, orientation, role)

    def _header_tip(self, column: int) -> str | None:
        if column == RATE:
            return self.tr("Conversions ÷ visitors, with its 95 % interval in the tooltip.")
        if column == SQL_SHARE:
            return self.tr("Day 6 lead quality: the share of conversions that reached SQL.")
        if column == DEAL:
            return self.tr("Day 6 lead quality: the average value of the arm's deals.")
        return None

    def tooltip(self, row: ArmValues, column: int) -> str | None:
        if column != RATE:
            return None
        interval = wilson_interval(row.conversions, row.visitors)
        if interval is None:
            return None
        return self.tr("95 % interval: {low} to {high}").format(
            low=format_percent(interval[0]), high=format_percent(interval[1])
        )

    def foreground(self, row: ArmValues, column: int) -> QColor | None:
        return None if column in EDITABLE else COMPUTED

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        arm, column = self.row(index.row()), index.column()
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(arm, column)
        if role == Qt.ItemDataRole.FontRole and column == NAME and arm.is_control:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def display(self, arm: ArmValues, column: int) -> str:
        if column == NAME:
            # "control (control)" says nothing twice.
            # The demo's arm is "control" in any language; "kontrola (kontrola)" neither.
            said = {"control", self.tr("control").casefold()}
            if not arm.is_control or arm.name.strip().casefold() in said:
                return arm.name
            return self.tr("{name} (control)").format(name=arm.name)
        if column == VISITORS:
            return format_int(arm.visitors)
        if column == CONVERSIONS:
            return format_int(arm.conversions)
        if column == RATE:
            return format_percent(arm.rate)
        if column == SQLS:
            return "—" if arm.sql_count is None else format_int(arm.sql_count)
        if column == SQL_SHARE:
            return format_percent(arm.sql_share)
        if column == DEAL:
            return (
                "—"
                if arm.avg_deal_value is None
                else format_amount(arm.avg_deal_value, self.currency)
            )
        return ""

    def _edit_value(self, arm: ArmValues, column: int) -> Any:
        if column == NAME:
            return arm.name
        if column == VISITORS:
            return arm.visitors
        if column == CONVERSIONS:
            return arm.conversions
        if column == SQLS:
            return arm.sql_count if arm.sql_count is not None else ""
        if column == DEAL:
            return (
                QLocale().toString(arm.avg_deal_value, "f", 2)
                if arm.avg_deal_value is not None
                else ""
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and role == Qt.ItemDataRole.EditRole and self.editable):
            return False
        arm = self.arms[index.row()]
        changed = _changed(arm, index.column(), value)
        if changed is None or changed == arm:
            return False
        arms = list(self.arms)
        arms[index.row()] = changed
        self.arms_edited.emit(arms)
        return True


def _changed(arm: ArmValues, column: int, value: Any) -> ArmValues | None:
    """The arm with one typed value; None when the text is not a value of that column."""
    text = str(value).strip()
    if column == NAME:
        return replace(arm, name=text) if text else None
    if column == DEAL:
        if not text:
            return replace(arm, avg_deal_value=None)
        amount, ok = QLocale().toDouble(text)
        if not ok:
            amount, ok = QLocale.c().toDouble(text)
        return replace(arm, avg_deal_value=amount) if ok and amount >= 0 else None
    if column == SQLS and not text:
        return replace(arm, sql_count=None)
    number = _whole(value)
    if number is None:
        return None
    field = {VISITORS: "visitors", CONVERSIONS: "conversions", SQLS: "sql_count"}.get(column)
    return replace(arm, **{field: number}) if field else None


def _whole(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    text = str(value).strip()
    number, ok = QLocale().toLongLong(text)
    if not ok:
        number, ok = QLocale.c().toLongLong(text)
    return int(number) if ok and number >= 0 else None
