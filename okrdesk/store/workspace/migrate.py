"""Alembic, driven from code: the revisions okrdesk knows, and upgrading a file to head.

Revisions are numbered 0001, 0002, … and each file is named after its number, so the known
revisions are read off the file names without importing Alembic on the start-up path.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"


_one_at_a_time = threading.RLock()


def known_revisions() -> list[str]:
    """Revision ids in order, oldest first."""
    names = (path.name for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return sorted(name.split("_", 1)[0] for name in names)


def head_revision() -> str:
    return known_revisions()[-1]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade inside the caller's transaction, so a failure rolls back every step.

    One at a time in the process: Alembic's `op` and `context` are module-wide, and a
    worker thread may run migrations (the schema check's reference, built in the background
    while the window waits) while the GUI thread creates or upgrades a workspace."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    with _one_at_a_time:
        command.upgrade(config, revision)
