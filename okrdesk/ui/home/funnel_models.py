"""The table model of one funnel week, stage by stage (the dashboard's last full week)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from okrdesk.domain.rates import overall_conversion, step_conversion
from okrdesk.ui.common.formatting import format_int, format_percent
from okrdesk.ui.common.table_model import ReadOnlyTableModel


@dataclass(frozen=True)
class StageLine:
    stage: str
    count: int
    step: float | None  # None for the first stage and for a zero denominator
    overall: float | None
    first: bool


class FunnelWeekModel(ReadOnlyTableModel):
    """One week: rows are stages in funnel order; columns stage, count, step and overall rate."""

    numeric_columns = frozenset({1, 2, 3})

    def set_week(self, stages: Sequence[str], counts: Sequence[int]) -> None:
        lines = zip(
            stages, counts, step_conversion(counts), overall_conversion(counts), strict=True
        )
        self.set_rows([StageLine(*line, first=i == 0) for i, line in enumerate(lines)])

    def headers(self) -> Sequence[str]:
        return (self.tr("Stage"), self.tr("Count"), self.tr("Step"), self.tr("Overall"))

    def display(self, row: StageLine, column: int) -> str:
        if column == 0:
            return row.stage
        if column == 1:
            return format_int(row.count)
        if column == 2:
            return "" if row.first else format_percent(row.step)
        return format_percent(row.overall)
