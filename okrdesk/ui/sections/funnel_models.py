"""Table models of funnel counts: one week stage by stage, and every week side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from okrdesk.domain.rates import overall_conversion, step_conversion
from okrdesk.ui.formatting import format_date, format_int, format_percent
from okrdesk.ui.sections.table_model import ReadOnlyTableModel


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
        return format_percent(row.overall, 2)


class FunnelWeeksModel(ReadOnlyTableModel):
    """Every week, newest first: the week's Monday, then each stage's count (all sources)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stages: list[str] = []

    def set_weeks(self, stages: Sequence[str], totals: dict[dt.date, list[int]]) -> None:
        self.beginResetModel()  # the columns change with the stages
        self._stages = list(stages)
        self.numeric_columns = frozenset(range(1, len(stages) + 1))
        self._rows = [(week, totals[week]) for week in sorted(totals, reverse=True)]
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return (self.tr("Week of"), *self._stages)

    def display(self, row: tuple[dt.date, list[int]], column: int) -> str:
        week, counts = row
        return format_date(week) if column == 0 else format_int(counts[column - 1])
