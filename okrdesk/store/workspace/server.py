"""Creating, opening and migrating a workspace in a PostgreSQL database.

The database is made by whoever runs the server (`createdb`); okrdesk makes the tables in it, with
the same Alembic revisions as a file. What the file defences of files.py become here:

- The header, file-format, truncation, sidecar (-wal/-shm) and read-only-folder checks have no
  counterpart: the server owns its files and refuses a broken one itself.
- The backup beside a file before a migration is not made: PostgreSQL runs DDL inside a
  transaction, so a migration that fails is rolled back whole and the database is left as it
  was (a pg_dump before upgrading is the server keeper's business, see the README).
- Two clients never migrate at once: the migration runs under a transaction-scoped advisory lock
  (`pg_advisory_xact_lock`), and the revision is read again once the lock is held, so the second
  client finds the work done.
- The comparison of the file's schema with the one its revision defines (schema_check.py) reads
  SQLite's catalog; on a server, server_schema.py compares okrdesk's tables at head with the
  models (columns, types, keys, indexes, constraints, triggers); another program's tables in the
  same database are left alone, and one without an alembic_version is refused.
- Read-only: a workspace opened read-only gets sessions that the server keeps read-only
  (`default_transaction_read_only`), so no write can slip through.
"""

from __future__ import annotations

from sqlalchemy import URL, Connection, Engine, create_engine, inspect, select, table, text
from sqlalchemy import column as sql_column
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import (
    MigrationError,
    NewerWorkspaceError,
    NotWorkspaceError,
    ReadOnlyWorkspaceError,
    ServerUnreachableError,
    WorkspaceError,
)
from okrdesk.store.funnel.definitions import DEFAULT_FUNNEL_NAME, create_funnel
from okrdesk.store.schema import Base
from okrdesk.store.words import WorkspaceErrors
from okrdesk.store.workspace import migrate, notify, server_access, team_roles
from okrdesk.store.workspace.opened import Workspace, insert_settings_row
from okrdesk.store.workspace.server_access import RoleRefusedError, ServerAccess
from okrdesk.store.workspace.server_schema import check_server_schema

# Seconds to wait for the server to answer before the open is refused.
CONNECT_TIMEOUT = 10
# The advisory lock key every okrdesk client takes to migrate or create ("OKRD").
MIGRATION_LOCK = 0x4F4B5244
VERSION_TABLE = "alembic_version"
# The listening connection: quick to give up on a server that is away, and TCP keepalives so
# that a server gone without closing the connection is noticed within about ten seconds.
LISTENING_OPTIONS = {
    "connect_timeout": "3",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
}


def make_server_engine(
    address: ServerAddress, *, read_only: bool = False, listening: bool = False
) -> Engine:
    """An engine for the address, with TLS for a server that is not local; the password is
    the one typed or kept in the keyring, else libpq finds it (PGPASSWORD, ~/.pgpass).

    Its committed writes notify the other clients (notify.py). `listening` is for the connection
    that waits for them: it gives up sooner and finds a silently dropped server by keepalives.
    """
    query = dict(address.options) | server_access.tls_options(address)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    query.setdefault("application_name", "okrdesk")
    if listening:
        query.update(LISTENING_OPTIONS)
    if read_only:
        query["options"] = "-c default_transaction_read_only=on"
    url = URL.create(
        "postgresql+psycopg",
        username=address.user,
        host=address.host,
        port=address.port,
        database=address.database,
        query=query,
    )
    engine = create_engine(url, pool_pre_ping=True)
    server_access.attach(engine, address)
    notify.install(engine)
    return engine


def one_line(error: BaseException) -> str:
    """The driver's message on one line, without SQLAlchemy's SQL and links."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def read_revision(connection: Connection) -> str | None:
    """The database's Alembic revision, or None when it has no alembic_version table."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    versions = table(VERSION_TABLE, sql_column("version_num"))
    return connection.scalar(select(versions.c.version_num))


