"""The demo's experiments (with their day tasks and arms) and its two weekly reviews."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from okrdesk.store import schema
from okrdesk.store.demo import data
from okrdesk.store.demo.facts import experiment_facts, funnel_moves
from okrdesk.store.demo.rows import Dates, Ids, at, bulk, fields, insert_rows
from okrdesk.store.rows import Row


def experiments(session: Session, dates: Dates, ids: Ids) -> None:
    rows: list[Row] = []
    for number, spec in enumerate(ids.c.experiments, start=1):
        start = None if spec.week is None else dates.this_monday + dt.timedelta(weeks=spec.week)
        created = (
            start - dt.timedelta(days=7) if start else dates.this_monday - dt.timedelta(days=10)
        )
        impact, confidence, ease = spec.ice
        learnings = spec.learnings
        if spec.arms:
            learnings = learnings.format(**experiment_facts(spec.arms, ids.c.numbers))
        rows.append(
            fields(spec, "title", "hypothesis", "variable", "status", "decision")
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
                "created_at": at(created, 11, 30),
            }
        )
    ids.experiments = insert_rows(session, schema.Experiment, rows)

    tasks: list[Row] = []
    arms: list[Row] = []
    for experiment_id, spec, row in zip(ids.experiments, ids.c.experiments, rows, strict=True):
        start = row["start_date"]
        if start is None:
            continue
        for day, title in ids.c.tasks:
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
                {"experiment_id": experiment_id, "name": ids.c.arm_names[n]}
                | {"is_control": n == 0, "visitors": visitors, "conversions": conversions}
                | {"sql_count": sqls, "avg_deal_value": ids.c.money(deal_value)}
            )
    bulk(session, schema.ExperimentTask, tasks)
    bulk(session, schema.ExperimentArm, arms)


def reviews(session: Session, dates: Dates, ids: Ids) -> None:
    rows: list[Row] = []
    c, numbers = ids.c, ids.c.numbers
    for weeks_ago, review in zip((2, 1), c.reviews, strict=True):
        week_start = dates.this_monday - dt.timedelta(weeks=weeks_ago)
        reviewed = week_start - dt.timedelta(weeks=1)
        counts, revenue = ids.weeks[reviewed]
        before, _revenue = ids.weeks[reviewed - dt.timedelta(weeks=1)]
        month = c.months[reviewed.month - 1]
        facts = experiment_facts(data.EXPERIMENTS[review["experiment"]].arms, numbers) | {
            "funnel_moves": funnel_moves(c.stages, before, counts, numbers, c.funnel_moves),
            "week": c.week_label.format(day=reviewed.day, month=month),
            "visits": numbers.number(counts[0], 0),
            "form_rate": numbers.share(counts[1] / counts[0]),
            "mql_rate": numbers.share(counts[3] / counts[2]),
            "deals": counts[5],
            "revenue": numbers.money_text(revenue),
        }
        rows.append(
            {"week_start": week_start, "brief": review["brief"].format(**facts)}
            | {"decisions": review["decisions"], "notes": review["notes"]}
            | {"next_experiment_id": ids.experiments[review["next_experiment"]]}
            | {"created_at": at(week_start, 10), "updated_at": at(week_start, 10, 50)}
        )
    bulk(session, schema.WeeklyReview, rows)
