"""Key results that take their value from a funnel metric, and their automatic check-ins.

A binding names a funnel, a metric (schema.FUNNEL_METRICS), the stages it needs and a
segment ("" is every segment together; variants are always summed). `import_file` imports a
file through the funnel importer and calls `record_bound_checkins` inside the import's
transaction; this module sits above both okr and funnel, so neither imports the other.

Which stages a metric needs (see METRIC_STAGES):
    step_rate      to_stage / from_stage (from before to)
    overall_rate   to_stage / the funnel's first stage
    stage_count    the weekly count of to_stage
    cost_per_lead  spend / count of to_stage (the stage that counts as a lead)
    cac            spend / count of to_stage (the stage that counts as a customer)
    roi            (revenue - spend) / spend
    revenue, spend the week's sums

Rates are fractions; a key result whose unit is percent gets them times 100, as people type
percentages in check-ins ("3.1" for 3.1 %). A value with a zero denominator is undefined and
writes no check-in (DESIGN: an undefined rate is never 0). The values come from
okrdesk.domain.funnel.metric_series, the funnel screen's own formulas.

The automatic check-in is dated the day after the week it measures ends (the next week's
first day), not the import day: the value describes that week whatever day the file is
imported, and importing the same week again replaces the earlier automatic check-in instead
of adding a second one for the same week.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Select, delete, func, insert, select
from sqlalchemy.orm import Session

from okrdesk.domain.weeks import share_in_period
from okrdesk.store.funnel.definitions import list_stages
from okrdesk.store.schema import (
    FUNNEL_METRICS,
    CheckIn,
    Cycle,
    Funnel,
    FunnelSpend,
    FunnelStage,
    ImportBatch,
    KeyResult,
    KeyResultBinding,
    Objective,
)
from okrdesk.store.versions import Conflict, ConflictError, Theirs
from okrdesk.store.words import StoreErrors

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

    from okrdesk.store.funnel.importing.model import (
        Cancelled,
        ImportOptions,
        ImportResult,
        Progress,
    )

RATE_METRICS = ("step_rate", "overall_rate")
# (needs from_stage, needs to_stage) per metric.
METRIC_STAGES: dict[str, tuple[bool, bool]] = {
    "step_rate": (True, True),
    "overall_rate": (False, True),
    "stage_count": (False, True),
    "cost_per_lead": (False, True),
    "cac": (False, True),
    "roi": (False, False),
    "revenue": (False, False),
    "spend": (False, False),
}
WEEK = dt.timedelta(weeks=1)


@dataclass(frozen=True)
class Binding:
    key_result_id: int
    funnel_id: int
    metric: str
    from_stage_id: int | None = None
    to_stage_id: int | None = None
    segment: str = ""


def _select_bindings() -> Select:
    """The columns of a Binding, in its field order."""
    return select(
        KeyResultBinding.key_result_id,
        KeyResultBinding.funnel_id,
        KeyResultBinding.metric,
        KeyResultBinding.from_stage_id,
        KeyResultBinding.to_stage_id,
        KeyResultBinding.segment,
    )


def binding(connection: Connection | Session, key_result_id: int) -> Binding | None:
    """The key result's binding, or None when it is typed in by hand."""
    row = connection.execute(
        _select_bindings().where(KeyResultBinding.key_result_id == key_result_id)
    ).one_or_none()
    return None if row is None else Binding(*row)


def bindings(connection: Connection | Session) -> dict[int, Binding]:
    """Every binding of the workspace, by key result id."""
    rows = connection.execute(_select_bindings())
    return {row[0]: Binding(*row) for row in rows}


@dataclass(frozen=True)
class NamedBinding:
    """A binding with the names a person reads: its funnel, its stages, the first stage."""

    binding: Binding
    funnel: str
    from_stage: str | None
    to_stage: str | None
    first_stage: str | None


