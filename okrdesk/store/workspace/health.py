"""`okrdesk check`: is a workspace file healthy, and what does it hold? Changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from okrdesk.store.review.summary import WorkspaceCounts, workspace_counts
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.engine import BUSY_TIMEOUT, leaves_no_sidecars, make_read_only_engine
from okrdesk.store.workspace.files import inspect, integrity_check, refusal


@dataclass(frozen=True)
class HealthReport:
    path: Path
    revision: str
    integrity: str
    counts: WorkspaceCounts

    @property
    def is_current(self) -> bool:
        return self.revision == migrate.head_revision()

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok"


def check_workspace(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> HealthReport:
    """Raise WorkspaceError for a file okrdesk would refuse; else report on it."""
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
