"""Running an import in the background, and undoing it: one command on the undo stack.

The import itself writes in one transaction. Stages (or a funnel) the user asked to add for
names the funnel did not know are written just before it and taken away again if the import
fails or is cancelled, so that Cancel leaves the file as it was. Undo takes the import back
and those stages with it; redo puts both back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from okrdesk.store.bindings import import_file
from okrdesk.store.funnel import definitions
from okrdesk.store.funnel.importing.importer import DEFAULT_STAGES
from okrdesk.store.funnel.importing.model import ImportOptions, ImportResult
from okrdesk.store.funnel.importing.writing import find_funnel, redo_import, undo_import
from okrdesk.store.workspace.files import Workspace
from okrdesk.ui.common import clock
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import IMPORTS, StoreCommand


@dataclass
class Added:
    """What was written before the import for it: a funnel, or stages of an existing one."""

    funnel_id: int | None = None
    stage_ids: list[int] = field(default_factory=list)


def add_for_import(session: Session, funnel: str, new_stages: Sequence[str]) -> Added:
    """Create the funnel (with the usual stages and `new_stages`) or add `new_stages` to it."""
    funnel_id, _stages = find_funnel(session, funnel)
    if funnel_id is None:
        if not new_stages:
            return Added()  # the import creates the funnel itself
        stages = [*DEFAULT_STAGES, *(s for s in new_stages if s not in DEFAULT_STAGES)]
        return Added(funnel_id=definitions.create_funnel(session, funnel, stages))
    return Added(stage_ids=[definitions.add_stage(session, funnel_id, s) for s in new_stages])


def take_back(session: Session, added: Added) -> list[Any]:
    """Delete what add_for_import wrote (newest first); the snapshots that restore it."""
    if added.funnel_id is not None:
        return [definitions.delete_funnel(session, added.funnel_id)]
    return [definitions.delete_stage(session, sid) for sid in reversed(added.stage_ids)]


def put_back(session: Session, snapshots: list[Any]) -> None:
    for snapshot in reversed(snapshots):
        if isinstance(snapshot, definitions.DeletedFunnel):
            definitions.restore_funnel(session, snapshot)
        else:
            definitions.restore_stage(session, snapshot)


class ImportJob:
    """The worker-thread job: add the stages asked for, import, take the stages back if the
    import fails or is cancelled. `outcome` keeps what a finished import wrote, so that a
    Cancel that comes after the commit can still take it back (`take_back_outcome`)."""

    def __init__(
        self, workspace: Workspace, path: Path, options: ImportOptions, new_stages: Sequence[str]
    ) -> None:
        self._workspace = workspace
        self._path, self._options, self._new_stages = path, options, list(new_stages)
        self.outcome: tuple[ImportResult, Added] | None = None

    def __call__(
        self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> tuple[ImportResult, Added] | None:
        added = Added()
        if self._new_stages:
            with self._workspace.session() as session, session.begin():
                added = add_for_import(session, self._options.funnel, self._new_stages)
        try:
            result = import_file(
                self._workspace, self._path, self._options, progress, cancelled, clock.today()
            )
        except BaseException:
            self._take_back(added)
            raise
        if result is None:
            self._take_back(added)
            return None
        if result.funnel_created:
            added = Added(funnel_id=result.funnel_id)
        self.outcome = (result, added)
        return self.outcome

    def take_back_outcome(self) -> None:
        """Undo an import that committed just as Cancel was pressed, so that no data stays;
        the import history keeps it, marked undone."""
        if self.outcome is not None:
            result, added = self.outcome
            with self._workspace.session() as session, session.begin():
                undo_import(session, result.batch_id)
                take_back(session, added)
            self.outcome = None

    def _take_back(self, added: Added) -> None:
        if added.funnel_id is not None or added.stage_ids:
            with self._workspace.session() as session, session.begin():
                take_back(session, added)


def import_command(
    controller: WorkspaceController, result: ImportResult, added: Added
) -> StoreCommand:
    """An import that has already run: the first redo does nothing, undo takes it back.

    When the import was undone from the import history already, or a later import covers the
    same weeks, the store refuses the undo and the step leaves the stack.
    """
    text = QCoreApplication.translate("ImportCommand", "Import {file}").format(
        file=result.file_name
    )
    undone: Any = None
    snapshots: list[Any] = []

    def again(session: Session) -> None:
        put_back(session, snapshots)
        redo_import(session, undone)

    def back(session: Session) -> None:
        nonlocal undone, snapshots
        undone = undo_import(session, result.batch_id)
        snapshots = take_back(session, added)

    return StoreCommand(controller, text, IMPORTS, again, back, done=True)
