"""Hearing what other clients of a team workspace changed (PostgreSQL LISTEN/NOTIFY).

notify.py sends one notification per committed transaction that wrote something; this module
reads them: `parse()` a payload into a Notice (None for this process's own), `describe()` the
names a notice's sentence needs (the rows' names and the author, from the author columns).

`Listener` is the receiving end: a connection of its own in autocommit mode that LISTENs and
waits for notifications; it is blocking and meant for a thread of its own (the window runs it in
a QThread), whose wait another thread can cut short (`interrupt()`), so that stopping it (at
quit) takes no longer than closing its connection. `describe()` reads the names a notice's
sentence needs.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, select

from okrdesk.store.schema import Base, Experiment, Funnel, KeyResult, Person
from okrdesk.store.workspace import notify
from okrdesk.store.workspace.notify import (
    ANY_TABLE,
    CHANNEL,
    CHECKIN,
    DECISION,
    IMPORT,
    KEY_RESULT,
    KINDS,
    Change,
)

if TYPE_CHECKING:
    from okrdesk.store.address import ServerAddress

# Where the row a change concerns has its name.
_SUBJECTS = {
    IMPORT: Funnel.name,
    DECISION: Experiment.title,
    KEY_RESULT: KeyResult.title,
    CHECKIN: KeyResult.title,
}


@dataclass(frozen=True)
class Notice:
    """What another client's committed transaction changed."""

    tables: frozenset[str]
    changes: tuple[Change, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    sender: str = ""

    @property
    def any_table(self) -> bool:
        return ANY_TABLE in self.tables

    def to_reload(self) -> frozenset[str]:
        """The tables to read again: every one after raw SQL, or after an import, which may
        write through the driver's COPY, past what the engine notes."""
        if self.any_table or any(change.kind == IMPORT for change in self.changes):
            return all_tables()
        return self.tables

    def main_changes(self) -> tuple[Change, ...]:
        """The announcements of the most telling kind in it, in their order."""
        for kind in KINDS:
            found = tuple(change for change in self.changes if change.kind == kind)
            if found:
                return found
        return ()


def all_tables() -> frozenset[str]:
    return frozenset(Base.metadata.tables)


def parse(payload: str) -> Notice | None:
    """The notice a payload carries; None for one this client sent or cannot read."""
    try:
        data = json.loads(payload)
        if data.get("from") == notify.CLIENT:
            return None
        changes = tuple(
            Change(str(kind), int(row_id), None if author is None else int(author))
            for kind, row_id, author in data.get("changes", [])
            if kind in KINDS
        )
        tables = frozenset(str(name) for name in data.get("tables", []))
        counts = {str(kind): int(n) for kind, n in data.get("counts", {}).items()}
        return Notice(tables, changes, counts, str(data.get("from", "")))
    except (ValueError, TypeError, AttributeError):
        return Notice(frozenset({ANY_TABLE}))  # a stranger's payload: reload everything


# -- what a notice names -----------------------------------------------------------------------


@dataclass(frozen=True)
class Described:
    """The names a notice's sentence needs: its kind, subjects and single author, if any."""

    kind: str | None
    subjects: tuple[str, ...] = ()
    author: str | None = None
    count: int = 0


def describe(connection: Connection, notice: Notice) -> Described:
    """The kind, the names of the rows and the author (when every change has the same known
    one) of the notice's most telling changes."""
    main = notice.main_changes()
    if not main:
        return Described(kind=None)
    kind = main[0].kind
    column = _SUBJECTS[kind]
    ids = list(dict.fromkeys(change.row_id for change in main))
    key = column.table.c.id
    found: dict[int, str] = dict(connection.execute(select(key, column).where(key.in_(ids))).all())
    subjects = tuple(found[row_id] for row_id in ids if row_id in found)
    authors = {change.author_id for change in main}
    author = None
    if len(authors) == 1 and None not in authors:
        author = connection.scalar(select(Person.name).where(Person.id == authors.pop()))
    count = max(notice.counts.get(kind, 0), len(ids))
    return Described(kind=kind, subjects=subjects, author=author, count=count)


# -- receiving ---------------------------------------------------------------------------------


def _first_line(error: BaseException) -> str:
    from okrdesk.store.workspace.server import one_line

    return " ".join(one_line(error).split())  # libpq pads "FATAL:  …"


class ConnectionLost(Exception):
    """The listening connection broke (the server stopped, the network went, it was ended)."""


@dataclass(frozen=True)
class _Watched:
    """The listening connection's socket and the reading end of a wake-up pair, in a selector
    (which, unlike select(), takes any socket number)."""

    selector: selectors.BaseSelector
    wake: socket.socket
    woken: socket.socket

    @classmethod
    def of(cls, connection_socket: int) -> _Watched:
        wake, woken = socket.socketpair()
        wake.setblocking(False)
        woken.setblocking(False)
        selector = selectors.DefaultSelector()
        selector.register(connection_socket, selectors.EVENT_READ)
        selector.register(woken, selectors.EVENT_READ)
        return cls(selector, wake, woken)

    def close(self) -> None:
        self.selector.close()
        self.wake.close()
        self.woken.close()


class Listener:
    """A connection of its own that LISTENs on the channel; blocking, for a worker thread."""

    def __init__(self, address: ServerAddress) -> None:
        self.address = address
        self._engine: Engine | None = None
        self._raw: Any = None
        # While connected: what a wait watches (one attribute, for interrupt()'s thread).
        self._watched: _Watched | None = None
        self._interrupted = False

    def connect(self) -> None:
        """Connect and LISTEN; raises ConnectionLost when the server cannot be reached."""
        from okrdesk.store.workspace.server import make_server_engine

        self.close()
        self._engine = make_server_engine(self.address, listening=True)
        try:
            self._raw = self._engine.raw_connection()
            driver = self._raw.driver_connection
            driver.rollback()  # nothing began; autocommit can be turned on only outside one
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
            self._watched = _Watched.of(driver.fileno())
        except Exception as error:  # SQLAlchemy's DBAPIError, or the driver's own after it
            self.close()
            raise ConnectionLost(_first_line(error)) from error

    @property
    def connected(self) -> bool:
        return self._raw is not None

    def wait(self, timeout: float) -> list[Notice]:
        """The notices that arrive within `timeout` seconds (others' only); none at once
        after interrupt()."""
        if self._raw is None or self._watched is None:
            raise ConnectionLost("not connected")
        if self._interrupted:
            return []
        driver, watched = self._raw.driver_connection, self._watched
        try:
            # Those that came with the last statement first: they wait in the driver, not
            # on the socket.
            heard = [n.payload for n in driver.notifies(timeout=0)]
            if not heard:
                ready = {key.fileobj for key, _events in watched.selector.select(timeout)}
                if watched.woken in ready:
                    return []
                if ready:
                    heard = [n.payload for n in driver.notifies(timeout=0)]
        except Exception as error:  # psycopg.OperationalError: the connection is gone
            self.close()
            raise ConnectionLost(_first_line(error)) from error
        notices = (parse(payload) for payload in heard)
        return [notice for notice in notices if notice is not None]

    def interrupt(self) -> None:
        """Make the wait under way and every later one return at once, with nothing heard
        (its thread is being stopped); from any thread."""
        self._interrupted = True  # before the wake-up: a wait that misses it sees this
        watched = self._watched
        if watched is not None:
            with contextlib.suppress(OSError):  # closed meanwhile, or a wake-up on its way
                watched.wake.send(b"\0")

    def close(self) -> None:
        raw, engine, watched = self._raw, self._engine, self._watched
        self._raw = self._engine = self._watched = None
        if watched is not None:
            watched.close()
        if raw is not None:
            # Never back into a pool; a broken connection may fail to close too.
            with contextlib.suppress(Exception):
                raw.invalidate()
        if engine is not None:
            engine.dispose()
