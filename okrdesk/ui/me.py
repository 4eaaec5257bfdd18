"""Who "me" is: the person of a workspace working on this computer.

Chosen once per computer and workspace (QSettings, keyed by the workspace file's path) from
its People, by default the first person listed; shown and changed in Workspace settings.
Every check-in, decision and key-result change made in the app records it as its author. The
workspace stores only the person's id, so a shared database later keeps the same columns.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from okrdesk.store.people import PersonRow, list_people
from okrdesk.ui.controller import WorkspaceController

GROUP = "workspace/me"


def _key(path: Path) -> str:
    # A path holds "/" (a QSettings group separator) and may hold any character.
    where = str(Path(path).resolve()) if isinstance(path, (Path, str)) else str(path)
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:24]
    return f"{GROUP}/{digest}"


def stored_me(path: Path) -> int | None:
    """The person chosen on this computer for the workspace at `path`, if any."""
    value = QSettings().value(_key(path))
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def set_me(path: Path, person_id: int | None) -> None:
    if person_id is None:
        QSettings().remove(_key(path))
    else:
        QSettings().setValue(_key(path), int(person_id))


def choose_me(people: list[PersonRow], stored: int | None) -> int | None:
    """The stored person if they are still there, else the first one listed, else None."""
    ids = [person.id for person in people]
    if stored in ids:
        return stored
    return ids[0] if ids else None


def current_me(controller: WorkspaceController) -> int | None:
    """The open workspace's "me" on this computer; None without a workspace or people."""
    workspace = controller.workspace
    if workspace is None:
        return None
    with workspace.engine.connect() as connection:
        people = list_people(connection)
    return choose_me(people, stored_me(workspace.path))
