"""Five years of a team's data, for tests/bench/years.py: written with SQLAlchemy Core into a
workspace `create_workspace` made, so that every row passes the schema's checks.

    PYTHONPATH=$PWD .venv/bin/python tests/bench/big_workspaces.py years YEARS.okrdesk

20 closed quarterly cycles (2021 Q4 to 2026 Q3, graded, with retrospectives) and the current
one (2026 Q4, DEMO_DAY inside it), each the size of the demo's: 8 objectives (3 company
objectives, 5 team objectives under them) of 2 key results each, a check-in of every key
result each Monday and a few initiatives; 50 people in 5 teams; 3 KPIs measured every week;
one funnel of 6 stages with 260 weeks × 10 sources × 2 variants of counts (31,200 rows) and
spend and revenue (5,200 rows); 1,000 experiments (decided ones over the 5 years with their 7
day tasks and two arms of results, a few running, ideas in the backlog) and a weekly review
every week.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from okrdesk.domain.experiment_rules import DECISIONS
from okrdesk.store.okr.cycles import quarter_of
from okrdesk.store.schema import (
    CheckIn,
    Cycle,
    Experiment,
    ExperimentArm,
    ExperimentTask,
    Funnel,
    FunnelCount,
    FunnelSpend,
    FunnelStage,
    Initiative,
    KeyResult,
    Kpi,
    KpiValue,
    Objective,
    Person,
    Team,
    WeeklyReview,
    WorkspaceSettings,
)
from okrdesk.store.workspace.files import create_workspace

DEMO_DAY = dt.date(2026, 11, 25)
CLOSED_CYCLES = 20
PEOPLE, TEAMS = 50, 5
# As many as the demo has in a cycle (8 objectives, 17 key results): what a screen of the
# current cycle shows stays the same size; only the history grows.
TEAM_OBJECTIVES_UNDER = (2, 2, 1)  # under each company objective
KEY_RESULTS_EACH = 2
FUNNEL_WEEKS = 260
STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
SOURCES = (
    "google_ads", "linkedin", "organic", "newsletter", "referral",
    "webinar", "partners", "events", "bing_ads", "outbound",
)  # fmt: skip
VARIANTS = ("control", "variant")
RATES = (0.034, 0.78, 0.50, 0.40, 0.22)
EXPERIMENTS, RUNNING, IDEAS = 1_000, 3, 40
WORDS = (
    "Grow", "revenue", "from", "returning", "customers", "in", "the", "Polish", "market",
    "cut", "churn", "of", "small", "teams", "make", "onboarding", "faster", "win", "partners",
)  # fmt: skip
TASKS = (
    "Define the variable, the hypothesis and the metric", "Deploy and check tracking",
    "Collect data", "Collect data", "Collect data", "Check lead quality with sales", "Decide",
)  # fmt: skip

Rows = list[dict[str, Any]]


def _title(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def _ids(connection: Connection, model: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(connection.execute(statement, rows).scalars())


def _mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    day = first + dt.timedelta(days=-first.weekday() % 7)
    days = []
    while day <= last:
        days.append(day)
        day += dt.timedelta(weeks=1)
    return days


def _quarters() -> list[tuple[str, dt.date, dt.date]]:
    """The closed quarters, oldest first, then the current one."""
    quarters = [quarter_of(DEMO_DAY)]
    while len(quarters) <= CLOSED_CYCLES:
        quarters.insert(0, quarter_of(quarters[0][1] - dt.timedelta(days=1)))
    return quarters


def _okrs(connection: Connection, rng: random.Random, people: list[int], teams: list[int]) -> int:
    """Every cycle's objectives, key results, check-ins and initiatives; the current cycle."""
    quarters = _quarters()
    cycle_ids = _ids(
        connection,
        Cycle,
        [
            {
                "name": name,
                "start_date": start,
                "end_date": end,
                "closed_at": None if n == CLOSED_CYCLES else dt.datetime.combine(end, dt.time(17)),
                "what_helped": "" if n == CLOSED_CYCLES else _title(rng, 12),
                "root_causes": "" if n == CLOSED_CYCLES else _title(rng, 12),
                "lessons": "" if n == CLOSED_CYCLES else _title(rng, 12),
            }
            for n, (name, start, end) in enumerate(quarters)
        ],
    )
    for cycle_id, (_, start, end) in zip(cycle_ids, quarters, strict=True):
        closed = end < DEMO_DAY
        company = _ids(
            connection,
            Objective,
            [
                {"cycle_id": cycle_id, "level": "company", "title": _title(rng, 6)}
                | {"owner_id": rng.choice(people), "position": n}
                | {"status": "done" if closed else "active"}
                | {"grade": round(rng.uniform(0.3, 1.0), 1) if closed else None}
                for n in range(len(TEAM_OBJECTIVES_UNDER))
            ],
        )
        objectives = company + _ids(
            connection,
            Objective,
            [
                {"cycle_id": cycle_id, "parent_id": parent, "level": "team"}
                | {"title": _title(rng, 7), "owner_id": rng.choice(people)}
                | {"team_id": rng.choice(teams), "position": n}
                | {"status": "done" if closed else "active"}
                | {"grade": round(rng.uniform(0.3, 1.0), 1) if closed else None}
                for parent, under in zip(company, TEAM_OBJECTIVES_UNDER, strict=True)
                for n in range(under)
            ],
        )
        targets = [float(rng.choice((10, 50, 100, 1000))) for _ in objectives * KEY_RESULTS_EACH]
        key_results = _ids(
            connection,
            KeyResult,
            [
                {"objective_id": objective, "title": _title(rng, 8), "kind": "increase"}
                | {"start_value": 0.0, "target_value": target, "owner_id": rng.choice(people)}
                | {"position": n % KEY_RESULTS_EACH}
                | {"grade": round(rng.uniform(0.2, 1.0), 1) if closed else None}
                for n, (objective, target) in enumerate(
                    zip(
                        [o for o in objectives for _ in range(KEY_RESULTS_EACH)],
                        targets,
                        strict=True,
                    )
                )
            ],
        )
        days = _mondays(start, min(end, DEMO_DAY))
        checkins: Rows = []
        for key_result, target in zip(key_results, targets, strict=True):
            value = 0.0
            for day in days:
                value += target / len(days) * rng.uniform(0.2, 1.5)
                checkins.append(
                    {"key_result_id": key_result, "checked_on": day, "value": round(value, 2)}
                    | {"confidence": rng.randint(3, 9), "author_id": rng.choice(people)}
                    | {"comment": _title(rng, 5) if rng.random() < 0.4 else ""}
                    | {"created_at": dt.datetime.combine(day, dt.time(9))}
                )
        connection.execute(insert(CheckIn), checkins)
        connection.execute(
            insert(Initiative),
            [
                {"key_result_id": key_result, "title": _title(rng, 5)}
                | {"owner_id": rng.choice(people), "due_date": start + dt.timedelta(days=40)}
                | {"done": closed or rng.random() < 0.3}
                for key_result in key_results[::5]
            ],
        )
    return cycle_ids[-1]


