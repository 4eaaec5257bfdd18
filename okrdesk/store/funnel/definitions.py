"""Funnels and their stages: create, rename, reorder and delete, each with its inverse.

Every function takes an open Session (or Connection, for reads) and never commits: the caller
runs one user action in one transaction. Each write returns what its inverse needs:

    create_funnel → delete_funnel       delete_funnel → restore_funnel
    add_stage → delete_stage            delete_stage → restore_stage
    rename_funnel / rename_stage (old name) → itself
    move_stage (old position) → itself

A deleted stage's id may be given to the next new stage (funnel_stages.id is not
AUTOINCREMENT), so delete_stage also takes the stage out of the lead memory and out of the
rows imports keep for their undo; restore_stage puts both back.

Stage positions of a funnel are kept 0..n−1 without gaps. A name that is empty, too long or
already taken raises InvalidNameError (a ValueError with the problem); an id that does not
exist raises LookupError. Nothing is written before a check fails.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from okrdesk.store import versions
from okrdesk.store.errors import InvalidNameError
from okrdesk.store.people import name_problems
from okrdesk.store.rows import Row, rows_where
from okrdesk.store.schema import (
    CheckIn,
    Experiment,
    Funnel,
    FunnelCohortCount,
    FunnelCount,
    FunnelLeadSpeed,
    FunnelLeadWeek,
    FunnelSpend,
    FunnelStage,
    ImportBatch,
    KeyResultBinding,
)

DEFAULT_STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
# The funnel a new workspace starts with, so that an experiment can be planned at once.
DEFAULT_FUNNEL_NAME = "Sales funnel"
# The tables a change of a funnel or of its stages may touch, for the screens to reload.
DEFINITION_TABLES = frozenset(
    {
        "funnels",
        "funnel_stages",
        "funnel_counts",
        "funnel_cohort_counts",
        "funnel_lead_speed",
        "funnel_lead_weeks",
        "funnel_spend",
        "import_batches",
        "key_result_bindings",
        "experiments",
    }
)

Reader = Session | Connection


@dataclass(frozen=True)
class FunnelRow:
    id: int
    name: str
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


@dataclass(frozen=True)
class StageRow:
    id: int
    name: str
    position: int
    version: int = 1  # as read: an edit names it (okrdesk.store.versions)


@dataclass(frozen=True)
class DeletedStage:
    """A deleted stage and what went with it: its counts, cohort counts and bindings (rows),
    the experiments whose from/to stage pointed at it, the positions it renumbered, and the
    lead memory it was taken out of (lead key, week, stage_times before)."""

    stage: Row
    counts: tuple[Row, ...]
    cohort_counts: tuple[Row, ...]
    bindings: tuple[Row, ...]
    experiments_from: tuple[int, ...]
    experiments_to: tuple[int, ...]
    positions: tuple[tuple[int, int], ...]
    lead_weeks: tuple[tuple[str, dt.date, str], ...] = ()
    batches_replaced: tuple[tuple[int, str], ...] = ()  # (import batch id, replaced before)


@dataclass(frozen=True)
class DeletedFunnel:
    """A deleted funnel with every row that went with it, and the links it cleared."""

    funnel: Row
    stages: tuple[Row, ...]
    batches: tuple[Row, ...]
    counts: tuple[Row, ...]
    cohort_counts: tuple[Row, ...]
    lead_speed: tuple[Row, ...]
    spend: tuple[Row, ...]
    bindings: tuple[Row, ...]
    experiments: tuple[Row, ...]  # id, funnel_id, from_stage_id, to_stage_id before the delete
    checkin_batches: tuple[tuple[int, int], ...]  # (check-in id, import batch id)
    lead_weeks: tuple[Row, ...] = ()  # the lead memory


# -- reading ---------------------------------------------------------------------------------


def list_funnels(connection: Reader) -> list[FunnelRow]:
    """Every funnel, in the order they were created."""
    rows = connection.execute(select(Funnel.id, Funnel.name, Funnel.version).order_by(Funnel.id))
    return [FunnelRow(*row) for row in rows]


def list_stages(connection: Reader, funnel_id: int) -> list[StageRow]:
    """A funnel's stages in funnel order."""
    query = (
        select(FunnelStage.id, FunnelStage.name, FunnelStage.position, FunnelStage.version)
        .where(FunnelStage.funnel_id == funnel_id)
        .order_by(FunnelStage.position, FunnelStage.id)
    )
    return [StageRow(*row) for row in connection.execute(query)]


