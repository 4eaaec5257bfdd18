"""The review screen's tables: funnel steps, key results that moved or fall behind, experiments.

Each model shows rows of a domain.review dataclass; numbers go through the report's
LocaleFormat over the user's QLocale, so the screen and the exported document read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from okrdesk.domain.review import ExperimentLine, FunnelStep, KeyResultLine, VariantLine
from okrdesk.domain.review import status_reason as brief_status_reason
from okrdesk.reports.html import lift_text
from okrdesk.reports.kr_measure import kr_change_measure, kr_measure
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import (
    decided_by_text,
    experiment_status_in_sentence,
    verdict_word,
)
from okrdesk.reports.text import Context
from okrdesk.ui.common.formatting import decision_word, format_int
from okrdesk.ui.common.table_model import Index, ReadOnlyTableModel
from okrdesk.ui.dashboards.common import status_foreground, status_name

CONTEXT = "ReviewScreen"
UP = QColor("#15803d")
DOWN = QColor("#b91c1c")
MUTED = QColor("#64748b")

PHASES = {
    "ended": QT_TRANSLATE_NOOP("ReviewScreen", "Ended"),
    "running": QT_TRANSLATE_NOOP("ReviewScreen", "Running"),
}


class ReviewScreen(Context):
    """Sentences of this module, in the `ReviewScreen` translation context."""


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
            ReviewScreen.tr("Step"),
            ReviewScreen.tr("Reached"),
            ReviewScreen.tr("Week before"),
            ReviewScreen.tr("Reviewed week"),
            ReviewScreen.tr("Change"),
            ReviewScreen.tr("p-value"),
            ReviewScreen.tr("Beyond noise?"),
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
            return ReviewScreen.tr("Significant")
        return ReviewScreen.tr("Noise")

    def tooltip(self, row: FunnelStep, column: int) -> str | None:
        if column == 0:
            return row.funnel
        if column == self.SIGNIFICANT_COLUMN:
            return ReviewScreen.tr(
                "Two-proportion test against the week before; significant at p < 0.05."
            )
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
        return (
            ReviewScreen.tr("Key result"),
            ReviewScreen.tr("Before"),
            ReviewScreen.tr("Now"),
            ReviewScreen.tr("Change"),
            ReviewScreen.tr("Status"),
            ReviewScreen.tr("Checked in by"),
        )

    def display(self, row: KeyResultLine, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return row.title
        if column == 5:
            return row.checked_in_by
        if column == 1:
            return kr_measure(fmt, row.previous, row.kind, row.unit, row.unit_label, row.decimals)
        if column == 2:
            return kr_measure(fmt, row.current, row.kind, row.unit, row.unit_label, row.decimals)
        if column == 3:
            return kr_change_measure(fmt, row.change, row.kind, row.unit, row.unit_label) or "—"
        return status_name(row.status)

    def tooltip(self, row: KeyResultLine, column: int) -> str | None:
        return f"{row.objective}\n{row.title}" if column == 0 else None

    def foreground(self, row: KeyResultLine, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 4 else None


class BehindKeyResultsModel(_FormattedModel):
    """Off-track and at-risk key results (or those needing an update) with the reason."""

    numeric_columns = frozenset({2, 3})

    def headers(self) -> Sequence[str]:
        return (
            ReviewScreen.tr("Key result"),
            ReviewScreen.tr("Status"),
            ReviewScreen.tr("Progress"),
            ReviewScreen.tr("Expected"),
            ReviewScreen.tr("Why"),
            ReviewScreen.tr("Checked in by"),
        )

    def display(self, row: KeyResultLine, column: int) -> str:
        fmt = self.fmt
        if column == 0:
            return row.title
        if column == 5:
            return row.checked_in_by
        if column == 1:
            return status_name(row.status)
        if column == 2:
            return fmt.percent(row.progress, 0)
        if column == 3:
            return fmt.percent(row.expected, 0)
        return status_reason(row, fmt)

    def tooltip(self, row: KeyResultLine, column: int) -> str | None:
        if column == 0:
            return ReviewScreen.tr("{objective}\n{title}\nOwner: {owner}").format(
                objective=row.objective, title=row.title, owner=row.owner or "—"
            )
        return None

    def foreground(self, row: KeyResultLine, column: int) -> QColor | None:
        return QColor(status_foreground(row.status)) if column == 1 else None


class ExperimentsModel(_FormattedModel):
    """One row per variant of each ExperimentLine (one row for an experiment without results):
    code, title, where it stands, control, variant, difference, relative lift with its
    interval, the one-look and always-valid p, chance to win, verdict.

    set_rows takes ExperimentLines; row() gives (ExperimentLine, VariantLine | None).
    """

    numeric_columns = frozenset({3, 4, 5, 6, 7, 8, 9})
    VERDICT_COLUMN = 10

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(
            [(line, variant) for line in rows for variant in (line.variants or (None,))]
        )

    def headers(self) -> Sequence[str]:
        return (
            ReviewScreen.tr("Code"),
            ReviewScreen.tr("Experiment"),
            ReviewScreen.tr("Where it stands"),
            ReviewScreen.tr("Control"),
            ReviewScreen.tr("Variant"),
            ReviewScreen.tr("Difference"),
            ReviewScreen.tr("Relative lift"),
            ReviewScreen.tr("p-value"),
            ReviewScreen.tr("Always-valid p"),
            ReviewScreen.tr("Chance to win"),
            ReviewScreen.tr("Verdict"),
        )

    def _arm(self, conversions: int, visitors: int, rate: float | None) -> str:
        if not visitors:
            return "—"
        return ReviewScreen.tr("{rate} ({conversions} of {visitors})").format(
            rate=self.fmt.percent(rate),
            conversions=format_int(conversions),
            visitors=format_int(visitors),
        )

    def display(self, row: tuple[ExperimentLine, VariantLine | None], column: int) -> str:
        line, variant = row
        fmt = self.fmt
        if column == 0:
            return line.code
        if column == 1:
            return line.title
        if column == 2:
            return self._stage(line)
        if column == 3:
            return self._arm(line.control_conversions, line.control_visitors, line.control_rate)
        if variant is None:
            return ReviewScreen.tr("No results yet") if column == self.VERDICT_COLUMN else "—"
        if column == 4:
            arm = self._arm(variant.conversions, variant.visitors, variant.rate)
            return arm if len(line.variants) == 1 else f"{variant.name}: {arm}"
        if column == 5:
            return fmt.points(variant.diff)
        if column == 6:
            return lift_text(variant, fmt)
        if column == 7:
            return _p(fmt, variant.p_value)
        if column == 8:
            return _p(fmt, variant.always_valid_p)
        if column == 9:
            return fmt.percent(variant.chance_to_win, 0)
        return verdict_label(variant)

    def _stage(self, row: ExperimentLine) -> str:
        """ "Ended, scaled", "Ended, analysing", "Running"."""
        phase = tr(PHASES.get(row.phase, row.phase))
        if row.decision:
            after = decided_by_text(decision_word(row.decision), row.decided_by)
        elif row.phase == "ended":
            after = experiment_status_in_sentence(row.status)
        else:
            return phase
        return ReviewScreen.tr("{phase}, {after}").format(phase=phase, after=after)

    def tooltip(self, row: tuple[ExperimentLine, VariantLine | None], column: int) -> str | None:
        line, variant = row
        if column in (0, 1):
            return ReviewScreen.tr("{title}\nChanged: {variable}\nMetric: {metric}").format(
                title=line.title, variable=line.variable, metric=line.metric or "—"
            )
        if column == 2 and line.learnings:
            return line.learnings
        if variant is None:
            return None
        if column == 5 and variant.ci is not None:
            low, high = variant.ci
            return ReviewScreen.tr("95 % interval: {low} to {high}").format(
                low=self.fmt.points(low), high=self.fmt.points(high)
            )
        if column == 7:
            return (
                ReviewScreen.tr("Fisher's exact test (a small table)")
                if variant.test == "fisher"
                else ReviewScreen.tr("Pooled two-proportion z-test, one look")
            )
        if column == 8:
            return ReviewScreen.tr(
                "Stays valid however often the results are looked at; a win or loss needs it "
                "and the one-look p below 0.05 (Holm-corrected over %Ln variant(s)).",
                None,
                len(line.variants),
            )
        if column == self.VERDICT_COLUMN and variant.low_power:
            return ReviewScreen.tr("Only {power} power for the planned {mde}.").format(
                power=self.fmt.percent(variant.power, 0), mde=self.fmt.points(line.planned_mde)
            )
        return None

    def foreground(
        self, row: tuple[ExperimentLine, VariantLine | None], column: int
    ) -> QColor | None:
        if column == self.VERDICT_COLUMN:
            verdict = row[1].verdict if row[1] is not None else ""
            return {"variant_wins": UP, "variant_loses": DOWN}.get(verdict, MUTED)
        return None


def verdict_label(variant: VariantLine) -> str:
    """The verdict as a table cell; a call made with low power says so."""
    text = verdict_word(variant.verdict)
    if variant.verdict in ("variant_wins", "variant_loses") and variant.low_power:
        text = ReviewScreen.tr("{verdict} (low power)").format(verdict=text)
    return text


def _p(fmt: LocaleFormat, p: float | None) -> str:
    return "—" if p is None else fmt.p_value(p).removeprefix("p = ")
