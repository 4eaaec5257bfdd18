"""The demo workspace: one quarter of a small B2B SaaS team, dated relative to `today`.

Every value comes from `today` and from random streams seeded with constants (one stream
per key result, source and section), so two builds with the same `today` are identical row
for row, timestamps included.

Check-ins: the current calendar quarter gets one per key result on every Monday that has
passed. The previous quarter is always built too, as a closed cycle with grades, a
retrospective and a check-in on each of its 12 or 13 Mondays, so the workspace holds at
least 12 weeks of check-ins even on the first day of a quarter. One current key result
stops checking in 15 days before `today` (it has no check-in at all while the quarter is
younger than that).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from okrdesk.store import schema
from okrdesk.store.address import ServerAddress
from okrdesk.store.bindings import automatic_comment, bind, kr_value
from okrdesk.store.demo import data
from okrdesk.store.demo.content import DEFAULT_LANGUAGE, Content, content
from okrdesk.store.demo.rows import (
    Dates,
    Ids,
    at,
    bulk,
    clamp,
    dates_of,
    fields,
    insert_rows,
    mondays,
    round_to,
)
from okrdesk.store.demo.stories import experiments, reviews
from okrdesk.store.rows import Row
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import create_workspace, delete_workspace_file

SEED = 20261125
FUNNEL_WEEKS = 26
IMPORTED_WEEKS = 4
STALE_AFTER_DAYS = 14
# The last full week's lead→MQL rate falls to this share of normal: something for alerts.
MQL_DROP = 0.55


class _Cancelled(Exception):
    """The caller cancelled between two steps."""


def _score(spec: data.KrSpec, value: float | None) -> float:
    """DESIGN.md's progress of a key result at `value`, 0..1."""
    if value is None:  # a closed cycle's key results all pin their `final` value
        raise ValueError(f"the demo key result {spec.title!r} has no final value")
    if spec.kind in ("increase", "decrease"):
        return clamp((value - spec.start) / (spec.target - spec.start), 0.0, 1.0)
    if spec.kind == "stay_above":
        return float(value >= spec.target)
    if spec.kind == "stay_below":
        return float(value <= spec.target)
    return float(value >= 1)


def _people(session: Session, dates: Dates, ids: Ids) -> None:
    session.execute(
        update(schema.WorkspaceSettings)
        .where(schema.WorkspaceSettings.id == 1)
        .values(
            name=ids.c.workspace_name,
            currency=ids.c.currency,
            next_experiment_number=len(data.EXPERIMENTS) + 1,
            created_at=at(dates.prev_start - dt.timedelta(days=10), 9, 30),
        )
    )
    team_ids = insert_rows(session, schema.Team, [{"name": ids.c.teams[t]} for t in data.TEAMS])
    ids.teams = dict(zip(data.TEAMS, team_ids, strict=True))
    rows = [
        {"name": name, "email": email, "team_id": ids.teams[team]}
        for name, email, team in ids.c.people.values()
    ]
    ids.people = dict(zip(ids.c.people, insert_rows(session, schema.Person, rows), strict=True))


def _okrs(session: Session, dates: Dates, ids: Ids) -> None:
    cycles = [
        (dates.prev_name, dates.prev_start, dates.prev_end, at(dates.prev_end, 17, 30)),
        (dates.name, dates.start, dates.end, None),
    ]
    texts = [ids.c.retro, dict.fromkeys(ids.c.retro, "")]
    rows: list[Row] = [
        {"name": name, "start_date": start, "end_date": end, "closed_at": closed, **text}
        for (name, start, end, closed), text in zip(cycles, texts, strict=True)
    ]
    prev_id, cur_id = insert_rows(session, schema.Cycle, rows)
    _cycle(session, dates, ids, prev_id, ids.c.previous, closed=True)
    _cycle(session, dates, ids, cur_id, ids.c.current, closed=False)

    rows = []
    for kr, title, owner, due_in, slips in ids.c.initiatives:
        due = min(dates.start + dt.timedelta(days=due_in), dates.end)
        done = due < dates.today and not slips
        rows.append(
            {"key_result_id": ids.krs[kr], "title": title, "owner_id": ids.people[owner]}
            | {"due_date": due, "done": done}
        )
    bulk(session, schema.Initiative, rows)


