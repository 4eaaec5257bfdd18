"""Undoable funnel edits: one QUndoCommand per user action, telling the screens what changed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from okrdesk.store.funnel import definitions
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.funnel.grid import Cell
from okrdesk.ui import store_commands
from okrdesk.ui.controller import WorkspaceController

COUNT_TABLES = frozenset({"funnel_counts"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("FunnelCommands", text)


class _Create(store_commands.CreateCommand):
    tables = definitions.DEFINITION_TABLES


class _Update(store_commands.UpdateCommand):
    tables = definitions.DEFINITION_TABLES


class _Delete(store_commands.DeleteCommand):
    tables = definitions.DEFINITION_TABLES


def new_funnel(controller: WorkspaceController, name: str) -> _Create:
    return _Create(
        controller,
        _tr("New funnel {name}").format(name=name),
        lambda session: definitions.create_funnel(session, name),
        definitions.delete_funnel,
        definitions.restore_funnel,
    )


def rename_funnel(controller: WorkspaceController, funnel_id: int, old: str, new: str) -> _Update:
    text = _tr("Rename funnel {old} to {new}").format(old=old, new=new)
    return _Update(controller, text, definitions.rename_funnel, funnel_id, new)


def delete_funnel(controller: WorkspaceController, funnel_id: int, name: str) -> _Delete:
    text = _tr("Delete funnel {name}").format(name=name)
    return _Delete(
        controller, text, definitions.delete_funnel, definitions.restore_funnel, funnel_id
    )


def add_stage(
    controller: WorkspaceController, funnel_id: int, name: str, position: int | None = None
) -> _Create:
    return _Create(
        controller,
        _tr("New stage {name}").format(name=name),
        lambda session: definitions.add_stage(session, funnel_id, name, position),
        definitions.delete_stage,
        definitions.restore_stage,
    )


def rename_stage(controller: WorkspaceController, stage_id: int, old: str, new: str) -> _Update:
    text = _tr("Rename stage {old} to {new}").format(old=old, new=new)
    return _Update(controller, text, definitions.rename_stage, stage_id, new)


def move_stage(controller: WorkspaceController, stage_id: int, name: str, position: int) -> _Update:
    text = _tr("Move stage {name}").format(name=name)
    return _Update(controller, text, definitions.move_stage, stage_id, position)


def delete_stage(controller: WorkspaceController, stage_id: int, name: str) -> _Delete:
    text = _tr("Delete stage {name}").format(name=name)
    return _Delete(controller, text, definitions.delete_stage, definitions.restore_stage, stage_id)


class SetCountsCommand(store_commands.StoreCommand):
    """Counts typed or pasted into the grid for one segment and variant; undo puts back what
    each cell held (or nothing, for a cell that was empty)."""

    tables = COUNT_TABLES

    def __init__(
        self,
        controller: WorkspaceController,
        text: str,
        funnel_id: int,
        segment: str,
        variant: str,
        cells: Mapping[Cell, int | None],
    ) -> None:
        super().__init__(controller, text)
        self._target = (funnel_id, segment, variant)
        self._cells = dict(cells)
        self._previous: dict[Cell, int | None] = {}

    def redo(self) -> None:
        self._previous = self.run(
            lambda session: funnel_grid.set_counts(session, *self._target, self._cells)
        )

    def undo(self) -> None:
        self.run(lambda session: funnel_grid.set_counts(session, *self._target, self._previous))
