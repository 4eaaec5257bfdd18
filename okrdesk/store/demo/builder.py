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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from okrdesk.store import schema
from okrdesk.store.address import ServerAddress
from okrdesk.store.bindings import automatic_comment, bind, kr_value
from okrdesk.store.demo import data
from okrdesk.store.demo.facts import experiment_facts, funnel_moves
from okrdesk.store.okr.cycles import quarter_of
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


@dataclass(frozen=True)
class _Dates:
    today: dt.date
    this_monday: dt.date
    start: dt.date
    end: dt.date
    name: str
    prev_start: dt.date
    prev_end: dt.date
    prev_name: str


@dataclass
class _Ids:
    teams: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    krs: dict[str, int] = field(default_factory=dict)
    stages: dict[str, int] = field(default_factory=dict)
    funnel: int = 0
    experiments: list[int] = field(default_factory=list)
    # KR key -> {checked_on: value}, for the KPI that mirrors a key result.
    series: dict[str, dict[dt.date, float]] = field(default_factory=dict)
    # week_start -> (count per stage, revenue), for the review briefs.
    weeks: dict[dt.date, tuple[list[int], float]] = field(default_factory=dict)


def _mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every Monday from `first` to `last`, both included."""
    day = first + dt.timedelta(days=-first.weekday() % 7)
    result = []
    while day <= last:
        result.append(day)
        day += dt.timedelta(weeks=1)
    return result


def _dates(today: dt.date) -> _Dates:
    name, start, end = quarter_of(today)
    prev_name, prev_start, prev_end = quarter_of(start - dt.timedelta(days=1))
    this_monday = today - dt.timedelta(days=today.weekday())
    return _Dates(today, this_monday, start, end, name, prev_start, prev_end, prev_name)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def _round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 6)


def _fmt(value: float, unit: str) -> str:
    if unit == "currency":
        return f"{value:,.0f} €".replace(",", " ")
    if unit == "percent":
        return f"{value:.1f} %"
    return f"{value:g}"


def _score(spec: data.KrSpec, value: float | None) -> float:
    """DESIGN.md's progress of a key result at `value`, 0..1."""
    if value is None:  # a closed cycle's key results all pin their `final` value
        raise ValueError(f"the demo key result {spec.title!r} has no final value")
    if spec.kind in ("increase", "decrease"):
        return _clamp((value - spec.start) / (spec.target - spec.start), 0.0, 1.0)
    if spec.kind == "stay_above":
        return float(value >= spec.target)
    if spec.kind == "stay_below":
        return float(value <= spec.target)
    return float(value >= 1)


def _fields(spec: Any, *names: str) -> Row:
    return {name: getattr(spec, name) for name in names}


def _insert(session: Session, model: type[Any], rows: Sequence[Row]) -> list[int]:
    """Bulk insert and return the new ids in the order of `rows`."""
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _bulk(session: Session, model: type[Any], rows: Sequence[Row]) -> None:
    if rows:  # an empty parameter list would run one INSERT without values
        session.execute(insert(model), rows)


def _people(session: Session, dates: _Dates, ids: _Ids) -> None:
    session.execute(
        update(schema.WorkspaceSettings)
        .where(schema.WorkspaceSettings.id == 1)
        .values(
            name=data.WORKSPACE_NAME,
            currency=data.CURRENCY,
            next_experiment_number=len(data.EXPERIMENTS) + 1,
            created_at=_at(dates.prev_start - dt.timedelta(days=10), 9, 30),
        )
    )
    team_ids = _insert(session, schema.Team, [{"name": name} for name in data.TEAMS])
    ids.teams = dict(zip(data.TEAMS, team_ids, strict=True))
    rows = [
        {"name": name, "email": email, "team_id": ids.teams[team]}
        for name, email, team in data.PEOPLE.values()
    ]
    ids.people = dict(zip(data.PEOPLE, _insert(session, schema.Person, rows), strict=True))


