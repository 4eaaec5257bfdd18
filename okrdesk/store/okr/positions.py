"""Positions of siblings (objectives of one cycle under one parent; key results of one
objective), kept 0..n−1 without gaps while items are created, moved and deleted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from okrdesk.store.rows import Row, update_by_id
from okrdesk.store.schema import KeyResult, Objective


def objective_siblings(session: Session, cycle_id: int, parent_id: int | None) -> dict[int, int]:
    """{id: position} of a cycle's objectives under `parent_id` (None: top level), in order."""
    under = Objective.parent_id.is_(None) if parent_id is None else Objective.parent_id == parent_id
    statement = (
        select(Objective.id, Objective.position)
        .where(Objective.cycle_id == cycle_id, under)
        .order_by(Objective.position, Objective.id)
    )
    return dict(session.execute(statement).all())


def key_result_siblings(session: Session, objective_id: int) -> dict[int, int]:
    """{id: position} of an objective's key results, in order."""
    statement = (
        select(KeyResult.id, KeyResult.position)
        .where(KeyResult.objective_id == objective_id)
        .order_by(KeyResult.position, KeyResult.id)
    )
    return dict(session.execute(statement).all())


def place_index(position: int | None, count: int) -> int:
    """Where among `count` siblings a new or moved item goes; None means last."""
    if position is None:
        return count
    if not 0 <= position <= count:
        raise ValueError(f"position {position} is outside 0..{count}")
    return position


def insert_at(
    session: Session, model: type[Any], row: Row, siblings: dict[int, int], position: int | None
) -> int:
    """Insert `row` at `position` among `siblings` ({id: position}, in order); its new id."""
    index = place_index(position, len(siblings))
    new_id = session.scalars(
        insert(model).values(row | {"position": index}).returning(model.id)
    ).one()
    order = list(siblings)
    order.insert(index, new_id)
    renumber(session, model, order, siblings | {new_id: index})
    return new_id


def move(
    session: Session,
    model: type[Any],
    row: Row,
    column: str,
    target: int | None,
    old_siblings: dict[int, int],
    new_siblings: dict[int, int],
    position: int,
) -> int:
    """Give `row` the `target` in `column` (its parent) and put it at `position` among the
    new siblings, renumbering both sibling lists ({id: position}, in order); its old index."""
    item = row["id"]
    old_index = list(old_siblings).index(item)
    new_siblings.pop(item, None)
    index = place_index(position, len(new_siblings))
    order = list(new_siblings)
    order.insert(index, item)
    if target != row[column]:
        session.execute(update(model).where(model.id == item).values({column: target}))
        del old_siblings[item]
        renumber(session, model, list(old_siblings), old_siblings)
    renumber(session, model, order, new_siblings | {item: row["position"]})
    return old_index


def renumber(
    session: Session, model: type[Any], order: Sequence[int], previous: Mapping[int, int]
) -> list[tuple[int, int]]:
    """Give the rows in `order` positions 0..n−1; (id, previous position) of those changed."""
    moved = [(id_, i) for i, id_ in enumerate(order) if previous[id_] != i]
    update_by_id(session, model, "position", moved)
    return [(id_, previous[id_]) for id_, _ in moved]
