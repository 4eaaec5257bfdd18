"""Quarter end: grade key results, write the retrospective, close or reopen a cycle, and carry
unfinished objectives and key results into the next cycle.

Every function takes an open Session and never commits: the caller runs one user action in one
transaction. Each returns what its inverse needs:

    grade_key_result → grade_key_result(previous)     write_retrospective → itself(previous)
    close_cycle → undo_close                           reopen_cycle → close_cycle
    carry_over → undo_carry_over → redo_carry_over (same ids again)

Decisions:
- Grades are tenths 0.0–1.0 (DESIGN.md); anything else raises ValueError.
- A closed cycle is read-only here as well as in the UI: grading and the retrospective raise
  ClosedCycleError. Reopen it first.
- Closing never refuses an ungraded key result: it gets the score of its progress at the last
  check-in (what the close dialog proposes), so a closed cycle always has every grade.
  Each objective's grade becomes the weighted mean of its key results' grades, rounded to
  tenths; an objective without key results keeps its grade.
- Reopening keeps the grades, so closing again gives the same cycle back.
- A key result is unfinished while its progress at the last check-in is below 1. Only
  unfinished ones are offered for carrying over; a finished one, or one already carried into
  the target cycle, is refused with a clear message. The carried copy keeps title, kind, unit,
  target, weight, owner, budget; its baseline is the last check-in's value (a binary one
  restarts at 0); not-done initiatives come along (a due date before the new cycle is
  dropped). The carried objective keeps level, owner, team, description, and its alignment
  when its parent is carried too; an objective carried into the same cycle before is not
  copied again, its copy takes the newly carried key results.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.domain import okr
from okrdesk.store import versions
from okrdesk.store.errors import ClosedCycleError
from okrdesk.store.rows import Row, rows_where, update_by_id
from okrdesk.store.schema import (
    CheckIn,
    Cycle,
    Initiative,
    KeyResult,
    KeyResultBinding,
    Objective,
)
from okrdesk.store.versions import ConflictError
from okrdesk.store.words import OkrErrors


@dataclass(frozen=True)
class Retrospective:
    what_helped: str
    root_causes: str
    lessons: str


@dataclass(frozen=True)
class CycleClosure:
    """What close_cycle changed: the grades it filled in or recomputed, (id, old grade)."""

    cycle_id: int
    key_result_grades: tuple[tuple[int, float | None], ...]
    objective_grades: tuple[tuple[int, float | None], ...]


@dataclass(frozen=True)
class Candidate:
    """An unfinished key result of a cycle, as carry_over would copy it."""

    key_result_id: int
    objective_id: int
    objective_title: str
    title: str
    kind: str
    unit: str
    last_value: float | None
    progress: float
    new_start: float
    target: float
    unit_label: str = ""  # shown after values ("h", "NPS")
    decimals: int | None = None  # None: the unit's default


@dataclass(frozen=True)
class CarryOverResult:
    """The rows carry_over inserted (whole rows with their ids), parents first."""

    objectives: tuple[Row, ...]
    key_results: tuple[Row, ...]
    initiatives: tuple[Row, ...]
    bindings: tuple[Row, ...] = ()

    @property
    def objective_ids(self) -> tuple[int, ...]:
        return tuple(row["id"] for row in self.objectives)

    @property
    def key_result_ids(self) -> tuple[int, ...]:
        return tuple(row["id"] for row in self.key_results)


# -- grades and retrospective ----------------------------------------------------------------


def grade_key_result(
    session: Session, kr_id: int, grade: float | None, note: str
) -> tuple[float | None, str]:
    """Set a key result's grade (tenths 0..1, or None) and note; the previous (grade, note)."""
    if grade is not None:
        grade = _tenths(grade)
    row = session.execute(
        select(KeyResult.grade, KeyResult.grade_note, Objective.cycle_id)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(KeyResult.id == kr_id)
    ).one_or_none()
    if row is None:
        raise LookupError(f"no key result with id {kr_id}")
    _require_open(session, row.cycle_id)
    session.execute(
        update(KeyResult).where(KeyResult.id == kr_id).values(grade=grade, grade_note=note)
    )
    return row.grade, row.grade_note