def funnels_with_stages(connection: Reader) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """Every funnel's id, name and stages' (id, name) in funnel order, funnels in the order
    they were created: one statement."""
    rows = connection.execute(
        select(Funnel.id, Funnel.name, FunnelStage.id, FunnelStage.name)
        .outerjoin(FunnelStage, FunnelStage.funnel_id == Funnel.id)
        .order_by(Funnel.id, FunnelStage.position, FunnelStage.id)
    )
    funnels: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for funnel_id, funnel_name, stage_id, stage_name in rows:
        _, stages = funnels.setdefault(funnel_id, (funnel_name, []))
        if stage_id is not None:
            stages.append((stage_id, stage_name))
    return [(funnel_id, name, stages) for funnel_id, (name, stages) in funnels.items()]


def stage_weeks(connection: Reader, stage_id: int) -> int:
    """How many weeks hold counts of a stage (what deleting it would take away)."""
    query = select(func.count(func.distinct(FunnelCount.week_start))).where(
        FunnelCount.stage_id == stage_id
    )
    return connection.scalar(query) or 0


def funnel_weeks(connection: Reader, funnel_id: int) -> int:
    """How many weeks hold counts of any of a funnel's stages."""
    query = (
        select(func.count(func.distinct(FunnelCount.week_start)))
        .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
        .where(FunnelStage.funnel_id == funnel_id)
    )
    return connection.scalar(query) or 0


def untouched_default_funnel(connection: Reader) -> int | None:
    """The id of the funnel a new workspace starts with while nobody has used it, else None.

    Untouched: it is the only funnel, with its default name and stages, and no counts, spend,
    lead memory, import (even an undone one), key result binding or experiment refers to it.
    """
    funnels = list_funnels(connection)
    if len(funnels) != 1 or funnels[0].name != DEFAULT_FUNNEL_NAME:
        return None
    funnel_id = funnels[0].id
    if tuple(stage.name for stage in list_stages(connection, funnel_id)) != DEFAULT_STAGES:
        return None
    stages = select(FunnelStage.id).where(FunnelStage.funnel_id == funnel_id)
    uses = [
        select(FunnelCount.id).where(FunnelCount.stage_id.in_(stages)),
        select(FunnelCohortCount.id).where(FunnelCohortCount.stage_id.in_(stages)),
        *(
            select(model.id).where(model.funnel_id == funnel_id)
            for model in (
                FunnelSpend,
                FunnelLeadSpeed,
                FunnelLeadWeek,
                ImportBatch,
                KeyResultBinding,
                Experiment,
            )
        ),
    ]
    if any(connection.scalar(query.limit(1)) is not None for query in uses):
        return None
    return funnel_id


# -- funnels ---------------------------------------------------------------------------------


def create_funnel(session: Session, name: str, stages: Sequence[str] = DEFAULT_STAGES) -> int:
    """A new funnel with `stages` in that order; its id."""
    name = name.strip()
    _check_name(name, _funnel_names(session, None))
    names: list[str] = []
    for stage in stages:
        _check_name(stage.strip(), names)
        names.append(stage.strip())
    funnel_id = session.scalars(insert(Funnel).values(name=name).returning(Funnel.id)).one()
    if names:
        rows = [
            {"funnel_id": funnel_id, "name": stage, "position": position}
            for position, stage in enumerate(names)
        ]
        session.execute(insert(FunnelStage), rows)
    return funnel_id


def rename_funnel(
    session: Session, funnel_id: int, name: str, seen_version: int | None = None
) -> str:
    """Give a funnel another name; returns the previous one. With `seen_version`, the funnel
    as a screen read it: changed since, versions.ConflictError and nothing written; saved, it
    is at `seen_version` + 1."""
    name = name.strip()
    versions.expect(session, Funnel, funnel_id, seen_version, {"name": name})
    previous = _one(session, Funnel, funnel_id)["name"]
    if name != previous:
        _check_name(name, _funnel_names(session, funnel_id))
    if name != previous or seen_version is not None:
        versions.write(session, Funnel, funnel_id, {"name": name}, seen_version)
    return previous


