"""What the stretch verdicts of a cycle's objectives are judged on (domain.stretch)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from okrdesk.domain.stretch import REACHED_KINDS, ObjectiveStretch, reached_full_on
from okrdesk.store.schema import CheckIn, KeyResult, Objective


def stretch_facts(connection: Connection, cycle_id: int) -> list[ObjectiveStretch]:
    """The cycle's objectives in their order, each with its key results' weights and the days
    its increase, decrease and yes/no key results first reached full progress."""
    objectives = connection.execute(
        select(Objective.id, Objective.title)
        .where(Objective.cycle_id == cycle_id)
        .order_by(Objective.position, Objective.id)
    ).all()
    key_results = connection.execute(
        select(
            KeyResult.id,
            KeyResult.objective_id,
            KeyResult.kind,
            KeyResult.start_value,
            KeyResult.target_value,
            KeyResult.weight,
        )
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id)
        .order_by(KeyResult.position, KeyResult.id)
    ).all()
    checkins: dict[int, list[tuple[dt.date, float]]] = {}
    for kr_id, day, value in connection.execute(
        select(CheckIn.key_result_id, CheckIn.checked_on, CheckIn.value)
        .join(KeyResult, CheckIn.key_result_id == KeyResult.id)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id)
    ):
        checkins.setdefault(kr_id, []).append((day, value))
    facts = []
    for objective_id, title in objectives:
        own = [kr for kr in key_results if kr.objective_id == objective_id]
        reached = tuple(
            reached_full_on(kr.kind, kr.start_value, kr.target_value, checkins.get(kr.id, []))
            for kr in own
            if kr.kind in REACHED_KINDS
        )
        weights = tuple((kr.id, kr.weight) for kr in own)
        facts.append(ObjectiveStretch(objective_id, title, weights, reached))
    return facts


def stored_grades(connection: Connection, cycle_id: int) -> dict[int, float]:
    """The graded key results of the cycle: {id: grade}."""
    rows = connection.execute(
        select(KeyResult.id, KeyResult.grade)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id, KeyResult.grade.is_not(None))
    ).all()
    return {key_result_id: grade for key_result_id, grade in rows if grade is not None}
