"""Undoable funnel edits: one StoreCommand per user action, telling the screens what changed.

A rename or a move names the version of the funnel or stage the dialog read
(okrdesk.ui.row_edits): someone else's change since is shown, never overwritten."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from okrdesk.reports.text import Context
from okrdesk.store.funnel import definitions
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.funnel.definitions import FunnelRow, StageRow
from okrdesk.store.funnel.grid import Cell
from okrdesk.store.schema import Funnel, FunnelStage
from okrdesk.ui import row_edits, store_commands
from okrdesk.ui.controller import WorkspaceController


class FunnelCommands(Context):
    """Sentences of this module, in the `FunnelCommands` translation context."""


def new_funnel(controller: WorkspaceController, name: str) -> store_commands.StoreCommand:
    return store_commands.create(
        controller,
        FunnelCommands.tr("New funnel {name}").format(name=name),
        lambda session: definitions.create_funnel(session, name),
        definitions.delete_funnel,
        definitions.restore_funnel,
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def rename_funnel(
    controller: WorkspaceController, parent: QWidget, funnel: FunnelRow, new: str
) -> store_commands.StoreCommand:
    """`new` for the name of the funnel as read (`funnel`, with its version)."""
    text = FunnelCommands.tr("Rename funnel {old} to {new}").format(old=funnel.name, new=new)
    return _guarded(
        controller,
        parent,
        text,
        definitions.rename_funnel,
        Funnel,
        funnel.id,
        funnel.version,
        "name",
        funnel.name,
        new,
    )


def delete_funnel(
    controller: WorkspaceController, funnel_id: int, name: str
) -> store_commands.StoreCommand:
    text = FunnelCommands.tr("Delete funnel {name}").format(name=name)
    return store_commands.delete(
        controller,
        text,
        definitions.delete_funnel,
        definitions.restore_funnel,
        funnel_id,
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def add_stage(
    controller: WorkspaceController, funnel_id: int, name: str, position: int | None = None
) -> store_commands.StoreCommand:
    return store_commands.create(
        controller,
        FunnelCommands.tr("New stage {name}").format(name=name),
        lambda session: definitions.add_stage(session, funnel_id, name, position),
        definitions.delete_stage,
        definitions.restore_stage,
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def rename_stage(
    controller: WorkspaceController, parent: QWidget, stage: StageRow, new: str
) -> store_commands.StoreCommand:
    """`new` for the name of the stage as read (`stage`, with its version)."""
    text = FunnelCommands.tr("Rename stage {old} to {new}").format(old=stage.name, new=new)
    return _guarded(
        controller,
        parent,
        text,
        definitions.rename_stage,
        FunnelStage,
        stage.id,
        stage.version,
        "name",
        stage.name,
        new,
    )


def move_stage(
    controller: WorkspaceController, parent: QWidget, stage: StageRow, position: int
) -> store_commands.StoreCommand:
    """The stage as read (`stage`, with its version) to `position`."""
    text = FunnelCommands.tr("Move stage {name}").format(name=stage.name)
    return _guarded(
        controller,
        parent,
        text,
        definitions.move_stage,
        FunnelStage,
        stage.id,
        stage.version,
        "position",
        stage.position,
        position,
    )


def _guarded(
    controller: WorkspaceController,
    parent: QWidget,
    text: str,
    update: Callable[..., object],
    model: store_commands.Model,
    row_id: int,
    version: int,
    field: str,
    seen: object,
    new: object,
) -> store_commands.StoreCommand:
    """One field of a funnel or stage, read as `seen` at `version`, set to `new`."""
    return row_edits.guarded_update(
        controller,
        parent,
        text,
        update,
        row_id,
        new,
        version,
        model=model,
        seen={field: seen},
        fields=(field,),
        make=lambda fields: fields[field],
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def delete_stage(
    controller: WorkspaceController, stage_id: int, name: str
) -> store_commands.StoreCommand:
    text = FunnelCommands.tr("Delete stage {name}").format(name=name)
    return store_commands.delete(
        controller,
        text,
        definitions.delete_stage,
        definitions.restore_stage,
        stage_id,
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def set_counts(
    controller: WorkspaceController,
    text: str,
    funnel_id: int,
    segment: str,
    variant: str,
    cells: Mapping[Cell, int | None],
    seen: Mapping[Cell, int | None],
) -> store_commands.StoreCommand:
    """Counts typed or pasted into the grid for one segment and variant, over `seen` (what the
    grid showed in those cells); undo puts back what each cell held (or nothing, for a cell that
    was empty). A cell someone else changed in between refuses the step, undo and redo too."""
    cells = dict(cells)
    previous: dict[Cell, int | None] = dict(seen)

    def write(session: Session) -> None:
        nonlocal previous
        previous = funnel_grid.set_counts(
            session, funnel_id, segment, variant, cells, seen=previous
        )

    def put_back(session: Session) -> None:
        funnel_grid.set_counts(session, funnel_id, segment, variant, previous, seen=cells)

    return store_commands.StoreCommand(
        controller, text, store_commands.FUNNEL_COUNTS, write, put_back
    )
