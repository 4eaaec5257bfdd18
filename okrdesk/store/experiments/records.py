"""Experiments: the backlog of ideas, scheduling, the status chain and the decision.

Every writing function takes an open Session and never commits; each returns what its inverse
needs, so that an undo command can be built on it:

    create_experiment → delete_experiment → restore_experiment (same id and code)
    update_experiment(old values) → itself
    edit_experiment(old values, old status, undoing=True) → itself
    schedule_experiment(old start date) → itself
    set_status → restore_status (undo may jump several steps forward)
    decide → restore_decision

Codes EXP-0001… come from `workspace_settings.next_experiment_number` and are never reused,
even after a delete. Statuses run idea → planned → running → analysing → decided: one step
forward at a time, any number back; decided is reached only through `decide`, and left only
through `restore_decision`. Every status after idea needs a start date (Day 1).

Bad values raise InvalidExperimentError (which names the fields), a missing id LookupError,
a refused status change ValueError; nothing is written before a check fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from okrdesk.domain.experiment_rules import (
    VALUE_FIELDS,
    ExperimentValues,
    allowed_statuses,
    experiment_problems,
    ice_score,
)
from okrdesk.domain.text import Text
from okrdesk.store import versions
from okrdesk.store.errors import InvalidExperimentError
from okrdesk.store.experiments.tasks import DAY_TEMPLATE, create_day_tasks
from okrdesk.store.rows import Row, rows_where
from okrdesk.store.schema import (
    EXPERIMENT_DECISIONS,
    EXPERIMENT_STATUSES,
    Experiment,
    ExperimentArm,
    ExperimentTask,
    Funnel,
    FunnelStage,
    KeyResult,
    Person,
    WeeklyReview,
    WorkspaceSettings,
)
from okrdesk.store.words import ExperimentErrors
from okrdesk.store.workspace import notify

CODE_FORMAT = "EXP-{number:04d}"

__all__ = [
    "EXPERIMENT_STATUSES",
    "DecisionState",
    "ExperimentRow",
    "ExperimentValues",
    "InvalidExperimentError",
    "allowed_statuses",
    "backlog",
    "create_experiment",
    "decide",
    "delete_experiment",
    "edit_experiment",
    "experiment",
    "experiment_days",
    "experiments_in_week",
    "ice_score",
    "learnings",
    "restore_decision",
    "restore_experiment",
    "restore_status",
    "schedule_experiment",
    "set_status",
    "update_experiment",
]


@dataclass(frozen=True)
class ExperimentRow:
    """One experiment as the screens show it, with the names behind its ids."""

    id: int
    code: str
    status: str
    decision: str | None
    decided_on: dt.date | None
    learnings: str
    values: ExperimentValues
    key_result_title: str
    funnel_name: str
    from_stage_name: str
    to_stage_name: str
    owner_name: str
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)

    @property
    def title(self) -> str:
        return self.values.title

    @property
    def start_date(self) -> dt.date | None:
        return self.values.start_date

    @property
    def last_day(self) -> dt.date | None:
        start = self.values.start_date
        return None if start is None else start + dt.timedelta(days=self.values.duration_days - 1)

    @property
    def ice(self) -> float:
        return ice_score(self.values.impact, self.values.confidence, self.values.ease)


@dataclass(frozen=True)
class DecisionState:
    """What `decide` replaced, for `restore_decision`."""

    status: str
    decision: str | None
    learnings: str
    decided_on: dt.date | None
    decided_by_id: int | None = None


def format_code(number: int) -> str:
    return CODE_FORMAT.format(number=number)


def next_code(connection: Connection) -> str:
    """The code the workspace's counter gives the next new experiment."""
    number = connection.scalar(select(WorkspaceSettings.next_experiment_number))
    return format_code(number or 1)


# -- writing -----------------------------------------------------------------------------------