def _okrs(session: Session, dates: _Dates, ids: _Ids) -> None:
    cycles = [
        (dates.prev_name, dates.prev_start, dates.prev_end, _at(dates.prev_end, 17, 30)),
        (dates.name, dates.start, dates.end, None),
    ]
    texts = [data.PREVIOUS_RETRO, dict.fromkeys(data.PREVIOUS_RETRO, "")]
    rows: list[Row] = [
        {"name": name, "start_date": start, "end_date": end, "closed_at": closed, **text}
        for (name, start, end, closed), text in zip(cycles, texts, strict=True)
    ]
    prev_id, cur_id = _insert(session, schema.Cycle, rows)
    _cycle(session, dates, ids, prev_id, data.PREVIOUS_OBJECTIVES, closed=True)
    _cycle(session, dates, ids, cur_id, data.CURRENT_OBJECTIVES, closed=False)

    rows = []
    for kr, title, owner, due_in, slips in data.INITIATIVES:
        due = min(dates.start + dt.timedelta(days=due_in), dates.end)
        done = due < dates.today and not slips
        rows.append(
            {"key_result_id": ids.krs[kr], "title": title, "owner_id": ids.people[owner]}
            | {"due_date": due, "done": done}
        )
    _bulk(session, schema.Initiative, rows)


