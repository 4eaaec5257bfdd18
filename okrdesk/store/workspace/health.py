"""`okrdesk check`: is a workspace healthy, and what does it hold? Changes nothing.

A file gets SQLite's integrity check; a server has none to offer a client (it checks its own
pages), so there the report says "ok" once the workspace could be read in a read-only session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from okrdesk.store.address import ServerAddress, WorkspaceAddress
from okrdesk.store.review.summary import WorkspaceCounts, workspace_counts
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.engine import BUSY_TIMEOUT, leaves_no_sidecars, make_read_only_engine
from okrdesk.store.workspace.files import inspect, integrity_check, refusal


@dataclass(frozen=True)
class HealthReport:
    path: WorkspaceAddress
    revision: str
    integrity: str
    counts: WorkspaceCounts

    @property
    def is_current(self) -> bool:
        return self.revision == migrate.head_revision()

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok"


def check_workspace(
    path: Path | str | ServerAddress, *, busy_timeout: float = BUSY_TIMEOUT
) -> HealthReport:
    """Raise WorkspaceError for a workspace okrdesk would refuse; else report on it."""
    address = workspace_address(path)
    if isinstance(address, ServerAddress):
        return _check_server(address)
    path = address
    state = inspect(path, busy_timeout=busy_timeout)
    integrity = integrity_check(path, busy_timeout=busy_timeout)
    engine = make_read_only_engine(path, busy_timeout=busy_timeout)
    with leaves_no_sidecars(path):
        try:
            with engine.connect() as connection:
                counts = workspace_counts(connection)
        except DBAPIError as error:
            raise refusal(path, error) from error
        finally:
            engine.dispose()
    return HealthReport(path=path, revision=state.revision, integrity=integrity, counts=counts)


def _check_server(address: ServerAddress) -> HealthReport:
    from sqlalchemy.exc import OperationalError

    from okrdesk.store.workspace import server

    engine = server.make_server_engine(address, read_only=True)
    try:
        with engine.connect() as connection:
            revision = server.check_state(address, connection)
            counts = workspace_counts(connection)
    except OperationalError as error:
        raise server.unreachable(address, error) from error
    finally:
        engine.dispose()
    return HealthReport(path=address, revision=revision, integrity="ok", counts=counts)