def named_bindings(connection: Connection | Session) -> dict[int, NamedBinding]:
    """Every binding with its funnel's and stages' names, by key result id."""
    stage_rows = connection.execute(
        select(FunnelStage.funnel_id, FunnelStage.id, FunnelStage.name).order_by(
            FunnelStage.funnel_id, FunnelStage.position, FunnelStage.id
        )
    ).all()
    names: dict[int | None, str] = {stage_id: name for _funnel, stage_id, name in stage_rows}
    first: dict[int, str] = {}
    for funnel_id, _stage, name in stage_rows:
        first.setdefault(funnel_id, name)
    funnels = {row.id: row.name for row in connection.execute(select(Funnel.id, Funnel.name))}
    return {
        key_result_id: NamedBinding(
            bound,
            funnels.get(bound.funnel_id, ""),
            names.get(bound.from_stage_id),
            names.get(bound.to_stage_id),
            first.get(bound.funnel_id),
        )
        for key_result_id, bound in bindings(connection).items()
    }


def funnel_stages(connection: Connection | Session, funnel_id: int) -> list[tuple[int, str]]:
    """(id, name) of the funnel's stages, in funnel order."""
    return [(stage.id, stage.name) for stage in list_stages(connection, funnel_id)]


def bind(
    session: Session,
    key_result_id: int,
    funnel_id: int,
    metric: str,
    from_stage_id: int | None = None,
    to_stage_id: int | None = None,
    segment: str = "",
) -> Binding | None:
    """Bind a key result (replacing its binding); returns the previous binding, for undo.

    Raises LookupError for an unknown key result or funnel, ValueError for a metric that is
    not known, a stage the metric needs that is missing or not of this funnel, or a step
    whose from-stage does not come before its to-stage. Nothing is written then.
    """
    new = Binding(key_result_id, funnel_id, metric, from_stage_id, to_stage_id, segment.strip())
    _check(session, new)
    version = _version(session, key_result_id)
    previous = unbind(session, key_result_id)
    session.execute(insert(KeyResultBinding), [asdict(new) | {"version": version + 1}])
    return previous


def unbind(session: Session, key_result_id: int) -> Binding | None:
    """Remove the key result's binding; returns it (None when there was none)."""
    previous = binding(session, key_result_id)
    if previous is not None:
        session.execute(
            delete(KeyResultBinding).where(KeyResultBinding.key_result_id == key_result_id)
        )
    return previous


def restore_binding(session: Session, previous: Binding | None, key_result_id: int) -> None:
    """Put back what `bind` or `unbind` returned (None: the key result was not bound)."""
    version = _version(session, key_result_id)
    unbind(session, key_result_id)
    if previous is not None:
        session.execute(insert(KeyResultBinding), [asdict(previous) | {"version": version + 1}])


def require_binding(
    session: Session,
    key_result_id: int,
    seen: Binding | None,
    title: str = "",
    mine: Binding | None = None,
) -> None:
    """A change to `mine` (None: unbound) from a screen that read `seen` (None: not bound)
    finds the binding as it was, else a versions.ConflictError carrying theirs and mine;
    `title` is the key result's."""
    now = binding(session, key_result_id)
    if now != seen:
        theirs = Theirs({} if now is None else asdict(now), _version(session, key_result_id))
        yours = {} if mine is None else asdict(mine)
        raise ConflictError(
            Conflict("key_result_binding", key_result_id, title, None, theirs, yours)
        )


def _version(session: Session, key_result_id: int) -> int:
    """The binding's version, 0 when unbound: a new binding of the key result takes the next."""
    found = session.scalar(
        select(KeyResultBinding.version).where(KeyResultBinding.key_result_id == key_result_id)
    )
    return int(found or 0)


def _check(session: Session, new: Binding) -> None:
    if new.metric not in FUNNEL_METRICS:
        raise ValueError(f"unknown funnel metric {new.metric!r}")
    if session.get(KeyResult, new.key_result_id) is None:
        raise LookupError(f"no key result with id {new.key_result_id}")
    if session.get(Funnel, new.funnel_id) is None:
        raise LookupError(f"no funnel with id {new.funnel_id}")
    positions = dict(
        session.execute(
            select(FunnelStage.id, FunnelStage.position).where(
                FunnelStage.funnel_id == new.funnel_id
            )
        ).all()
    )
    needs_from, needs_to = METRIC_STAGES[new.metric]
    for needed, stage_id, which in (
        (needs_from, new.from_stage_id, "from"),
        (needs_to, new.to_stage_id, "to"),
    ):
        if needed and stage_id is None:
            if which == "from":
                message = StoreErrors.tr("the metric {metric} needs a from stage")
            else:
                message = StoreErrors.tr("the metric {metric} needs a to stage")
            raise ValueError(message.format(metric=new.metric))
        if stage_id is not None and stage_id not in positions:
            raise ValueError(f"stage {stage_id} is not a stage of funnel {new.funnel_id}")
    from_id, to_id = new.from_stage_id, new.to_stage_id
    if (
        needs_from
        and from_id is not None
        and to_id is not None
        and positions[from_id] >= positions[to_id]
    ):
        raise ValueError(StoreErrors.tr("the from stage must come before the to stage"))


