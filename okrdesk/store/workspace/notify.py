"""Telling the other clients of a team workspace what a transaction changed (PostgreSQL NOTIFY).

Every engine of a server workspace (make_server_engine) notes which tables a transaction writes
and, just before it commits, sends one notification on the `okrdesk` channel in that same
transaction, so that it is delivered only if the write is committed. The writers of the changes
a user wants to hear about (a check-in, a decision, a key result's edit, an import) also
`announce()` what they did: its kind, the row it concerns and its author, as the author columns
record them. The payload is JSON:

    {"from": client, "tables": [...], "changes": [[kind, row id, author id], ...],
     "counts": {kind: rows}}

`tables` holds "*" when a statement wrote tables that cannot be told (raw SQL); `changes` keeps
the first MAX_CHANGES announcements of the transaction and `counts` how many rows of each kind
it announced in all. live.py is the receiving end. On a file, nothing is sent.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, TextClause, event
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase

CHANNEL = "okrdesk"
# This process: its own notifications are not news to it.
CLIENT = uuid.uuid4().hex[:16]
MAX_CHANGES = 20
ANY_TABLE = "*"
_WRITTEN = "okrdesk.live.written"
_ANNOUNCED = "okrdesk.live.announced"
_WRITE_VERBS = ("insert", "update", "delete", "copy", "truncate", "merge")

# The kinds of change a notice names, most telling first: an import writes check-ins too.
IMPORT = "import"
DECISION = "decision"
KEY_RESULT = "key_result"
CHECKIN = "checkin"
KINDS = (IMPORT, DECISION, KEY_RESULT, CHECKIN)


@dataclass(frozen=True)
class Change:
    """One announced change: its kind, the row it is about, who made it (None: unknown)."""

    kind: str
    row_id: int
    author_id: int | None = None


# -- sending -----------------------------------------------------------------------------------


def install(engine: Engine) -> None:
    """Make every committed write through `engine` notify the other clients."""
    event.listen(engine, "begin", _forget)
    event.listen(engine, "after_execute", _note_written)
    event.listen(engine, "commit", _notify)
    event.listen(engine, "rollback", _forget)


def announce(
    session: Session | Connection, kind: str, row_id: int, author_id: int | None = None
) -> None:
    """Name a change of this transaction for the other clients (nothing on a file)."""
    connection = session.connection() if isinstance(session, Session) else session
    if connection.dialect.name != "postgresql":
        return
    connection.info.setdefault(_ANNOUNCED, []).append(Change(kind, int(row_id), author_id))


def note_written(connection: Connection, tables: Iterable[str]) -> None:
    """Note tables written past SQLAlchemy's execute (COPY through the driver's cursor)."""
    if connection.dialect.name == "postgresql":
        connection.info.setdefault(_WRITTEN, set()).update(tables)


def _forget(connection: Connection) -> None:
    if connection.invalidated:  # the server went away: its info went with the DBAPI connection
        return  # (and reading it would raise over the error that says the server is lost)
    connection.info.pop(_WRITTEN, None)
    connection.info.pop(_ANNOUNCED, None)


def _note_written(connection: Connection, statement: Any, *_args: Any) -> None:
    if isinstance(statement, UpdateBase):
        tables = [statement.table.name] if hasattr(statement.table, "name") else [ANY_TABLE]
    elif isinstance(statement, TextClause | str):
        sql = statement.text if isinstance(statement, TextClause) else statement
        if not sql.lstrip().lower().startswith(_WRITE_VERBS):
            return
        tables = [ANY_TABLE]
    else:
        return
    connection.info.setdefault(_WRITTEN, set()).update(tables)


def _notify(connection: Connection) -> None:
    written: set[str] = connection.info.pop(_WRITTEN, set())
    announced: list[Change] = connection.info.pop(_ANNOUNCED, [])
    if not written and not announced:
        return
    payload = _payload(written, announced)
    # The DBAPI cursor, not connection.execute: this runs inside SQLAlchemy's commit.
    cursor = connection.connection.cursor()
    try:
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
    finally:
        cursor.close()


def _payload(written: Iterable[str], announced: list[Change]) -> str:
    unique = list(dict.fromkeys(announced))
    counts: dict[str, set[int]] = {}
    for change in unique:
        counts.setdefault(change.kind, set()).add(change.row_id)
    return json.dumps(
        {
            "from": CLIENT,
            "tables": sorted(written),
            "changes": [[c.kind, c.row_id, c.author_id] for c in unique[:MAX_CHANGES]],
            "counts": {kind: len(rows) for kind, rows in counts.items()},
        }
    )
