"""Undoable OKR edits: the generic store commands, telling the OKR screens what changed."""

from __future__ import annotations

from okrdesk.ui import store_commands

OKR_TABLES = frozenset({"objectives", "key_results", "checkins", "initiatives", "experiments"})


class StoreCommand(store_commands.StoreCommand):
    tables = OKR_TABLES


class CreateCommand(store_commands.CreateCommand):
    tables = OKR_TABLES


class UpdateCommand(store_commands.UpdateCommand):
    tables = OKR_TABLES


class DeleteCommand(store_commands.DeleteCommand):
    tables = OKR_TABLES


class MoveCommand(store_commands.MoveCommand):
    tables = OKR_TABLES