def create_experiment(
    session: Session,
    values: ExperimentValues,
    status: str | None = None,
    template: Sequence[tuple[int, str]] | None = None,
) -> tuple[int, str]:
    """Add an experiment with the next code; its id and code.

    Without a `status` it is an idea, or planned when it has a start date. A scheduled one
    gets its day tasks from `template`, as `schedule_experiment` gives them.
    """
    _check(session, values)
    status = status or ("idea" if values.start_date is None else "planned")
    if status not in EXPERIMENT_STATUSES or status == "decided":
        raise ValueError(f"a new experiment cannot be {status!r}")
    if status != "idea" and values.start_date is None:
        raise ValueError(_needs_start(status))
    settings = session.get(WorkspaceSettings, 1)
    if settings is None:
        raise LookupError("the workspace has no settings row")
    number = settings.next_experiment_number
    code = format_code(number)
    while session.scalar(select(Experiment.id).where(Experiment.code == code)) is not None:
        number += 1  # a code taken outside this counter is skipped, never reused
        code = format_code(number)
    session.execute(
        update(WorkspaceSettings)
        .where(WorkspaceSettings.id == 1)
        .values(next_experiment_number=number + 1)
    )
    row = _row(values) | {"code": code, "status": status}
    experiment_id = session.scalars(insert(Experiment).values(row).returning(Experiment.id)).one()
    if status != "idea":
        _create_day_tasks_if_none(session, experiment_id, template)
    return experiment_id, code


def update_experiment(
    session: Session, experiment_id: int, values: ExperimentValues
) -> ExperimentValues:
    """Change an experiment's fields; returns the previous values.

    A start date makes an idea planned and clearing it makes a planned one an idea again, as
    scheduling does; a running or later experiment keeps a start date.
    """
    row = _one(session, experiment_id)
    _check(session, values)
    status = _status_for_start(row["status"], values.start_date)
    _set(session, experiment_id, _row(values) | {"status": status})
    return _values(row)


def edit_experiment(
    session: Session,
    experiment_id: int,
    values: ExperimentValues,
    status: str,
    *,
    undoing: bool = False,
    template: Sequence[tuple[int, str]] | None = None,
) -> tuple[ExperimentValues, str]:
    """What the editor saves: the values and the status together; the previous pair.

    The status must be one `allowed_statuses` offers (any, when `undoing` an earlier edit);
    a decided experiment stays decided. A scheduled experiment without day tasks gets them.
    """
    edit = save_experiment(
        session, experiment_id, values, status, undoing=undoing, template=template
    )
    return edit.previous, edit.previous_status


@dataclass(frozen=True)
class ExperimentEdit:
    """What save_experiment replaced, and the experiment's version after it."""

    previous: ExperimentValues
    previous_status: str
    version: int


def save_experiment(
    session: Session,
    experiment_id: int,
    values: ExperimentValues,
    status: str,
    seen_version: int | None = None,
    author_id: int | None = None,
    *,
    undoing: bool = False,
    template: Sequence[tuple[int, str]] | None = None,
) -> ExperimentEdit:
    """edit_experiment of the experiment as a screen read it at `seen_version`: changed by
    someone since, it is refused (versions.ConflictError) with nothing written."""
    row = _one(session, experiment_id)
    if seen_version is not None and row["version"] != seen_version:
        yours = _row(values) | {"status": status}
        theirs = versions.conflict(session, Experiment, experiment_id, seen_version, yours)
        raise versions.ConflictError(theirs)
    _check(session, values)
    current = row["status"]
    if "decided" in (current, status) and status != current:
        raise ValueError(
            ExperimentErrors.tr(
                "an experiment is decided, and stops being so, through its decision"
            )
        )
    if not undoing and status not in allowed_statuses(current):
        raise ValueError(_moves_on(current, status))
    if status != "idea" and values.start_date is None:
        raise ValueError(_needs_start(status))
    changes = _row(values) | {"status": status}
    version = versions.write(session, Experiment, experiment_id, changes, seen_version, author_id)
    if status != "idea" and not undoing:
        _create_day_tasks_if_none(session, experiment_id, template)
    return ExperimentEdit(_values(row), current, version)


