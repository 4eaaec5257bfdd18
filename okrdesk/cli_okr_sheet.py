"""`okrdesk okrs export` and `okrdesk okrs import`: a cycle's OKRs to and from a spreadsheet,
one row per key result (store.okr_sheet).

Today comes from the same clock as `checkin` (OKRDESK_TODAY pins it): the export's statuses
are judged on it, and an imported current value is a check-in of that day. A refused file
ends with one line naming the file, row and column, exit code 2, and nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from okrdesk.cli_exit import EXIT_OK, WORKSPACE_HELP, fail, said_line
from okrdesk.cli_text import Cli, said
from okrdesk.store.words import os_reason

SHEET_SUFFIXES = (".csv", ".xlsx")


def add_parser(commands: Any) -> None:
    """Add `okrs export` and `okrs import` to the subcommands of the okrdesk parser."""
    okrs = commands.add_parser(
        "okrs", help=said(Cli.tr("OKRs to and from a spreadsheet (CSV or XLSX)"))
    )
    actions = okrs.add_subparsers(dest="okrs_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export",
        help=said(Cli.tr("write a cycle's key results, one per row, with progress, status, score")),
    )
    export.add_argument("path", help=said(WORKSPACE_HELP))
    export.add_argument(
        "--cycle", help=said(Cli.tr("the cycle's name (default: the current cycle)"))
    )
    export.add_argument(
        "--out", type=Path, required=True, help=said(Cli.tr("FILE.xlsx or FILE.csv"))
    )
    imp = actions.add_parser(
        "import", help=said(Cli.tr("add or update key results from a spreadsheet, all or nothing"))
    )
    imp.add_argument("path", help=said(WORKSPACE_HELP))
    imp.add_argument(
        "file", type=Path, help=said(Cli.tr("FILE.xlsx or FILE.csv, one key result per row"))
    )
    imp.add_argument("--cycle", help=said(Cli.tr("the cycle's name (default: the current cycle)")))
    imp.add_argument(
        "--author",
        help=said(
            Cli.tr(
                "the person who writes the check-ins and key result changes, by their exact "
                "name in People (default: nobody)"
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run `okrs export` or `okrs import`; the exit code."""
    if args.okrs_command == "export":
        return _export(args)
    return _import(args)


def _export(args: argparse.Namespace) -> int:
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.store.okr_sheet.export import (
        UnknownCycleError,
        find_cycle,
        sheet_rows,
        write_sheet,
    )
    from okrdesk.store.workspace.files import open_workspace
    from okrdesk.ui.common import clock

    out: Path = args.out
    if out.suffix.lower() not in SHEET_SUFFIXES:
        return fail(said(Cli.tr("--out {path}: name a .xlsx or .csv file").format(path=out)))
    today = clock.today()
    try:
        workspace = open_workspace(args.path, read_only=True)
    except WorkspaceError as error:
        return fail(said_line(error))
    try:
        with workspace.session() as session:
            connection = session.connection()
            cycle = find_cycle(connection, args.cycle, today)
            rows = sheet_rows(connection, cycle, today)
    except UnknownCycleError as error:
        return fail(f"{args.path}: {said_line(error)}")
    finally:
        workspace.close()
    try:
        write_sheet(out, rows)
    except OSError as error:
        return fail(f"{out}: {said(os_reason(error))}")
    print(
        said(
            Cli.tr("Wrote %n key result(s) of the cycle {cycle} to {path}", None, len(rows)).format(
                cycle=cycle.name, path=out
            )
        )
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from okrdesk.cli_author import UnknownAuthorError, find_author
    from okrdesk.store.errors import ImportProblem, WorkspaceError
    from okrdesk.store.okr_sheet.export import UnknownCycleError, find_cycle
    from okrdesk.store.okr_sheet.importing import import_sheet
    from okrdesk.store.okr_sheet.parsing import parse_sheet
    from okrdesk.store.okr_sheet.reading import read_raw
    from okrdesk.store.workspace.files import open_workspace
    from okrdesk.ui.common import clock

    today = clock.today()
    try:
        sheet = parse_sheet(read_raw(args.file))
        workspace = open_workspace(args.path, read_only=False)
    except (ImportProblem, WorkspaceError) as error:
        return fail(said_line(error))
    try:
        with workspace.session() as session:
            author_id = find_author(session.connection(), args.author)
            cycle = find_cycle(session.connection(), args.cycle, today)
            summary = import_sheet(session, cycle, sheet, today, author_id)
            session.commit()
    except (UnknownCycleError, UnknownAuthorError) as error:
        return fail(f"{args.path}: {said_line(error)}")
    except ImportProblem as error:
        return fail(said_line(error))
    finally:
        workspace.close()
    lines = (
        Cli.tr(
            "Imported %n key result(s) into {cycle}: {added} added, {updated} updated.",
            None,
            len(sheet.key_results),
        ).format(
            cycle=cycle.name,
            added=summary.key_results_created,
            updated=summary.key_results_updated,
        ),
        Cli.tr("Objectives: {added} added, {matched} matched.").format(
            added=summary.objectives_created, matched=summary.objectives_matched
        ),
        Cli.tr("People added: %n.", None, len(summary.people_created)),
        Cli.tr("Teams added: %n.", None, len(summary.teams_created)),
        Cli.tr("Check-ins: %n.", None, summary.checkins),
    )
    print(" ".join(said(line) for line in lines))
    return EXIT_OK
