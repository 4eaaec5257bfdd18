"""`okrdesk team init` and `okrdesk team add`: a team workspace's schema, roles and grants.

`init_team` runs as an administrator of the server (a superuser, or a role with CREATEROLE
that owns the database) in one transaction under the migration lock, and may run again at any
time: it creates what is missing, upgrades an older schema, and says what it did.

- The schema is made (or upgraded) by the same Alembic revisions as a file, as the owner role,
  so the owner role owns every table; tables made earlier by `okrdesk new` are handed to it.
- The member role may read and write the tables (not alembic_version), the viewer role only
  read them; default privileges give both the same rights on the tables and sequences the
  owner makes in later revisions.
- The three roles cannot log in: people are login roles made members of one of them
  (`add_person`, or `CREATE ROLE anna LOGIN IN ROLE okrdesk_<database>_member`).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from okrdesk.domain.text import Text, Words
from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import NewerWorkspaceError, NotWorkspaceError, WorkspaceError
from okrdesk.store.funnel.definitions import DEFAULT_FUNNEL_NAME, create_funnel
from okrdesk.store.schema import Base
from okrdesk.store.workspace import migrate, server
from okrdesk.store.workspace.opened import insert_settings_row
from okrdesk.store.workspace.team_roles import TeamRoles, role_exists, team_roles

KINDS = ("owner", "member", "viewer")
MEMBER_RIGHTS = "SELECT, INSERT, UPDATE, DELETE"


class TeamSetup(Words):
    """What `okrdesk team init` and `okrdesk team add` did, and their refusals."""


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def init_team(address: ServerAddress, name: str | None = None) -> list[Text]:
    """Create or bring up to date the workspace, roles and grants in the address's database;
    the lines saying what was done. Raises WorkspaceError (nothing changed) when refused."""
    engine = server.make_server_engine(address)
    try:
        with Session(engine) as session, session.begin():
            connection = session.connection()
            server._lock(connection)
            roles = team_roles(address.database)
            done = _roles(connection, roles)
            done += _schema(session, address, roles, name or address.database)
            done += _grants(connection, address, roles)
        return done
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    except DBAPIError as error:
        raise WorkspaceError(
            address,
            TeamSetup.tr(
                "the team workspace cannot be set up ({detail}); nothing was changed"
            ).format(detail=server.one_line(error)),
        ) from error
    finally:
        engine.dispose()


def _roles(connection: Connection, roles: TeamRoles) -> list[Text]:
    made = [
        role
        for role in (roles.owner, roles.member, roles.viewer)
        if not role_exists(connection, role)
    ]
    for role in made:
        connection.execute(text(f"CREATE ROLE {_quote(connection, role)} NOLOGIN"))
    superuser = connection.scalar(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    )
    if not superuser and roles.owner in made:
        # An administrator without superuser rights acts as the owner through membership.
        connection.execute(text(f"GRANT {_quote(connection, roles.owner)} TO CURRENT_USER"))
    lines = [
        TeamSetup.tr("role {role}: owns the tables and upgrades them ({state})"),
        TeamSetup.tr("role {role}: reads and writes ({state})"),
        TeamSetup.tr("role {role}: reads only ({state})"),
    ]
    return [
        line.format(
            role=role,
            state=TeamSetup.tr("created") if role in made else TeamSetup.tr("already there"),
        )
        for line, role in zip(lines, (roles.owner, roles.member, roles.viewer), strict=True)
    ]


def _schema(session: Session, address: ServerAddress, roles: TeamRoles, name: str) -> list[Text]:
    connection = session.connection()
    revision = server.read_revision(connection)
    existing = set(inspect(connection).get_table_names())
    if revision is None and existing:
        raise NotWorkspaceError(
            address, TeamSetup.tr("another program's database (no okrdesk schema): left alone")
        )
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            address,
            TeamSetup.tr(
                "made by a newer okrdesk (schema {revision}); update okrdesk first"
            ).format(revision=revision),
        )
    owner = _quote(connection, roles.owner)
    database = _quote(connection, address.database)
    connection.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {owner}"))
    connection.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}"))
    lines: list[Text] = []
    handed = [
        table
        for table in sorted(existing & {*Base.metadata.tables, server.VERSION_TABLE})
        if connection.scalar(
            text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = :t"),
            {"t": table},
        )
        != roles.owner
    ]
    for table in handed:
        connection.execute(text(f"ALTER TABLE {_quote(connection, table)} OWNER TO {owner}"))
    if handed:
        lines.append(TeamSetup.tr("%n table(s) handed to the owner role", None, len(handed)))
    connection.execute(text(f"SET LOCAL ROLE {owner}"))
    head = migrate.head_revision()
    if revision is None:
        migrate.upgrade(connection, "head")
        insert_settings_row(connection, name)
        create_funnel(session, DEFAULT_FUNNEL_NAME)
        session.flush()
        lines.append(
            TeamSetup.tr('workspace "{name}" created (schema {revision})').format(
                name=name, revision=head
            )
        )
    elif revision != head:
        migrate.upgrade(connection, "head")
        lines.append(
            TeamSetup.tr("workspace upgraded from schema {old} to {new}").format(
                old=revision, new=head
            )
        )
    else:
        lines.append(TeamSetup.tr("workspace already at schema {revision}").format(revision=head))
    return lines


def _grants(connection: Connection, address: ServerAddress, roles: TeamRoles) -> list[Text]:
    """The member's and viewer's rights, granted as the owner (still the current role)."""
    member, viewer = _quote(connection, roles.member), _quote(connection, roles.viewer)
    tables = sorted(set(inspect(connection).get_table_names()) & set(Base.metadata.tables))
    version = _quote(connection, server.VERSION_TABLE)
    statements = [
        f"GRANT {MEMBER_RIGHTS} ON {_quote(connection, table)} TO {member}" for table in tables
    ]
    statements += [f"GRANT SELECT ON {_quote(connection, table)} TO {viewer}" for table in tables]
    statements += [
        f"GRANT SELECT ON {version} TO {member}, {viewer}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {member}",
        f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {MEMBER_RIGHTS} ON TABLES TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON SEQUENCES TO {viewer}",
    ]
    for statement in statements:
        connection.execute(text(statement))
    connection.execute(text("RESET ROLE"))
    database = _quote(connection, address.database)
    connection.execute(
        text(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {member}, {viewer}")
    )
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {member}, {viewer}"))
    return [
        TeamSetup.tr(
            "member reads and writes, viewer reads: %n table(s), and the tables of later revisions",
            None,
            len(tables),
        )
    ]


def add_person(address: ServerAddress, user: str, kind: str) -> list[Text]:
    """Make `user` (a login role, created without a password when missing) a member of the
    team role `kind` (owner, member or viewer), leaving any other team role of this workspace."""
    if kind not in KINDS:
        raise ValueError(kind)
    engine = server.make_server_engine(address)
    try:
        with engine.begin() as connection:
            roles = team_roles(address.database)
            if not role_exists(connection, roles.by_kind(kind)):
                raise WorkspaceError(
                    address,
                    TeamSetup.tr(
                        "has no team roles yet: run okrdesk team init {address} first"
                    ).format(address=address),
                )
            lines: list[Text] = []
            person = _quote(connection, user)
            if not role_exists(connection, user):
                connection.execute(text(f"CREATE ROLE {person} LOGIN"))
                lines.append(
                    TeamSetup.tr(
                        "login {user} created without a password: set one with psql's "
                        "\\password {user}"
                    ).format(user=user)
                )
            for other in KINDS:
                role = roles.by_kind(other)
                if other != kind and role_exists(connection, role):
                    connection.execute(text(f"REVOKE {_quote(connection, role)} FROM {person}"))
            connection.execute(text(f"GRANT {_quote(connection, roles.by_kind(kind))} TO {person}"))
            lines.append(
                TeamSetup.tr("{user} is now in role {role}").format(
                    user=user, role=roles.by_kind(kind)
                )
            )
            return lines
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    except DBAPIError as error:
        raise WorkspaceError(
            address,
            TeamSetup.tr("{user} cannot be added ({detail})").format(
                user=user, detail=server.one_line(error)
            ),
        ) from error
    finally:
        engine.dispose()
