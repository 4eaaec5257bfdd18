"""Imported in the background while the window waits for a workspace to open: the SQLite
dialect and the mapped classes configured, which the first query of a process does otherwise,
on the GUI thread as the workspace opens (about 100 ms together on a 2-core laptop)."""

from __future__ import annotations

import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the first engine otherwise)
from sqlalchemy.orm import configure_mappers

from okrdesk.store import schema  # noqa: F401  (the mapped classes to configure)

configure_mappers()