def delete_funnel(session: Session, funnel_id: int) -> DeletedFunnel:
    """Delete a funnel with its stages, data, import history and key result bindings.

    Experiments measured on it keep going without a funnel; check-ins made by its imports
    stay, no longer linked to the import.
    """
    funnel = _one(session, Funnel, funnel_id)
    stage_ids = _ids(session, FunnelStage, FunnelStage.funnel_id == funnel_id)
    batch_ids = _ids(session, ImportBatch, ImportBatch.funnel_id == funnel_id)
    linked = or_(
        Experiment.funnel_id == funnel_id,
        Experiment.from_stage_id.in_(stage_ids),
        Experiment.to_stage_id.in_(stage_ids),
    )
    experiments = tuple(
        dict(row._mapping)
        for row in session.execute(
            select(
                Experiment.id,
                Experiment.funnel_id,
                Experiment.from_stage_id,
                Experiment.to_stage_id,
            ).where(linked)
        )
    )
    checkin_batches = tuple(
        (row.id, row.import_batch_id)
        for row in session.execute(
            select(CheckIn.id, CheckIn.import_batch_id).where(
                CheckIn.import_batch_id.in_(batch_ids)
            )
        )
    )
    snapshot = DeletedFunnel(
        funnel=funnel,
        stages=_rows(session, FunnelStage, FunnelStage.funnel_id == funnel_id),
        batches=_rows(session, ImportBatch, ImportBatch.funnel_id == funnel_id),
        counts=_rows(session, FunnelCount, FunnelCount.stage_id.in_(stage_ids)),
        cohort_counts=_rows(session, FunnelCohortCount, FunnelCohortCount.stage_id.in_(stage_ids)),
        lead_speed=_rows(session, FunnelLeadSpeed, FunnelLeadSpeed.funnel_id == funnel_id),
        spend=_rows(session, FunnelSpend, FunnelSpend.funnel_id == funnel_id),
        bindings=_rows(session, KeyResultBinding, KeyResultBinding.funnel_id == funnel_id),
        experiments=experiments,
        checkin_batches=checkin_batches,
        lead_weeks=_rows(session, FunnelLeadWeek, FunnelLeadWeek.funnel_id == funnel_id),
    )
    session.execute(delete(Funnel).where(Funnel.id == funnel_id))
    return snapshot


def restore_funnel(session: Session, snapshot: DeletedFunnel) -> None:
    """Put back a deleted funnel with its ids, its rows and the links its delete cleared."""
    if session.get(Funnel, snapshot.funnel["id"]) is not None:
        raise ValueError(f"funnel {snapshot.funnel['id']} exists already")
    _check_name(snapshot.funnel["name"], _funnel_names(session, None))
    session.execute(insert(Funnel), [snapshot.funnel])
    for table, rows in (
        (FunnelStage, snapshot.stages),
        (ImportBatch, snapshot.batches),
        (FunnelCount, snapshot.counts),
        (FunnelCohortCount, snapshot.cohort_counts),
        (FunnelLeadSpeed, snapshot.lead_speed),
        (FunnelSpend, snapshot.spend),
        (KeyResultBinding, snapshot.bindings),
        (FunnelLeadWeek, snapshot.lead_weeks),
    ):
        if rows:
            session.execute(insert(table), list(rows))
    for row in snapshot.experiments:
        links = {key: row[key] for key in ("funnel_id", "from_stage_id", "to_stage_id")}
        session.execute(update(Experiment).where(Experiment.id == row["id"]).values(links))
    for checkin_id, batch_id in snapshot.checkin_batches:
        session.execute(
            update(CheckIn).where(CheckIn.id == checkin_id).values(import_batch_id=batch_id)
        )


# -- stages ----------------------------------------------------------------------------------


def add_stage(session: Session, funnel_id: int, name: str, position: int | None = None) -> int:
    """A new stage, last or at `position` (later stages move down one); its id."""
    _one(session, Funnel, funnel_id)
    name = name.strip()
    stages = list_stages(session, funnel_id)
    _check_name(name, [stage.name for stage in stages])
    if position is None:
        position = len(stages)
    if not 0 <= position <= len(stages):
        raise ValueError(f"position {position} is outside 0..{len(stages)}")
    _set_positions(session, [(s.id, s.position + 1) for s in stages if s.position >= position])
    row = {"funnel_id": funnel_id, "name": name, "position": position}
    return session.scalars(insert(FunnelStage).values(row).returning(FunnelStage.id)).one()


