"""The Funnel section's data: read at once, or off the GUI thread for a funnel of years.

A funnel of a few months reads into its frames in a few milliseconds; five years of weekly
counts by ten sources and two variants (31,200 counts) took 110 to 140 ms on the GUI thread
of a 2-core laptop, at its first showing and whenever it was read again. From
BACKGROUND_FROM_COUNTS counts the frames are read in a background task while the section says
so (okrdesk.ui.common.latest_read: a read overtaken by a newer one is dropped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from okrdesk.store.funnel import definitions
from okrdesk.store.funnel.definitions import StageRow
from okrdesk.store.workspace.opened import Workspace
from okrdesk.ui.common.latest_read import LatestRead

# About 20 ms of reading on the GUI thread.
BACKGROUND_FROM_COUNTS = 5_000


@dataclass(frozen=True)
class FunnelData:
    """What the section shows of one funnel: its stages and its frames (pandas, read lazily:
    the section's module is imported without pandas)."""

    stages: list[StageRow] = field(default_factory=list)
    counts: Any = None
    spend: Any = None
    segments: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    experiments: list[tuple] = field(default_factory=list)


def read_funnel_data(connection: Connection, funnel_id: int) -> FunnelData:
    from okrdesk.store.funnel import data

    return FunnelData(
        stages=definitions.list_stages(connection, funnel_id),
        counts=data.load_counts(connection, funnel_id),
        spend=data.load_spend(connection, funnel_id),
        segments=data.segments(connection, funnel_id),
        variants=data.variants(connection, funnel_id),
        experiments=data.experiment_spans(connection, funnel_id),
    )


class FunnelReading(LatestRead):
    """Reads a funnel's data for the section; `started(counts)` when a read goes to the
    background, `is_reading` until it has arrived (or was overtaken)."""

    def read(
        self,
        workspace: Workspace,
        funnel_id: int,
        show: Callable[[FunnelData], None],
        failed: Callable[[BaseException], None],
        *,
        may_wait: bool = True,
    ) -> None:
        """`show(data)` now, or on the GUI thread once a background read has ended; `failed`
        with the error of a background read that raised (a read at once raises).
        `may_wait=False`: read at once whatever the funnel's size."""
        from okrdesk.store.funnel import data

        self.read_sized(
            workspace,
            lambda connection: data.count_rows(connection, funnel_id),
            lambda connection: read_funnel_data(connection, funnel_id),
            show,
            failed,
            background_from=BACKGROUND_FROM_COUNTS,
            may_wait=may_wait,
        )