def _lock(connection: Connection) -> None:
    """Wait until no other client migrates or creates; released at the end of the transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def unreachable(address: ServerAddress, error: BaseException) -> WorkspaceError:
    """Why the server could not be used: a refused login or TLS in words, else its line."""
    explained = server_access.explain_login(address, error)
    if explained is not None:
        return explained
    return ServerUnreachableError(
        address,
        WorkspaceErrors.tr("the server cannot be reached ({detail})").format(
            detail=one_line(error)
        ),
    )


def check_state(address: ServerAddress, connection: Connection) -> str:
    """The workspace's revision; refuses a database that is not an okrdesk workspace."""
    revision = read_revision(connection)
    if revision is None:
        names = inspect(connection).get_table_names()
        if names:
            raise NotWorkspaceError(
                address, WorkspaceErrors.tr("another program's database (no okrdesk schema)")
            )
        raise WorkspaceError(
            address, WorkspaceErrors.tr("holds no okrdesk workspace yet (the database is empty)")
        )
    if revision not in migrate.known_revisions():
        raise NewerWorkspaceError(
            address,
            WorkspaceErrors.tr(
                "made by a newer okrdesk (schema {revision}); update okrdesk to open it"
            ).format(revision=revision),
        )
    missing = sorted(set(Base.metadata.tables) - set(inspect(connection).get_table_names()))
    if revision == migrate.head_revision() and missing:
        raise NotWorkspaceError(
            address,
            WorkspaceErrors.tr('the workspace has no table "{table}"').format(table=missing[0]),
        )
    if revision == migrate.head_revision():
        check_server_schema(address, connection)
    return revision


def open_server_workspace(address: ServerAddress, *, read_only: bool | None = None) -> Workspace:
    """Open the workspace in the address's database, migrating it first if it is older.

    `read_only` True gives sessions that cannot write; an older workspace is then refused.
    """
    engine = make_server_engine(address)
    try:
        try:
            with engine.connect() as connection:
                revision = check_state(address, connection)
                viewer = not team_roles.may_write(connection)
        except OperationalError as error:
            raise unreachable(address, error) from error
        if viewer and read_only is False:
            raise ReadOnlyWorkspaceError(
                address,
                ServerAccess.tr(
                    "your role only lets you read this team workspace; nothing was changed"
                ),
            )
        if revision != migrate.head_revision():
            if read_only:
                raise ReadOnlyWorkspaceError(
                    address,
                    WorkspaceErrors.tr(
                        "was made by an older okrdesk (schema {revision}) and cannot be "
                        "upgraded read-only"
                    ).format(revision=revision),
                )
            _upgrade(address, engine)
    except BaseException:
        engine.dispose()
        raise
    # A viewer's engine stays as it is: the server refuses its writes in the role's words.
    if read_only:
        engine.dispose()
        engine = make_server_engine(address, read_only=True)
    return Workspace(
        path=address, engine=engine, read_only=bool(read_only) or viewer, viewer=viewer
    )


def _upgrade(address: ServerAddress, engine: Engine, target: str = "head") -> None:
    """Migrate in one transaction under the advisory lock; a failure leaves it as it was."""
    try:
        with engine.begin() as connection:
            _lock(connection)
            # Another client may have migrated while this one waited for the lock.
            revision = read_revision(connection)
            if revision != migrate.head_revision():
                if team_roles.act_as_owner(connection, address) is False:
                    raise RoleRefusedError(
                        address,
                        ServerAccess.tr(
                            "was made by an older okrdesk (schema {revision}) and only its "
                            "owner role can upgrade it: ask for okrdesk team init {address}"
                        ).format(revision=revision, address=address),
                    )
                migrate.upgrade(connection, target)
    except OperationalError as error:
        raise unreachable(address, error) from error
    except DBAPIError as error:
        raise MigrationError(
            address,
            WorkspaceErrors.tr("could not be upgraded ({detail}); it was left as it was").format(
                detail=one_line(error)
            ),
        ) from error


def create_server_workspace(
    address: ServerAddress, name: str, *, revision: str = "head", default_funnel: bool = True
) -> Workspace:
    """Make a new workspace in an existing, empty database (one transaction, under the lock)."""
    engine = make_server_engine(address)
    try:
        with Session(engine) as session, session.begin():
            connection = session.connection()
            _lock(connection)
            if inspect(connection).get_table_names():
                raise WorkspaceError(
                    address, WorkspaceErrors.tr("the database already holds tables")
                )
            migrate.upgrade(connection, revision)
            insert_settings_row(connection, name)
            if default_funnel and revision == "head":
                create_funnel(session, DEFAULT_FUNNEL_NAME)
    except OperationalError as error:
        engine.dispose()
        raise unreachable(address, error) from error
    except DBAPIError as error:
        engine.dispose()
        raise WorkspaceError(
            address,
            WorkspaceErrors.tr("cannot be created ({detail})").format(detail=one_line(error)),
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return Workspace(path=address, engine=engine)


def drop_server_workspace(address: ServerAddress) -> None:
    """Drop okrdesk's tables from the database (a cancelled demo build); others stay."""
    engine = make_server_engine(address)
    try:
        with engine.begin() as connection:
            _lock(connection)
            Base.metadata.drop_all(connection)
            connection.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))
    finally:
        engine.dispose()