def rename_stage(
    session: Session, stage_id: int, name: str, seen_version: int | None = None
) -> str:
    """Give a stage another name; returns the previous one. With `seen_version`, the stage as
    a screen read it: changed since, versions.ConflictError and nothing written; saved, it is
    at `seen_version` + 1."""
    name = name.strip()
    versions.expect(session, FunnelStage, stage_id, seen_version, {"name": name})
    stage = _one(session, FunnelStage, stage_id)
    if name != stage["name"]:
        others = [s.name for s in list_stages(session, stage["funnel_id"]) if s.id != stage_id]
        _check_name(name, others)
    if name != stage["name"] or seen_version is not None:
        versions.write(session, FunnelStage, stage_id, {"name": name}, seen_version)
    return stage["name"]


def move_stage(
    session: Session, stage_id: int, position: int, seen_version: int | None = None
) -> int:
    """Put a stage at `position` among its funnel's stages; returns the position it had. With
    `seen_version`, the stage as a screen read it (renamed or moved since: a conflict); the
    moved stage's version moves on, the others only shift."""
    versions.expect(session, FunnelStage, stage_id, seen_version, {"position": position})
    stage = _one(session, FunnelStage, stage_id)
    order = [s.id for s in list_stages(session, stage["funnel_id"])]
    if not 0 <= position < len(order):
        raise ValueError(f"position {position} is outside 0..{len(order) - 1}")
    previous = order.index(stage_id)
    order.remove(stage_id)
    order.insert(position, stage_id)
    _set_positions(session, [(sid, place) for place, sid in enumerate(order)])
    versions.write(session, FunnelStage, stage_id, {"position": position}, seen_version)
    return previous


def delete_stage(session: Session, stage_id: int) -> DeletedStage:
    """Delete a stage with its counts and the key result bindings that read it.

    Experiments measured from or to it keep going without that stage; the stages after it
    move up one.
    """
    stage = _one(session, FunnelStage, stage_id)
    later = [
        (s.id, s.position)
        for s in list_stages(session, stage["funnel_id"])
        if s.position > stage["position"]
    ]
    snapshot = DeletedStage(
        stage=stage,
        counts=_rows(session, FunnelCount, FunnelCount.stage_id == stage_id),
        cohort_counts=_rows(session, FunnelCohortCount, FunnelCohortCount.stage_id == stage_id),
        bindings=_rows(
            session,
            KeyResultBinding,
            or_(
                KeyResultBinding.from_stage_id == stage_id,
                KeyResultBinding.to_stage_id == stage_id,
            ),
        ),
        experiments_from=tuple(_ids(session, Experiment, Experiment.from_stage_id == stage_id)),
        experiments_to=tuple(_ids(session, Experiment, Experiment.to_stage_id == stage_id)),
        positions=tuple(later),
        lead_weeks=_forget_in_memory(session, stage["funnel_id"], stage_id),
        batches_replaced=_forget_in_imports(session, stage["funnel_id"], stage_id),
    )
    session.execute(delete(FunnelStage).where(FunnelStage.id == stage_id))
    _set_positions(session, [(sid, position - 1) for sid, position in later])
    return snapshot


def restore_stage(session: Session, snapshot: DeletedStage) -> None:
    """Put back a deleted stage with its id, its place, its rows and its links."""
    stage = snapshot.stage
    if session.get(FunnelStage, stage["id"]) is not None:
        raise ValueError(f"stage {stage['id']} exists already")
    _one(session, Funnel, stage["funnel_id"])
    _check_name(stage["name"], [s.name for s in list_stages(session, stage["funnel_id"])])
    _set_positions(session, list(snapshot.positions))
    session.execute(insert(FunnelStage), [stage])
    for table, rows in (
        (FunnelCount, snapshot.counts),
        (FunnelCohortCount, snapshot.cohort_counts),
        (KeyResultBinding, snapshot.bindings),
    ):
        if rows:
            session.execute(insert(table), list(rows))
    _set_stage_times(session, stage["funnel_id"], snapshot.lead_weeks)
    for batch_id, replaced in snapshot.batches_replaced:
        session.execute(
            update(ImportBatch).where(ImportBatch.id == batch_id).values(replaced=replaced)
        )
    for column, ids in (
        (Experiment.from_stage_id, snapshot.experiments_from),
        (Experiment.to_stage_id, snapshot.experiments_to),
    ):
        if ids:
            session.execute(
                update(Experiment).where(Experiment.id.in_(ids)).values({column: stage["id"]})
            )


# -- helpers ---------------------------------------------------------------------------------


