"""Binding a key result to a funnel metric: the dialog, with the last weeks' values as preview.

The choices (funnels, stages, segments) are read once when the dialog opens; the preview is
computed by okrdesk.store.bindings.weekly_values, the same values the automatic check-ins
take, each time a choice changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.text import Context
from okrdesk.store.bindings import (
    METRIC_STAGES,
    RATE_METRICS,
    Binding,
    NamedBinding,
    funnel_stages,
    weekly_values,
)
from okrdesk.store.schema import FUNNEL_METRICS
from okrdesk.store.workspace.files import Workspace
from okrdesk.ui.common.form_dialog import FormDialog
from okrdesk.ui.common.formatting import format_amount, format_date, format_int, format_percent
from okrdesk.ui.common.table_model import ReadOnlyTableModel

CONTEXT = "KrBinding"
PREVIEW_WEEKS = 6
METRIC_NAMES = {
    "step_rate": QT_TRANSLATE_NOOP("KrBinding", "Step conversion (to ÷ from)"),
    "overall_rate": QT_TRANSLATE_NOOP("KrBinding", "Overall conversion (to ÷ first stage)"),
    "stage_count": QT_TRANSLATE_NOOP("KrBinding", "Weekly count of a stage"),
    "cost_per_lead": QT_TRANSLATE_NOOP("KrBinding", "Cost per lead (spend ÷ to)"),
    "cac": QT_TRANSLATE_NOOP("KrBinding", "CAC (spend ÷ to)"),
    "roi": QT_TRANSLATE_NOOP("KrBinding", "ROI ((revenue − spend) ÷ spend)"),
    "revenue": QT_TRANSLATE_NOOP("KrBinding", "Revenue"),
    "spend": QT_TRANSLATE_NOOP("KrBinding", "Spend"),
}
MONEY_METRICS = ("cost_per_lead", "cac", "revenue", "spend")


class KrBinding(Context):
    """Sentences of this module, in the `KrBinding` translation context."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class FunnelChoice:
    """A funnel as the dialog offers it: stages (id, name) in order, segments with data."""

    id: int
    name: str
    stages: list[tuple[int, str]]
    segments: list[str]


def funnel_choices(workspace: Workspace) -> list[FunnelChoice]:
    # funnel_data reads pandas frames; the OKR screen loads it only when the dialog opens.
    from okrdesk.store.funnel.data import funnel_names, segments

    with workspace.engine.connect() as connection:
        return [
            FunnelChoice(
                funnel_id,
                name,
                funnel_stages(connection, funnel_id),
                [segment for segment in segments(connection, funnel_id) if segment],
            )
            for funnel_id, name in funnel_names(connection)
        ]


def format_metric(metric: str, value: float | None, currency: str) -> str:
    """A metric's value as read: rates and ROI as percentages, money in the currency."""
    if value is None:
        return "—"
    if metric in RATE_METRICS:
        return format_percent(value)
    if metric == "roi":
        return format_percent(value, 0)
    if metric in MONEY_METRICS:
        return format_amount(value, currency)
    return format_int(round(value))


def describe(named: NamedBinding) -> str:
    """ "From funnel Inbound B2B: MQL → SQL rate · all sources", for rows and tooltips."""
    bound = named.binding
    metric = {
        "step_rate": KrBinding.tr("{start} → {end} rate"),
        "overall_rate": KrBinding.tr("{first} → {end} overall rate"),
        "stage_count": KrBinding.tr("{end} per week"),
        "cost_per_lead": KrBinding.tr("cost per {end}"),
        "cac": KrBinding.tr("CAC per {end}"),
        "roi": KrBinding.tr("ROI"),
        "revenue": KrBinding.tr("revenue"),
        "spend": KrBinding.tr("spend"),
    }[bound.metric].format(
        start=named.from_stage or "?", end=named.to_stage or "?", first=named.first_stage or "?"
    )
    source = bound.segment or KrBinding.tr("all sources")
    return KrBinding.tr("From funnel {funnel}: {metric} · {source}").format(
        funnel=named.funnel, metric=metric, source=source
    )