def _weeks() -> list[dt.date]:
    last_full_week = DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday(), weeks=1)
    return [last_full_week - dt.timedelta(weeks=n) for n in range(FUNNEL_WEEKS - 1, -1, -1)]


def _kpis(connection: Connection, rng: random.Random, teams: list[int]) -> None:
    kpis = _ids(
        connection,
        Kpi,
        [
            {"name": "Website uptime", "unit": "percent", "team_id": teams[0]}
            | {"higher_is_better": True, "green_threshold": 99.9, "red_threshold": 99.5},
            {"name": "Support first-response time (hours)", "unit": "number"}
            | {"team_id": teams[1], "higher_is_better": False}
            | {"green_threshold": 4.0, "red_threshold": 8.0},
            {"name": "Monthly recurring revenue", "unit": "currency", "team_id": teams[0]}
            | {"higher_is_better": True, "green_threshold": 190_000, "red_threshold": 160_000},
        ],
    )
    values: Rows = []
    for n, week in enumerate(_weeks()):
        values += [
            {"kpi_id": kpis[0], "measured_on": week, "value": round(rng.uniform(99.4, 100), 2)},
            {"kpi_id": kpis[1], "measured_on": week, "value": round(rng.uniform(2, 9), 2)},
            {"kpi_id": kpis[2], "measured_on": week, "value": 80_000.0 + 500 * n},
        ]
    connection.execute(insert(KpiValue), values)


def _funnel(connection: Connection, rng: random.Random) -> tuple[int, list[int]]:
    (funnel,) = _ids(connection, Funnel, [{"name": "Inbound B2B"}])
    stages = _ids(
        connection,
        FunnelStage,
        [{"funnel_id": funnel, "name": name, "position": n} for n, name in enumerate(STAGES)],
    )
    counts: Rows = []
    spends: Rows = []
    for week in _weeks():
        for source in SOURCES:
            for variant in VARIANTS:
                reached = [rng.randint(200, 1_500)]
                for rate in RATES:
                    reached.append(
                        min(reached[-1], round(reached[-1] * rate * rng.uniform(0.8, 1.2)))
                    )
                common = {"week_start": week, "segment": source, "variant": variant}
                counts += [
                    common | {"stage_id": stage, "count": count}
                    for stage, count in zip(stages, reached, strict=True)
                ]
                spends.append(
                    common
                    | {"funnel_id": funnel, "spend": round(reached[0] * rng.uniform(0, 2), 2)}
                    | {"revenue": float(reached[-1] * rng.randint(2_000, 6_000))}
                )
    connection.execute(insert(FunnelCount), counts)
    connection.execute(insert(FunnelSpend), spends)
    return funnel, stages


