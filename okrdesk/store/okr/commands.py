"""Creating, editing, deleting and reordering objectives and key results, each with its inverse.

Every function takes an open Session and never commits: the caller runs one user action in one
transaction. Each returns what its inverse needs, so an undo command can be built on it:

    create_objective → delete_objective        update_objective(old values) → itself
    delete_objective → restore_objective       move_objective(old place) → itself

(and the same for key results; edit_key_result → undo_key_result_edit also takes back the
change history the edit kept). Deleting right after a create, and restoring the snapshot
for a redo, keeps ids stable for the commands further up the undo stack.

Positions of siblings (objectives of one cycle with the same parent; key results of one
objective) are kept 0..n−1 without gaps. An id that does not exist (the item's, or an owner,
team, cycle or parent it names) raises LookupError; values that okr_rules refuses raise
InvalidValuesError, a ValueError with the problems; an impossible move or position raises
ValueError. Nothing is written before a check fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.domain.okr_rules import (
    KeyResultValues,
    ObjectiveValues,
    Problem,
    validate_key_result,
    validate_objective,
)
from okrdesk.store import versions
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.okr import positions
from okrdesk.store.okr.kr_changes import forget_changes, record_changes
from okrdesk.store.okr.snapshots import DeletedKeyResult, DeletedObjective
from okrdesk.store.rows import Row, rows_where
from okrdesk.store.rows import update_by_id as _update_by_id
from okrdesk.store.schema import (
    CheckIn,
    Cycle,
    Experiment,
    Initiative,
    KeyResult,
    KeyResultBinding,
    KeyResultChange,
    Objective,
    Person,
    Team,
)
from okrdesk.store.workspace import notify

_OBJECTIVE_FIELDS = ("title", "level", "owner_id", "team_id", "parent_id", "description")
_KEY_RESULT_FIELDS = (
    "title",
    "kind",
    "unit",
    "start_value",
    "target_value",
    "weight",
    "owner_id",
    "budget",
    "cost",
    "unit_label",
    "decimals",
)


# -- objectives ------------------------------------------------------------------------------


def create_objective(
    session: Session, cycle_id: int, values: ObjectiveValues, position: int | None = None
) -> int:
    """Add an objective to a cycle, last among its siblings or at `position`; its new id."""
    _raise_problems(validate_objective(values))
    _require(session, Cycle, cycle_id, "cycle")
    _require_people_and_team(session, values.owner_id, values.team_id)
    if values.parent_id is not None:
        _check_same_cycle(_objective(session, values.parent_id), cycle_id)
    siblings = positions.objective_siblings(session, cycle_id, values.parent_id)
    row = _values_row(values, _OBJECTIVE_FIELDS) | {"cycle_id": cycle_id}
    return positions.insert_at(session, Objective, row, siblings, position)


def update_objective(
    session: Session, objective_id: int, values: ObjectiveValues
) -> ObjectiveValues:
    """Change an objective's fields; returns the previous values.

    The parent cannot change here (that is a move, which also places the objective among its
    new siblings): a different parent_id raises ValueError.
    """
    return edit_objective(session, objective_id, values).previous


@dataclass(frozen=True)
class ObjectiveEdit:
    """What edit_objective replaced, and the objective's version after it."""

    previous: ObjectiveValues
    version: int


def edit_objective(
    session: Session,
    objective_id: int,
    values: ObjectiveValues,
    seen_version: int | None = None,
    author_id: int | None = None,
) -> ObjectiveEdit:
    """update_objective of the objective as a screen read it at `seen_version`: when someone
    changed it since, versions.ConflictError and nothing written. `author_id` changed it."""
    try:
        row = _objective(session, objective_id)
    except LookupError:
        versions.require(session, Objective, objective_id, seen_version, values.__dict__)
        raise
    previous = ObjectiveValues(**{name: row[name] for name in _OBJECTIVE_FIELDS})
    _raise_problems(validate_objective(values))
    if values.parent_id != previous.parent_id and seen_version in (None, row["version"]):
        raise ValueError("update_objective does not change the parent; use move_objective")
    _require_people_and_team(session, values.owner_id, values.team_id)
    _require_people_and_team(session, author_id, None)
    changes = _values_row(values, _OBJECTIVE_FIELDS)
    version = versions.write(session, Objective, objective_id, changes, seen_version, author_id)
    return ObjectiveEdit(previous, version)