def write_retrospective(
    session: Session,
    cycle_id: int,
    what_helped: str,
    root_causes: str,
    lessons: str,
    seen_version: int | None = None,
) -> Retrospective:
    """Set the cycle's retrospective; the previous one. With `seen_version` (the version the
    screen read), a cycle changed or deleted since is a versions.ConflictError."""
    values = {"what_helped": what_helped, "root_causes": root_causes, "lessons": lessons}
    versions.require(session, Cycle, cycle_id, seen_version, values)
    cycle = _cycle(session, cycle_id)
    if seen_version is not None and cycle.version != seen_version:
        raise ConflictError(
            versions.conflict(session, Cycle, cycle_id, seen_version, values, cycle.name)
        )
    _require_open(session, cycle_id)
    previous = Retrospective(cycle.what_helped, cycle.root_causes, cycle.lessons)
    versions.write(session, Cycle, cycle_id, values, seen_version)
    return previous


def cycle_version(session: Session, cycle_id: int) -> int:
    """The cycle's version now (LookupError when it is gone)."""
    found = session.scalar(select(Cycle.version).where(Cycle.id == cycle_id))
    if found is None:
        raise LookupError(f"no cycle with id {cycle_id}")
    return int(found)


@dataclass(frozen=True)
class GradingRow:
    """A key result as the close dialog shows it: progress, proposed score, stored grade."""

    key_result_id: int
    objective_title: str
    title: str
    progress: float
    proposed: float
    grade: float | None
    note: str


def grading_rows(session: Session, cycle_id: int) -> list[GradingRow]:
    """Every key result of the cycle, in objective and KR order."""
    titles = dict(
        session.execute(
            select(Objective.id, Objective.title).where(Objective.cycle_id == cycle_id)
        ).all()
    )
    rows = []
    for kr in _key_results(session, cycle_id):
        progress = _progress(kr)
        rows.append(
            GradingRow(
                kr["id"],
                titles[kr["objective_id"]],
                kr["title"],
                progress,
                okr.score(progress),
                kr["grade"],
                kr["grade_note"],
            )
        )
    return rows


def insert_cycle(session: Session, row: Row) -> None:
    """Put back a cycle row (with its id) that a redo needs again; see cycle_row."""
    _insert_rows(session, Cycle, [row])


def cycle_row(session: Session, cycle_id: int) -> Row:
    """The cycle's whole row, for insert_cycle."""
    return rows_where(session, Cycle, Cycle.id == cycle_id)[0]


def retrospective(session: Session, cycle_id: int) -> Retrospective:
    cycle = _cycle(session, cycle_id)
    return Retrospective(cycle.what_helped, cycle.root_causes, cycle.lessons)


# -- close and reopen ------------------------------------------------------------------------


def close_cycle(
    session: Session, cycle_id: int, when: dt.datetime, seen_version: int | None = None
) -> CycleClosure:
    """Close the cycle at `when`, grading what has no grade yet (see the module's decisions);
    with `seen_version`, only the cycle still at it (else versions.ConflictError)."""
    versions.require(session, Cycle, cycle_id, seen_version, {"closed_at": when})
    versions.write(session, Cycle, cycle_id, {}, seen_version)
    _cycle(session, cycle_id)
    _require_open(session, cycle_id)
    key_results = _key_results(session, cycle_id)
    filled = [
        (kr["id"], kr["grade"], okr.score(_progress(kr)))
        for kr in key_results
        if kr["grade"] is None
    ]
    _set_grades(session, KeyResult, [(id_, grade) for id_, _old, grade in filled])
    grades = {kr["id"]: kr["grade"] for kr in key_results} | {i: g for i, _o, g in filled}

    objectives = session.execute(
        select(Objective.id, Objective.grade).where(Objective.cycle_id == cycle_id)
    ).all()
    new_objective_grades = []
    for objective_id, old in objectives:
        pairs = [
            (grades[kr["id"]], kr["weight"])
            for kr in key_results
            if kr["objective_id"] == objective_id
        ]
        mean = okr.objective_progress(pairs)
        if mean is not None:
            new_objective_grades.append((objective_id, old, okr.score(mean)))
    _set_grades(session, Objective, [(id_, grade) for id_, _old, grade in new_objective_grades])
    versions.write(session, Cycle, cycle_id, {"closed_at": when})
    return CycleClosure(
        cycle_id=cycle_id,
        key_result_grades=tuple((id_, old) for id_, old, _new in filled),
        objective_grades=tuple((id_, old) for id_, old, _new in new_objective_grades),
    )