def _experiments(
    connection: Connection,
    rng: random.Random,
    people: list[int],
    current_key_results: list[int],
    funnel: int,
    stages: list[int],
) -> list[int]:
    weeks = _weeks()
    this_monday = DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday())
    decided = EXPERIMENTS - RUNNING - IDEAS
    rows: Rows = []
    for n in range(EXPERIMENTS):
        step = rng.randrange(len(stages) - 1)
        start: dt.date | None
        if n < decided:
            start, status = weeks[n * len(weeks) // decided], "decided"
        elif n < decided + RUNNING:
            start, status = this_monday - dt.timedelta(days=n - decided), "running"
        else:
            start, status = None, "idea"
        decision = rng.choice(DECISIONS) if status == "decided" else None
        owner = rng.choice(people)
        rows.append(
            {"code": f"EXP-{n + 1:04d}", "title": _title(rng, 6), "hypothesis": _title(rng, 14)}
            | {"variable": _title(rng, 3), "key_result_id": rng.choice(current_key_results)}
            | {"funnel_id": funnel, "from_stage_id": stages[step], "to_stage_id": stages[step + 1]}
            | {"start_date": start, "owner_id": owner, "status": status, "decision": decision}
            | {"impact": rng.randint(1, 10), "confidence": rng.randint(1, 10)}
            | {"ease": rng.randint(1, 10), "planned_mde": 0.01}
            | {"decided_on": start + dt.timedelta(days=6) if decision and start else None}
            | {"decided_by_id": owner if decision else None}
            | {"learnings": _title(rng, 20) if decision else ""}
            | {"created_at": dt.datetime.combine(start or this_monday, dt.time(11, 30))}
        )
    experiments = _ids(connection, Experiment, rows)
    tasks: Rows = []
    arms: Rows = []
    for experiment, row in zip(experiments, rows, strict=True):
        if row["start_date"] is None:
            continue
        tasks += [
            {"experiment_id": experiment, "day": day, "title": title, "position": 0}
            | {"owner_id": row["owner_id"], "done": row["status"] == "decided" or day < 3}
            for day, title in enumerate(TASKS, start=1)
        ]
        for arm, name in enumerate(("control", "variant")):
            visitors = rng.randint(500, 3_000)
            arms.append(
                {"experiment_id": experiment, "name": name, "is_control": arm == 0}
                | {"visitors": visitors, "conversions": round(visitors * rng.uniform(0.02, 0.06))}
                | {
                    "sql_count": rng.randint(0, 20),
                    "avg_deal_value": float(rng.randint(2, 6) * 1000),
                }
            )
    connection.execute(insert(ExperimentTask), tasks)
    connection.execute(insert(ExperimentArm), arms)
    return experiments


def write_years_workspace(path: Path) -> None:
    rng = random.Random(5)
    workspace = create_workspace(path, "Five years", default_funnel=False)
    try:
        with workspace.engine.begin() as connection:
            connection.execute(
                update(WorkspaceSettings)
                .where(WorkspaceSettings.id == 1)
                .values(next_experiment_number=EXPERIMENTS + 1)
            )
            teams = _ids(connection, Team, [{"name": f"Team {n + 1}"} for n in range(TEAMS)])
            people = _ids(
                connection,
                Person,
                [
                    {"name": f"Person {n + 1}", "email": f"person{n + 1}@example.com"}
                    | {"team_id": teams[n % TEAMS]}
                    for n in range(PEOPLE)
                ],
            )
            current_cycle = _okrs(connection, rng, people, teams)
            current_key_results = list(
                connection.execute(
                    select(KeyResult.id).join(Objective).where(Objective.cycle_id == current_cycle)
                ).scalars()
            )
            _kpis(connection, rng, teams)
            funnel, stages = _funnel(connection, rng)
            experiments = _experiments(connection, rng, people, current_key_results, funnel, stages)
            connection.execute(
                insert(WeeklyReview),
                [
                    {"week_start": week + dt.timedelta(weeks=1), "brief": _title(rng, 40)}
                    | {"decisions": _title(rng, 20), "notes": _title(rng, 20)}
                    | {"next_experiment_id": experiments[min(n * 4, EXPERIMENTS - 1)]}
                    | {"created_at": dt.datetime.combine(week + dt.timedelta(weeks=1), dt.time(10))}
                    for n, week in enumerate(_weeks()[:-1])
                ],
            )
    finally:
        workspace.close()
