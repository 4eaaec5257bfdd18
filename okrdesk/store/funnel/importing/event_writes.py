"""What an import of raw events writes: the views of every week it recounts and the file's
lead memory, from the file whole (`events_writes`, written by writing.write) or from its
buckets (`spilled_writes`, see buckets).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
from sqlalchemy.orm import Session

from okrdesk.domain import funnel_events, funnel_leads
from okrdesk.domain.funnel_events import EventViews
from okrdesk.store.funnel.importing import buckets, event_rows, leads
from okrdesk.store.funnel.importing.writing import WriteInSteps, Writes


def events_writes(
    session: Session,
    funnel_id: int,
    data: event_rows.EventsData,
    file: funnel_leads.LeadWeeks,
    stages: Sequence[str],
    stage_of: Mapping[str, int],
    week_start: int,
    window_days: int,
    done: Callable[[float], None],
) -> Writes:
    """The file's weeks of lead memory (`file`, its summary), and the views of every week they
    may change; `done(4)` once they are counted."""
    lead = next((i for i, s in enumerate(stages) if s.casefold() == "lead"), None)
    ids = [stage_of[name] for name in stages]
    remembered = leads.read_memory(
        session,
        funnel_id,
        {stage_id: i for i, stage_id in enumerate(ids)},
        data.lead_keys,
        leads.dates(file.weeks()),
    )
    before, _keys = leads.coded(remembered, data.lead_keys)
    file, after, touched = leads.recounted(before, file, data.has_revenue)
    involved = funnel_leads.involved(after, touched)
    views = funnel_leads.views(
        involved, len(stages), week_start=week_start, window_days=window_days, lead_stage=lead
    )
    views = funnel_leads.of_weeks(views, touched)
    done(4)
    revenue = data.has_revenue or bool(involved.marks["revenue"].notna().any())
    tables, money = _view_tables(views, ids, window_days, revenue)
    tables[leads.TABLE] = leads.table_rows(file, ids, data.lead_keys)
    return Writes(
        weeks=leads.dates(file.weeks()), tables=tables, money=money, touched=leads.dates(touched)
    )


def _view_tables(
    views: EventViews, ids: Sequence[int], window_days: int, revenue: bool
) -> tuple[dict[str, pd.DataFrame], tuple[str, ...]]:
    """The views as the tables' rows (stages as ids; spend when there is `revenue`), and the
    spend columns they carry."""
    position_to_id = dict(enumerate(ids))
    activity = views.activity.rename(columns={"week": "week_start"})
    activity["stage_id"] = activity.pop("stage").map(position_to_id)
    cohort = views.cohort.rename(columns={"week": "cohort_week"})
    cohort["stage_id"] = cohort.pop("stage").map(position_to_id)
    cohort["window_days"] = window_days
    speed = views.speed.rename(columns={"week": "week_start"})
    tables = {
        "funnel_counts": activity,
        "funnel_cohort_counts": cohort,
        "funnel_lead_speed": speed,
    }
    if not revenue:
        return tables, ()
    tables["funnel_spend"] = views.revenue.rename(columns={"week": "week_start"})
    return tables, ("revenue",)


def spilled_writes(
    session: Session,
    funnel_id: int,
    spilled: buckets.Spilled,
    stages: Sequence[str],
    stage_of: Mapping[str, int],
    settings: Any,
    batch: dict[str, Any],
    done: Callable[[float], None],
) -> tuple[Writes, int, int]:
    """events_writes and writing.write for a file spilled into buckets (see buckets): the
    writes, the batch's id and the rows of the file's weeks replaced; `done(step)` as the
    import's steps 3 to 5 go (it may raise to stop)."""
    lead = next((i for i, s in enumerate(stages) if s.casefold() == "lead"), None)
    ids = [stage_of[name] for name in stages]
    position_of = {stage_id: i for i, stage_id in enumerate(ids)}
    buckets.spill_memory(session, funnel_id, position_of, spilled, lambda: done(3))
    weeks = leads.dates(spilled.weeks)
    writer = WriteInSteps(session, funnel_id, batch, weeks)
    counted = buckets.count_buckets(
        spilled,
        writer,
        ids,
        week_start=settings.week_start,
        window_days=settings.conversion_window_days,
        lead_stage=lead,
        done=lambda share: done(3 + 2 * share),
    )
    views = funnel_events.finish(counted.sums, len(stages))
    views = funnel_leads.of_weeks(views, counted.touched)
    revenue = spilled.has_revenue or bool(counted.paying_weeks & counted.touched)
    tables, money = _view_tables(views, ids, settings.conversion_window_days, revenue)
    touched = leads.dates(counted.touched)
    replaced = writer.finish(tables, money, touched)
    return (
        Writes(weeks=weeks, tables=tables, money=money, touched=touched),
        writer.batch_id,
        replaced,
    )
