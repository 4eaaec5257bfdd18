"""A workspace's schema must be the one its Alembic revision defines: nothing extra or different.

A file can carry triggers, views, defaults, CHECK constraints and index expressions, all of them
SQL that SQLite runs on its own. okrdesk runs none of a file's own SQL: the file's sqlite_master
(every table, column, index, trigger and view, with its SQL) must equal the one okrdesk's own
migrations make at the file's revision. That reference is built by running the migrations into
an in-memory database, so a new revision needs no change here. Building takes a second, so it is
kept in memory and in the user's cache folder, one file a revision, under a key made of the
migration files' bytes and the versions of SQLite, SQLAlchemy and Alembic: any change to those
builds it again.

SQL is compared token by token: spacing, comments, the letter case of keywords and names, and
the quotes around a name may differ (SQLite's ALTER TABLE and the SQL generator's version change
those), and so may the order of a table's constraints (Alembic's batch migrations reorder them,
so a file migrated step by step over several okrdesk versions differs there from a new one);
nothing else. SQLite's planner statistics (sqlite_stat1…4, written by ANALYZE) hold no SQL and
are left out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from importlib import metadata
from pathlib import Path

from sqlalchemy import Connection

from okrdesk.store.workspace import migrate

CACHE_FORMAT = 2  # 2: one file a revision
STATISTICS_TABLES = frozenset(f"sqlite_stat{n}" for n in range(1, 5))
VERSION_TABLE = "alembic_version"

_TOKEN = re.compile(
    r"""
      (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|$))
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    | (?P<word>[A-Za-z0-9_$\x80-\U0010FFFF]+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def sql_tokens(sql: str | None) -> tuple[str, ...] | None:
    """SQL as tokens: names and keywords in lower case (ASCII only, as SQLite folds them),
    quotes around names dropped, strings kept exactly, spacing and comments gone."""
    if sql is None:
        return None
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            quote = text[0]
            text = text[1:-1] if quote == "[" else text[1:-1].replace(quote * 2, quote)
            tokens.append(text.translate(_ASCII_LOWER))
        elif kind == "word":
            tokens.append(text.translate(_ASCII_LOWER))
        else:
            tokens.append(text)
    return tuple(tokens)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool
    default: tuple[str, ...] | None
    primary_key: int
    hidden: int


@dataclass(frozen=True)
class SchemaObject:
    """One row of sqlite_master: a table, index, trigger or view."""

    type: str
    name: str
    table: str
    sql: tuple[str, ...] | None


Schema = dict[tuple[str, str], SchemaObject]


def read_schema(connection: sqlite3.Connection) -> Schema:
    """Every object of sqlite_master, keyed by (type, name); reading it runs none of its SQL."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema: Schema = {}
    for kind, name, table, sql in rows:
        if kind == "table" and name in STATISTICS_TABLES:
            continue
        tokens = sql_tokens(sql)
        if kind == "table" and tokens is not None:
            tokens = _constraints_sorted(tokens)
        schema[(kind, name)] = SchemaObject(kind, name, table, tokens)
    return schema


_CONSTRAINT_STARTS = frozenset({"constraint", "primary", "unique", "check", "foreign"})


def _constraints_sorted(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A CREATE TABLE's tokens with its table constraints (after the columns) in sorted order."""
    if "(" not in tokens:
        return tokens
    start = tokens.index("(")
    items: list[tuple[str, ...]] = []
    current: list[str] = []
    depth = 0
    for position in range(start + 1, len(tokens)):
        token = tokens[position]
        if token == "(":
            depth += 1
        elif token == ")" and depth == 0:
            items.append(tuple(current))
            break
        elif token == ")":
            depth -= 1
        if token == "," and depth == 0:
            items.append(tuple(current))
            current = []
        else:
            current.append(token)
    else:
        return tokens  # unbalanced: compared as it is
    columns = [item for item in items if not item or item[0] not in _CONSTRAINT_STARTS]
    constraints = [item for item in items if item and item[0] in _CONSTRAINT_STARTS]
    if items[: len(columns)] != columns:
        return tokens  # a column after a constraint: not SQL SQLite takes, compared as it is
    body: list[str] = []
    for item in columns + sorted(constraints):
        body.extend((*item, ","))
    return (*tokens[: start + 1], *body[:-1], *tokens[position:])


def table_columns(connection: sqlite3.Connection, table: str) -> tuple[Column, ...]:
    rows = connection.execute(
        'SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)',
        (table,),
    ).fetchall()
    return tuple(
        Column(
            name=name.translate(_ASCII_LOWER),
            type=" ".join(sql_tokens(kind) or ()),
            not_null=bool(not_null),
            default=sql_tokens(default),
            primary_key=pk,
            hidden=hidden,
        )
        for name, kind, not_null, default, pk, hidden in rows
    )


@dataclass(frozen=True)
class Reference:
    """What okrdesk's migrations make at one revision: the schema and each table's columns."""

    schema: Schema
    columns: dict[str, tuple[Column, ...]]


_lock = threading.Lock()
_references: dict[str, Reference] = {}


def reference(revision: str) -> Reference:
    """The schema okrdesk's migrations make at `revision` (a known one), built once."""
    with _lock:
        if revision not in _references:
            folder = _cache_folder()
            kept = _read_cache(folder, revision)
            if kept is not None:
                _references[revision] = kept
            else:
                references = _build_references()
                _write_cache(folder, references)
                _references.update(references)
        return _references[revision]


def _cache_folder() -> Path:
    """The folder of the kept references, one file a revision: opening a file reads only its
    own revision's (some 10 ms less than all eight of them)."""
    from platformdirs import user_cache_path

    digest = hashlib.sha256(f"{CACHE_FORMAT} {sqlite3.sqlite_version}".encode())
    for package in ("sqlalchemy", "alembic"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f" {package} {metadata.version(package)}".encode())
    for path in sorted(migrate.MIGRATIONS_DIR.rglob("*.py")):
        digest.update(path.relative_to(migrate.MIGRATIONS_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    folder = user_cache_path("okrdesk", appauthor=False)
    return folder / f"schemas-{digest.hexdigest()[:32]}"


def _read_cache(folder: Path, revision: str) -> Reference | None:
    """The reference of `revision` kept in the cache folder; None if missing or unreadable."""
    try:
        item = json.loads((folder / f"{revision}.json").read_text(encoding="utf-8"))
        return Reference(
            schema={
                (kind, name): SchemaObject(kind, name, table, _tuple(sql))
                for kind, name, table, sql in item["schema"]
            },
            columns={
                table: tuple(
                    Column(name, kind, not_null, _tuple(default), pk, hidden)
                    for name, kind, not_null, default, pk, hidden in columns
                )
                for table, columns in item["columns"].items()
            },
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _tuple(tokens: list[str] | None) -> tuple[str, ...] | None:
    return None if tokens is None else tuple(tokens)


def _write_cache(folder: Path, references: dict[str, Reference]) -> None:
    """Keep the references for the next start; a cache that cannot be written is no error."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    for revision, reference in references.items():
        stored = {
            "schema": [astuple(item) for item in reference.schema.values()],
            "columns": {
                table: [astuple(column) for column in columns]
                for table, columns in reference.columns.items()
            },
        }
        with contextlib.suppress(OSError):
            handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    json.dump(stored, file)
                os.replace(temporary, folder / f"{revision}.json")
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _build_references() -> dict[str, Reference]:
    """Run the migrations one revision at a time into memory, reading the schema after each."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.isolation_level = None
    engine = create_engine("sqlite+pysqlite://", creator=lambda: connection, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _on_begin(sa_connection: Connection) -> None:
        sa_connection.exec_driver_sql("BEGIN")

    references = {}
    try:
        for revision in migrate.known_revisions():
            with engine.begin() as sa_connection:
                migrate.upgrade(sa_connection, revision)
            schema = read_schema(connection)
            columns = {
                item.name: table_columns(connection, item.name)
                for item in schema.values()
                if item.type == "table"
            }
            references[revision] = Reference(schema, columns)
    finally:
        engine.dispose()
        connection.close()
    return references


def version_table_difference(schema: Schema) -> str | None:
    """Why the file's alembic_version cannot be read safely, or None if it is okrdesk's own."""
    own = reference(migrate.head_revision()).schema[("table", VERSION_TABLE)]
    found = [item for (kind, name), item in schema.items() if name == VERSION_TABLE]
    if not found:
        return None  # the caller says the file has no schema version
    if found[0].type != "table":
        return f'"{VERSION_TABLE}" is a {found[0].type}, not a table'
    if found[0].sql != own.sql:
        return f'table "{VERSION_TABLE}" is defined differently'
    return None


_ORDER = {"table": 0, "view": 1, "index": 2, "trigger": 3}


def _sorted(items: Iterable[SchemaObject]) -> list[SchemaObject]:
    return sorted(items, key=lambda item: (_ORDER.get(item.type, 9), item.name))


def schema_difference(connection: sqlite3.Connection, revision: str, found: Schema) -> str | None:
    """The first way the file's schema (`found`: read_schema of `connection`) differs from
    okrdesk's at `revision`, or None."""
    expected = reference(revision)
    by_name = {name: item for (_kind, name), item in expected.schema.items()}
    for item in _sorted(found.values()):
        if (item.type, item.name) in expected.schema:
            continue
        other = by_name.get(item.name)
        if other is not None:
            return f'"{item.name}" is a {item.type}, not a {other.type}'
        return f'an extra {item.type} "{item.name}"'
    for item in _sorted(expected.schema.values()):
        if (item.type, item.name) not in found:
            return f'no {item.type} "{item.name}"'
    for item in _sorted(expected.schema.values()):
        actual = found[(item.type, item.name)]
        if actual.table != item.table:
            return f'{item.type} "{item.name}" belongs to "{actual.table}", not "{item.table}"'
        if actual.sql == item.sql:
            continue
        if item.type == "table" and actual.sql and actual.sql[:2] == ("create", "table"):
            columns = table_columns(connection, item.name)
            return _table_difference(item.name, columns, expected.columns[item.name])
        return f'{item.type} "{item.name}" is defined differently'
    return None


def _table_difference(table: str, found: tuple[Column, ...], expected: tuple[Column, ...]) -> str:
    found_by_name = {column.name: column for column in found}
    expected_by_name = {column.name: column for column in expected}
    for column in found:
        if column.name not in expected_by_name:
            return f'an extra column "{table}.{column.name}"'
    for column in expected:
        actual = found_by_name.get(column.name)
        if actual is None:
            return f'no column "{table}.{column.name}"'
        if actual.type != column.type:
            return f'column "{table}.{column.name}" has another type'
        if actual.default != column.default:
            return f'column "{table}.{column.name}" has another default'
        if actual != column:
            return f'column "{table}.{column.name}" is declared differently'
    if [c.name for c in found] != [c.name for c in expected]:
        return f'the columns of table "{table}" are in another order'
    return f'table "{table}" has other constraints'
