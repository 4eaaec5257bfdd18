"""What the import wizard and `okrdesk import` pass in and get back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from okrdesk.domain.text import Text
from okrdesk.store.cleaning import cut
from okrdesk.store.words import Importing, number

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

SHAPES = ("counts", "events")


@dataclass
class ImportOptions:
    """How to read a file; None everywhere means "detect it".

    mapping: file column → field (week, stage, count, source, variant, spend, revenue,
    lead_id, timestamp; "stage:<name>" for a stage column of the wide counts shape); columns
    it does not name are guessed from their headers, and a column mapped to "" is ignored.
    date_format: e.g. "%d.%m.%Y", "%m/%d/%Y", "ISO8601", "%G-W%V" (ISO weeks), "excel".
    stage_map: a stage name of the file → the funnel stage it is (case ignored), or "" to
    leave that name's rows out.
    skip_unknown_stages: leave out the rows whose stage matches no stage of the funnel (nor
    stage_map) instead of refusing the file.
    """

    funnel: str
    shape: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    separator: str | None = None
    date_format: str | None = None
    sheet: str | None = None
    stage_map: dict[str, str] = field(default_factory=dict)
    skip_unknown_stages: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """What a file looks like before it is imported.

    `mapping` is the mapping the import would use (given, else guessed); `missing` the
    required fields no column maps to; `unknown_stages` the stage names of the file that
    match no stage of the funnel (nor `stage_map`); `ambiguous_dates` the formats the dates
    fit when they fit more than one (the caller must choose one as `date_format`);
    `problem` the first problem found with the dates (a value that is no date), if any.
    """

    file_name: str
    sha256: str
    kind: str  # "csv" or "xlsx"
    encoding: str | None
    separator: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    shape: str | None
    columns: tuple[str, ...]
    mapping: dict[str, str]
    rows: tuple[tuple[str, ...], ...]
    funnel_exists: bool
    stages: tuple[str, ...]
    missing: tuple[str, ...]
    unknown_stages: tuple[str, ...]
    date_format: str | None
    ambiguous_dates: tuple[str, ...]
    problem: Text | None = None  # the whole line, as ImportProblem.text; str() is English


@dataclass(frozen=True)
class ImportWarning:
    """Something imported that may be meant but looks wrong (see plausibility).

    kind "later_stage_larger": in `week` (and `segment`, `variant`), `count` people at `stage`
    but only `previous_count` at `previous_stage` before it; `cases` such steps in all.
    kind "future_weeks": `cases` weeks from `week` on start more than 8 weeks after `today`.
    """

    kind: str
    week: dt.date
    cases: int
    stage: str = ""
    count: int = 0
    previous_stage: str = ""
    previous_count: int = 0
    segment: str = ""
    variant: str = ""
    today: dt.date | None = None

    @property
    def text(self) -> Text:
        """The warning as one sentence (Importing); str() is the English the command line prints."""
        if self.kind == "future_weeks":
            return Importing.tr(
                "%n week(s) from {week} on, more than 8 weeks after today ({today}); is the "
                "year right?",
                None,
                self.cases,
            ).format(
                week=self.week.isoformat(), today=self.today.isoformat() if self.today else "?"
            )
        if self.segment and self.variant:
            where = Importing.tr('week {week}, source "{source}", variant "{variant}"')
        elif self.segment:
            where = Importing.tr('week {week}, source "{source}"')
        elif self.variant:
            where = Importing.tr('week {week}, variant "{variant}"')
        else:
            where = Importing.tr("week {week}")
        where = where.format(
            week=self.week.isoformat(), source=cut(self.segment), variant=cut(self.variant)
        )
        if self.cases > 1:
            sentence = Importing.tr(
                '{where}: {count} at "{stage}" but {previous_count} at "{previous_stage}" before '
                "it (%n such steps in all); are the stages in the right columns?",
                None,
                self.cases,
            )
        else:
            sentence = Importing.tr(
                '{where}: {count} at "{stage}" but {previous_count} at "{previous_stage}" before '
                "it; are the stages in the right columns?"
            )
        return sentence.format(
            where=where,
            count=number(self.count),
            stage=cut(self.stage),
            previous_count=number(self.previous_count),
            previous_stage=cut(self.previous_stage),
        )


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    funnel_id: int
    funnel_created: bool
    shape: str
    file_name: str
    rows: int
    first_week: dt.date
    last_week: dt.date
    weeks: int
    replaced: int
    checkins: int  # automatic check-ins of bound key results
    # Times written with a UTC offset were read as the local time written (offset dropped).
    utc_offsets_dropped: bool = False
    # Weeks outside the file counted again: the other weeks of the leads a file of events carries.
    recounted: int = 0
    warnings: tuple[ImportWarning, ...] = ()
    # Rows left out because their stage was to be skipped (`rows` does not count them).
    skipped_rows: int = 0
    skipped_stages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportRecord:
    """One line of the import history."""

    id: int
    funnel_id: int
    funnel: str
    file_name: str
    sha256: str
    kind: str
    rows: int
    first_week: dt.date
    last_week: dt.date
    imported_at: dt.datetime
    undone_at: dt.datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None
