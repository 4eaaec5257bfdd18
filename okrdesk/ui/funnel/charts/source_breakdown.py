"""Breakdown by source: conversion, cost per lead, CAC and ROI as a table and as bars."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okrdesk.domain.funnel_sources import SourceRow, source_rows, total_row
from okrdesk.ui.common.formatting import format_amount, format_int
from okrdesk.ui.funnel.charts.common import (
    MUTED,
    TEXT,
    FunnelPlot,
    LabelPool,
    colour_of,
    fit_bar_labels,
    is_missing,
    percent,
    set_category_ticks,
)

Index = QModelIndex | QPersistentModelIndex
# The measures the bars can show, as (key, label).
MEASURES = (
    ("conversion", QT_TRANSLATE_NOOP("SourceBreakdown", "Conversion")),
    ("cost_per_lead", QT_TRANSLATE_NOOP("SourceBreakdown", "Cost per lead")),
    ("cac", QT_TRANSLATE_NOOP("SourceBreakdown", "CAC")),
    ("roi", QT_TRANSLATE_NOOP("SourceBreakdown", "ROI")),
)


class SourceBreakdownModel(QAbstractTableModel):
    """One row per source, the last for all sources together.

    Columns: source, first stage's count, leads, deals, conversion (deals / first stage),
    spend, cost per lead, CAC, ROI. DisplayRole is the QLocale text ("—" when undefined),
    UserRole the number (NaN when undefined).
    """

    COLUMNS = (
        "source",
        "entered",
        "leads",
        "deals",
        "conversion",
        "spend",
        "cost_per_lead",
        "cac",
        "roi",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SourceRow] = []
        self.currency = "EUR"
        self._headers = [""] * len(self.COLUMNS)

    def set_rows(
        self, rows: list[SourceRow], stages: Sequence[str], deal_stage: str, currency: str
    ) -> None:
        self.beginResetModel()
        self.rows = rows
        self.currency = currency
        first = stages[0] if stages else ""
        lead = self.tr("Leads")
        self._headers = [
            self.tr("Source"),
            first,
            lead,
            deal_stage,
            self.tr("{first} → {deal}").format(first=first, deal=deal_stage),
            self.tr("Spend"),
            self.tr("Cost per lead"),
            self.tr("CAC"),
            self.tr("ROI"),
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        value = getattr(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "source":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column != "source" and is_missing(value):
            return self.tr("Undefined: nothing to divide by")
        return None

    def _text(self, column: str, value: object) -> str:
        if column == "source":
            return str(value) or self.tr("(no source)")
        if column in ("entered", "leads", "deals"):
            return format_int(int(value))
        if is_missing(value):
            return "—"
        if column in ("conversion", "roi"):
            return percent(value)
        return format_amount(value, self.currency)


class SourceBreakdownBars(FunnelPlot):
    """One horizontal bar per source for one measure, labelled with its value ("—" where it is
    undefined, with no bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sourceBreakdownBars", parent)
        self.invertY(True)
        self.hideAxis("bottom")
        self.getAxis("left").setStyle(tickLength=0)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, pen=None)
        self.addItem(self.bars)
        self.labels = LabelPool(self, anchor=(0, 0.5))
        self.zero = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(MUTED))
        self.addItem(self.zero)
        self.values: list[float] = []
        self.plotItem.vb.sigResized.connect(self._fit_labels)

    def set_bars(self, names: list[str], values: list[float], texts: list[str]) -> None:
        self.values = [0.0 if is_missing(v) else float(v) for v in values]
        ends = np.array(self.values, dtype=float)
        rows = np.arange(len(names), dtype=float)
        self.bars.setOpts(
            x0=np.minimum(ends, 0.0),
            y=rows,
            width=np.abs(ends),
            brushes=[colour_of(i) for i in range(len(rows))],
        )
        set_category_ticks(self, "left", names)
        self.labels.show(
            [(end, y, text, TEXT, False) for y, end, text in zip(rows, ends, texts, strict=True)]
        )
        self._fit_labels()
        self.setYRange(-0.5, max(len(rows), 1) - 0.5, padding=0.02)

    def heights(self) -> list[float]:
        """Each source's bar as plotted (its value; negative to the left of 0), top to bottom."""
        return list(self.values)

    def _fit_labels(self) -> None:
        if self.values:
            fit_bar_labels(self, self.values, self.labels.shown())


class SourceBreakdown(QWidget):
    """The table and the bars of one measure (chosen above the bars) side by side.

    set_data(counts, spend, stages, lead_stage, deal_stage, currency): the frames already
    filtered to the weeks (and variant) wanted; every source of them gets a row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceBreakdown")
        self.model = SourceBreakdownModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setObjectName("sourceBreakdownTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.measure = QComboBox()
        self.measure.setObjectName("breakdownMeasure")
        for key, text in MEASURES:
            self.measure.addItem(QCoreApplication.translate("SourceBreakdown", text), key)
        self.measure.currentIndexChanged.connect(self.show_measure)
        self.bars = SourceBreakdownBars()
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Bars show")))
        chooser.addWidget(self.measure)
        chooser.addStretch(1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(chooser)
        side.addWidget(self.bars, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)

    def set_data(
        self,
        counts: pd.DataFrame,
        spend: pd.DataFrame,
        stages: Sequence[str],
        lead_stage: str,
        deal_stage: str,
        currency: str,
    ) -> None:
        rows = source_rows(counts, spend, stages, lead_stage, deal_stage)
        if rows:
            rows.append(total_row(rows, self.tr("All sources")))
        self.model.set_rows(rows, stages, deal_stage, currency)
        self.show_measure()

    def show_measure(self) -> None:
        """Draw the bars of the measure chosen, one per source (not the all-sources row)."""
        key = self.measure.currentData()
        column = SourceBreakdownModel.COLUMNS.index(key)
        sources = range(max(len(self.model.rows) - 1, 0))
        names = [self.model.data(self.model.index(r, 0)) for r in sources]
        values = [getattr(self.model.rows[r], key) for r in sources]
        texts = [self.model.data(self.model.index(r, column)) for r in sources]
        shown = [
            v * 100 if key in ("conversion", "roi") and not is_missing(v) else v for v in values
        ]
        self.bars.set_bars(names, shown, texts)
        self.bars.setTitle(self.measure.currentText(), color=TEXT)