def schedule_experiment(
    session: Session,
    experiment_id: int,
    start_date: dt.date | None,
    template: Sequence[tuple[int, str]] | None = None,
) -> dt.date | None:
    """Give an experiment its Day 1 (None takes it off the calendar); the previous start date.

    An idea becomes planned; a planned one without a date is an idea again. An experiment
    without day tasks gets them from `template` (the store's DAY_TEMPLATE when None; the UI
    passes its translated titles), owned by the experiment's owner.
    """
    row = _one(session, experiment_id)
    status = _status_for_start(row["status"], start_date)
    _set(session, experiment_id, {"start_date": start_date, "status": status})
    if start_date is not None:
        _create_day_tasks_if_none(session, experiment_id, template)
    return row["start_date"]


def set_status(session: Session, experiment_id: int, status: str) -> str:
    """Move along idea → planned → running → analysing; returns the previous status."""
    row = _one(session, experiment_id)
    current = row["status"]
    if status == current:
        return current
    if status not in EXPERIMENT_STATUSES:
        raise ValueError(f"unknown status {status!r}")
    if current == "decided":
        raise ValueError(
            ExperimentErrors.tr(
                "a decided experiment keeps its status until its decision is cleared"
            )
        )
    if status == "decided":
        raise ValueError(ExperimentErrors.tr("an experiment is decided by recording its decision"))
    if EXPERIMENT_STATUSES.index(status) > EXPERIMENT_STATUSES.index(current) + 1:
        raise ValueError(_moves_on(current, status))
    return restore_status(session, experiment_id, status)


def restore_status(session: Session, experiment_id: int, status: str) -> str:
    """Put back a status `set_status` replaced, whatever the distance; the previous status."""
    row = _one(session, experiment_id)
    if status not in EXPERIMENT_STATUSES or status == "decided":
        raise ValueError(f"cannot restore the status {status!r}")
    if row["status"] == "decided":
        raise ValueError(
            ExperimentErrors.tr(
                "a decided experiment keeps its status until its decision is cleared"
            )
        )
    if status != "idea" and row["start_date"] is None:
        raise ValueError(_needs_start(status))
    _set(session, experiment_id, {"status": status})
    return row["status"]


def decide(
    session: Session,
    experiment_id: int,
    decision: str,
    learnings: str,
    decided_on: dt.date,
    author_id: int | None = None,
) -> DecisionState:
    """Record the decision of a running or analysed experiment (or change a decided one).

    Rolling back keeps every record: the experiment, its tasks and its results stay.
    `author_id` is the person who decided (None: unknown).
    """
    row = _one(session, experiment_id)
    if decision not in EXPERIMENT_DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    if row["status"] not in ("running", "analysing", "decided"):
        message = ExperimentErrors.tr("a {status} experiment has nothing to decide yet")
        raise ValueError(message.format(status=row["status"]))
    decided = {
        "status": "decided",
        "decision": decision,
        "learnings": learnings.strip(),
        "decided_on": decided_on,
        "decided_by_id": author_id,
    }
    _set(session, experiment_id, decided)
    notify.announce(session, notify.DECISION, experiment_id, author_id)
    return _decision_state(row)


def restore_decision(session: Session, experiment_id: int, state: DecisionState) -> DecisionState:
    """Put back the status, decision and learnings `decide` replaced; the replaced state."""
    row = _one(session, experiment_id)
    if (state.decision is None) != (state.status != "decided"):
        raise ValueError(
            ExperimentErrors.tr("a decision goes with the decided status, and only with it")
        )
    _set(session, experiment_id, asdict(state))
    return _decision_state(row)


def delete_experiment(session: Session, experiment_id: int) -> Row:
    """Delete an experiment with its tasks and results; a snapshot for restore_experiment."""
    row = _one(session, experiment_id)
    snapshot = {
        "experiment": row,
        "tasks": rows_where(session, ExperimentTask, ExperimentTask.experiment_id == experiment_id),
        "arms": rows_where(session, ExperimentArm, ExperimentArm.experiment_id == experiment_id),
        "reviews": [
            dict(row)
            for row in session.execute(
                select(WeeklyReview.id, WeeklyReview.updated_at).where(
                    WeeklyReview.next_experiment_id == experiment_id
                )
            ).mappings()
        ],
    }
    session.execute(delete(Experiment).where(Experiment.id == experiment_id))
    return snapshot


