"""Imported in the background while the window waits for a workspace to open: what the first
opening of a process does otherwise on the GUI thread as the workspace opens (about 150 ms
together on a 2-core laptop) — the SQLite dialect loaded, the mapped classes configured, and
the schema a workspace at the newest revision is checked against read from the user's cache
(with the cache's key: the versions of the libraries that make it)."""

from __future__ import annotations

import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the first engine otherwise)
from sqlalchemy.orm import configure_mappers

from okrdesk.store import schema  # noqa: F401  (the mapped classes to configure)
from okrdesk.store.workspace import migrate, schema_check

configure_mappers()
schema_check.reference(migrate.head_revision())
