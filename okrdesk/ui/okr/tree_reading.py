"""The shown cycle's tree, read at once, or off the GUI thread when a big cycle is opened.

A cycle of a few hundred key results reads and builds in a few tens of milliseconds; one of
thousands takes a few hundred, long enough for the window to stop answering. When such a
cycle is opened or chosen, it is read in a BackgroundTask while the section says so, and a
read overtaken by a newer one (the user chose another cycle, another file opened) is dropped
when it arrives. The cycle shown, read again after a change, is read at once: edits act on
its rows, and the next key the user presses must find the rows of the last edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from okrdesk.domain.okr import Thresholds
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.review import summary
from okrdesk.store.workspace.opened import Workspace
from okrdesk.ui.common.latest_read import LatestRead
from okrdesk.ui.okr.nodes import Node, build_tree

# From this many key results a cycle is read in the background: about 20 ms of reading and
# building on the GUI thread (the 2,500 of tests/bench/okr_screen.py's cycle: 80 to 130 ms).
BACKGROUND_FROM_KEY_RESULTS = 500


@dataclass(frozen=True)
class CycleTree:
    """What the section shows of a cycle: its objectives as read and the tree built of them."""

    objectives: list[okr_queries.ObjectiveRow] = field(default_factory=list)
    root: Node = field(default_factory=Node)
    currency: str | None = None  # None: no cycle read, the model keeps its currency


class CycleReading(LatestRead):
    """Reads a cycle's tree for the section; `started(key results)` when a read goes to the
    background, `is_reading` until it has arrived (or was overtaken)."""

    def read(
        self,
        workspace: Workspace | None,
        cycle: okr_queries.CycleInfo | None,
        on: dt.date,
        show: Callable[[CycleTree], None],
        failed: Callable[[BaseException], None],
        *,
        may_wait: bool = True,
    ) -> None:
        """`show(tree)` now, or on the GUI thread once a background read has ended; `failed`
        with the error of a background read that raised (a read at once raises).
        `may_wait=False`: read at once whatever the cycle's size."""
        if workspace is None or cycle is None:
            self.forget()
            show(CycleTree())
            return
        with workspace.engine.connect() as connection:
            thresholds = okr_queries.status_thresholds(connection)
            currency = summary.display_settings(connection).currency
        self.read_sized(
            workspace,
            lambda connection: okr_queries.count_key_results(connection, cycle.id),
            lambda connection: _tree(connection, cycle, on, thresholds, currency),
            show,
            failed,
            background_from=BACKGROUND_FROM_KEY_RESULTS,
            may_wait=may_wait,
        )


def _tree(
    connection: Connection,
    cycle: okr_queries.CycleInfo,
    on: dt.date,
    thresholds: Thresholds,
    currency: str,
) -> CycleTree:
    objectives = okr_queries.cycle_objectives(connection, cycle.id)
    return CycleTree(objectives, build_tree(cycle, objectives, on, thresholds), currency)