def delete_objective(session: Session, objective_id: int) -> DeletedObjective:
    """Delete an objective with its key results, their check-ins and initiatives.

    Experiments linked to its key results are unlinked; objectives aligned under it become
    top-level objectives, after the existing ones in their old order; links of objectives and
    key results carried from it are cleared. Returns what restore_objective needs.
    """
    row = _objective(session, objective_id)
    cycle_id, parent_id = row["cycle_id"], row["parent_id"]
    key_results = rows_where(session, KeyResult, KeyResult.objective_id == objective_id)
    aligned = positions.objective_siblings(session, cycle_id, objective_id)
    carried_objectives = _ids(session, Objective, Objective.carried_from_id == objective_id)

    # Once it is gone, its siblings close the gap, and the objectives aligned under it join
    # the top level after the objectives already there.
    siblings = positions.objective_siblings(session, cycle_id, parent_id)
    del siblings[objective_id]
    top = siblings if parent_id is None else positions.objective_siblings(session, cycle_id, None)
    previous = siblings | top | aligned
    orders = [list(top) + list(aligned)]
    if parent_id is not None:
        orders.append(list(siblings))

    kr_ids = [kr["id"] for kr in key_results]
    bindings = rows_where(session, KeyResultBinding, KeyResultBinding.key_result_id.in_(kr_ids))
    history = rows_where(session, KeyResultChange, KeyResultChange.key_result_id.in_(kr_ids))
    checkins, initiatives, experiment_links, carried_krs = _remove_key_results(session, kr_ids)
    _clear(session, Objective.carried_from_id, Objective.carried_from_id == objective_id)
    _clear(session, Objective.parent_id, Objective.parent_id == objective_id)
    session.execute(delete(Objective).where(Objective.id == objective_id))
    changed = [
        pair for order in orders for pair in positions.renumber(session, Objective, order, previous)
    ]

    return DeletedObjective(
        objective=row,
        key_results=tuple(key_results),
        history=tuple(history),
        checkins=tuple(checkins),
        initiatives=tuple(initiatives),
        bindings=tuple(bindings),
        experiment_links=tuple(experiment_links),
        carried_key_results=tuple(carried_krs),
        aligned_ids=tuple(aligned),
        carried_objective_ids=tuple(carried_objectives),
        positions=tuple(changed),
    )


def restore_objective(session: Session, snapshot: DeletedObjective) -> None:
    """Put back everything delete_objective removed or changed: same ids, same positions."""
    row = snapshot.objective
    if _exists(session, Objective, row["id"]):
        raise ValueError(f"objective {row['id']} exists already")
    _require(session, Cycle, row["cycle_id"], "cycle")
    if row["parent_id"] is not None:
        _require(session, Objective, row["parent_id"], "objective")

    session.execute(insert(Objective.__table__), [row])
    # A key result carried from another one of the same objective waits for its source.
    kr_ids = {kr["id"] for kr in snapshot.key_results}
    internal = [kr for kr in snapshot.key_results if kr["carried_from_id"] in kr_ids]
    key_results = [
        kr | {"carried_from_id": None} if kr["carried_from_id"] in kr_ids else kr
        for kr in snapshot.key_results
    ]
    _insert_rows(session, KeyResult, key_results)
    internal_links = [(kr["id"], kr["carried_from_id"]) for kr in internal]
    _update_by_id(session, KeyResult, "carried_from_id", internal_links)
    _insert_rows(session, CheckIn, snapshot.checkins)
    _insert_rows(session, KeyResultChange, snapshot.history)
    _insert_rows(session, Initiative, snapshot.initiatives)
    _insert_rows(session, KeyResultBinding, snapshot.bindings)
    _update_by_id(session, Experiment, "key_result_id", snapshot.experiment_links)
    _update_by_id(session, KeyResult, "carried_from_id", snapshot.carried_key_results)
    objective_id = row["id"]
    _update_by_id(
        session, Objective, "parent_id", [(a, objective_id) for a in snapshot.aligned_ids]
    )
    carried = [(c, objective_id) for c in snapshot.carried_objective_ids]
    _update_by_id(session, Objective, "carried_from_id", carried)
    _update_by_id(session, Objective, "position", snapshot.positions)


