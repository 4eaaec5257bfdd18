"""Helpers shared by the test folders: the demo's fixed day, reads of a workspace file, what a
chart draws, a choice in a combo box and the section a window shows."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from okrdesk.store.experiments.records import ExperimentRow
    from okrdesk.store.okr.queries import KeyResultRow, ObjectiveRow

T = TypeVar("T")

# The day every demo workspace the tests build by date is built for (a Wednesday, so its week
# has begun and the week before is complete); the UI tests pin the screens' clock to it too.
DEMO_DAY = dt.date(2026, 11, 25)


def rows(path: Path, sql: str, *args: object) -> list[tuple]:
    """The rows of one SQL query on the workspace file at `path` (for what no store query
    function answers); the connection is closed after."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def query(path: Path, function: Callable[..., T], *args: object) -> T:
    """What a store query function (taking a connection first) returns for the workspace file
    at `path`, read on a connection of its own."""
    from okrdesk.store.workspace.engine import make_engine

    engine = make_engine(Path(path), wal=False)  # a reader leaves the journal mode alone
    try:
        with engine.connect() as connection:
            return function(connection, *args)
    finally:
        engine.dispose()


def current_objectives(path: Path) -> dict[int, ObjectiveRow]:
    """The open cycle's objectives in the file by id, in their order, as the store reads them."""
    from okrdesk.store.okr.queries import cycle_objectives, list_cycles

    (current,) = [cycle.id for cycle in query(path, list_cycles) if not cycle.closed]
    return {objective.id: objective for objective in query(path, cycle_objectives, current)}


def current_key_results(path: Path) -> dict[int, KeyResultRow]:
    """The open cycle's key results in the file by id, in objective and key result order."""
    return {kr.id: kr for o in current_objectives(path).values() for kr in o.key_results}


def stored_experiments(path: Path) -> dict[str, ExperimentRow]:
    """Every experiment in the file by code, as the store's backlog query reads them."""
    from okrdesk.store.experiments.records import EXPERIMENT_STATUSES, backlog

    return {row.code: row for row in query(path, backlog, EXPERIMENT_STATUSES)}


def bar_widths(bars: Any) -> list[float]:
    """The length of each bar a pyqtgraph BarGraphItem draws, in order (none: [])."""
    widths = bars.opts["width"]
    return [] if widths is None else [float(width) for width in widths]


def choose_in(combo: Any, data: object) -> None:
    """Choose the item of a QComboBox that holds `data`, as a click on it does (the current
    item, then `activated`)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def shown_section(window: Any) -> str:
    """The key of the section the main window shows ("welcome" for its welcome page)."""
    shown = window.stack.currentWidget()
    return next((key for key in window.sections if window.sections.built(key) is shown), "welcome")