def _cycle(
    session: Session,
    dates: _Dates,
    ids: _Ids,
    cycle_id: int,
    specs: Sequence[data.ObjectiveSpec],
    *,
    closed: bool,
) -> None:
    """Objectives (parents first), their key results and their check-ins for one cycle."""
    first, last = (dates.prev_start, dates.prev_end) if closed else (dates.start, dates.end)
    elapsed = _clamp((dates.today - first).days / (last - first).days, 0.0, 1.0)
    objective_ids: dict[str, int] = {}
    for parents in (True, False):
        batch = [o for o in specs if (o.parent is None) == parents]
        positions: dict[str | None, int] = {}
        rows: list[Row] = []
        for o in batch:
            positions[o.parent] = positions.get(o.parent, -1) + 1
            grades = [round(_score(k, k.final), 1) for k in o.key_results] if closed else []
            rows.append(
                _fields(o, "level", "title", "description", "retrospective")
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
        new_ids = _insert(session, schema.Objective, rows)
        objective_ids.update(zip([o.key for o in batch], new_ids, strict=True))

    pairs = [(o, k, position) for o in specs for position, k in enumerate(o.key_results)]
    rows = [
        _fields(k, "title", "kind", "unit", "unit_label", "budget", "grade_note")
        | {
            "objective_id": objective_ids[o.key],
            "carried_from_id": ids.krs[k.carried_from] if k.carried_from else None,
            "start_value": float(k.start),
            "target_value": float(k.target),
            "weight": 1.0,
            "owner_id": ids.people[k.owner],
            "cost": round(k.budget * k.burn * elapsed, -1) if k.budget else None,
            "grade": round(_score(k, k.final), 1) if closed else None,
            "position": position,
        }
        for o, k, position in pairs
    ]
    new_ids = _insert(session, schema.KeyResult, rows)
    ids.krs.update(zip([k.key for _, k, _ in pairs], new_ids, strict=True))

    checkins = []
    for index, (_, k, _) in enumerate(pairs):
        until = min(dates.today, last)
        if k.stale:
            until = min(until, dates.today - dt.timedelta(days=STALE_AFTER_DAYS + 1))
        checkins += _checkins(k, ids, _mondays(first, until), first, last, minute=3 * index)
    _bulk(session, schema.CheckIn, checkins)


def _checkins(
    spec: data.KrSpec,
    ids: _Ids,
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
    story = data.COMMENTS[spec.key]
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
            value = max(0.0, _round_to(raw, spec.step))
        if is_last and spec.final is not None:
            value = float(spec.final)

        t = i / (len(days) - 1) if len(days) > 1 else 1.0
        drift = spec.conf[0] + (spec.conf[1] - spec.conf[0]) * t + rng.gauss(0, 0.7)
        confidence = round(_clamp(drift, max(low_conf - 1, 0), min(high_conf + 1, 10)))
        if is_last:
            confidence = spec.conf[1]
        if spec.kind != "binary":
            comment = pool[i % len(pool)].format(value=_fmt(value, spec.unit))
        elif value < 1:  # a binary KR's comments tell its story in order
            comment = story[i * len(story) // not_done]
        else:
            confidence = 10
            done = data.COMMENTS_DONE[spec.key]
            comment = done[min(i - not_done, len(done) - 1)]
        # Nobody retypes last week's comment, and some weeks people skip it.
        if comment == previous_comment or (not is_last and rng.random() < 0.12):
            comment = ""
        else:
            previous_comment = comment
        blockers = data.BLOCKERS.get(spec.key, ())
        blocker = ""
        stuck = (is_last and spec.conf[1] <= 4) or rng.random() < 0.3
        if blockers and stuck and not (spec.kind == "binary" and value >= 1):
            blocker = rng.choice(blockers)
        rows.append(
            {"key_result_id": ids.krs[spec.key], "checked_on": day, "value": value}
            | {"confidence": confidence, "comment": comment, "blockers": blocker}
            | {"author_id": ids.people[spec.owner]}  # the owner checks their key result in
            | {"automatic": False, "created_at": _at(day, 9) + dt.timedelta(minutes=minute)}
        )
        ids.series.setdefault(spec.key, {})[day] = value
    return rows


def _kpis(session: Session, dates: _Dates, ids: _Ids) -> None:
    columns = ("name", "unit", "team_id", "higher_is_better", "green_threshold", "red_threshold")
    rows = [
        dict(zip(columns, (name, unit, ids.teams[team], *rest), strict=True))
        for name, unit, team, *rest in data.KPIS
    ]
    uptime_id, response_id, mrr_id = _insert(session, schema.Kpi, rows)
    rng = random.Random(f"{SEED}:kpis")
    days = [dates.this_monday - dt.timedelta(weeks=n) for n in range(FUNNEL_WEEKS - 1, -1, -1)]
    mrr = ids.series["q_mrr"] | ids.series.get("mrr", {})
    first_known = min(mrr)
    values = []
    for i, day in enumerate(days):
        uptime = 99.62 if i == FUNNEL_WEEKS - 7 else max(99.85, 100 - abs(rng.gauss(0, 0.04)))
        response = 6.4 if i == FUNNEL_WEEKS - 3 else _clamp(rng.gauss(3.3, 0.6), 1.8, 5.6)
        if day < first_known:
            weeks_before = (first_known - day).days // 7
            revenue = _round_to(mrr[first_known] * 0.988**weeks_before, 100)
        else:
            revenue = mrr[max(known for known in mrr if known <= day)]
        for kpi_id, value in ((uptime_id, uptime), (response_id, response), (mrr_id, revenue)):
            values.append({"kpi_id": kpi_id, "measured_on": day, "value": round(value, 2)})
    _bulk(session, schema.KpiValue, values)


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
        visits = round(source.visits * season * trend * _clamp(rng.gauss(1, 0.06), 0.88, 1.12))
        counts = [visits]
        for step, rate in enumerate(source.rates):
            sigma, low, high = (0.06, 0.88, 1.12) if step == 0 else (0.10, 0.8, 1.2)
            factor = _clamp(rng.gauss(1, sigma), low, high)
            if step == 2 and week == FUNNEL_WEEKS - 1:
                factor *= MQL_DROP
            expected = counts[-1] * rate * factor + carry[step]
            reached = int(_clamp(round(expected), 0, counts[-1]))
            carry[step] = expected - reached
            counts.append(reached)
        spend = 0.0
        if source.cost_per_visit:
            cost = source.cost_per_visit * _clamp(rng.gauss(1, 0.05), 0.9, 1.1)
            spend = round(visits * cost, 2)
        deals = [rng.gauss(source.deal_value, 0.25 * source.deal_value) for _ in range(counts[-1])]
        revenue = float(sum(_round_to(_clamp(value, 2_000, 6_000), 10) for value in deals))
        result.append((counts, spend, revenue))
    return result


def _funnel(session: Session, dates: _Dates, ids: _Ids) -> None:
    (ids.funnel,) = _insert(session, schema.Funnel, [{"name": data.FUNNEL_NAME}])
    rows = [
        {"funnel_id": ids.funnel, "name": name, "position": position}
        for position, name in enumerate(data.STAGES)
    ]
    stage_ids = _insert(session, schema.FunnelStage, rows)
    ids.stages = dict(zip(data.STAGES, stage_ids, strict=True))

    last_full_week = dates.this_monday - dt.timedelta(weeks=1)
    weeks = [last_full_week - dt.timedelta(weeks=n) for n in range(FUNNEL_WEEKS - 1, -1, -1)]
    year, week_number, _ = last_full_week.isocalendar()
    file_name = f"hubspot_export_{year}-W{week_number:02d}.csv"
    batch = {
        "funnel_id": ids.funnel,
        "file_name": file_name,
        "sha256": hashlib.sha256(f"okrdesk demo {file_name}".encode()).hexdigest(),
        "kind": "weekly_counts",
        "row_count": IMPORTED_WEEKS * len(data.SOURCES),  # one row per week and source
        "first_week": weeks[-IMPORTED_WEEKS],
        "last_week": weeks[-1],
        "imported_at": _at(dates.this_monday, 8, 42),
        "undone_at": None,
    }
    (batch_id,) = _insert(session, schema.ImportBatch, [batch])

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
                "segment": source.name,
                "variant": "",
                "import_batch_id": imported,
            }
            counts += [
                {**common, "stage_id": stage, "count": n}
                for stage, n in zip(stage_ids, stage_counts, strict=True)
            ]
            spends.append(common | {"funnel_id": ids.funnel, "spend": spend, "revenue": revenue})
            totals = [a + b for a, b in zip(totals, stage_counts, strict=True)]
            revenue_total += revenue
        ids.weeks[week] = (totals, revenue_total)
    _bulk(session, schema.FunnelCount, counts)
    _bulk(session, schema.FunnelSpend, spends)
    _bind_key_results(session, ids, batch_id, batch)


def _bind_key_results(session: Session, ids: _Ids, batch_id: int, batch: Row) -> None:
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
        unit = next(k.unit for o in data.CURRENT_OBJECTIVES for k in o.key_results if k.key == key)
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


def _experiments(session: Session, dates: _Dates, ids: _Ids) -> None:
    rows: list[Row] = []
    for number, spec in enumerate(data.EXPERIMENTS, start=1):
        start = None if spec.week is None else dates.this_monday + dt.timedelta(weeks=spec.week)
        created = (
            start - dt.timedelta(days=7) if start else dates.this_monday - dt.timedelta(days=10)
        )
        impact, confidence, ease = spec.ice
        learnings = spec.learnings
        if spec.arms:
            learnings = learnings.format(**experiment_facts(spec.arms))
        rows.append(
            _fields(spec, "title", "hypothesis", "variable", "status", "decision")
            | {"learnings": learnings, "impact": impact, "confidence": confidence, "ease": ease}
            | {
                "code": f"EXP-{number:04d}",
                "key_result_id": ids.krs[spec.kr],
                "funnel_id": ids.funnel,
                "from_stage_id": ids.stages[spec.stages[0]],
                "to_stage_id": ids.stages[spec.stages[1]],
                "control_share": 0.5,
                "planned_mde": data.PLANNED_MDE.get(spec.stages, 0.05),
                "start_date": start,
                # Day 7 is decision day.
                "decided_on": start + dt.timedelta(days=6) if spec.decision and start else None,
                "decided_by_id": ids.people[spec.owner] if spec.decision else None,
                "owner_id": ids.people[spec.owner],
                "created_at": _at(created, 11, 30),
            }
        )
    ids.experiments = _insert(session, schema.Experiment, rows)

    tasks: list[Row] = []
    arms: list[Row] = []
    for experiment_id, spec, row in zip(ids.experiments, data.EXPERIMENTS, rows, strict=True):
        start = row["start_date"]
        if start is None:
            continue
        for day, title in data.TASKS:
            over = start + dt.timedelta(days=day - 1) < dates.today
            # Day 7 is the decision itself: done only once the experiment is decided.
            done = spec.status == "decided" or (over and day < 7)
            owner = ids.people["bence" if day == 6 else spec.owner]
            tasks.append(
                {"experiment_id": experiment_id, "day": day, "title": title}
                | {"owner_id": owner, "done": done, "position": 0}
            )
        results = spec.arms
        if spec.status == "running":
            per_day, control_rate, variant_rate = data.RUNNING_ARMS
            visitors = per_day * ((dates.today - start).days + 1)
            results = (
                (visitors, round(visitors * control_rate), None, None),
                (visitors - 1, round((visitors - 1) * variant_rate), None, None),
            )
        for n, (visitors, conversions, sqls, deal_value) in enumerate(results):
            arms.append(
                {"experiment_id": experiment_id, "name": "variant" if n else "control"}
                | {"is_control": n == 0, "visitors": visitors, "conversions": conversions}
                | {"sql_count": sqls, "avg_deal_value": deal_value}
            )
    _bulk(session, schema.ExperimentTask, tasks)
    _bulk(session, schema.ExperimentArm, arms)


def _reviews(session: Session, dates: _Dates, ids: _Ids) -> None:
    rows: list[Row] = []
    for weeks_ago, review in zip((2, 1), data.REVIEWS, strict=True):
        week_start = dates.this_monday - dt.timedelta(weeks=weeks_ago)
        reviewed = week_start - dt.timedelta(weeks=1)
        counts, revenue = ids.weeks[reviewed]
        before, _revenue = ids.weeks[reviewed - dt.timedelta(weeks=1)]
        facts = experiment_facts(data.EXPERIMENTS[review["experiment"]].arms) | {
            "funnel_moves": funnel_moves(data.STAGES, before, counts),
            "week": f"{reviewed.day} {data.MONTHS[reviewed.month - 1]}",
            "visits": f"{counts[0]:,}".replace(",", " "),
            "form_rate": _fmt(100 * counts[1] / counts[0], "percent"),
            "mql_rate": _fmt(100 * counts[3] / counts[2], "percent"),
            "deals": counts[5],
            "revenue": _fmt(revenue, "currency"),
        }
        rows.append(
            {"week_start": week_start, "brief": review["brief"].format(**facts)}
            | {"decisions": review["decisions"], "notes": review["notes"]}
            | {"next_experiment_id": ids.experiments[review["next_experiment"]]}
            | {"created_at": _at(week_start, 10), "updated_at": _at(week_start, 10, 50)}
        )
    _bulk(session, schema.WeeklyReview, rows)


STEPS = (_people, _okrs, _kpis, _funnel, _experiments, _reviews)


def build_demo(
    path: Path | str | ServerAddress,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Create the demo workspace as a new file at `path`; a cancelled build leaves no file.

    Raises WorkspaceError if `path` exists. `progress(done, total)` is called after each
    step, `cancelled()` after each step but the last; the file is written in one
    transaction, and a cancel or an error deletes it.
    """
    address = workspace_address(path)
    dates = _dates(today or dt.date.today())
    total = len(STEPS) + 2

    def step_done(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise _Cancelled

    workspace = create_workspace(address, data.WORKSPACE_NAME, default_funnel=False)
    try:
        step_done(1)
        ids = _Ids()
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