def undo_close(session: Session, closure: CycleClosure, seen_version: int | None = None) -> None:
    """Reopen the cycle and put back the grades close_cycle changed; with `seen_version`,
    only the cycle still at it (else versions.ConflictError)."""
    versions.require(session, Cycle, closure.cycle_id, seen_version, {"closed_at": None})
    _cycle(session, closure.cycle_id)
    versions.write(session, Cycle, closure.cycle_id, {"closed_at": None}, seen_version)
    _set_grades(session, KeyResult, closure.key_result_grades)
    _set_grades(session, Objective, closure.objective_grades)


def reopen_cycle(session: Session, cycle_id: int) -> dt.datetime:
    """Open a closed cycle again, keeping its grades; when it had been closed."""
    cycle = _cycle(session, cycle_id)
    if cycle.closed_at is None:
        raise ValueError(OkrErrors.tr("cycle {cycle} is not closed").format(cycle=cycle.name))
    closed_at = cycle.closed_at  # read before the update refreshes the loaded Cycle
    versions.write(session, Cycle, cycle_id, {"closed_at": None})
    return closed_at


# -- carrying over ---------------------------------------------------------------------------


def carry_over_candidates(
    session: Session, from_cycle_id: int, to_cycle_id: int | None = None
) -> list[Candidate]:
    """The cycle's unfinished key results, in objective and KR order; those already carried
    into `to_cycle_id` are left out."""
    carried = _carried_into(session, to_cycle_id) if to_cycle_id is not None else set()
    titles = dict(
        session.execute(
            select(Objective.id, Objective.title).where(Objective.cycle_id == from_cycle_id)
        ).all()
    )
    found = []
    for kr in _key_results(session, from_cycle_id):
        progress = _progress(kr)
        if progress >= 1.0 or kr["id"] in carried:
            continue
        found.append(
            Candidate(
                key_result_id=kr["id"],
                objective_id=kr["objective_id"],
                objective_title=titles[kr["objective_id"]],
                title=kr["title"],
                kind=kr["kind"],
                unit=kr["unit"],
                last_value=kr["current"],
                progress=progress,
                new_start=_new_start(kr),
                target=kr["target_value"],
                unit_label=kr["unit_label"],
                decimals=kr["decimals"],
            )
        )
    return found


