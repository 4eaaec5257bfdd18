"""Who did what the review shows: the author of each key result's latest check-in and the
person who decided an experiment. Rows written before authors were recorded have none."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from okrdesk.store.schema import CheckIn, Experiment, Person


def latest_checkin_authors(
    connection: Connection, key_result_ids: list[int], as_of: dt.date
) -> dict[int, str]:
    """Per key result: the name of whoever wrote its latest check-in up to `as_of` (the same
    check-in the review reads its value from); missing when that check-in has no author."""
    rows = connection.execute(
        select(CheckIn.key_result_id, Person.name)
        .outerjoin(Person, CheckIn.author_id == Person.id)
        .where(CheckIn.key_result_id.in_(key_result_ids), CheckIn.checked_on <= as_of)
        .order_by(CheckIn.key_result_id, CheckIn.checked_on)
    )
    latest: dict[int, str | None] = {}
    for kr_id, name in rows:
        latest[kr_id] = name  # ordered by day: the last one wins
    return {kr_id: name for kr_id, name in latest.items() if name}


def deciders(connection: Connection, experiment_ids: list[int]) -> dict[int, str]:
    """Per decided experiment: the name of the person who decided it, when recorded."""
    rows = connection.execute(
        select(Experiment.id, Person.name)
        .join(Person, Experiment.decided_by_id == Person.id)
        .where(Experiment.id.in_(experiment_ids), Experiment.decision.is_not(None))
    )
    return {experiment_id: name for experiment_id, name in rows}
