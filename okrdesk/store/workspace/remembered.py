"""What okrdesk remembers about team workspaces on this computer, to open them faster.

Small JSON files in the user's data folder, never in a database (anyone can hand a workspace
over) and never a secret. Each remembered thing only saves time: a file that is missing,
unreadable or cannot be written makes okrdesk do the slow thing, never a wrong one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from okrdesk import paths
from okrdesk.store.address import ServerAddress

DEFAULT_PORT = 5432


def workspace_key(address: ServerAddress) -> str:
    """One login on one database: its current schema and its way of logging in depend on both."""
    host = address.host or "localhost"
    return f"{address.user or ''}@{host}:{address.port or DEFAULT_PORT}/{address.database}"


def memory_file(name: str) -> Path:
    return paths.data_dir() / name


def read(name: str) -> dict[str, Any]:
    """The file's object; empty when it is missing or unreadable."""
    try:
        stored = json.loads(memory_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def write(name: str, stored: dict[str, Any]) -> None:
    """Replace the file whole, so that a reader never sees half of it."""
    path = memory_file(name)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(stored, file, indent=1, sort_keys=True)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