# -- values -----------------------------------------------------------------------------


def weekly_values(
    connection: Connection | Session,
    bound: Binding,
    weeks: Sequence[dt.date] | None = None,
    frames: tuple[pd.DataFrame, pd.DataFrame] | None = None,
) -> dict[dt.date, float | None]:
    """The bound metric per week start (oldest first), as a fraction for rates.

    Computed by okrdesk.domain.funnel.metric_series, so the formulas live in one place. With
    `weeks`, exactly those weeks; otherwise every week with funnel data. An undefined value
    (a zero denominator) or a week without data is None. `frames` are the funnel's counts
    and spend frames when the caller has read them already (see funnel_frames).
    """
    # pandas stays off the start-up path: only computing a value loads it.
    from okrdesk.domain.funnel import metric_series

    counts, spend = frames if frames is not None else funnel_frames(connection, bound.funnel_id)
    stages = funnel_stages(connection, bound.funnel_id)
    names: dict[int | None, str] = {stage_id: name for stage_id, name in stages}
    series = metric_series(
        counts,
        spend,
        [name for _id, name in stages],
        bound.metric,
        names.get(bound.from_stage_id),
        names.get(bound.to_stage_id),
        bound.segment,
    )
    values = {
        stamp.date(): None if math.isnan(value) else float(value) for stamp, value in series.items()
    }
    if weeks is None:
        return values
    return {week: values.get(week) for week in weeks}