class PreviewModel(ReadOnlyTableModel):
    """Rows are (week start, value or None), newest first."""

    numeric_columns = frozenset({1})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.metric, self.currency = "step_rate", "EUR"

    def headers(self) -> Sequence[str]:
        return (self.tr("Week of"), self.tr("Value"))

    def display(self, row: tuple[dt.date, float | None], column: int) -> str:
        week, value = row
        if column == 0:
            return format_date(week)
        return format_metric(self.metric, value, self.currency)


class BindingDialog(FormDialog):
    """Choose a funnel, metric, stages and source; OK binds, Unbind removes a binding.

    `values()` is the Binding to write; `unbind_requested` tells the caller to remove it.
    """

    errors_at_once = True  # nothing is typed: each problem follows from a choice shown

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        key_result_id: int,
        title: str,
        unit: str,
        currency: str,
        funnels: Sequence[FunnelChoice],
        current: Binding | None,
    ) -> None:
        super().__init__(parent, self.tr("Bind to funnel metric"), 560)
        self._workspace = workspace
        self._key_result_id = key_result_id
        self._unit = unit
        self._funnels = list(funnels)
        self.unbind_requested = False
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.funnel_combo = QComboBox()
        for funnel in self._funnels:
            self.funnel_combo.addItem(funnel.name, funnel.id)
        self.metric_combo = QComboBox()
        for metric in FUNNEL_METRICS:
            self.metric_combo.addItem(_tr(METRIC_NAMES[metric]), metric)
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.segment_combo = QComboBox()
        self.form.addRow(self.tr("&Funnel:"), self.funnel_combo)
        self.form.addRow(self.tr("&Metric:"), self.metric_combo)
        self.form.addRow(self.tr("F&rom stage:"), self.from_combo)
        self.form.addRow(self.tr("&To stage:"), self.to_combo)
        self.form.addRow(self.tr("&Source:"), self.segment_combo)

        self.preview_model = PreviewModel(self)
        self.preview_model.currency = currency
        self.preview = QTableView()
        self.preview.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.preview.setObjectName("dashboardTable")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setShowGrid(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Always room for PREVIEW_WEEKS rows, so the dialog keeps its size as choices change.
        self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setFixedHeight(
            self.preview.horizontalHeader().sizeHint().height()
            + self.preview.verticalHeader().defaultSectionSize() * PREVIEW_WEEKS
            + 2 * self.preview.frameWidth()
        )
        self.preview_note = QLabel()
        self.preview_note.setObjectName("sectionSubtitle")
        self.preview_note.setWordWrap(True)
        self.form.addRow(self.tr("Last weeks:"), self.preview)
        self.form.addRow(self.preview_note)

        self.bind_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.bind_button.setText(self.tr("Bind"))
        self.unbind_button = QPushButton(self.tr("&Unbind"))
        self.unbind_button.clicked.connect(self._unbind)
        self.buttons.addButton(self.unbind_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unbind_button.setVisible(current is not None)  # after addButton, which shows it

        if current is not None:
            self.funnel_combo.setCurrentIndex(max(self.funnel_combo.findData(current.funnel_id), 0))
            self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(current.metric), 0))
        self._fill_funnel(current)
        self.funnel_combo.currentIndexChanged.connect(lambda: self._fill_funnel(None))
        self.metric_combo.currentIndexChanged.connect(self._changed)
        for combo in (self.from_combo, self.to_combo, self.segment_combo):
            combo.currentIndexChanged.connect(self._changed)
        self._changed()

    # -- choices -----------------------------------------------------------------------------

    def _funnel(self) -> FunnelChoice | None:
        index = self.funnel_combo.currentIndex()
        return self._funnels[index] if 0 <= index < len(self._funnels) else None

    def _fill_funnel(self, current: Binding | None) -> None:
        funnel = self._funnel()
        stages = funnel.stages if funnel else []
        segments = funnel.segments if funnel else []
        for combo in (self.from_combo, self.to_combo, self.segment_combo):
            combo.blockSignals(True)
            combo.clear()
        for stage_id, name in stages:
            self.from_combo.addItem(name, stage_id)
            self.to_combo.addItem(name, stage_id)
        self.segment_combo.addItem(self.tr("All sources"), "")
        for segment in segments:
            self.segment_combo.addItem(segment, segment)
        if current is not None:
            self._choose(self.from_combo, current.from_stage_id, 0)
            self._choose(self.to_combo, current.to_stage_id, 1)
            if current.segment and self.segment_combo.findData(current.segment) < 0:
                self.segment_combo.addItem(current.segment, current.segment)
            self._choose(self.segment_combo, current.segment, 0)
        else:
            self.from_combo.setCurrentIndex(0 if stages else -1)
            self.to_combo.setCurrentIndex(min(1, len(stages) - 1))
            self.segment_combo.setCurrentIndex(0)
        for combo in (self.from_combo, self.to_combo, self.segment_combo):
            combo.blockSignals(False)
        self._changed()

    @staticmethod
    def _choose(combo: QComboBox, data: object, fallback: int) -> None:
        found = combo.findData(data) if data is not None else -1
        combo.setCurrentIndex(found if found >= 0 else min(fallback, combo.count() - 1))

    def _metric(self) -> str:
        return self.metric_combo.currentData() or FUNNEL_METRICS[0]

    def values(self) -> Binding | None:
        funnel = self._funnel()
        if funnel is None:
            return None
        needs_from, needs_to = METRIC_STAGES[self._metric()]
        return Binding(
            key_result_id=self._key_result_id,
            funnel_id=funnel.id,
            metric=self._metric(),
            from_stage_id=self.from_combo.currentData() if needs_from else None,
            to_stage_id=self.to_combo.currentData() if needs_to else None,
            segment=self.segment_combo.currentData() or "",
        )

    # -- validation and preview --------------------------------------------------------------

    def _changed(self) -> None:
        needs_from, needs_to = METRIC_STAGES[self._metric()]
        self.from_combo.setEnabled(needs_from)
        self.to_combo.setEnabled(needs_to)
        self.revalidate()
        self._show_preview()

    def problems(self) -> list[Problem]:
        if self._funnel() is None:
            return [Problem("funnel", "no_funnel", self.tr("This workspace has no funnel yet."))]
        needs_from, needs_to = METRIC_STAGES[self._metric()]
        if (needs_from or needs_to) and self.to_combo.count() < 1 + needs_from:
            text = self.tr("This funnel has too few stages for this metric.")
            return [Problem("to_stage", "no_stages", text)]
        if needs_from and self.from_combo.currentIndex() >= self.to_combo.currentIndex():
            text = self.tr("The from stage must come before the to stage.")
            return [Problem("from_stage", "stage_order", text)]
        return []

    def warnings(self) -> list[Problem]:
        if self._metric() in RATE_METRICS and self._unit != "percent":
            text = self.tr(
                "This key result is not in percent: its check-ins will hold the rate as a "
                "fraction (0.031 for 3.1 %). Make its unit Percent to read it as 3.1 %."
            )
            return [Problem("metric", "unit", text)]
        return []

    def _show_preview(self) -> None:
        bound = self.values()
        rows: list[tuple[dt.date, float | None]] = []
        if bound is not None and not self.problems():
            try:
                with self._workspace.engine.connect() as connection:
                    values = weekly_values(connection, bound)
            except ValueError:  # a funnel without stages gives no metric at all
                values = {}
            rows = sorted(values.items(), reverse=True)[:PREVIEW_WEEKS]
        self.preview_model.metric = bound.metric if bound else FUNNEL_METRICS[0]
        self.preview_model.set_rows(rows)
        if rows:
            note = self.tr(
                "After each import the key result gets an automatic check-in with the value "
                "of the last full week."
            )
        else:
            note = self.tr("No funnel data for this choice yet.")
        self.preview_note.setText(note)

    def _unbind(self) -> None:
        self.unbind_requested = True
        self.accept()
