"""Workspace files someone else made hostile: each function turns a sound workspace into one.

They write with plain sqlite3 (and `writable_schema` where SQL cannot say it), as an attacker
with the file in hand would. KINDS maps a name to (how to make it, the reason okrdesk gives).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

CHANGED = "its schema was changed outside okrdesk: "


def _execute(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _rewrite_table(path: Path, table: str, old: str, new: str) -> None:
    """Change a table's stored SQL in place, as only writable_schema allows."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        assert old in sql, (old, sql)
        (version,) = connection.execute("PRAGMA schema_version").fetchone()
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
            (sql.replace(old, new), table),
        )
        connection.execute(f"PRAGMA schema_version={version + 1}")
        connection.execute("PRAGMA writable_schema=OFF")
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()


def _set_header_byte(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] = value
    path.write_bytes(bytes(data))


def added_trigger(path: Path) -> None:
    _execute(
        path,
        "CREATE TRIGGER rename_workspace AFTER INSERT ON funnel_counts BEGIN "
        "UPDATE workspace_settings SET name = 'Owned'; END",
    )


def view_instead_of_table(path: Path) -> None:
    _execute(
        path,
        "DROP TABLE funnel_counts",
        "CREATE VIEW funnel_counts AS SELECT 1 AS id, 1 AS stage_id, '2026-01-05' AS week_start, "
        "'' AS segment, '' AS variant, 0 AS count, NULL AS import_batch_id",
        "CREATE TRIGGER swallow INSTEAD OF INSERT ON funnel_counts BEGIN SELECT 1; END",
    )


def huge_default(path: Path) -> None:
    _rewrite_table(
        path,
        "funnel_counts",
        "variant VARCHAR(100) NOT NULL",
        "variant VARCHAR(100) NOT NULL DEFAULT (hex(zeroblob(300000000)))",
    )


def extra_table(path: Path) -> None:
    _execute(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")


def extra_index(path: Path) -> None:
    _execute(path, "CREATE INDEX ix_teams_lower ON teams (lower(name))")


def extra_column(path: Path) -> None:
    _execute(path, "ALTER TABLE teams ADD COLUMN pad BLOB DEFAULT (zeroblob(1000000))")


def missing_index(path: Path) -> None:
    _execute(path, "DROP INDEX ix_funnel_counts_week_start")


def changed_column_type(path: Path) -> None:
    _rewrite_table(path, "checkins", "value FLOAT NOT NULL", "value TEXT NOT NULL")


def changed_check(path: Path) -> None:
    _rewrite_table(path, "checkins", "BETWEEN 0 AND 10", "BETWEEN 0 AND 1000")


def version_table_as_view(path: Path) -> None:
    _execute(
        path,
        "CREATE TABLE kept_version AS SELECT version_num FROM alembic_version",
        "DROP TABLE alembic_version",
        "CREATE VIEW alembic_version AS SELECT version_num FROM kept_version",
    )


def no_tables(path: Path) -> None:
    """Marked as okrdesk's, but nothing else: every table dropped."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (name,) in names:
            connection.execute(f'DROP TABLE "{name}"')
    finally:
        connection.close()


def future_write_version(path: Path) -> None:
    _set_header_byte(path, 18, 3)


def future_read_version(path: Path) -> None:
    _set_header_byte(path, 19, 3)


FORMAT = "written in a SQLite file format okrdesk cannot write"

KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "added trigger": (added_trigger, CHANGED + 'an extra trigger "rename_workspace"'),
    "view with INSTEAD OF trigger": (
        view_instead_of_table,
        CHANGED + '"funnel_counts" is a view, not a table',
    ),
    "huge default": (huge_default, CHANGED + 'column "funnel_counts.variant" has another default'),
    "extra table": (extra_table, CHANGED + 'an extra table "notes"'),
    "extra index": (extra_index, CHANGED + 'an extra index "ix_teams_lower"'),
    "extra column": (extra_column, CHANGED + 'an extra column "teams.pad"'),
    "missing index": (missing_index, CHANGED + 'no index "ix_funnel_counts_week_start"'),
    "changed column type": (
        changed_column_type,
        CHANGED + 'column "checkins.value" has another type',
    ),
    "changed CHECK": (changed_check, CHANGED + 'table "checkins" has other constraints'),
    "version table as view": (
        version_table_as_view,
        CHANGED + '"alembic_version" is a view, not a table',
    ),
    "no tables": (no_tables, "the workspace has no schema version"),
    "future write version": (
        future_write_version,
        FORMAT + " (versions 3 and 2; okrdesk writes 1 and 2)",
    ),
    "future read version": (
        future_read_version,
        FORMAT + " (versions 2 and 3; okrdesk writes 1 and 2)",
    ),
}
