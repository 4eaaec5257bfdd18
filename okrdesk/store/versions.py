"""No lost update: a save names the version of the row its screen read, and a row that moved
since is refused as a conflict carrying theirs (the row now, who changed it and when) and yours.

The version travels with the edit from the screen that read the row (okrdesk.store.okr.queries
and the experiment rows carry it): re-reading it in the saving transaction would protect
nothing. `write` is the guarded UPDATE of objectives, key results and experiments: `... SET
version = version + 1 WHERE id = ? AND version = ?`; a row someone else changed, or deleted,
matches nothing, and nothing is written. Without a version (imports, the command line, tests
that build a history) it writes and still moves the version on, so that a guarded save after
it sees the change. A check-in is replaced by deleting exactly the row (id and version) that
was read, and corrected through the mapper's own version check (okrdesk.store.okr.checkins).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from okrdesk.domain.text import Text
from okrdesk.store import schema
from okrdesk.store.rows import Row
from okrdesk.store.schema import CheckIn, Experiment, KeyResult, Objective, Person
from okrdesk.store.words import StoreErrors

# What each model is called in a conflict's sentence.
KINDS: dict[type[Any], str] = {
    Objective: "objective",
    KeyResult: "key_result",
    CheckIn: "checkin",
    Experiment: "experiment",
    schema.Person: "person",
    schema.Team: "team",
    schema.Initiative: "initiative",
    schema.Kpi: "kpi",
    schema.KpiValue: "kpi_value",
    schema.Funnel: "funnel",
    schema.FunnelStage: "funnel_stage",
    schema.ExperimentTask: "experiment_task",
    schema.Cycle: "cycle",
    schema.WeeklyReview: "weekly_review",
    schema.WorkspaceSettings: "settings",
    schema.ExperimentArm: "experiment_arm",
    schema.KeyResultBinding: "key_result_binding",
    schema.FunnelCount: "funnel_count",
}


def now() -> dt.datetime:
    """UTC, no time zone, as every time is stored."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Theirs:
    """The row as it is now: its columns, its version, who changed it last and when."""

    row: Row
    version: int
    changed_by: str = ""  # the person's name; "" when unknown
    changed_at: dt.datetime | None = None  # UTC, no time zone


@dataclass(frozen=True)
class Conflict:
    """A refused save: `theirs` None when the row was deleted; `yours` the values tried."""

    kind: str  # objective, key_result, checkin, experiment
    row_id: int | None
    title: str
    seen_version: int | None
    theirs: Theirs | None
    yours: Mapping[str, Any] = field(default_factory=dict)


class ConflictError(ValueError):
    """Someone else changed (or deleted) the row since the screen read it; nothing was saved."""

    def __init__(self, conflict: Conflict, *, undoing: bool = False) -> None:
        self.conflict = conflict
        self.undoing = undoing
        self.text = _sentence(conflict, undoing)
        super().__init__(str(self.text))

    def for_undo(self) -> ConflictError:
        """The same conflict, said as the refusal of an undo."""
        return ConflictError(self.conflict, undoing=True)


def _sentence(conflict: Conflict, undoing: bool) -> Text:
    title = conflict.title
    if conflict.theirs is None:
        if undoing:
            return StoreErrors.tr(
                "“{title}” was deleted by someone else; nothing was undone."
            ).format(title=title)
        return StoreErrors.tr("“{title}” was deleted by someone else; nothing was saved.").format(
            title=title
        )
    name = conflict.theirs.changed_by
    if undoing:
        if name:
            return StoreErrors.tr(
                "{name} changed “{title}” after you; undoing would overwrite that change, "
                "so nothing was undone."
            ).format(name=name, title=title)
        return StoreErrors.tr(
            "Someone else changed “{title}” after you; undoing would overwrite that change, "
            "so nothing was undone."
        ).format(title=title)
    if name:
        return StoreErrors.tr(
            "{name} changed “{title}” after you opened it; nothing was saved."
        ).format(name=name, title=title)
    return StoreErrors.tr(
        "Someone else changed “{title}” after you opened it; nothing was saved."
    ).format(title=title)


