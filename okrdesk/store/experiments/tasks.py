"""The day tasks of an experiment's 7-day cycle: title, owner, done, on Day 1 … Day 7.

Every writing function takes an open Session and never commits; each returns what its inverse
needs, so that an undo command can be built on it:

    create_day_tasks → delete_task for each id → restore_tasks (same ids)
    add_task → delete_task → restore_task (same id)
    update_task(previous values) → itself

An id that does not exist (the task's, its experiment's or its owner's) raises LookupError; a
blank or too long title, or a day outside 1–7, raises ValueError. Nothing is written before a
check fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from okrdesk.store import versions
from okrdesk.store.rows import Row
from okrdesk.store.schema import Experiment, ExperimentTask, Person
from okrdesk.store.words import ExperimentErrors

TITLE_MAX_LENGTH = 300
DAYS = range(1, 8)

# The weekly cycle of DESIGN.md as (day, task title). The titles are English source texts: the
# UI translates them (context "DayTemplate") and passes its own list to create_day_tasks.
DAY_TEMPLATE: tuple[tuple[int, str], ...] = (
    (1, "Define: one variable, the hypothesis and the metric"),
    (2, "Deploy the change"),
    (3, "Collect data; check attribution"),
    (4, "Collect data; check attribution"),
    (5, "Collect data; check attribution"),
    (6, "Check lead quality"),
    (7, "Decide: scale or roll back"),
)


@dataclass(frozen=True)
class TaskValues:
    title: str
    owner_id: int | None = None
    done: bool = False


@dataclass(frozen=True)
class TaskRow:
    id: int
    experiment_id: int
    day: int
    position: int
    title: str
    owner_id: int | None
    owner_name: str
    done: bool
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)

    @property
    def values(self) -> TaskValues:
        return TaskValues(self.title, self.owner_id, self.done)


def tasks_of(connection: Connection, experiment_id: int) -> list[TaskRow]:
    """An experiment's tasks by day, then position, then id."""
    owner = aliased(Person)
    rows = connection.execute(
        select(
            ExperimentTask.id,
            ExperimentTask.experiment_id,
            ExperimentTask.day,
            ExperimentTask.position,
            ExperimentTask.title,
            ExperimentTask.owner_id,
            func.coalesce(owner.name, ""),
            ExperimentTask.done,
            ExperimentTask.version,
        )
        .outerjoin(owner, ExperimentTask.owner_id == owner.id)
        .where(ExperimentTask.experiment_id == experiment_id)
        .order_by(ExperimentTask.day, ExperimentTask.position, ExperimentTask.id)
    )
    return [TaskRow(*row[:-2], bool(row[-2]), row[-1]) for row in rows]


def create_day_tasks(
    session: Session,
    experiment_id: int,
    template: Sequence[tuple[int, str]] = DAY_TEMPLATE,
    owner_id: int | None = None,
) -> list[int]:
    """Add the template's tasks after each day's existing ones; the new tasks' ids."""
    _require_experiment(session, experiment_id)
    _require_owner(session, owner_id)
    for day, title in template:
        _check_day(day)
        _check_title(title)
    next_position = dict(
        session.execute(
            select(ExperimentTask.day, func.max(ExperimentTask.position) + 1)
            .where(ExperimentTask.experiment_id == experiment_id)
            .group_by(ExperimentTask.day)
        ).all()
    )
    rows = []
    for day, title in template:
        position = next_position.get(day, 0)
        next_position[day] = position + 1
        rows.append(
            {"experiment_id": experiment_id, "day": day, "title": title.strip()}
            | {"owner_id": owner_id, "done": False, "position": position}
        )
    if not rows:
        return []
    return list(
        session.scalars(
            insert(ExperimentTask).returning(ExperimentTask.id, sort_by_parameter_order=True), rows
        )
    )


def add_task(session: Session, experiment_id: int, day: int, values: TaskValues) -> int:
    """Add a task at the end of an experiment's day; its new id."""
    _require_experiment(session, experiment_id)
    _check_day(day)
    _check(session, values)
    position = session.scalar(
        select(func.coalesce(func.max(ExperimentTask.position) + 1, 0)).where(
            ExperimentTask.experiment_id == experiment_id, ExperimentTask.day == day
        )
    )
    row = _row(values) | {"experiment_id": experiment_id, "day": day, "position": position}
    return session.scalars(insert(ExperimentTask).values(row).returning(ExperimentTask.id)).one()


def update_task(
    session: Session, task_id: int, values: TaskValues, seen_version: int | None = None
) -> TaskValues:
    """Change a task's title, owner and done; returns the previous values. With
    `seen_version`, the task as a screen read it: changed since, versions.ConflictError and
    nothing written; saved, it is at `seen_version` + 1."""
    versions.expect(session, ExperimentTask, task_id, seen_version, _row(values))
    row = _one(session, task_id)
    _check(session, values)
    versions.write(session, ExperimentTask, task_id, _row(values), seen_version)
    return TaskValues(row["title"], row["owner_id"], bool(row["done"]))


def delete_task(session: Session, task_id: int) -> Row:
    """Delete a task; returns its whole row for restore_task."""
    row = _one(session, task_id)
    session.execute(delete(ExperimentTask).where(ExperimentTask.id == task_id))
    return row


def restore_task(session: Session, snapshot: Row) -> None:
    """Put a deleted task back with the same id and place."""
    restore_tasks(session, [snapshot])


def restore_tasks(session: Session, snapshots: Sequence[Row]) -> None:
    ids = [snapshot["id"] for snapshot in snapshots]
    if not ids:
        return
    existing = session.scalars(select(ExperimentTask.id).where(ExperimentTask.id.in_(ids))).all()
    if existing:
        raise ValueError(f"task {existing[0]} exists already")
    _require_experiment(session, snapshots[0]["experiment_id"])
    session.execute(insert(ExperimentTask.__table__), list(snapshots))


def _row(values: TaskValues) -> Row:
    return {"title": values.title.strip(), "owner_id": values.owner_id, "done": bool(values.done)}


def _check(session: Session, values: TaskValues) -> None:
    _check_title(values.title)
    _require_owner(session, values.owner_id)


def _check_title(title: str) -> None:
    if not title.strip():
        raise ValueError(ExperimentErrors.tr("a task needs a title"))
    if len(title.strip()) > TITLE_MAX_LENGTH:
        raise ValueError(
            ExperimentErrors.tr("the title is longer than %n character(s)", None, TITLE_MAX_LENGTH)
        )


def _check_day(day: int) -> None:
    if day not in DAYS:
        raise ValueError(
            ExperimentErrors.tr("the day must be 1 to 7, not {day}").format(day=repr(day))
        )


def _require_owner(session: Session, owner_id: int | None) -> None:
    if owner_id is None:
        return
    if session.scalar(select(Person.id).where(Person.id == owner_id)) is None:
        raise LookupError(f"no person with id {owner_id}")


def _require_experiment(session: Session, experiment_id: int) -> None:
    if session.scalar(select(Experiment.id).where(Experiment.id == experiment_id)) is None:
        raise LookupError(f"no experiment with id {experiment_id}")


def _one(session: Session, task_id: int) -> Row:
    table = ExperimentTask.__table__
    row = session.execute(select(table).where(table.c.id == task_id)).mappings().first()
    if row is None:
        raise LookupError(f"no task with id {task_id}")
    return dict(row)
