"""Changing an experiment's arms (the results table) against the arms' version it read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from okrdesk.store.experiments import results as results_store
from okrdesk.store.experiments.results import ArmValues
from okrdesk.store.versions import ConflictError, titled
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import EXPERIMENTS, StoreCommand


@dataclass(frozen=True)
class SetArms:
    """The arms a change replaced, and the arms' version after it."""

    previous: list[ArmValues]
    version: int


def set_arms_command(
    controller: WorkspaceController,
    experiment_id: int,
    arms: Sequence[ArmValues],
    text: str,
    version: int | None = None,
    title: str = "",
) -> StoreCommand:
    """Replace an experiment's arms as the results table read them at `version` (None: not
    guarded); arms someone else changed since are a conflict (`title` names the experiment:
    the results panel shows it, okrdesk.ui.experiments.arm_conflicts), and an undo over them
    is refused in words."""
    arms = list(arms)

    def named(error: ConflictError) -> ConflictError:
        return titled(error, title) if title else error

    def set_them(session: Session, expected: int) -> SetArms:
        seen = None if version is None else expected
        try:
            previous = results_store.set_arms(session, experiment_id, arms, seen)
        except ConflictError as error:
            raise named(error) from None
        return SetArms(previous, results_store.arms_version(session, experiment_id))

    def put_back(session: Session, done: SetArms, expected: int) -> int:
        try:
            results_store.set_arms(session, experiment_id, done.previous, expected)
        except ConflictError as error:
            raise named(error) from None
        return results_store.arms_version(session, experiment_id)

    return store_commands.versioned(
        controller,
        text,
        set_them,
        put_back,
        version or 0,
        tables=EXPERIMENTS,
        row=("experiment_arms", experiment_id),
    )
