"""Workspaces far larger than the demo, for the benchmarks: written row by row with SQLAlchemy
Core into a workspace `okrdesk new` made, so that every row passes the schema's checks.

    PYTHONPATH=$PWD .venv/bin/python tests/bench/big_workspaces.py okrs BIG.okrdesk

`okrs`: one cycle of a year ending three weeks after DEMO_DAY with 500 objectives (100 company
objectives, each with four team objectives under it), five key results each (2,500) and a
weekly check-in of every key result for 52 weeks (130,000), owned by 50 people in 5 teams.

`years`: five years of a team's data (tests/bench/years_workspace.py).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from sqlalchemy import delete, insert, select

from okrdesk.store.schema import CheckIn, Cycle, KeyResult, Objective, Person, Team
from okrdesk.store.workspace.files import create_workspace

DEMO_DAY = dt.date(2026, 11, 25)
PEOPLE, TEAMS = 50, 5
COMPANY_OBJECTIVES, TEAM_OBJECTIVES_EACH, KEY_RESULTS_EACH, WEEKS = 100, 4, 5, 52
WORDS = (
    "Grow", "revenue", "from", "returning", "customers", "in", "the", "Polish", "market",
    "cut", "churn", "of", "small", "teams", "make", "onboarding", "faster", "win", "partners",
)  # fmt: skip


def _title(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def write_okr_workspace(path: Path) -> None:
    rng = random.Random(3)
    workspace = create_workspace(path, "Big OKRs")
    try:
        with workspace.engine.begin() as connection:
            connection.execute(delete(Cycle))
            # A year of weekly check-ins, the last a week before DEMO_DAY; three weeks to go.
            start = DEMO_DAY - dt.timedelta(weeks=WEEKS, days=2)
            end = DEMO_DAY + dt.timedelta(days=21)
            cycle_id = connection.execute(
                insert(Cycle).values(name="FY 2026", start_date=start, end_date=end)
            ).inserted_primary_key[0]
            connection.execute(insert(Team), [{"name": f"Team {n + 1}"} for n in range(TEAMS)])
            teams = connection.execute(select(Team.id)).scalars().all()
            connection.execute(
                insert(Person),
                [{"name": f"Person {n + 1}", "team_id": teams[n % TEAMS]} for n in range(PEOPLE)],
            )
            people = connection.execute(select(Person.id)).scalars().all()
            objective_ids = []
            for company in range(COMPANY_OBJECTIVES):
                parent = connection.execute(
                    insert(Objective).values(
                        cycle_id=cycle_id,
                        level="company",
                        title=_title(rng, 6),
                        owner_id=rng.choice(people),
                        position=company,
                    )
                ).inserted_primary_key[0]
                objective_ids.append(parent)
                for child in range(TEAM_OBJECTIVES_EACH):
                    objective_ids.append(
                        connection.execute(
                            insert(Objective).values(
                                cycle_id=cycle_id,
                                parent_id=parent,
                                level="team",
                                title=_title(rng, 7),
                                owner_id=rng.choice(people),
                                team_id=rng.choice(teams),
                                position=child,
                            )
                        ).inserted_primary_key[0]
                    )
            key_results = [
                {
                    "objective_id": objective,
                    "title": _title(rng, 8),
                    "kind": "increase",
                    "start_value": 0.0,
                    "target_value": float(rng.choice((10, 50, 100, 1000))),
                    "owner_id": rng.choice(people),
                    "position": position,
                }
                for objective in objective_ids
                for position in range(KEY_RESULTS_EACH)
            ]
            connection.execute(insert(KeyResult), key_results)
            rows = connection.execute(select(KeyResult.id, KeyResult.target_value)).all()
            checkins = []
            for key_result, target in rows:
                value = 0.0
                for week in range(WEEKS):
                    value += target / WEEKS * rng.uniform(0.2, 1.6)
                    checkins.append(
                        {
                            "key_result_id": key_result,
                            "checked_on": start + dt.timedelta(weeks=week, days=2),
                            "value": round(value, 2),
                            "confidence": rng.randint(3, 9),
                            "comment": _title(rng, 5) if week % 4 == 0 else "",
                            "author_id": rng.choice(people),
                        }
                    )
            connection.execute(insert(CheckIn), checkins)
    finally:
        workspace.close()


if __name__ == "__main__":
    kind, target = sys.argv[1], Path(sys.argv[2])
    from tests.bench.years_workspace import write_years_workspace

    {"okrs": write_okr_workspace, "years": write_years_workspace}[kind](target)