def _cycle(
    session: Session,
    dates: Dates,
    ids: Ids,
    cycle_id: int,
    specs: Sequence[data.ObjectiveSpec],
    *,
    closed: bool,
) -> None:
    """Objectives (parents first), their key results and their check-ins for one cycle."""
    first, last = (dates.prev_start, dates.prev_end) if closed else (dates.start, dates.end)
    elapsed = clamp((dates.today - first).days / (last - first).days, 0.0, 1.0)
    objective_ids: dict[str, int] = {}
    for parents in (True, False):
        batch = [o for o in specs if (o.parent is None) == parents]
        positions: dict[str | None, int] = {}
        rows: list[Row] = []
        for o in batch:
            positions[o.parent] = positions.get(o.parent, -1) + 1
            grades = [round(_score(k, k.final), 1) for k in o.key_results] if closed else []
            rows.append(
                fields(o, "level", "title", "description", "retrospective")
                | {
                    "cycle_id": cycle_id,
                    "parent_id": objective_ids[o.parent] if o.parent else None,
                    "carried_from_id": None,
                    "owner_id": ids.people[o.owner],
                    "team_id": ids.teams[o.team],
                    "status": "done" if closed else "active",
                    "grade": round(sum(grades) / len(grades), 1) if closed else None,
                    "position": positions[o.parent],
                }
            )
        new_ids = insert_rows(session, schema.Objective, rows)
        objective_ids.update(zip([o.key for o in batch], new_ids, strict=True))

    pairs = [(o, k, position) for o in specs for position, k in enumerate(o.key_results)]
    money = ids.c.money
    rows = [
        fields(k, "title", "kind", "unit", "unit_label", "grade_note")
        | {
            "objective_id": objective_ids[o.key],
            "carried_from_id": ids.krs[k.carried_from] if k.carried_from else None,
            "start_value": _kr_value(ids.c, k, k.start),
            "target_value": _kr_value(ids.c, k, k.target),
            "weight": 1.0,
            "owner_id": ids.people[k.owner],
            "budget": money(k.budget),
            "cost": money(round(k.budget * k.burn * elapsed, -1)) if k.budget else None,
            "grade": round(_score(k, k.final), 1) if closed else None,
            "position": position,
        }
        for o, k, position in pairs
    ]
    new_ids = insert_rows(session, schema.KeyResult, rows)
    ids.krs.update(zip([k.key for _, k, _ in pairs], new_ids, strict=True))

    checkins = []
    for index, (_, k, _) in enumerate(pairs):
        until = min(dates.today, last)
        if k.stale:
            until = min(until, dates.today - dt.timedelta(days=STALE_AFTER_DAYS + 1))
        checkins += _checkins(k, ids, mondays(first, until), first, last, minute=3 * index)
    bulk(session, schema.CheckIn, checkins)


def _kr_value(c: Content, spec: data.KrSpec, value: float) -> float:
    """A key result's value (in euros for money) as the workspace stores it."""
    return float(c.numbers.amount(value) if spec.unit == "currency" else value)


