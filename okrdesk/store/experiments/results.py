"""The results of an experiment per arm: visitors, conversions and Day 6 lead quality.

An experiment has a control arm and one or more variants. The arms are written as one list
(`set_arms`), which returns the list it replaced, so that an undo command puts it back by
calling set_arms again:

    set_arms(previous arms) → itself

`arms_from_funnel` reads what the funnel data says for each variant over the experiment's
days, for the user to take instead of typing; it writes nothing.

Bad values raise ArmError naming the arm and the field and write nothing; an experiment that
does not exist raises LookupError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from okrdesk.store.errors import ArmError
from okrdesk.store.schema import Experiment, ExperimentArm, FunnelCount
from okrdesk.store.versions import Conflict, ConflictError, Theirs

NAME_MAX_LENGTH = 100
# Variant names that mean "the arm without the change", whatever the CRM calls it.
CONTROL_NAMES = ("control", "a", "original", "baseline", "default")


@dataclass(frozen=True)
class ArmValues:
    name: str
    is_control: bool = False
    visitors: int = 0
    conversions: int = 0
    sql_count: int | None = None
    avg_deal_value: float | None = None

    @property
    def rate(self) -> float | None:
        return self.conversions / self.visitors if self.visitors else None

    @property
    def sql_share(self) -> float | None:
        """Day 6 lead quality: the share of the arm's conversions that reached SQL."""
        if self.sql_count is None or not self.conversions:
            return None
        return self.sql_count / self.conversions


@dataclass(frozen=True)
class ExperimentWindow:
    """The days an experiment runs and the funnel step it measures (ids may be missing)."""

    funnel_id: int | None
    from_stage_id: int | None
    to_stage_id: int | None
    first_day: dt.date | None
    last_day: dt.date | None
    control_share: float
    planned_mde: float | None


def arms_of(connection: Connection, experiment_id: int) -> list[ArmValues]:
    """An experiment's arms, the control first, then in the order they were added."""
    rows = connection.execute(
        select(
            ExperimentArm.name,
            ExperimentArm.is_control,
            ExperimentArm.visitors,
            ExperimentArm.conversions,
            ExperimentArm.sql_count,
            ExperimentArm.avg_deal_value,
        )
        .where(ExperimentArm.experiment_id == experiment_id)
        .order_by(ExperimentArm.is_control.desc(), ExperimentArm.id)
    )
    return [
        ArmValues(name, bool(control), visitors, conversions, sqls, deal)
        for name, control, visitors, conversions, sqls, deal in rows
    ]


def arms_version(connection: Connection | Session, experiment_id: int) -> int:
    """The version of an experiment's arms as one table: every set_arms gives all of them the
    next one (0: no arms)."""
    found = connection.scalar(
        select(func.max(ExperimentArm.version)).where(ExperimentArm.experiment_id == experiment_id)
    )
    return int(found or 0)


def set_arms(
    session: Session,
    experiment_id: int,
    arms: Sequence[ArmValues],
    seen_version: int | None = None,
) -> list[ArmValues]:
    """Make the experiment's arms exactly `arms`; returns the arms it had before.

    Arms are matched by name: a kept name keeps its row, a missing name is deleted, a new one
    added. An empty list removes every arm. Otherwise exactly one arm is the control. With
    `seen_version` (arms_version as the screen read it), arms someone else changed since are
    a versions.ConflictError and nothing is written.
    """
    title = session.scalar(select(Experiment.title).where(Experiment.id == experiment_id))
    if title is None:
        if seen_version is not None:
            raise ConflictError(Conflict("experiment_arm", experiment_id, "", seen_version, None))
        raise LookupError(f"no experiment with id {experiment_id}")
    cleaned = check_arms(arms)
    version = arms_version(session, experiment_id)
    if seen_version is not None and version != seen_version:
        theirs = Theirs({"arms": arms_of(session.connection(), experiment_id)}, version)
        yours = {"arms": list(cleaned)}
        raise ConflictError(
            Conflict("experiment_arm", experiment_id, title, seen_version, theirs, yours)
        )
    previous = arms_of(session.connection(), experiment_id)
    names = [arm.name for arm in cleaned]
    session.execute(
        delete(ExperimentArm).where(
            ExperimentArm.experiment_id == experiment_id, ExperimentArm.name.not_in(names)
        )
    )
    kept = {arm.name for arm in previous} & set(names)
    for arm in cleaned:
        row = _row(arm)
        if arm.name in kept:
            session.execute(
                update(ExperimentArm)
                .where(ExperimentArm.experiment_id == experiment_id, ExperimentArm.name == arm.name)
                .values(row)
            )
        else:
            session.execute(insert(ExperimentArm).values(row | {"experiment_id": experiment_id}))
    session.execute(
        update(ExperimentArm)
        .where(ExperimentArm.experiment_id == experiment_id)
        .values(version=version + 1)
    )
    return previous


def check_arms(arms: Sequence[ArmValues]) -> list[ArmValues]:
    """The arms as set_arms would store them (names trimmed); ArmError when one is refused."""
    cleaned = [_checked(arm) for arm in arms]
    _check_set(cleaned)
    return cleaned