def carry_over(
    session: Session,
    from_cycle_id: int,
    to_cycle_id: int,
    objective_ids: Sequence[int],
    key_result_ids: Sequence[int],
) -> CarryOverResult:
    """Copy the chosen objectives and unfinished key results into `to_cycle_id`.

    Every chosen key result's objective must be chosen too. Raises ValueError (nothing
    written) for a target cycle that is closed or does not start after the source, an
    objective or key result of another cycle, a finished key result, or one already carried.
    """
    source, target = _cycle(session, from_cycle_id), _cycle(session, to_cycle_id)
    if target.closed_at is not None:
        raise ClosedCycleError(OkrErrors.tr("cycle {cycle} is closed").format(cycle=target.name))
    if target.start_date <= source.start_date:
        message = OkrErrors.tr("cycle {cycle} does not start after {source}")
        raise ValueError(message.format(cycle=target.name, source=source.name))
    objective_rows = {
        row["id"]: row
        for row in rows_where(session, Objective, Objective.cycle_id == from_cycle_id)
    }
    unknown = set(objective_ids) - set(objective_rows)
    if unknown:
        message = OkrErrors.tr("objectives {ids} are not in cycle {cycle}")
        raise ValueError(message.format(ids=str(sorted(unknown)), cycle=source.name))
    key_results = {kr["id"]: kr for kr in _key_results(session, from_cycle_id)}
    carried = _carried_into(session, to_cycle_id)
    for kr_id in key_result_ids:
        kr = key_results.get(kr_id)
        if kr is None:
            message = OkrErrors.tr("key result {id} is not in cycle {cycle}")
            raise ValueError(message.format(id=kr_id, cycle=source.name))
        if kr["objective_id"] not in objective_ids:
            message = OkrErrors.tr("“{title}” is chosen without its objective")
            raise ValueError(message.format(title=kr["title"]))
        if _progress(kr) >= 1.0:
            message = OkrErrors.tr("“{title}” reached its target; there is nothing to carry")
            raise ValueError(message.format(title=kr["title"]))
        if kr_id in carried:
            message = OkrErrors.tr("“{title}” was carried into {cycle} already")
            raise ValueError(message.format(title=kr["title"], cycle=target.name))

    chosen = [objective_rows[i] for i in objective_rows if i in set(objective_ids)]
    # An objective carried into the target before takes the new key results, after its own.
    earlier = {
        carried_from: objective_id
        for carried_from, objective_id in session.execute(
            select(Objective.carried_from_id, Objective.id).where(
                Objective.cycle_id == to_cycle_id,
                Objective.carried_from_id.in_([row["id"] for row in chosen]),
            )
        )
        if carried_from is not None
    }
    created = _insert_objectives(
        session, [row for row in chosen if row["id"] not in earlier], to_cycle_id, earlier
    )
    new_ids = earlier | created
    kr_rows = []
    positions: dict[int, int] = {}
    for kr_id in [k for k in key_results if k in set(key_result_ids)]:
        kr = key_results[kr_id]
        objective_id = new_ids[kr["objective_id"]]
        if objective_id not in positions:
            positions[objective_id] = session.scalars(
                select(func.count(KeyResult.id)).where(KeyResult.objective_id == objective_id)
            ).one()
        position = positions[objective_id]
        positions[objective_id] = position + 1
        kr_rows.append(
            {
                "objective_id": objective_id,
                "carried_from_id": kr_id,
                "title": kr["title"],
                "kind": kr["kind"],
                "unit": kr["unit"],
                "unit_label": kr["unit_label"],
                "decimals": kr["decimals"],
                "start_value": _new_start(kr),
                "target_value": kr["target_value"],
                "weight": kr["weight"],
                "owner_id": kr["owner_id"],
                "budget": kr["budget"],
                "cost": None,
                "grade": None,
                "grade_note": "",
                "position": position,
            }
        )
    kr_ids = _insert_returning(session, KeyResult, kr_rows)
    old_to_new = dict(zip([row["carried_from_id"] for row in kr_rows], kr_ids, strict=True))
    initiative_rows = [
        {
            "key_result_id": old_to_new[row["key_result_id"]],
            "title": row["title"],
            "owner_id": row["owner_id"],
            "due_date": row["due_date"]
            if row["due_date"] and row["due_date"] >= target.start_date
            else None,
            "done": False,
        }
        for row in rows_where(
            session,
            Initiative,
            Initiative.key_result_id.in_(list(old_to_new)) & Initiative.done.is_(False),
        )
    ]
    _insert_returning(session, Initiative, initiative_rows)
    # A key result fed by the funnel goes on being fed by it in the next cycle.
    binding_rows = [
        {column: value for column, value in row.items() if column != "id"}
        | {"key_result_id": old_to_new[row["key_result_id"]]}
        for row in rows_where(
            session, KeyResultBinding, KeyResultBinding.key_result_id.in_(list(old_to_new))
        )
    ]
    _insert_returning(session, KeyResultBinding, binding_rows)
    return CarryOverResult(
        objectives=tuple(rows_where(session, Objective, Objective.id.in_(list(created.values())))),
        key_results=tuple(rows_where(session, KeyResult, KeyResult.id.in_(kr_ids))),
        initiatives=tuple(rows_where(session, Initiative, Initiative.key_result_id.in_(kr_ids))),
        bindings=tuple(
            rows_where(session, KeyResultBinding, KeyResultBinding.key_result_id.in_(kr_ids))
        ),
    )


def undo_carry_over(session: Session, result: CarryOverResult) -> None:
    """Delete exactly what carry_over created (its initiatives, bindings, key results,
    objectives)."""
    session.execute(
        delete(KeyResultBinding).where(KeyResultBinding.id.in_([r["id"] for r in result.bindings]))
    )
    session.execute(
        delete(Initiative).where(Initiative.id.in_([r["id"] for r in result.initiatives]))
    )
    session.execute(delete(KeyResult).where(KeyResult.id.in_(result.key_result_ids)))
    # Aligned copies first, so no row points at a deleted parent on the way.
    session.execute(
        update(Objective).where(Objective.id.in_(result.objective_ids)).values(parent_id=None)
    )
    session.execute(delete(Objective).where(Objective.id.in_(result.objective_ids)))


def redo_carry_over(session: Session, result: CarryOverResult) -> None:
    """Insert the rows carry_over created again, with the same ids."""
    objectives = [row | {"parent_id": None} for row in result.objectives]
    _insert_rows(session, Objective, objectives)
    parents = [
        (row["id"], row["parent_id"]) for row in result.objectives if row["parent_id"] is not None
    ]
    update_by_id(session, Objective, "parent_id", parents)
    _insert_rows(session, KeyResult, result.key_results)
    _insert_rows(session, Initiative, result.initiatives)
    _insert_rows(session, KeyResultBinding, result.bindings)


