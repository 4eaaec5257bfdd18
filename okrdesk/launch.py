"""The `okrdesk` command's entry point: the libraries the command needs are imported before
PySide6, then okrdesk.cli runs.

Once PySide6 is imported, shiboken's import hook reads the source of every Python module
imported after it (to choose that module's __feature__ default). SQLAlchemy and pandas, some
700 modules, imported before Qt rather than after save a command 0.1 to 0.25 s. So does
okrdesk's workspace opener with the schema (no Qt there: an import-linter contract says so),
and SQLite's dialect, which the opened workspace's engine would import: some 20 ms; and the
store and domain modules the command, or the window's first screen, uses (COMMAND_MODULES;
tests/test_launch.py says when one is missing).

The objects those imports make (classes, functions, module dictionaries: some 80,000) live as
long as the process, so the cyclic garbage collector is off while they are made and they are
then frozen out of its reach: it would otherwise run over a hundred collections during the
imports that free almost nothing, and traverse them all in each full collection later (in all
50 to 60 ms of a start-up or a report).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# The commands that read or write a funnel's data, with pandas.
PANDAS_COMMANDS = frozenset({"import", "export"})
NOTHING_TO_OPEN = frozenset({"-h", "--help", "--version"})
# What a command uses of the store and the domain beyond the workspace opener (none of it
# imports Qt), ahead of Qt too; None is the window, its first screen. Some 5 to 30 ms a command.
COMMAND_MODULES: dict[str | None, tuple[str, ...]] = {
    "import": (
        "okrdesk.store.bindings",
        "okrdesk.store.funnel.definitions",
        "okrdesk.store.funnel.importing",
    ),
    "export": ("okrdesk.store.funnel.data", "okrdesk.store.funnel.export"),
    "report": ("okrdesk.store.review.data", "okrdesk.domain.verdict"),
    None: (
        "okrdesk.store.okr.checkins",
        "okrdesk.store.okr.cycles",
        "okrdesk.store.okr.queries",
        "okrdesk.store.bindings",
        "okrdesk.store.funnel.alerts",
        "okrdesk.store.review.summary",
        "okrdesk.store.workspace.live",
        "okrdesk.store.workspace.server",
        "okrdesk.domain.rates",
        "okrdesk.domain.review",
    ),
}
COMMAND_MODULES["open"] = COMMAND_MODULES[None]


def libraries_first(args: Sequence[str]) -> None:
    """Import what the command in `args` will use, ahead of okrdesk.cli (which imports Qt)."""
    if NOTHING_TO_OPEN.intersection(args):
        return
    import sqlalchemy.dialects.sqlite.pysqlite
    import sqlalchemy.orm  # noqa: F401

    import okrdesk.store.workspace.files  # noqa: F401

    command = next((arg for arg in args if not arg.startswith("-")), None)
    if command in PANDAS_COMMANDS:
        import pandas  # noqa: F401
    for module in COMMAND_MODULES.get(command, ()):
        __import__(module)  # not importlib.import_module, which -X importtime does not see


def main() -> int:
    gc.disable()
    try:
        libraries_first(sys.argv[1:])
        from okrdesk.cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    return run(own_process=True)
