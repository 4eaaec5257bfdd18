"""An open workspace, in a file or on a server, and the settings row every new one gets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, column, insert, select, table
from sqlalchemy import inspect as inspect_schema
from sqlalchemy.orm import Session
from sqlalchemy.schema import ColumnDefault

from okrdesk.store.address import ServerAddress, WorkspaceAddress
from okrdesk.store.schema import WorkspaceSettings
from okrdesk.store.workspace.engine import remove_new_sidecars


@dataclass
class Workspace:
    """An open workspace: its file (or server address), its engine and whether it may be written."""

    path: WorkspaceAddress
    engine: Engine
    backup_path: Path | None = None
    read_only: bool = False
    # Read-only because the login's role on a team workspace only reads (a viewer).
    viewer: bool = False
    # The -wal/-shm files that existed at a read-only open: close() removes the others.
    sidecars_before: frozenset[str] = frozenset()

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @property
    def name(self) -> str:
        with self.session() as session:
            settings = session.get(WorkspaceSettings, 1)
            return settings.name if settings is not None else self.path.stem

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerAddress)

    def close(self) -> None:
        self.engine.dispose()
        if self.read_only and isinstance(self.path, Path):
            remove_new_sidecars(self.path, self.sidecars_before)


def insert_settings_row(connection: Connection, name: str) -> None:
    """The settings row with every default, limited to the columns the file's revision has."""
    if connection.scalar(select(WorkspaceSettings.id).limit(1)) is not None:
        return
    existing = {
        found["name"] for found in inspect_schema(connection).get_columns("workspace_settings")
    }
    row: dict[str, object] = {"id": 1, "name": name}
    for model_column in WorkspaceSettings.__table__.columns:
        key = model_column.name
        if key in existing and key not in row and isinstance(model_column.default, ColumnDefault):
            default = model_column.default.arg
            row[key] = default(None) if callable(default) else default
    # A lightweight table, so that no default of a column the file lacks is added; typed, so
    # that a time is stored as the model stores it (not by sqlite3's deprecated adapter).
    typed = WorkspaceSettings.__table__.c
    settings = table(
        WorkspaceSettings.__tablename__, *(column(key, typed[key].type) for key in row)
    )
    connection.execute(insert(settings).values(row))