# -- helpers ---------------------------------------------------------------------------------


def _tenths(grade: float) -> float:
    if (
        not math.isfinite(grade)
        or not 0.0 <= grade <= 1.0
        or abs(grade * 10 - round(grade * 10)) > 1e-6
    ):
        message = OkrErrors.tr("a grade is 0.0–1.0 in tenths, not {grade}")
        raise ValueError(message.format(grade=repr(grade)))
    return round(grade, 1)


def _cycle(session: Session, cycle_id: int) -> Cycle:
    cycle = session.get(Cycle, cycle_id, populate_existing=True)
    if cycle is None:
        raise LookupError(f"no cycle with id {cycle_id}")
    return cycle


def _require_open(session: Session, cycle_id: int) -> None:
    cycle = _cycle(session, cycle_id)
    if cycle.closed_at is not None:
        message = OkrErrors.tr("cycle {cycle} is closed; reopen it to change it")
        raise ClosedCycleError(message.format(cycle=cycle.name))


def _key_results(session: Session, cycle_id: int) -> list[Row]:
    """The cycle's key results (every column) with `current`, the last check-in's value."""
    latest_day = (
        select(CheckIn.key_result_id, func.max(CheckIn.checked_on).label("day"))
        .group_by(CheckIn.key_result_id)
        .subquery()
    )
    current = (
        select(CheckIn.value)
        .where(
            CheckIn.key_result_id == KeyResult.id,
            CheckIn.key_result_id == latest_day.c.key_result_id,
            CheckIn.checked_on == latest_day.c.day,
        )
        .scalar_subquery()
    )
    statement = (
        select(KeyResult.__table__, current.label("current"))
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id)
        .order_by(Objective.position, Objective.id, KeyResult.position, KeyResult.id)
    )
    return [dict(row) for row in session.execute(statement).mappings()]


def _progress(kr: Row) -> float:
    return okr.progress(kr["kind"], kr["start_value"], kr["target_value"], kr["current"])


def _new_start(kr: Row) -> float:
    if kr["kind"] == "binary":
        return 0.0
    return kr["start_value"] if kr["current"] is None else kr["current"]


def _carried_into(session: Session, cycle_id: int) -> set[int]:
    statement = (
        select(KeyResult.carried_from_id)
        .join(Objective, KeyResult.objective_id == Objective.id)
        .where(Objective.cycle_id == cycle_id, KeyResult.carried_from_id.is_not(None))
    )
    return set(session.scalars(statement))


def _insert_objectives(
    session: Session, chosen: list[Row], to_cycle_id: int, earlier: dict[int, int]
) -> dict[int, int]:
    """Copy objectives (parents before the objectives aligned under them); {old id: new id}.

    `earlier` maps objectives carried before to their copies, so that an aligned objective
    finds its parent's copy.
    """
    new_ids: dict[int, int] = {}
    next_position: dict[int | None, int] = {}
    pending = list(chosen)
    while pending:
        ready = [o for o in pending if o["parent_id"] not in {p["id"] for p in pending}]
        for row in ready:
            parent = new_ids.get(row["parent_id"], earlier.get(row["parent_id"]))
            if parent not in next_position:
                under = (
                    Objective.parent_id.is_(None)
                    if parent is None
                    else Objective.parent_id == parent
                )
                count = session.scalar(
                    select(func.count(Objective.id)).where(Objective.cycle_id == to_cycle_id, under)
                )
                next_position[parent] = count or 0
            values = {
                name: row[name] for name in ("level", "title", "description", "owner_id", "team_id")
            } | {
                "cycle_id": to_cycle_id,
                "parent_id": parent,
                "carried_from_id": row["id"],
                "status": "active",
                "position": next_position[parent],
            }
            next_position[parent] += 1
            new_ids[row["id"]] = session.scalars(
                insert(Objective).values(values).returning(Objective.id)
            ).one()
        pending = [o for o in pending if o not in ready]
    return new_ids


def _insert_returning(session: Session, model: type[Any], rows: list[Row]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _insert_rows(session: Session, model: type[Any], rows: Sequence[Row]) -> None:
    if rows:  # an empty parameter list would run one INSERT without values
        session.execute(insert(model.__table__), list(rows))


def _set_grades(
    session: Session, model: type[Any], pairs: Sequence[tuple[int, float | None]]
) -> None:
    update_by_id(session, model, "grade", pairs)
