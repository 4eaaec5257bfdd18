"""Helpers shared by the test folders: the demo's fixed day, reads of a workspace file through
the store's query functions, what a chart draws, and the dialogs' buttons, combo boxes and
question boxes the UI tests click."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd
import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

    from okrdesk.store.experiments.records import ExperimentRow
    from okrdesk.store.okr.queries import KeyResultRow, ObjectiveRow
    from okrdesk.store.workspace.files import Workspace

T = TypeVar("T")
W = TypeVar("W")

# The store modules whose tests run on both engines (the `backend` fixture, tests/conftest.py):
# `pytestmark = BOTH_BACKENDS`. A representative part of the store's behaviour tests, not all of
# them: each PostgreSQL test costs a database copy on the test server.
BOTH_BACKENDS = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])

# What an edit and its undo move on (revisions 0006 and 0007): a row's version never goes back,
# so that a screen that read the row before the edit cannot overwrite it after the undo; signed
# rows also say who changed them last and when.
EDIT_MARKS = (
    *(
        f"{table}.version"
        for table in (
            "objectives",
            "key_results",
            "experiments",
            "teams",
            "people",
            "checkins",
            "initiatives",
            "kpis",
            "kpi_values",
            "funnels",
            "funnel_stages",
            "experiment_tasks",
            # revision 0007
            "cycles",
            "weekly_reviews",
            "workspace_settings",
            "experiment_arms",
            "key_result_bindings",
            "funnel_counts",
        )
    ),
    *(
        f"{table}.{column}"
        for table in ("objectives", "key_results", "experiments")
        for column in ("changed_by_id", "changed_at")
    ),
)

# The day every demo workspace the tests build by date is built for (a Wednesday, so its week
# has begun and the week before is complete); the UI tests pin the screens' clock to it too.
DEMO_DAY = dt.date(2026, 11, 25)


def _on_server(path: object) -> bool:
    from okrdesk.store.address import ServerAddress

    return isinstance(path, ServerAddress)


def rows(path: Path, sql: str, *args: object) -> list[tuple]:
    """The rows of one SQL query on the workspace file at `path` (for what no store query
    function answers); the connection is closed after. On a server `?` marks the arguments
    too, and dates, times and booleans come back as SQLite stores them."""
    if _on_server(path):
        import psycopg

        with psycopg.connect(str(path)) as connection:
            found = connection.execute(sql.replace("?", "%s"), args).fetchall()  # type: ignore[arg-type]
        return [tuple(_as_sqlite_stores(value) for value in row) for row in found]
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def _as_sqlite_stores(value: object) -> object:
    """A value read from PostgreSQL as SQLAlchemy writes it into a SQLite file."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def imported_modules_in_order(command: list[str], env: dict[str, str]) -> tuple[str, list[str]]:
    """Run `python -X importtime -m okrdesk *command` as a process of its own: its standard
    output and every module it imported, in the order their imports ended (it must exit 0)."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "okrdesk", *command],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    modules = [
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and not line.endswith("imported package")
    ]
    return result.stdout, modules


def imported_modules(command: list[str], env: dict[str, str]) -> tuple[str, set[str]]:
    """The standard output of `okrdesk *command` run as a process of its own, and the names of
    every module it imported."""
    said, modules = imported_modules_in_order(command, env)
    return said, set(modules)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump_tables(path: Path, *, drop_columns: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file (read only), keyed by table, in rowid order.

    `drop_columns` names columns to leave out as "table.column". On a server: the tables of its
    public schema in primary key order, values as SQLite stores them.
    """
    if _on_server(path):
        return _dump_server(path, drop_columns)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        dump: dict[str, list[tuple]] = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if f"{table}.{row[1]}" not in drop_columns
            ]
            select = ", ".join(f'"{column}"' for column in columns)
            dump[table] = connection.execute(
                f'SELECT {select} FROM "{table}" ORDER BY rowid'
            ).fetchall()
        return dump
    finally:
        connection.close()