def write(
    session: Session,
    model: type[Any],
    row_id: int,
    values: Mapping[str, Any],
    seen_version: int | None = None,
    author_id: int | None = None,
    when: dt.datetime | None = None,
) -> int:
    """Change one row; its new version. With `seen_version`, only if the row is still at it,
    else ConflictError (nothing written). A signed row records `author_id` and `when`."""
    table = model.__table__
    changes: dict[str, Any] = dict(values) | {"version": table.c.version + 1}
    if "changed_by_id" in table.c:
        changes |= {"changed_by_id": author_id, "changed_at": when or now()}
    statement = update(table).where(table.c.id == row_id).values(changes)
    if seen_version is not None:
        statement = statement.where(table.c.version == seen_version)
    found = session.execute(statement.returning(table.c.version)).scalar_one_or_none()
    if found is None:
        if seen_version is None:
            raise LookupError(f"no {KINDS.get(model, table.name)} with id {row_id}")
        raise ConflictError(conflict(session, model, row_id, seen_version, values))
    return int(found)


def require(
    session: Session,
    model: type[Any],
    row_id: int,
    seen_version: int | None,
    yours: Mapping[str, Any],
) -> None:
    """A save of a row read at `seen_version` finds it gone: ConflictError without theirs.
    (Without a version, a missing row is the caller's LookupError.)"""
    if seen_version is None:
        return
    table = model.__table__
    if session.scalar(select(table.c.id).where(table.c.id == row_id)) is None:
        title = str(yours.get("title") or yours.get("name") or "")
        raise ConflictError(
            Conflict(KINDS.get(model, table.name), row_id, title, seen_version, None, dict(yours))
        )


def conflict(
    session: Session,
    model: type[Any],
    row_id: int,
    seen_version: int | None,
    yours: Mapping[str, Any],
    title: str = "",
) -> Conflict:
    """The conflict of a save of `yours` over the row `row_id` as it is now."""
    return Conflict(
        kind=KINDS.get(model, model.__table__.name),
        row_id=row_id,
        title=title or _title(session, model, row_id, yours),
        seen_version=seen_version,
        theirs=theirs(session, model, row_id),
        yours=dict(yours),
    )


def theirs(session: Session, model: type[Any], row_id: int) -> Theirs | None:
    """The row as it is now, or None when it is gone."""
    table = model.__table__
    found = session.execute(select(table).where(table.c.id == row_id)).mappings().one_or_none()
    if found is None:
        return None
    row = dict(found)
    if model is CheckIn:
        author_id, when = row["author_id"], row["created_at"]
    else:
        author_id, when = row.get("changed_by_id"), row.get("changed_at")
    name = ""
    if author_id is not None:
        name = session.scalar(select(Person.name).where(Person.id == author_id)) or ""
    return Theirs(row=row, version=row["version"], changed_by=name, changed_at=when)


def _title(session: Session, model: type[Any], row_id: int, yours: Mapping[str, Any]) -> str:
    """What the sentence calls the row: its title or name, or that of the row it belongs to
    (a check-in's key result, a KPI value's KPI)."""
    columns = model.__table__.c
    for column in ("title", "name"):
        if column in columns:
            now_title = session.scalar(select(columns[column]).where(columns.id == row_id))
            return str(now_title or yours.get(column) or "")
    if model is schema.KpiValue:
        kpi_id = session.scalar(select(columns.kpi_id).where(columns.id == row_id))
        return str(session.scalar(select(schema.Kpi.name).where(schema.Kpi.id == kpi_id)) or "")
    key_result_id = yours.get("key_result_id")
    return str(session.scalar(select(KeyResult.title).where(KeyResult.id == key_result_id)) or "")


def expect(
    session: Session,
    model: type[Any],
    row_id: int,
    seen_version: int | None,
    yours: Mapping[str, Any],
) -> None:
    """Before a save checks its values: the row read at `seen_version` is still at it, else
    ConflictError (without theirs when it was deleted). `write` makes it sure, in its UPDATE."""
    if seen_version is None:
        return
    require(session, model, row_id, seen_version, yours)
    table = model.__table__
    found = session.scalar(select(table.c.version).where(table.c.id == row_id))
    if found != seen_version:
        raise ConflictError(conflict(session, model, row_id, seen_version, yours))


def titled(error: ConflictError, title: str) -> ConflictError:
    """The same refusal, naming the row `title` (a cycle's or a review's name, say)."""
    return ConflictError(replace(error.conflict, title=title), undoing=error.undoing)