def funnel_frames(
    connection: Connection | Session, funnel_id: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The funnel's weekly counts and spend as okrdesk.domain.funnel frames."""
    from okrdesk.store.funnel.data import load_counts, load_spend

    return load_counts(connection, funnel_id), load_spend(connection, funnel_id)


def kr_value(metric: str, unit: str, value: float) -> float:
    """The metric's value as the key result's check-in stores it (percent for percent KRs)."""
    return value * 100 if metric in RATE_METRICS and unit == "percent" else value


# -- automatic check-ins ----------------------------------------------------------------


def checkins_of_import(connection: Connection | Session, batch_id: int) -> int:
    """How many automatic check-ins the import wrote that are still there."""
    statement = select(func.count()).where(CheckIn.import_batch_id == batch_id)
    return connection.scalar(statement) or 0


def automatic_comment(file_name: str, week: dt.date) -> str:
    """The comment of an automatic check-in: the import's file and the week it measures.

    Stored in this one English form whatever the language (screens show it in theirs through
    `automatic_comment_parts`), so that a workspace reads the same to a team of many languages.
    """
    year, week_number, _ = week.isocalendar()
    return f"Automatic: from import {file_name}, week {year}-W{week_number:02d}"


_AUTOMATIC = re.compile(
    r"Automatic: from import (?P<file>.+), week (?P<year>\d{4})-W(?P<week>\d{2})"
)


def automatic_comment_parts(comment: str) -> tuple[str, dt.date] | None:
    """(file name, Monday of the week) of a comment `automatic_comment` wrote; None for another."""
    match = _AUTOMATIC.fullmatch(comment)
    if match is None:
        return None
    try:
        monday = dt.date.fromisocalendar(int(match["year"]), int(match["week"]), 1)
    except ValueError:
        return None
    return match["file"], monday


def latest_complete_week(first_week: dt.date, last_week: dt.date, on: dt.date) -> dt.date | None:
    """The last week start in first_week..last_week whose week has ended before `on`."""
    week = last_week
    while week + WEEK > on:
        week -= WEEK
    return week if week >= first_week else None


def record_bound_checkins(session: Session, funnel_id: int, batch_id: int) -> int:
    """Write an automatic check-in for every key result bound to the funnel; returns how many.

    The value is the bound metric of the latest complete week the import covered (a week
    still running on the import day is not complete). A manual check-in on the same day is
    kept and the key result skipped; so are key results of a closed cycle, and those whose
    cycle does not contain the check-in day (check-ins stay inside their cycle, like the
    ones people write). An earlier automatic check-in of that day is replaced.

    The import knows numbers, not how confident the owner is: the check-in keeps the
    confidence of the key result's latest earlier check-in (None when there is none), so an
    import does not clear an "at risk" that the owner set. It is stamped with the import's
    time.
    """
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise LookupError(f"no import with id {batch_id}")
    week = latest_complete_week(batch.first_week, batch.last_week, batch.imported_at.date())
    if week is None:
        return 0
    day = week + WEEK
    rows = session.execute(
        select(KeyResultBinding.key_result_id, KeyResult.unit)
        .join(KeyResult, KeyResult.id == KeyResultBinding.key_result_id)
        .join(Objective, Objective.id == KeyResult.objective_id)
        .join(Cycle, Cycle.id == Objective.cycle_id)
        .where(
            KeyResultBinding.funnel_id == funnel_id,
            Cycle.closed_at.is_(None),
            Cycle.start_date <= day,
            Cycle.end_date >= day,
        )
        .order_by(KeyResultBinding.key_result_id)
    ).all()
    written = 0
    comment = automatic_comment(batch.file_name, week)
    frames = funnel_frames(session, funnel_id) if rows else None
    for key_result_id, unit in rows:
        bound = binding(session, key_result_id)
        assert bound is not None
        try:
            value = weekly_values(session, bound, [week], frames)[week]
        except ValueError:
            # A metric the funnel cannot give (a funnel without stages): no check-in, and
            # the import, whose transaction this is, still goes through.
            continue
        if value is None:
            continue
        existing = session.execute(
            select(CheckIn.automatic).where(
                CheckIn.key_result_id == key_result_id, CheckIn.checked_on == day
            )
        ).one_or_none()
        if existing is not None and not existing.automatic:
            continue
        confidence = session.scalar(
            select(CheckIn.confidence)
            .where(
                CheckIn.key_result_id == key_result_id,
                CheckIn.checked_on < day,
                CheckIn.confidence.is_not(None),
            )
            .order_by(CheckIn.checked_on.desc())
            .limit(1)
        )
        session.execute(
            delete(CheckIn).where(CheckIn.key_result_id == key_result_id, CheckIn.checked_on == day)
        )
        session.execute(
            insert(CheckIn),
            [
                {
                    "key_result_id": key_result_id,
                    "checked_on": day,
                    "value": kr_value(bound.metric, unit, value),
                    "confidence": confidence,
                    "comment": comment,
                    "blockers": "",
                    "automatic": True,
                    "import_batch_id": batch_id,
                    "created_at": batch.imported_at,
                }
            ],
        )
        written += 1
    return written


def funnel_revenue(
    connection: Connection | Session, key_result_id: int, first_day: dt.date, last_day: dt.date
) -> float | None:
    """Revenue of a bound key result's funnel (its source, or all) over the days first_day to
    last_day; None when it is not bound or the funnel has no revenue there.

    A week that straddles first_day or last_day counts by its days inside them
    (weeks.share_in_period), as on the dashboard.
    """
    bound = binding(connection, key_result_id)
    if bound is None:
        return None
    query = select(FunnelSpend.week_start, FunnelSpend.revenue).where(
        FunnelSpend.funnel_id == bound.funnel_id,
        FunnelSpend.week_start > first_day - dt.timedelta(days=7),
        FunnelSpend.week_start <= last_day,
    )
    if bound.segment:
        query = query.where(FunnelSpend.segment == bound.segment)
    shares = [
        (revenue, share_in_period(week, first_day, last_day))
        for week, revenue in connection.execute(query)
    ]
    inside = [revenue * share for revenue, share in shares if share > 0]
    return float(sum(inside)) if inside else None


def import_file(
    target: object,
    path: Path | str,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> ImportResult | None:
    """Import a file into a funnel and check in the key results bound to it, all in one
    transaction; None when cancelled. See okrdesk.store.funnel.importing.importer.import_file.
    """
    # pandas stays off the start-up path: only an import loads it.
    from okrdesk.store.funnel.importing.importer import import_file as import_counts

    return import_counts(
        target, path, options, progress, cancelled, today, after_write=record_bound_checkins
    )
