"""Block (a) of the review, "Variance: what moved", as format-neutral blocks.

`variance_blocks` decides once what the block says: its headings, sentences and tables, each
cell already in words and numbers of the locale, each column's kind (text or number) and, for
a significant change, its direction. The HTML and the Markdown report each render the blocks
their own way (HTML colours a significant change, Markdown makes it bold). A chart block names
the chart the HTML shows there and carries the table of its numbers for formats without
pictures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from PySide6.QtCore import QCoreApplication

from okrdesk.domain import words
from okrdesk.domain.review import FunnelStep, Review, status_reason
from okrdesk.domain.stretch import CycleScores, ScoredObjective
from okrdesk.reports.kr_measure import kr_change_measure, kr_measure
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.text import Report


def word_text(table: Mapping[str, words.Word], key: str, *, in_sentence: bool = False) -> str:
    """A stored key's word from one of domain.words' tables, translated: its label ("On
    track"), or its form inside a sentence ("on track"); an unknown key as stored."""
    word = table.get(key)
    if word is None:
        return key
    return QCoreApplication.translate(
        words.CONTEXT, word.in_sentence if in_sentence else word.label
    )


def status_label(status: str) -> str:
    """A key result's or objective's status in words; an unknown key as stored."""
    return word_text(words.STATUS_WORDS, status)


def decision_label(decision: str) -> str:
    """An experiment's decision on its own ("Scaled"); an unknown key as stored."""
    return word_text(words.DECISION_WORDS, decision)


def decision_in_sentence(decision: str) -> str:
    """An experiment's decision inside a sentence ("scaled"); an unknown key as stored."""
    return word_text(words.DECISION_WORDS, decision, in_sentence=True)


def decided_by_text(decision_text: str, decided_by: str) -> str:
    """A decision followed by who made it ("Scaled by Anna Kowalska"), bare when unknown."""
    if not decided_by:
        return decision_text
    return Report.tr("{decision} by {person}").format(decision=decision_text, person=decided_by)


def experiment_status_label(status: str) -> str:
    """An experiment's status on its own ("Analysing"); an unknown key as stored."""
    return word_text(words.EXPERIMENT_STATUS_WORDS, status)


def experiment_status_in_sentence(status: str) -> str:
    """An experiment's status inside a sentence ("analysing"); an unknown key as stored."""
    return word_text(words.EXPERIMENT_STATUS_WORDS, status, in_sentence=True)


def verdict_word(verdict: str) -> str:
    """A variant's verdict on its own, as a table cell or the chart says it ("Variant wins");
    an unknown key as stored."""
    return word_text(words.VERDICT_WORDS, verdict)


def verdict_in_sentence(verdict: str) -> str:
    """A variant's verdict inside a sentence ("the variant wins"); an unknown key as stored."""
    return word_text(words.VERDICT_WORDS, verdict, in_sentence=True)


@dataclass(frozen=True)
class Column:
    """A column's header; number: its cells are numbers (right-aligned); whole: a cell is
    never broken across lines ("p = 0.581" on one line)."""

    header: str
    number: bool = False
    whole: bool = False


@dataclass(frozen=True)
class Cell:
    """One cell's text; direction is "up" or "down" when the cell is a significant change
    (shown emphasised), "" otherwise."""

    text: str
    direction: Literal["", "up", "down"] = ""


@dataclass(frozen=True)
class Table:
    """Columns and rows of cells. widths: percentages of the first columns' widths, a layout
    hint for formats that have one (the other columns share what is left)."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    widths: Sequence[int] = ()

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def numeric(self) -> tuple[int, ...]:
        """The positions of the number columns."""
        return tuple(i for i, c in enumerate(self.columns) if c.number)

    @property
    def whole(self) -> tuple[int, ...]:
        """The positions of the columns whose cells are never broken across lines."""
        return tuple(i for i, c in enumerate(self.columns) if c.whole)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 3


@dataclass(frozen=True)
class Paragraph:
    """A sentence; muted when it only says that there is nothing to show."""

    text: str
    muted: bool = False


@dataclass(frozen=True)
class ChartSlot:
    """Where the chart `name` goes; `numbers` is its table for formats without pictures."""

    name: str
    numbers: Table | None = None


Block: TypeAlias = Heading | Paragraph | Table | ChartSlot


def _columns(*headers: str, numbers: Sequence[int] = (), whole: Sequence[int] = ()) -> list[Column]:
    return [Column(h, i in numbers, i in whole) for i, h in enumerate(headers)]


def scores_blocks(scores: CycleScores, fmt: LocaleFormat) -> list[Block]:
    """How a recently closed cycle scored: which objectives landed in the 0.6–0.7 stretch sweet
    spot and which were sandbagged (domain.stretch), then every objective's score."""
    blocks: list[Block] = [Heading(Report.tr("Scores of {cycle}").format(cycle=scores.cycle))]
    if not scores.objectives:
        return [*blocks, Paragraph(Report.tr("No objective was scored."), muted=True)]

    def names(objectives: Sequence[ScoredObjective]) -> str:
        return Report.tr(", ").join(
            Report.tr("{title} ({score})").format(title=o.title, score=fmt.number(o.score, 1))
            for o in objectives
        )

    if scores.sweet_spot:
        sweet = Report.tr("In the stretch sweet spot (0.6–0.7): {objectives}.").format(
            objectives=names(scores.sweet_spot)
        )
    else:
        sweet = Report.tr("No objective in the stretch sweet spot (0.6–0.7).")
    blocks.append(Paragraph(sweet))
    early = fmt.date(scores.early_until)
    if scores.sandbagged:
        blocks.append(
            Paragraph(
                Report.tr(
                    "Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}."
                ).format(date=early, objectives=names(scores.sandbagged))
            )
        )
    verdicts = {
        "sweet_spot": Report.tr("Stretch sweet spot"),
        "sandbagged": Report.tr("Sandbagged: 1.0 by {date}").format(date=early),
    }
    blocks.append(
        Table(
            _columns(
                Report.tr("Objective"), Report.tr("Score"), Report.tr("Stretch"), numbers=(1,)
            ),
            [
                [
                    Cell(o.title),
                    Cell(fmt.number(o.score, 1)),
                    Cell(verdicts.get(o.verdict or "", "")),
                ]
                for o in scores.objectives
            ],
            widths=(60, 12),
        )
    )
    return blocks


def variance_blocks(review: Review, fmt: LocaleFormat) -> list[Block]:
    """Block (a): cycle progress, funnel steps week over week, key results that moved, those
    off track or at risk, and those that need an update."""
    blocks: list[Block] = [Heading(Report.tr("1. Variance: what moved"), level=2)]
    cycle = review.cycle
    if cycle is not None:
        blocks.append(Heading(Report.tr("Cycle progress")))
        blocks.append(
            Paragraph(
                Report.tr("{cycle}: {progress} done, {expected} expected by {date}.").format(
                    cycle=cycle.name,
                    progress=fmt.percent(cycle.progress, 0),
                    expected=fmt.percent(cycle.expected, 0),
                    date=fmt.date(cycle.on or min(review.week_end, cycle.end)),
                )
            )
        )
        objectives = Table(
            _columns(
                Report.tr("Objective"), Report.tr("Progress"), Report.tr("Status"), numbers=(1,)
            ),
            [
                [Cell(o.title), Cell(fmt.percent(o.progress, 0)), Cell(status_label(o.status))]
                for o in cycle.objectives
            ],
        )
        blocks.append(ChartSlot("cycle", objectives))
    if review.closed_cycle is not None:
        blocks += scores_blocks(review.closed_cycle, fmt)
    blocks.append(Heading(Report.tr("Funnel steps, week over week")))
    if review.funnel_steps:
        blocks.append(_funnel_table(review.funnel_steps, fmt))
        blocks.append(ChartSlot("funnel"))
    else:
        blocks.append(Paragraph(Report.tr("No funnel data for this week."), muted=True))

    if not review.key_results:
        blocks.append(Heading(Report.tr("Key results")))
        blocks.append(Paragraph(Report.tr("No key results in a cycle of this week."), muted=True))
        return blocks
    blocks.append(Heading(Report.tr("Key results that moved")))
    if review.changed_key_results:
        blocks.append(
            Table(
                _columns(
                    Report.tr("Key result"),
                    Report.tr("Before"),
                    Report.tr("Now"),
                    Report.tr("Change"),
                    Report.tr("Progress"),
                    Report.tr("Status"),
                    Report.tr("Checked in by"),
                    numbers=(1, 2, 3, 4),
                ),
                [
                    [
                        Cell(k.title),
                        Cell(kr_measure(fmt, k.previous, k.kind, k.unit, k.unit_label, k.decimals)),
                        Cell(kr_measure(fmt, k.current, k.kind, k.unit, k.unit_label, k.decimals)),
                        Cell(kr_change_measure(fmt, k.change, k.kind, k.unit, k.unit_label)),
                        Cell(fmt.percent(k.progress, 0)),
                        Cell(status_label(k.status)),
                        Cell(k.checked_in_by),
                    ]
                    for k in review.changed_key_results
                ],
                widths=(22, 12, 12, 11, 13, 11),
            )
        )
    else:
        blocks.append(Paragraph(Report.tr("No key result moved this week."), muted=True))

    blocks.append(Heading(Report.tr("Off track and at risk")))
    if review.behind:
        blocks.append(
            Table(
                _columns(
                    Report.tr("Key result"),
                    Report.tr("Owner"),
                    Report.tr("Checked in by"),
                    Report.tr("Progress"),
                    Report.tr("Expected"),
                    Report.tr("Status"),
                    Report.tr("Why"),
                    numbers=(3, 4),
                ),
                [
                    [
                        Cell(k.title),
                        Cell(k.owner),
                        Cell(k.checked_in_by),
                        Cell(fmt.percent(k.progress, 0)),
                        Cell(fmt.percent(k.expected, 0)),
                        Cell(status_label(k.status)),
                        Cell(status_reason(k, fmt)),
                    ]
                    for k in review.behind
                ],
                widths=(19, 12, 12, 13, 13, 11),
            )
        )
    else:
        blocks.append(Paragraph(Report.tr("Every key result is on track or done."), muted=True))

    blocks.append(Heading(Report.tr("Key results that need an update")))
    if review.needs_update:
        blocks.append(
            Table(
                _columns(
                    Report.tr("Key result"),
                    Report.tr("Owner"),
                    Report.tr("Last check-in"),
                    Report.tr("Days silent"),
                    numbers=(3,),
                ),
                [
                    [
                        Cell(k.title),
                        Cell(k.owner),
                        Cell(fmt.date(k.last_checkin) if k.last_checkin else Report.tr("never")),
                        Cell(fmt.integer(k.days_silent) if k.days_silent is not None else "—"),
                    ]
                    for k in review.needs_update
                ],
                widths=(50, 20),
            )
        )
    else:
        blocks.append(Paragraph(Report.tr("Every key result was checked in recently."), muted=True))
    return blocks


def _funnel_table(steps: Sequence[FunnelStep], fmt: LocaleFormat) -> Table:
    several = len({s.funnel for s in steps}) > 1
    rows = []
    for s in steps:
        step = f"{s.from_stage} → {s.to_stage}"
        direction: Literal["", "up", "down"] = ""
        if s.significant and s.change is not None:
            direction = "up" if s.change > 0 else "down"
        rows.append(
            [
                Cell(f"{s.funnel}: {step}" if several else step),
                Cell(
                    f"{fmt.percent(s.previous_rate)} ({fmt.integer(s.previous_to_count)}/"
                    f"{fmt.integer(s.previous_from_count)})"
                ),
                Cell(
                    f"{fmt.percent(s.rate)} ({fmt.integer(s.to_count)}/{fmt.integer(s.from_count)})"
                ),
                Cell(fmt.points(s.change), direction),
                Cell(fmt.p_value(s.p_value)),
                Cell(Report.tr("Yes") if s.significant else Report.tr("No")),
            ]
        )
    columns = _columns(
        Report.tr("Step"),
        Report.tr("Week before"),
        Report.tr("This week"),
        Report.tr("Change"),
        Report.tr("p-value"),
        Report.tr("Significant"),
        numbers=(1, 2, 3),
        whole=(3, 4),  # a change and a p-value read as one figure each
    )
    return Table(columns, rows, widths=(27,))
