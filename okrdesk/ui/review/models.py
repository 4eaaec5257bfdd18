"""The review screen's tables: funnel steps, key results that moved or fall behind, experiments.

Each model shows rows of a domain.review dataclass; numbers go through the report's
LocaleFormat over the user's QLocale, so the screen and the exported document read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from okrdesk.domain.review import ExperimentLine, FunnelStep, KeyResultLine
from okrdesk.domain.review import status_reason as brief_status_reason
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.ui.dashboards.common import status_foreground, status_name
from okrdesk.ui.formatting import EXPERIMENT_DECISIONS, EXPERIMENT_STATUSES, format_int, label
from okrdesk.ui.sections.table_model import Index, ReadOnlyTableModel

CONTEXT = "ReviewScreen"
UP = QColor("#15803d")
DOWN = QColor("#b91c1c")
MUTED = QColor("#64748b")

VERDICTS = {
    "variant_wins": QT_TRANSLATE_NOOP("ReviewScreen", "Variant wins"),
    "variant_loses": QT_TRANSLATE_NOOP("ReviewScreen", "Variant loses"),
    "no_difference": QT_TRANSLATE_NOOP("ReviewScreen", "No difference"),
    "not_enough_data": QT_TRANSLATE_NOOP("ReviewScreen", "Not enough data yet"),
    "sample_ratio_mismatch": QT_TRANSLATE_NOOP("ReviewScreen", "Split off plan"),
}
PHASES = {
    "ended": QT_TRANSLATE_NOOP("ReviewScreen", "Ended"),
    "running": QT_TRANSLATE_NOOP("ReviewScreen", "Running"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_reason(line: KeyResultLine, fmt: LocaleFormat) -> str:
    """The brief's reason for a key result's status, starting with a capital as a table cell."""
    reason = brief_status_reason(line, fmt)
    return reason[:1].upper() + reason[1:]


class _FormattedModel(ReadOnlyTableModel):
    def __init__(self, fmt: LocaleFormat, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt

    def set_format(self, fmt: LocaleFormat) -> None:
        self.fmt = fmt

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            return self.font(self.row(index.row()), index.column())
        return super().data(index, role)


class FunnelStepsModel(_FormattedModel):
    """FunnelStep rows: step, counts, rate before and now, change, p-value, significance."""

    numeric_columns = frozenset({1, 2, 3, 4, 5})
    SIGNIFICANT_COLUMN = 6

    def headers(self) -> Sequence[str]:
        return (
            tr("Step"),
            tr("Reached"),
            tr("Week before"),
            tr("Reviewed week"),
            tr("Change"),
            tr("p-value"),
            tr("Beyond noise?"),
        )

    def display(self, row: FunnelStep, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return f"{row.from_stage} → {row.to_stage}"
        if column == 1:
            return f"{format_int(row.to_count)} / {format_int(row.from_count)}"
        if column == 2:
            return fmt.percent(row.previous_rate)
        if column == 3:
            return fmt.percent(row.rate)
        if column == 4:
            return fmt.points(row.change)
        if column == 5:
            return fmt.p_value(row.p_value).removeprefix("p = ")
        if row.significant:
            return tr("Significant")
        return tr("Noise")

    def tooltip(self, row: FunnelStep, column: int) -> str | None:
        if column == 0:
            return row.funnel
        if column == self.SIGNIFICANT_COLUMN:
            return tr("Two-proportion test against the week before; significant at p < 0.05.")
        return None

    def foreground(self, row: FunnelStep, column: int) -> QColor | None:
        if column in (4, self.SIGNIFICANT_COLUMN):
            if not row.significant or row.change is None:
                return MUTED
            return UP if row.change > 0 else DOWN
        return None

    def font(self, row: FunnelStep, column: int) -> QFont | None:
        if row.significant and column in (4, self.SIGNIFICANT_COLUMN):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None


class ChangedKeyResultsModel(_FormattedModel):
    """Key results checked in during the week: before, now, change, status."""

    numeric_columns = frozenset({1, 2, 3})

    def headers(self) -> Sequence[str]:
        return (tr("Key result"), tr("Before"), tr("Now"), tr("Change"), tr("Status"))

    def display(self, row: KeyResultLine, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return row.title
        if column == 1:
            return fmt.kr_value(row.previous, row.kind, row.unit)
        if column == 2:
            return fmt.kr_value(row.current, row.kind, row.unit)
        if column == 3:
            return fmt.kr_change(row.change, row.kind, row.unit) or "—"
        return status_name(row.status)

    def tooltip(self, row: KeyResultLine, column: int) -> str | None:
        return f"{row.objective}\n{row.title}" if column == 0 else None

    def foreground(self, row: KeyResultLine, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 4 else None


class BehindKeyResultsModel(_FormattedModel):
    """Off-track and at-risk key results (or those needing an update) with the reason."""

    numeric_columns = frozenset({2, 3})

    def headers(self) -> Sequence[str]:
        return (tr("Key result"), tr("Status"), tr("Progress"), tr("Expected"), tr("Why"))

    def display(self, row: KeyResultLine, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return row.title
        if column == 1:
            return status_name(row.status)
        if column == 2:
            return fmt.percent(row.progress, 0)
        if column == 3:
            return fmt.percent(row.expected, 0)
        return status_reason(row, fmt)

    def tooltip(self, row: KeyResultLine, column: int) -> str | None:
        if column == 0:
            return tr("{objective}\n{title}\nOwner: {owner}").format(
                objective=row.objective, title=row.title, owner=row.owner or "—"
            )
        return None

    def foreground(self, row: KeyResultLine, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 1 else None


class ExperimentsModel(_FormattedModel):
    """ExperimentLine rows: code, title, where it stands, both arms, difference, verdict."""

    numeric_columns = frozenset({3, 4, 5, 6, 7})
    VERDICT_COLUMN = 8

    def headers(self) -> Sequence[str]:
        return (
            tr("Code"),
            tr("Experiment"),
            tr("Where it stands"),
            tr("Control"),
            tr("Variant"),
            tr("Difference"),
            tr("p-value"),
            tr("Chance to win"),
            tr("Verdict"),
        )

    def _arm(self, conversions: int, visitors: int, rate: float | None) -> str:
        if not visitors:
            return "—"
        return tr("{rate} ({conversions} of {visitors})").format(
            rate=self.fmt.percent(rate),
            conversions=format_int(conversions),
            visitors=format_int(visitors),
        )

    def display(self, row: ExperimentLine, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return row.code
        if column == 1:
            return row.title
        if column == 2:
            return self._stage(row)
        if column == 3:
            return self._arm(row.control_conversions, row.control_visitors, row.control_rate)
        if column == 4:
            return self._arm(row.variant_conversions, row.variant_visitors, row.variant_rate)
        if column == 5:
            return fmt.points(row.diff)
        if column == 6:
            return "—" if row.p_value is None else fmt.p_value(row.p_value).removeprefix("p = ")
        if column == 7:
            return fmt.percent(row.chance_to_win, 0)
        return tr(VERDICTS[row.verdict]) if row.verdict in VERDICTS else tr("No results yet")

    def _stage(self, row: ExperimentLine) -> str:
        """ "Ended, scaled", "Ended, analysing", "Running"."""
        phase = tr(PHASES.get(row.phase, row.phase))
        if row.decision:
            after = label(EXPERIMENT_DECISIONS, row.decision)
        elif row.phase == "ended":
            after = label(EXPERIMENT_STATUSES, row.status).lower()
        else:
            return phase
        return tr("{phase}, {after}").format(phase=phase, after=after)

    def tooltip(self, row: ExperimentLine, column: int) -> str | None:
        if column in (0, 1):
            return tr("{title}\nChanged: {variable}\nMetric: {metric}").format(
                title=row.title, variable=row.variable, metric=row.metric or "—"
            )
        if column == 5 and row.ci is not None:
            low, high = row.ci
            return tr("95 % interval: {low} to {high}").format(
                low=self.fmt.points(low), high=self.fmt.points(high)
            )
        if column == 2 and row.learnings:
            return row.learnings
        return None

    def foreground(self, row: ExperimentLine, column: int) -> QColor | None:
        if column == self.VERDICT_COLUMN:
            return {"variant_wins": UP, "variant_loses": DOWN}.get(row.verdict or "", MUTED)
        return None