def _checkins(
    spec: data.KrSpec,
    ids: Ids,
    days: list[dt.date],
    first: dt.date,
    last: dt.date,
    *,
    minute: int,
) -> list[Row]:
    """Weekly check-ins of one key result, moving at the spec's pace with noise."""
    rng = random.Random(f"{SEED}:kr:{spec.key}")
    pace = spec.pace
    if spec.final is not None and spec.kind != "binary":
        pace = (spec.final - spec.start) / (spec.target - spec.start)
    shares = [(day - first).days / (last - first).days for day in days]
    story = ids.c.comments[spec.key]
    pool = rng.sample(story, len(story))
    not_done = sum(share < pace for share in shares)
    low_conf, high_conf = sorted(spec.conf)
    rows: list[Row] = []
    value = None
    previous_comment = ""
    for i, (day, share) in enumerate(zip(days, shares, strict=True)):
        is_last = i == len(days) - 1
        if spec.kind == "binary":
            value = 1.0 if share >= pace else 0.0
        else:
            noise = rng.gauss(0, spec.noise)
            raw = spec.start + (spec.target - spec.start) * (pace * share + noise)
            if spec.monotone and value is not None:
                raw = max(raw, value)
            if spec.monotone and spec.final is not None:
                raw = min(raw, spec.final)
            value = max(0.0, round_to(raw, spec.step))
        if is_last and spec.final is not None:
            value = float(spec.final)

        t = i / (len(days) - 1) if len(days) > 1 else 1.0
        drift = spec.conf[0] + (spec.conf[1] - spec.conf[0]) * t + rng.gauss(0, 0.7)
        confidence = round(clamp(drift, max(low_conf - 1, 0), min(high_conf + 1, 10)))
        if is_last:
            confidence = spec.conf[1]
        if spec.kind != "binary":
            comment = pool[i % len(pool)].format(value=ids.c.numbers.value(value, spec.unit))
        elif value < 1:  # a binary KR's comments tell its story in order
            comment = story[i * len(story) // not_done]
        else:
            confidence = 10
            done = ids.c.comments_done[spec.key]
            comment = done[min(i - not_done, len(done) - 1)]
        # Nobody retypes last week's comment, and some weeks people skip it.
        if comment == previous_comment or (not is_last and rng.random() < 0.12):
            comment = ""
        else:
            previous_comment = comment
        blockers = ids.c.blockers.get(spec.key, ())
        blocker = ""
        stuck = (is_last and spec.conf[1] <= 4) or rng.random() < 0.3
        if blockers and stuck and not (spec.kind == "binary" and value >= 1):
            blocker = rng.choice(blockers)
        rows.append(
            {"key_result_id": ids.krs[spec.key], "checked_on": day}
            | {"value": _kr_value(ids.c, spec, value)}
            | {"confidence": confidence, "comment": comment, "blockers": blocker}
            | {"author_id": ids.people[spec.owner]}  # the owner checks their key result in
            | {"automatic": False, "created_at": at(day, 9) + dt.timedelta(minutes=minute)}
        )
        ids.series.setdefault(spec.key, {})[day] = value
    return rows


def _kpis(session: Session, dates: Dates, ids: Ids) -> None:
    columns = ("name", "unit", "team_id", "higher_is_better", "green_threshold", "red_threshold")
    amount = ids.c.numbers.amount
    rows = [
        dict(zip(columns, (name, unit, ids.teams[team], better, *thresholds), strict=True))
        for name, unit, team, better, *limits in ids.c.kpis
        for thresholds in [[amount(x) if unit == "currency" else x for x in limits]]
    ]
    uptime_id, response_id, mrr_id = insert_rows(session, schema.Kpi, rows)
    rng = random.Random(f"{SEED}:kpis")
    days = [dates.this_monday - dt.timedelta(weeks=n) for n in range(FUNNEL_WEEKS - 1, -1, -1)]
    mrr = ids.series["q_mrr"] | ids.series.get("mrr", {})
    first_known = min(mrr)
    values = []
    for i, day in enumerate(days):
        uptime = 99.62 if i == FUNNEL_WEEKS - 7 else max(99.85, 100 - abs(rng.gauss(0, 0.04)))
        response = 6.4 if i == FUNNEL_WEEKS - 3 else clamp(rng.gauss(3.3, 0.6), 1.8, 5.6)
        if day < first_known:
            weeks_before = (first_known - day).days // 7
            revenue = round_to(mrr[first_known] * 0.988**weeks_before, 100)
        else:
            revenue = mrr[max(known for known in mrr if known <= day)]
        for kpi_id, value in ((uptime_id, uptime), (response_id, response), (mrr_id, revenue)):
            value = round(value, 2)
            if kpi_id == mrr_id:
                value = ids.c.numbers.amount(value)
            values.append({"kpi_id": kpi_id, "measured_on": day, "value": value})
    bulk(session, schema.KpiValue, values)


def _source_weeks(source: data.SourceSpec, index: int) -> list[tuple[list[int], float, float]]:
    """(counts per stage, spend, revenue) of one source for each funnel week, oldest first.

    Rounding errors are carried into the next week, so that each step's rate over any
    stretch of weeks stays close to the source's rate even where weekly counts are small.
    """
    rng = random.Random(f"{SEED}:funnel:{source.name}")
    carry = [0.0] * len(source.rates)
    result = []
    for week in range(FUNNEL_WEEKS):
        season = 1 + 0.08 * math.sin(2 * math.pi * (week + 3 * index) / 13)
        trend = (1 + source.trend) ** (week - FUNNEL_WEEKS + 1)
        visits = round(source.visits * season * trend * clamp(rng.gauss(1, 0.06), 0.88, 1.12))
        counts = [visits]
        for step, rate in enumerate(source.rates):
            sigma, low, high = (0.06, 0.88, 1.12) if step == 0 else (0.10, 0.8, 1.2)
            factor = clamp(rng.gauss(1, sigma), low, high)
            if step == 2 and week == FUNNEL_WEEKS - 1:
                factor *= MQL_DROP
            expected = counts[-1] * rate * factor + carry[step]
            reached = int(clamp(round(expected), 0, counts[-1]))
            carry[step] = expected - reached
            counts.append(reached)
        spend = 0.0
        if source.cost_per_visit:
            cost = source.cost_per_visit * clamp(rng.gauss(1, 0.05), 0.9, 1.1)
            spend = round(visits * cost, 2)
        deals = [rng.gauss(source.deal_value, 0.25 * source.deal_value) for _ in range(counts[-1])]
        revenue = float(sum(round_to(clamp(value, 2_000, 6_000), 10) for value in deals))
        result.append((counts, spend, revenue))
    return result


def _funnel(session: Session, dates: Dates, ids: Ids) -> None:
    (ids.funnel,) = insert_rows(session, schema.Funnel, [{"name": ids.c.funnel_name}])
    rows = [
        {"funnel_id": ids.funnel, "name": name, "position": position}
        for position, name in enumerate(ids.c.stages)
    ]
    stage_ids = insert_rows(session, schema.FunnelStage, rows)
    ids.stages = dict(zip(data.STAGES, stage_ids, strict=True))

    last_full_week = dates.this_monday - dt.timedelta(weeks=1)
    weeks = [last_full_week - dt.timedelta(weeks=n) for n in range(FUNNEL_WEEKS - 1, -1, -1)]
    year, week_number, _ = last_full_week.isocalendar()
    file_name = ids.c.import_file.format(year=year, week=week_number)
    batch = {
        "funnel_id": ids.funnel,
        "file_name": file_name,
        "sha256": hashlib.sha256(f"okrdesk demo {file_name}".encode()).hexdigest(),
        "kind": "weekly_counts",
        "row_count": IMPORTED_WEEKS * len(data.SOURCES),  # one row per week and source
        "first_week": weeks[-IMPORTED_WEEKS],
        "last_week": weeks[-1],
        "imported_at": at(dates.this_monday, 8, 42),
        "undone_at": None,
    }
    (batch_id,) = insert_rows(session, schema.ImportBatch, [batch])

    per_source = [_source_weeks(source, i) for i, source in enumerate(data.SOURCES)]
    counts: list[Row] = []
    spends: list[Row] = []
    for w, week in enumerate(weeks):
        imported = batch_id if w >= FUNNEL_WEEKS - IMPORTED_WEEKS else None
        totals = [0] * len(stage_ids)
        revenue_total = 0.0
        for source, weekly in zip(data.SOURCES, per_source, strict=True):
            stage_counts, spend, revenue = weekly[w]
            common = {
                "week_start": week,
                "segment": ids.c.sources[source.name],
                "variant": "",
                "import_batch_id": imported,
            }
            counts += [
                {**common, "stage_id": stage, "count": n}
                for stage, n in zip(stage_ids, stage_counts, strict=True)
            ]
            money = {"spend": ids.c.numbers.amount(spend), "revenue": ids.c.numbers.amount(revenue)}
            spends.append(common | {"funnel_id": ids.funnel} | money)
            totals = [a + b for a, b in zip(totals, stage_counts, strict=True)]
            revenue_total += revenue
        ids.weeks[week] = (totals, revenue_total)
    bulk(session, schema.FunnelCount, counts)
    bulk(session, schema.FunnelSpend, spends)
    _bind_key_results(session, ids, batch_id, batch)


def _bind_key_results(session: Session, ids: Ids, batch_id: int, batch: Row) -> None:
    """Bind the demo's funnel key results, and make their check-in of the Monday after the
    imported weeks the automatic one that import wrote (as record_bound_checkins would: the
    owner stopped typing these values once they were bound).

    Written here from the demo's own weekly totals rather than by record_bound_checkins,
    whose funnel metrics load pandas: the demo must build in well under two seconds.
    """
    week = batch["last_week"]
    totals, _revenue = ids.weeks[week]
    for key, metric, from_stage, to_stage, segment in data.BOUND_KEY_RESULTS:
        if metric != "step_rate" or segment:
            raise ValueError(f"the demo binds all-source step rates only, not {metric!r}")
        kr_id = ids.krs[key]
        unit = next(k.unit for o in ids.c.current for k in o.key_results if k.key == key)
        bind(session, kr_id, ids.funnel, metric, ids.stages[from_stage], ids.stages[to_stage])
        rate = totals[data.STAGES.index(to_stage)] / totals[data.STAGES.index(from_stage)]
        session.execute(
            update(schema.CheckIn)
            .where(
                schema.CheckIn.key_result_id == kr_id,
                schema.CheckIn.checked_on == week + dt.timedelta(weeks=1),
            )
            .values(
                value=kr_value(metric, unit, rate),
                comment=automatic_comment(batch["file_name"], week),
                blockers="",
                automatic=True,
                author_id=None,  # written by the import, not by a person
                import_batch_id=batch_id,
                created_at=batch["imported_at"],
            )
        )


STEPS = (_people, _okrs, _kpis, _funnel, experiments, reviews)


def build_demo(
    path: Path | str | ServerAddress,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> None:
    """Create the demo workspace as a new file at `path`; a cancelled build leaves no file.

    `language` ("en", "pl", "hu", "ru") chooses its texts and currency (store/demo/content.py:
    the same numbers in every language, money scaled by the currency's round factor).

    Raises WorkspaceError if `path` exists. `progress(done, total)` is called after each
    step, `cancelled()` after each step but the last; the file is written in one
    transaction, and a cancel or an error deletes it.
    """
    address = workspace_address(path)
    dates = dates_of(today or dt.date.today())
    total = len(STEPS) + 2

    def step_done(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise _Cancelled

    c = content(language)
    workspace = create_workspace(address, c.workspace_name, default_funnel=False)
    try:
        step_done(1)
        ids = Ids(c)
        with workspace.session() as session, session.begin():
            for done, step in enumerate(STEPS, start=2):
                step(session, dates, ids)
                step_done(done)
    except BaseException as error:
        workspace.close()
        delete_workspace_file(address)
        if isinstance(error, _Cancelled):
            return
        raise
    workspace.close()
    if progress is not None:
        progress(total, total)
