"""The team workspaces' catalogs that passed server_schema.py's comparison, remembered here.

The comparison with okrdesk's schema takes a few tenths of a second; reading a digest of the
server's catalog of okrdesk's tables is one query. A catalog whose digest passed the comparison
before, for the same login and database, is not compared again; any change to okrdesk's tables
changes the digest, and then the full comparison runs (and refuses the workspace, naming the
first difference). The digests are kept on this computer, in the user's data folder, never in
the database (a workspace can be handed over by anyone), together with a fingerprint of what
the comparison compares against: okrdesk's models, its version, the head revision and the
versions of SQLAlchemy and Alembic. Another fingerprint forgets every digest kept. A file that
cannot be read or written costs only the time of a full comparison (remembered.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from importlib import metadata
from pathlib import Path

from okrdesk import __version__
from okrdesk.store.address import ServerAddress
from okrdesk.store.schema import Base
from okrdesk.store.workspace import migrate, remembered
from okrdesk.store.workspace.remembered import workspace_key

FILE_NAME = "server-schemas.json"
# Raised when what the comparison checks changes without okrdesk's version changing.
FORMAT = 1

_lock = threading.Lock()
_fingerprint: str | None = None
# This session's passed digests, also when the file cannot be written.
_session: dict[str, str] = {}


def memory_file() -> Path:
    return remembered.memory_file(FILE_NAME)


def passed(address: ServerAddress, digest: str | None) -> bool:
    """Did a catalog with this digest pass the comparison for this workspace before?"""
    if digest is None:
        return False
    key = workspace_key(address)
    with _lock:
        if _session.get(key) == digest:
            return True
        return _read().get(key) == digest


def remember(address: ServerAddress, digest: str | None) -> None:
    """Keep the digest of a catalog that passed the comparison, for later opens."""
    if digest is None:
        return
    key = workspace_key(address)
    with _lock:
        _session[key] = digest
        kept = _read()
        if kept.get(key) == digest:
            return
        kept[key] = digest
        _write(kept)


def forget_session() -> None:
    """Forget this session's digests (the file keeps its own)."""
    with _lock:
        _session.clear()


def fingerprint() -> str:
    """What the comparison compares against: a kept digest is valid only under the same."""
    global _fingerprint
    if _fingerprint is None:
        digest = hashlib.sha256(f"{FORMAT} {__version__} {migrate.head_revision()}".encode())
        for package in ("sqlalchemy", "alembic"):
            with contextlib.suppress(metadata.PackageNotFoundError):
                digest.update(f" {package} {metadata.version(package)}".encode())
        digest.update(repr(_models()).encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


def _models() -> list[object]:
    """Every table's columns, constraints and indexes, as plain values."""
    tables: list[object] = []
    for name, table in sorted(Base.metadata.tables.items()):
        columns = [
            (
                column.name,
                repr(column.type),
                column.nullable,
                column.primary_key,
                sorted(key.target_fullname for key in column.foreign_keys),
                str(getattr(column.server_default, "arg", None)),
                column.comment,
            )
            for column in table.columns
        ]
        constraints = sorted(
            (
                type(constraint).__name__,
                str(constraint.name),
                [column.name for column in getattr(constraint, "columns", ())],
                str(getattr(constraint, "sqltext", "")),
                str(getattr(constraint, "ondelete", "")),
            )
            for constraint in table.constraints
        )
        indexes = sorted(
            (str(index.name), bool(index.unique), [str(item) for item in index.expressions])
            for index in table.indexes
        )
        tables.append((name, columns, constraints, indexes, table.comment))
    return tables


def _read() -> dict[str, str]:
    stored = remembered.read(FILE_NAME)
    kept = stored.get("passed")
    if stored.get("fingerprint") != fingerprint() or not isinstance(kept, dict):
        return {}
    return {str(key): str(value) for key, value in kept.items()}


def _write(kept: dict[str, str]) -> None:
    remembered.write(FILE_NAME, {"fingerprint": fingerprint(), "passed": kept})