def _forget_in_memory(
    session: Session, funnel_id: int, stage_id: int
) -> tuple[tuple[str, dt.date, str], ...]:
    """Take a deleted stage out of the funnel's lead memory ("stage_id:ms,…"): SQLite gives
    the next new stage the highest id again, which must not inherit the old stage's touches
    on a later recount. Returns the rows it changed as they were, for the undo."""
    mark = f"{stage_id}:"
    table = FunnelLeadWeek
    rows = session.execute(
        select(table.lead_key, table.week_start, table.stage_times).where(
            table.funnel_id == funnel_id,
            or_(table.stage_times.like(f"{mark}%"), table.stage_times.like(f"%,{mark}%")),
        )
    ).all()
    kept = [(key, week, _without(times, mark)) for key, week, times in rows]
    _set_stage_times(session, funnel_id, kept)
    return tuple((key, week, times) for key, week, times in rows)


def _without(stage_times: str, mark: str) -> str:
    return ",".join(p for p in stage_times.split(",") if not p.startswith(mark))


def _forget_in_imports(
    session: Session, funnel_id: int, stage_id: int
) -> tuple[tuple[int, str], ...]:
    """Take a deleted stage out of the rows the funnel's imports keep to put back on their
    undo (ImportBatch.replaced): undoing one then neither fails on the missing stage nor gives
    its counts to a new stage with the same id. Returns (batch id, replaced before)."""
    mark = f"{stage_id}:"
    query = select(ImportBatch.id, ImportBatch.replaced).where(
        ImportBatch.funnel_id == funnel_id,
        ImportBatch.undone_at.is_(None),
        ImportBatch.replaced != "",
    )
    changed: list[tuple[int, str]] = []
    for batch_id, text in session.execute(query).all():
        replaced = json.loads(text)
        kept = {table: list(rows) for table, rows in replaced.items()}
        for table in ("funnel_counts", "funnel_cohort_counts"):
            if table in kept:
                kept[table] = [r for r in kept[table] if r["stage_id"] != stage_id]
        if "funnel_lead_weeks" in kept:
            kept["funnel_lead_weeks"] = [
                r | {"stage_times": _without(r["stage_times"], mark)}
                for r in kept["funnel_lead_weeks"]
            ]
        if kept != replaced:
            changed.append((batch_id, text))
            session.execute(
                update(ImportBatch)
                .where(ImportBatch.id == batch_id)
                .values(replaced=json.dumps(kept, ensure_ascii=False))
            )
    return tuple(changed)


def _set_stage_times(
    session: Session, funnel_id: int, rows: Sequence[tuple[str, dt.date, str]]
) -> None:
    """Write stage_times of lead weeks, found by lead and week (their ids change when an
    import replaces a week and is undone)."""
    if not rows:
        return
    table = FunnelLeadWeek.__table__
    statement = (
        update(table)
        .where(
            and_(
                table.c.funnel_id == funnel_id,
                table.c.lead_key == bindparam("key"),
                table.c.week_start == bindparam("week"),
            )
        )
        .values(stage_times=bindparam("times"))
    )
    session.execute(statement, [{"key": k, "week": w, "times": t} for k, w, t in rows])


def _check_name(name: str, taken: Iterable[str]) -> None:
    problems = name_problems(name, taken)
    if problems:
        raise InvalidNameError(problems[0])


def _funnel_names(session: Session, except_id: int | None) -> list[str]:
    query = select(Funnel.name)
    if except_id is not None:
        query = query.where(Funnel.id != except_id)
    return list(session.scalars(query))


def _one(session: Session, model: type[Any], item_id: int) -> Row:
    row = session.execute(select(model.__table__).where(model.id == item_id)).first()
    if row is None:
        raise LookupError(f"no {model.__tablename__} row with id {item_id}")
    return dict(row._mapping)


def _rows(session: Session, model: type[Any], where: ColumnElement[bool]) -> tuple[Row, ...]:
    return tuple(rows_where(session, model, where))


def _ids(session: Session, model: type[Any], where: ColumnElement[bool]) -> list[int]:
    return list(session.scalars(select(model.id).where(where).order_by(model.id)))


def _set_positions(session: Session, positions: list[tuple[int, int]]) -> None:
    """Give stages new positions (no unique constraint on position: any order will do)."""
    for stage_id, position in positions:
        session.execute(
            update(FunnelStage).where(FunnelStage.id == stage_id).values(position=position)
        )