def restore_experiment(session: Session, snapshot: Row) -> None:
    """Put a deleted experiment back with its id, code, tasks, results and review links."""
    experiment = snapshot["experiment"]
    if session.get(Experiment, experiment["id"]) is not None:
        raise ValueError(f"experiment {experiment['id']} exists already")
    session.execute(insert(Experiment.__table__), [experiment])
    for model, key in ((ExperimentTask, "tasks"), (ExperimentArm, "arms")):
        if snapshot[key]:
            session.execute(insert(model.__table__), snapshot[key])
    for review in snapshot["reviews"]:
        # The review's text did not change: its updated_at stays what it was.
        session.execute(
            update(WeeklyReview)
            .where(WeeklyReview.id == review["id"])
            .values(
                next_experiment_id=experiment["id"],
                updated_at=review["updated_at"],
                version=WeeklyReview.version + 1,
            )
        )


def _status_for_start(status: str, start_date: dt.date | None) -> str:
    if start_date is not None:
        return "planned" if status == "idea" else status
    if status == "planned":
        return "idea"
    if status != "idea":
        message = ExperimentErrors.tr("a {status} experiment keeps its start date")
        raise ValueError(message.format(status=status))
    return status


def _next_status(status: str) -> str:
    return EXPERIMENT_STATUSES[EXPERIMENT_STATUSES.index(status) + 1]


def _create_day_tasks_if_none(
    session: Session, experiment_id: int, template: Sequence[tuple[int, str]] | None
) -> None:
    has_tasks = session.scalar(
        select(ExperimentTask.id).where(ExperimentTask.experiment_id == experiment_id).limit(1)
    )
    if has_tasks is None:
        owner_id = session.scalar(select(Experiment.owner_id).where(Experiment.id == experiment_id))
        create_day_tasks(session, experiment_id, template or DAY_TEMPLATE, owner_id)


def _decision_state(row: Row) -> DecisionState:
    return DecisionState(
        row["status"], row["decision"], row["learnings"], row["decided_on"], row["decided_by_id"]
    )


def _set(session: Session, experiment_id: int, values: Row) -> None:
    """Change an experiment's columns; as every change people make, it moves the version on."""
    statement = update(Experiment).where(Experiment.id == experiment_id)
    session.execute(statement.values(values | {"version": Experiment.version + 1}))


def _row(values: ExperimentValues) -> Row:
    return asdict(values) | {
        "title": values.title.strip(),
        "hypothesis": values.hypothesis.strip(),
        "variable": values.variable.strip(),
    }


def _values(row: Row) -> ExperimentValues:
    return ExperimentValues(**{name: row[name] for name in VALUE_FIELDS})


def _stage_positions(session: Session, funnel_id: int | None) -> dict[int, tuple[int, int]]:
    if funnel_id is None:
        return {}
    rows = session.execute(
        select(FunnelStage.id, FunnelStage.funnel_id, FunnelStage.position).where(
            FunnelStage.funnel_id == funnel_id
        )
    )
    return {stage_id: (funnel, position) for stage_id, funnel, position in rows}


def _check(session: Session, values: ExperimentValues) -> None:
    problems = experiment_problems(values, _stage_positions(session, values.funnel_id))
    if problems:
        raise InvalidExperimentError(problems)
    for model, value, what in (
        (KeyResult, values.key_result_id, "key result"),
        (Funnel, values.funnel_id, "funnel"),
        (Person, values.owner_id, "person"),
    ):
        if value is not None and session.get(model, value) is None:
            raise LookupError(f"no {what} with id {value}")


def _one(session: Session, experiment_id: int) -> Row:
    table = Experiment.__table__
    row = session.execute(select(table).where(table.c.id == experiment_id)).mappings().first()
    if row is None:
        raise LookupError(f"no experiment with id {experiment_id}")
    return dict(row)


# -- reading -----------------------------------------------------------------------------------


