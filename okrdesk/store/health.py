"""`okrdesk check`: is a workspace file healthy, and what does it hold? Changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from okrdesk.store import migrate
from okrdesk.store.engine import leaves_no_sidecars, make_read_only_engine
from okrdesk.store.summary import WorkspaceCounts, workspace_counts
from okrdesk.store.workspace import inspect, integrity_check


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


def check_workspace(path: Path) -> HealthReport:
    """Raise WorkspaceError for a file okrdesk would refuse; else report on it."""
    state = inspect(path)
    integrity = integrity_check(path)
    engine = make_read_only_engine(path)
    with leaves_no_sidecars(path):
        try:
            with engine.connect() as connection:
                counts = workspace_counts(connection)
        finally:
            engine.dispose()
    return HealthReport(path=path, revision=state.revision, integrity=integrity, counts=counts)
