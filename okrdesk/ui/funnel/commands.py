"""Undoable funnel edits: one StoreCommand per user action, telling the screens what changed."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from okrdesk.reports.text import Context
from okrdesk.store.funnel import definitions
from okrdesk.store.funnel import grid as funnel_grid
from okrdesk.store.funnel.grid import Cell
from okrdesk.ui import store_commands
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
    controller: WorkspaceController, funnel_id: int, old: str, new: str
) -> store_commands.StoreCommand:
    text = FunnelCommands.tr("Rename funnel {old} to {new}").format(old=old, new=new)
    return store_commands.update(
        controller,
        text,
        definitions.rename_funnel,
        funnel_id,
        new,
        tables=store_commands.FUNNEL_DEFINITIONS,
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
    controller: WorkspaceController, stage_id: int, old: str, new: str
) -> store_commands.StoreCommand:
    text = FunnelCommands.tr("Rename stage {old} to {new}").format(old=old, new=new)
    return store_commands.update(
        controller,
        text,
        definitions.rename_stage,
        stage_id,
        new,
        tables=store_commands.FUNNEL_DEFINITIONS,
    )


def move_stage(
    controller: WorkspaceController, stage_id: int, name: str, position: int
) -> store_commands.StoreCommand:
    text = FunnelCommands.tr("Move stage {name}").format(name=name)
    return store_commands.update(
        controller,
        text,
        definitions.move_stage,
        stage_id,
        position,
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
) -> store_commands.StoreCommand:
    """Counts typed or pasted into the grid for one segment and variant; undo puts back what
    each cell held (or nothing, for a cell that was empty)."""
    cells = dict(cells)
    previous: dict[Cell, int | None] = {}

    def write(session: Session) -> None:
        nonlocal previous
        previous = funnel_grid.set_counts(session, funnel_id, segment, variant, cells)

    def put_back(session: Session) -> None:
        funnel_grid.set_counts(session, funnel_id, segment, variant, previous)

    return store_commands.StoreCommand(
        controller, text, store_commands.FUNNEL_COUNTS, write, put_back
    )