def move_objective(
    session: Session, objective_id: int, parent_id: int | None, position: int
) -> tuple[int | None, int]:
    """Align an objective under `parent_id` (None: top level) at `position` among its siblings.

    Returns its old (parent_id, position), so that moving back undoes it. Raises ValueError
    for a parent in another cycle, for the objective itself or one aligned under it (directly
    or not), and for a position outside 0..number of new siblings.
    """
    row = _objective(session, objective_id)
    cycle_id, old_parent = row["cycle_id"], row["parent_id"]
    if parent_id is not None:
        _check_same_cycle(_objective(session, parent_id), cycle_id)
        if objective_id in _ancestors(session, parent_id):
            raise ValueError(
                f"objective {objective_id} cannot be aligned under itself or under an "
                "objective aligned under it"
            )
    old_siblings = positions.objective_siblings(session, cycle_id, old_parent)
    new_siblings = positions.objective_siblings(session, cycle_id, parent_id)
    old_index = positions.move(
        session, Objective, row, "parent_id", parent_id, old_siblings, new_siblings, position
    )
    return old_parent, old_index


# -- key results -----------------------------------------------------------------------------


def create_key_result(
    session: Session, objective_id: int, values: KeyResultValues, position: int | None = None
) -> int:
    """Add a key result to an objective, last or at `position`; its new id."""
    _raise_problems(validate_key_result(values))
    _require(session, Objective, objective_id, "objective")
    _require_people_and_team(session, values.owner_id, None)
    siblings = positions.key_result_siblings(session, objective_id)
    row = _values_row(values, _KEY_RESULT_FIELDS) | {"objective_id": objective_id}
    return positions.insert_at(session, KeyResult, row, siblings, position)


@dataclass(frozen=True)
class KeyResultEdit:
    """What edit_key_result replaced: the previous values and the history rows it kept."""

    previous: KeyResultValues
    change_ids: tuple[int, ...]
    version: int = 0  # the key result's version after the edit


def update_key_result(
    session: Session, key_result_id: int, values: KeyResultValues, author_id: int | None = None
) -> KeyResultValues:
    """Change a key result's fields; returns the previous values.

    Once the key result has a check-in, a change of its kind, unit, unit label, decimals,
    start or target is kept in its history with `author_id` (kr_changes).
    """
    return edit_key_result(session, key_result_id, values, author_id).previous


def edit_key_result(
    session: Session,
    key_result_id: int,
    values: KeyResultValues,
    author_id: int | None = None,
    changed_at: dt.datetime | None = None,
    seen_version: int | None = None,
) -> KeyResultEdit:
    """update_key_result, returning also the history rows it kept, for undo_key_result_edit.

    `changed_at` (UTC, no time zone; default now) is when the kept changes were made. With
    `seen_version` (the version the screen read), a key result someone changed since is
    refused with versions.ConflictError, nothing written."""
    try:
        row = _key_result(session, key_result_id)
    except LookupError:
        versions.require(session, KeyResult, key_result_id, seen_version, values.__dict__)
        raise
    previous = KeyResultValues(**{name: row[name] for name in _KEY_RESULT_FIELDS})
    _raise_problems(validate_key_result(values))
    _require_people_and_team(session, values.owner_id, None)
    _require_people_and_team(session, author_id, None)
    changes = _values_row(values, _KEY_RESULT_FIELDS)
    version = versions.write(
        session, KeyResult, key_result_id, changes, seen_version, author_id, changed_at
    )
    kept = record_changes(session, key_result_id, previous, values, author_id, changed_at)
    notify.announce(session, notify.KEY_RESULT, key_result_id, author_id)
    return KeyResultEdit(previous, kept, version)


def undo_key_result_edit(
    session: Session, key_result_id: int, edit: KeyResultEdit, author_id: int | None = None
) -> int:
    """Put back the values an edit replaced and forget the history it kept; the new version.

    Refused (versions.ConflictError) when someone changed the key result after the edit."""
    changes = _values_row(edit.previous, _KEY_RESULT_FIELDS)
    seen = edit.version or None
    try:
        versions.require(session, KeyResult, key_result_id, seen, changes)
    except versions.ConflictError as error:
        raise error.for_undo() from None
    _key_result(session, key_result_id)
    try:
        version = versions.write(session, KeyResult, key_result_id, changes, seen, author_id)
    except versions.ConflictError as error:
        raise error.for_undo() from None
    forget_changes(session, edit.change_ids)
    return version


