"""Import tests: real files written in each encoding and format, real workspace files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from okrdesk.store.schema import FunnelCount, FunnelStage
from okrdesk.store.workspace.files import Workspace


@pytest.fixture
def empty_ws(new_workspace) -> Iterator[Workspace]:
    """A new workspace: its default funnel, untouched, and nothing else (in a file, or on the
    test server for the modules marked BOTH_BACKENDS)."""
    workspace = new_workspace("Empty")
    yield workspace
    workspace.close()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """write_file(name, text, encoding="utf-8") -> the path of a file holding `text`."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def stored_counts() -> Callable[[Workspace, int], dict[tuple, int]]:
    """stored_counts(workspace, funnel_id) -> {(week ISO, stage, segment, variant): count}."""
    return _stored_counts


def _stored_counts(workspace: Workspace, funnel_id: int) -> dict[tuple, int]:
    with workspace.session() as session:
        rows = session.execute(
            select(
                FunnelCount.week_start,
                FunnelStage.name,
                FunnelCount.segment,
                FunnelCount.variant,
                FunnelCount.count,
            )
            .join(FunnelStage, FunnelStage.id == FunnelCount.stage_id)
            .where(FunnelStage.funnel_id == funnel_id)
        )
        return {(w.isoformat(), s, seg, var): n for w, s, seg, var, n in rows}
