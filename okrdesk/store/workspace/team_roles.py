"""The three roles of a team workspace, named after its database, and what a login may do.

Each workspace database has its own roles, so that two workspaces on one server never share
them (a member of one team is not a member of the other):

- `okrdesk_<database>_owner` owns the tables and runs the migrations,
- `okrdesk_<database>_member` reads and writes,
- `okrdesk_<database>_viewer` only reads.

A database name that is not plain lower-case letters, digits and underscores, or that is long,
gets a short digest of its exact name instead, so that two names never fold into one role.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from okrdesk.store.address import ServerAddress

ROLE_PREFIX = "okrdesk_"
# PostgreSQL cuts names at 63 bytes; "_viewer" and a digest must fit behind the prefix.
LONGEST_BASE = 40
# The table every okrdesk revision has and every member writes: its privilege tells a
# viewer from a member.
WRITTEN_TABLE = "checkins"


@dataclass(frozen=True)
class TeamRoles:
    owner: str
    member: str
    viewer: str

    def by_kind(self, kind: str) -> str:
        return {"owner": self.owner, "member": self.member, "viewer": self.viewer}[kind]


def team_roles(database: str) -> TeamRoles:
    """The role names of the workspace in `database`."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if base != database or len(base) > LONGEST_BASE:
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:6]
        base = f"{base[:LONGEST_BASE]}_{digest}"
    prefix = f"{ROLE_PREFIX}{base}"
    return TeamRoles(f"{prefix}_owner", f"{prefix}_member", f"{prefix}_viewer")


def role_exists(connection: Connection, role: str) -> bool:
    found = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role})
    return found is not None


def is_member_of(connection: Connection, role: str) -> bool:
    """Is the logged-in user `role` or one of its members (a superuser is)?"""
    return bool(
        connection.scalar(text("SELECT pg_has_role(current_user, :role, 'MEMBER')"), {"role": role})
    )


def may_write(connection: Connection) -> bool:
    """May the logged-in user write the workspace's tables (a member or owner, not a viewer)?"""
    return bool(
        connection.scalar(
            text(
                "SELECT to_regclass(:table) IS NULL "
                "OR has_table_privilege(current_user, :table, 'INSERT')"
            ),
            {"table": f"public.{WRITTEN_TABLE}"},
        )
    )


def act_as_owner(connection: Connection, address: ServerAddress) -> bool | None:
    """For a migration: become the owner role for the rest of the transaction, so that new
    tables belong to it (and get the default privileges `okrdesk team init` set).

    None when the workspace has no team roles (made by `okrdesk new`: whoever made it
    upgrades it); False when the login is not a member of the owner role."""
    owner = team_roles(address.database).owner
    if not role_exists(connection, owner):
        return None
    if not is_member_of(connection, owner):
        return False
    quoted = connection.dialect.identifier_preparer.quote(owner)
    connection.execute(text(f"SET LOCAL ROLE {quoted}"))
    return True