def experiment_window(connection: Connection, experiment_id: int) -> ExperimentWindow:
    """The funnel step and the days of an experiment (start .. start + duration − 1)."""
    row = connection.execute(
        select(
            Experiment.funnel_id,
            Experiment.from_stage_id,
            Experiment.to_stage_id,
            Experiment.start_date,
            Experiment.duration_days,
            Experiment.control_share,
            Experiment.planned_mde,
        ).where(Experiment.id == experiment_id)
    ).first()
    if row is None:
        raise LookupError(f"no experiment with id {experiment_id}")
    funnel, from_stage, to_stage, start, days, share, planned_mde = row
    last = start + dt.timedelta(days=days - 1) if start else None
    return ExperimentWindow(funnel, from_stage, to_stage, start, last, share, planned_mde)


def funnel_variants(connection: Connection, experiment_id: int) -> list[str]:
    """The variant names the funnel data has on the experiment's step and days ([] if none)."""
    return sorted(_funnel_totals(connection, experiment_id))


def arms_from_funnel(connection: Connection, experiment_id: int) -> list[ArmValues]:
    """Visitors (from-stage count) and conversions (to-stage count) per variant of the funnel.

    Summed over every segment and every funnel week that overlaps the experiment's days. The
    control is the variant named like a control (CONTROL_NAMES), else the one already marked
    control in the experiment's arms, else the first by name. Lead quality already typed for
    an arm of the same name is kept. [] when the funnel data has no variants there.
    Raises ArmError when a variant has more conversions than visitors (the weekly counts are
    of different people, so they do not make a conversion rate).
    """
    totals = _funnel_totals(connection, experiment_id)
    if not totals:
        return []
    existing = {arm.name: arm for arm in arms_of(connection, experiment_id)}
    names = sorted(totals)
    control = next((n for n in names if n.strip().casefold() in CONTROL_NAMES), None)
    if control is None:
        control = next((n for n in names if n in existing and existing[n].is_control), names[0])
    arms = []
    for name in [control, *(n for n in names if n != control)]:
        visitors, conversions = totals[name]
        if conversions > visitors:
            raise ArmError(
                name, "conversions", f"{conversions} in the funnel data, more than {visitors}"
            )
        kept = existing.get(name)
        arms.append(
            ArmValues(
                name,
                name == control,
                visitors,
                conversions,
                kept.sql_count if kept else None,
                kept.avg_deal_value if kept else None,
            )
        )
    return arms


def _funnel_totals(connection: Connection, experiment_id: int) -> dict[str, tuple[int, int]]:
    window = experiment_window(connection, experiment_id)
    if window.from_stage_id is None or window.to_stage_id is None or window.first_day is None:
        return {}
    # A week overlaps the experiment's days when it starts before their end and ends after
    # their start.
    rows = connection.execute(
        select(FunnelCount.variant, FunnelCount.stage_id, func.sum(FunnelCount.count))
        .where(
            FunnelCount.stage_id.in_([window.from_stage_id, window.to_stage_id]),
            FunnelCount.variant != "",
            FunnelCount.week_start <= window.last_day,
            FunnelCount.week_start > window.first_day - dt.timedelta(days=7),
        )
        .group_by(FunnelCount.variant, FunnelCount.stage_id)
    )
    totals: dict[str, list[int]] = {}
    for variant, stage, count in rows:
        pair = totals.setdefault(variant, [0, 0])
        pair[0 if stage == window.from_stage_id else 1] += int(count)
    return {name: (v, c) for name, (v, c) in totals.items()}


def _checked(arm: ArmValues) -> ArmValues:
    name = arm.name.strip()
    if not name:
        raise ArmError(arm.name, "name", "an arm needs a name")
    if len(name) > NAME_MAX_LENGTH:
        raise ArmError(name, "name", f"longer than {NAME_MAX_LENGTH} characters")
    visitors = _count(name, "visitors", arm.visitors)
    conversions = _count(name, "conversions", arm.conversions)
    if conversions > visitors:
        raise ArmError(name, "conversions", f"{conversions} is more than {visitors} visitors")
    sqls = None if arm.sql_count is None else _count(name, "SQL count", arm.sql_count)
    if sqls is not None and sqls > conversions:
        raise ArmError(name, "SQL count", f"{sqls} is more than {conversions} conversions")
    deal = arm.avg_deal_value
    if deal is not None:
        deal = float(deal)
        if not deal >= 0 or deal == float("inf"):
            raise ArmError(name, "average deal value", f"{deal!r} is not a positive amount")
    return ArmValues(name, bool(arm.is_control), visitors, conversions, sqls, deal)


def _check_set(arms: Sequence[ArmValues]) -> None:
    seen: set[str] = set()
    for arm in arms:
        if arm.name.casefold() in seen:
            raise ArmError(arm.name, "name", "two arms have this name")
        seen.add(arm.name.casefold())
    controls = [arm for arm in arms if arm.is_control]
    if arms and len(controls) != 1:
        name = controls[1].name if controls else arms[0].name
        raise ArmError(name, "control", "exactly one arm must be the control")


def _count(arm: str, field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ArmError(arm, field, f"{value!r} is not a whole number")
    if isinstance(value, float) and not value.is_integer():
        raise ArmError(arm, field, f"{value!r} is not a whole number")
    if value < 0:
        raise ArmError(arm, field, f"{int(value)} is negative")
    return int(value)


def _row(arm: ArmValues) -> dict[str, object]:
    return {
        "name": arm.name,
        "is_control": arm.is_control,
        "visitors": arm.visitors,
        "conversions": arm.conversions,
        "sql_count": arm.sql_count,
        "avg_deal_value": arm.avg_deal_value,
    }