def _select() -> Any:
    kr, funnel, owner = aliased(KeyResult), aliased(Funnel), aliased(Person)
    from_stage, to_stage = aliased(FunnelStage), aliased(FunnelStage)
    columns = [getattr(Experiment, name) for name in VALUE_FIELDS]
    return (
        select(
            Experiment.id,
            Experiment.code,
            Experiment.status,
            Experiment.decision,
            Experiment.decided_on,
            Experiment.learnings,
            *columns,
            func.coalesce(kr.title, ""),
            func.coalesce(funnel.name, ""),
            func.coalesce(from_stage.name, ""),
            func.coalesce(to_stage.name, ""),
            func.coalesce(owner.name, ""),
            Experiment.version,
        )
        .outerjoin(kr, Experiment.key_result_id == kr.id)
        .outerjoin(funnel, Experiment.funnel_id == funnel.id)
        .outerjoin(from_stage, Experiment.from_stage_id == from_stage.id)
        .outerjoin(to_stage, Experiment.to_stage_id == to_stage.id)
        .outerjoin(owner, Experiment.owner_id == owner.id)
    )


def _experiment_rows(connection: Connection, statement: Any) -> list[ExperimentRow]:
    count = len(VALUE_FIELDS)
    found = []
    rows: Iterable[Sequence[Any]] = connection.execute(statement)
    for row in rows:
        head, values, names = row[:6], row[6 : 6 + count], row[6 + count :]
        fields = (*head, ExperimentValues(*values), *names)
        found.append(ExperimentRow(*fields))
    return found


def experiment(connection: Connection, experiment_id: int) -> ExperimentRow:
    """One experiment; LookupError when there is none with that id."""
    rows = _experiment_rows(connection, _select().where(Experiment.id == experiment_id))
    if not rows:
        raise LookupError(f"no experiment with id {experiment_id}")
    return rows[0]


def backlog(connection: Connection, statuses: Sequence[str] = ("idea",)) -> list[ExperimentRow]:
    """Experiments in those statuses (ideas by default), best ICE first, then by code."""
    statement = _select().where(Experiment.status.in_(list(statuses)))
    ice = Experiment.impact + Experiment.confidence + Experiment.ease
    return _experiment_rows(connection, statement.order_by(ice.desc(), Experiment.code))


def experiments_in_week(connection: Connection, monday: dt.date) -> list[ExperimentRow]:
    """Experiments whose Day 1 falls in the week starting on `monday`, by start then code."""
    statement = _select().where(
        Experiment.start_date >= monday, Experiment.start_date < monday + dt.timedelta(days=7)
    )
    return _experiment_rows(connection, statement.order_by(Experiment.start_date, Experiment.code))


def learnings(connection: Connection, search: str = "") -> list[ExperimentRow]:
    """Decided experiments, latest decision first; `search` matches code, title, hypothesis,
    variable or learnings, ignoring case."""
    statement = _select().where(Experiment.status == "decided")
    text = search.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (
                        Experiment.code,
                        Experiment.title,
                        Experiment.hypothesis,
                        Experiment.variable,
                        Experiment.learnings,
                    )
                )
            )
        )
    order = (
        Experiment.decided_on.is_(None),
        Experiment.decided_on.desc(),
        Experiment.start_date.desc(),
        Experiment.code.desc(),
    )
    return _experiment_rows(connection, statement.order_by(*order))


def experiment_days(connection: Connection) -> list[tuple[str, dt.date, dt.date]]:
    """(code, first day, last day) of every scheduled experiment past the idea stage."""
    rows = connection.execute(
        select(Experiment.code, Experiment.start_date, Experiment.duration_days)
        .where(Experiment.start_date.is_not(None), Experiment.status != "idea")
        .order_by(Experiment.start_date, Experiment.code)
    )
    return [
        (code, start, start + dt.timedelta(days=duration - 1))
        for code, start, duration in rows
        if start is not None
    ]


def _needs_start(status: str) -> Text:
    return ExperimentErrors.tr("a {status} experiment needs a start date").format(status=status)


def _moves_on(current: str, status: str) -> Text:
    message = ExperimentErrors.tr("{current} moves on to {next} first, not to {status}")
    return message.format(current=current, next=_next_status(current), status=status)