def delete_key_result(session: Session, key_result_id: int) -> DeletedKeyResult:
    """Delete a key result with its check-ins and initiatives; unlink its experiments and the
    key results carried from it. Returns what restore_key_result needs."""
    row = _key_result(session, key_result_id)
    siblings = positions.key_result_siblings(session, row["objective_id"])
    del siblings[key_result_id]
    bindings = rows_where(
        session, KeyResultBinding, KeyResultBinding.key_result_id == key_result_id
    )
    history = rows_where(session, KeyResultChange, KeyResultChange.key_result_id == key_result_id)
    checkins, initiatives, experiments, carried = _remove_key_results(session, [key_result_id])
    changed = positions.renumber(session, KeyResult, list(siblings), siblings)
    return DeletedKeyResult(
        key_result=row,
        history=tuple(history),
        checkins=tuple(checkins),
        initiatives=tuple(initiatives),
        bindings=tuple(bindings),
        experiment_ids=tuple(experiment for experiment, _ in experiments),
        carried_ids=tuple(key_result for key_result, _ in carried),
        positions=tuple(changed),
    )


def restore_key_result(session: Session, snapshot: DeletedKeyResult) -> None:
    """Put back everything delete_key_result removed or changed: same ids, same positions."""
    row = snapshot.key_result
    if _exists(session, KeyResult, row["id"]):
        raise ValueError(f"key result {row['id']} exists already")
    _require(session, Objective, row["objective_id"], "objective")
    session.execute(insert(KeyResult.__table__), [row])
    _insert_rows(session, CheckIn, snapshot.checkins)
    _insert_rows(session, KeyResultChange, snapshot.history)
    _insert_rows(session, Initiative, snapshot.initiatives)
    _insert_rows(session, KeyResultBinding, snapshot.bindings)
    kr_id = row["id"]
    _update_by_id(
        session, Experiment, "key_result_id", [(e, kr_id) for e in snapshot.experiment_ids]
    )
    _update_by_id(session, KeyResult, "carried_from_id", [(k, kr_id) for k in snapshot.carried_ids])
    _update_by_id(session, KeyResult, "position", snapshot.positions)


def move_key_result(
    session: Session, key_result_id: int, objective_id: int, position: int
) -> tuple[int, int]:
    """Move a key result to `objective_id` (same cycle) at `position` among its key results.

    Returns its old (objective_id, position), so that moving back undoes it. Raises ValueError
    for an objective of another cycle or a position outside 0..number of new siblings.
    """
    row = _key_result(session, key_result_id)
    old_objective = row["objective_id"]
    if objective_id != old_objective:
        source = _objective(session, old_objective)
        _check_same_cycle(_objective(session, objective_id), source["cycle_id"])
    old_siblings = positions.key_result_siblings(session, old_objective)
    new_siblings = positions.key_result_siblings(session, objective_id)
    old_index = positions.move(
        session, KeyResult, row, "objective_id", objective_id, old_siblings, new_siblings, position
    )
    return old_objective, old_index


def checkin_count(
    session: Session, *, objective_id: int | None = None, key_result_id: int | None = None
) -> int:
    """Check-ins of one key result, or of all key results of one objective (give exactly one)."""
    if (objective_id is None) == (key_result_id is None):
        raise TypeError("give exactly one of objective_id and key_result_id")
    statement = select(func.count(CheckIn.id))
    if key_result_id is not None:
        _require(session, KeyResult, key_result_id, "key result")
        statement = statement.where(CheckIn.key_result_id == key_result_id)
    else:
        _require(session, Objective, objective_id, "objective")
        statement = statement.join(KeyResult, CheckIn.key_result_id == KeyResult.id).where(
            KeyResult.objective_id == objective_id
        )
    return session.scalar(statement) or 0


# -- helpers ---------------------------------------------------------------------------------


def _raise_problems(problems: Sequence[Problem]) -> None:
    if problems:
        raise InvalidValuesError(problems)


def _values_row(values: Any, fields: Sequence[str]) -> Row:
    return {name: getattr(values, name) for name in fields}