def _dump_server(address: object, drop_columns: tuple[str, ...]) -> dict[str, list[tuple]]:
    import psycopg

    dump: dict[str, list[tuple]] = {}
    with psycopg.connect(str(address)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
        ]
        for table in tables:
            columns = [
                row[0]
                for row in connection.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    "'public' AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                )
                if f"{table}.{row[0]}" not in drop_columns
            ]
            order = "id" if table != "alembic_version" else "version_num"
            select = ", ".join(f'"{column}"' for column in columns)
            found = connection.execute(f'SELECT {select} FROM "{table}" ORDER BY {order}')  # type: ignore[arg-type]
            dump[table] = [tuple(_as_sqlite_stores(v) for v in row) for row in found]
    return dump


def query(path: Path, function: Callable[..., T], *args: object) -> T:
    """What a store query function (taking a connection first) returns for the workspace file
    at `path`, read on a connection of its own."""
    from okrdesk.store.workspace.engine import make_engine

    if _on_server(path):
        from okrdesk.store.workspace.server import make_server_engine

        engine = make_server_engine(path)  # type: ignore[arg-type]
    else:
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


def experiment_id(path: Path, code: str) -> int:
    return stored_experiments(path)[code].id


def stored(path: Path, load: Callable[..., pd.DataFrame]) -> pd.DataFrame:
    """Every funnel's rows from `load` (the store's load_counts or load_spend) together."""
    from okrdesk.store.funnel.definitions import list_funnels

    return pd.concat([query(path, load, funnel.id) for funnel in query(path, list_funnels)])


def stage_names(path: Path) -> list[str]:
    """Every funnel's stages, funnel by funnel, each in its stage order (the demo has one)."""
    from okrdesk.store.funnel.definitions import list_funnels, list_stages

    return [s.name for f in query(path, list_funnels) for s in query(path, list_stages, f.id)]


def counts_frame(rows: list[tuple]) -> pd.DataFrame:
    """A counts frame as the store reads one, from rows of (week, segment, variant, stage,
    count)."""
    return pd.DataFrame(rows, columns=["week", "segment", "variant", "stage", "count"])


def spend_frame(rows: list[tuple]) -> pd.DataFrame:
    """A spend frame as the store reads one, from rows of (week, segment, variant, spend,
    revenue)."""
    return pd.DataFrame(rows, columns=["week", "segment", "variant", "spend", "revenue"])


def listing(folder: Path) -> list[str]:
    """The names in `folder`, sorted."""
    return sorted(p.name for p in folder.iterdir())


def iso(week: object) -> str:
    """A frame's week (a Timestamp, datetime64 or date) as yyyy-mm-dd."""
    return pd.Timestamp(week).date().isoformat()


# -- widgets (the UI tests) --------------------------------------------------------------------


def visible(kind: type[W]) -> W:
    """The top-level widget of `kind` that shows (a dialog opened by what the test clicked)."""
    from PySide6.QtWidgets import QApplication

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def ok_button(dialog: QWidget) -> QPushButton:
    """The OK button of a FormDialog."""
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def click_ok(dialog: QWidget) -> None:
    """Click the dialog's OK button, which must be enabled."""
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    button.click()


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str] | None = None) -> None:
    """Click `button` on the question box as soon as it shows (it blocks the test meanwhile),
    noting its text in `seen` when given."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if shown:
            if seen is not None:
                seen.append(shown[0].text())
            shown[0].button(button).click()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)


# -- store actions (the store tests) -----------------------------------------------------------


def run(ws: Workspace, command: Callable[..., T], *args: object, **kwargs: object) -> T:
    """One user action on the open workspace: one transaction, as the UI runs it."""
    with ws.session() as session, session.begin():
        return command(session, *args, **kwargs)


def read(ws: Workspace, function: Callable[..., T], *args: object) -> T:
    """What a store query function returns on the open workspace, on a connection of its own."""
    with ws.engine.connect() as connection:
        return function(connection, *args)
