"""SQLite's defensive mode on a sqlite3 connection, on every Python okrdesk runs on.

Defensive mode stops SQL from corrupting the file on purpose: no writes to sqlite_master
(`PRAGMA writable_schema`), no `journal_mode=OFF`, no writes to the shadow tables of virtual
tables. Python 3.12 sets it with `Connection.setconfig`. Pythons 3.10 and 3.11 have no such
method, so okrdesk calls SQLite's `sqlite3_db_config` through ctypes, on the handle that the
connection object holds right after its object header (the layout of those two CPython versions
is fixed). That is done only where every assumption can be checked first: CPython 3.10 or 3.11,
the SQLite library `_sqlite3` is linked against found and of the same version, and SQLite reading
the setting back as on. Anywhere else `set_defensive` returns False and the connection works
without it.
"""

from __future__ import annotations

import ctypes
import functools
import sqlite3
import sys
from pathlib import Path

SQLITE_DBCONFIG_DEFENSIVE = 1010
SQLITE_OK = 0


def set_defensive(connection: sqlite3.Connection) -> bool:
    """Turn defensive mode on; True when SQLite says it is on."""
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None:  # Python 3.12+
        flag = sqlite3.SQLITE_DBCONFIG_DEFENSIVE  # type: ignore[attr-defined]
        setconfig(flag, True)
        return bool(connection.getconfig(flag))  # type: ignore[attr-defined]
    return _set_through_handle(connection)


def _set_through_handle(connection: sqlite3.Connection) -> bool:
    library = _library()
    if library is None or not isinstance(connection, sqlite3.Connection):
        return False
    # pysqlite_Connection starts with PyObject_HEAD, then `sqlite3 *db` (CPython 3.10, 3.11).
    handle = ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value
    if not handle:
        return False
    db_config = library.sqlite3_db_config
    state = ctypes.c_int(-1)
    code = db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, ctypes.c_int(1), ctypes.byref(state))
    return code == SQLITE_OK and state.value == 1


@functools.cache
def _library() -> ctypes.CDLL | None:
    """The SQLite library the sqlite3 module uses, or None where that cannot be made sure."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] not in ((3, 10), (3, 11)):
        return None
    try:
        import _sqlite3
    except ImportError:
        return None
    module = Path(_sqlite3.__file__)
    # On Linux and macOS the extension's own handle resolves SQLite's functions through the
    # library it is linked against; on Windows SQLite is the sqlite3.dll beside it.
    for candidate in (module, module.with_name("sqlite3.dll")):
        if not candidate.exists():
            continue
        try:
            library = ctypes.CDLL(str(candidate))
            version = library.sqlite3_libversion
            db_config = library.sqlite3_db_config
        except (OSError, AttributeError):
            continue
        version.restype = ctypes.c_char_p
        version.argtypes = []
        if version().decode("ascii", "replace") != sqlite3.sqlite_version:
            continue  # another copy of SQLite than the one that owns the connections
        # Only the fixed arguments: on arm64 macOS ctypes then passes the rest as variadic.
        db_config.argtypes = [ctypes.c_void_p, ctypes.c_int]
        db_config.restype = ctypes.c_int
        return library
    return None