def _exists(session: Session, model: type[Any], id_: int) -> bool:
    return session.scalar(select(model.id).where(model.id == id_)) is not None


def _require(session: Session, model: type[Any], id_: int | None, what: str) -> None:
    if id_ is None or not _exists(session, model, id_):
        raise LookupError(f"no {what} with id {id_}")


def _require_people_and_team(session: Session, owner_id: int | None, team_id: int | None) -> None:
    if owner_id is not None:
        _require(session, Person, owner_id, "person")
    if team_id is not None:
        _require(session, Team, team_id, "team")


def _one_row(session: Session, model: type[Any], id_: int, what: str) -> Row:
    table = model.__table__
    row = session.execute(select(table).where(table.c.id == id_)).mappings().one_or_none()
    if row is None:
        raise LookupError(f"no {what} with id {id_}")
    return dict(row)


def _objective(session: Session, objective_id: int) -> Row:
    return _one_row(session, Objective, objective_id, "objective")


def _key_result(session: Session, key_result_id: int) -> Row:
    return _one_row(session, KeyResult, key_result_id, "key result")


def _check_same_cycle(objective: Row, cycle_id: int) -> None:
    if objective["cycle_id"] != cycle_id:
        raise ValueError(
            f"objective {objective['id']} belongs to another cycle ({objective['cycle_id']}, "
            f"not {cycle_id})"
        )


def _ancestors(session: Session, objective_id: int) -> set[int]:
    """The objective and every objective it is aligned under, up to the top level."""
    seen: set[int] = set()
    current: int | None = objective_id
    while current is not None and current not in seen:
        seen.add(current)
        current = session.scalar(select(Objective.parent_id).where(Objective.id == current))
    return seen


def _remove_key_results(
    session: Session, kr_ids: Sequence[int]
) -> tuple[list[Row], list[Row], list[tuple[int, int]], list[tuple[int, int]]]:
    """Delete key results with their check-ins and initiatives; unlink the experiments and the
    other key results that pointed at them.

    Returns the check-in and initiative rows, and (id, old link) of the unlinked experiments
    and key results.
    """
    linked = Experiment.key_result_id.in_(kr_ids)
    carried = KeyResult.carried_from_id.in_(kr_ids) & KeyResult.id.not_in(kr_ids)
    checkins = rows_where(session, CheckIn, CheckIn.key_result_id.in_(kr_ids))
    initiatives = rows_where(session, Initiative, Initiative.key_result_id.in_(kr_ids))
    experiments = _pairs(session, Experiment.id, Experiment.key_result_id, linked)
    carried_links = _pairs(session, KeyResult.id, KeyResult.carried_from_id, carried)
    _clear(session, Experiment.key_result_id, linked)
    _clear(session, KeyResult.carried_from_id, KeyResult.carried_from_id.in_(kr_ids))
    session.execute(delete(CheckIn).where(CheckIn.key_result_id.in_(kr_ids)))
    session.execute(delete(KeyResultChange).where(KeyResultChange.key_result_id.in_(kr_ids)))
    session.execute(delete(Initiative).where(Initiative.key_result_id.in_(kr_ids)))
    session.execute(delete(KeyResultBinding).where(KeyResultBinding.key_result_id.in_(kr_ids)))
    session.execute(delete(KeyResult).where(KeyResult.id.in_(kr_ids)))
    return checkins, initiatives, experiments, carried_links


def _clear(session: Session, column: Any, condition: ColumnElement[bool]) -> None:
    """Set a link to NULL where `condition` holds, as the schema's ON DELETE SET NULL would."""
    session.execute(update(column.class_).where(condition).values({column.key: None}))


def _ids(session: Session, model: type[Any], condition: ColumnElement[bool]) -> list[int]:
    return list(session.scalars(select(model.id).where(condition).order_by(model.id)))


def _pairs(
    session: Session, first: Any, second: Any, condition: ColumnElement[bool]
) -> list[tuple[int, int]]:
    statement = select(first, second).where(condition).order_by(first)
    return [(a, b) for a, b in session.execute(statement)]


def _insert_rows(session: Session, model: type[Any], rows: Sequence[Row]) -> None:
    if rows:  # an empty parameter list would run one INSERT without values
        session.execute(insert(model.__table__), list(rows))
