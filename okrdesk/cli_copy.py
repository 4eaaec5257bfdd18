"""`okrdesk copy SOURCE DEST`: a whole workspace from a file or server to a new file or an empty
database, checked by row counts and content digests (store/workspace/copying.py).

Progress goes to standard error, a line per table as it is copied (and every 100,000 rows of
a big one); the check, a line per table with its rows and digest in both, to standard output.
A refusal is one line and exit 2; a copy that differs from its source is rolled back, shown and
exit 1; Ctrl+C leaves the destination as it was, exit 130.
"""

from __future__ import annotations

import argparse
import sys

from okrdesk.cli_exit import EXIT_OK, WORKSPACE_HELP, fail, said_line, workspace_argument
from okrdesk.cli_text import Cli, said

EXIT_DIFFERS = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl+C
# A line every so many rows of a big table while it is copied (a multiple of its batches).
PROGRESS_ROWS = 100_000
DIGEST_SHOWN = 16  # hexadecimal digits of each table's digest in the check's lines


def add_parser(commands: argparse._SubParsersAction) -> None:
    copy = commands.add_parser(
        "copy",
        help=said(
            Cli.tr(
                "copy a whole workspace between a file and a server, into a new file or an "
                "empty database, and check the copy"
            )
        ),
    )
    source = Cli.tr("{workspace}, to copy (only read)").format(workspace=WORKSPACE_HELP)
    copy.add_argument("source", help=said(source))
    copy.add_argument(
        "destination",
        help=said(
            Cli.tr(
                "a new .okrdesk file (it must not exist), or "
                "postgresql://user@host[:port]/database of an empty database"
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.store.workspace.copying import CopyMismatchError, copy_workspace

    try:
        source = workspace_argument(args.source)
        destination = workspace_argument(args.destination)
    except WorkspaceError as error:
        return fail(said_line(error))
    try:
        report = copy_workspace(source, destination, progress=_progress)
    except CopyMismatchError as error:
        _print_checks(error.report)
        fail(said_line(error))
        return EXIT_DIFFERS
    except WorkspaceError as error:
        return fail(said_line(error))
    except KeyboardInterrupt:
        line = Cli.tr("interrupted; nothing was written to {destination}")
        fail(said(line.format(destination=destination)))
        return EXIT_INTERRUPTED
    _print_checks(report)
    tables = len(report.source_checks)
    done = Cli.tr(
        "Copied {source} to {destination} at schema version {revision}: %n table(s), the same "
        "rows and digests in both.",
        None,
        tables,
    )
    print(said(done.format(source=source, destination=destination, revision=report.revision)))
    return EXIT_OK


def _progress(table: str, rows: int, finished: bool) -> None:
    if finished:
        line = Cli.tr("{table}: %n row(s) copied", None, rows).format(table=table)
    elif rows % PROGRESS_ROWS == 0:
        line = Cli.tr("{table}: %n row(s) so far…", None, rows).format(table=table)
    else:
        return
    print(said(line), file=sys.stderr, flush=True)


def _print_checks(report) -> None:
    """A line per table: its rows and digest in the source and in the copy."""
    from okrdesk.store.words import number
    from okrdesk.store.workspace.digest import workspace_digest

    header = [
        said(Cli.tr("table")),
        said(Cli.tr("rows")),
        said(Cli.tr("rows copied")),
        said(Cli.tr("digest")),
        said(Cli.tr("digest of the copy")),
    ]
    lines = [header]
    for mine, theirs in zip(report.source_checks, report.destination_checks, strict=True):
        lines.append(
            [
                mine.table,
                said(number(mine.rows)),
                said(number(theirs.rows)),
                mine.digest[:DIGEST_SHOWN],
                theirs.digest[:DIGEST_SHOWN] + ("" if mine == theirs else "  ≠"),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        name, rows, copied, digest, copy_digest = line
        print(
            f"{name:<{widths[0]}}  {rows:>{widths[1]}}  {copied:>{widths[2]}}  "
            f"{digest:<{widths[3]}}  {copy_digest}"
        )
    whole = Cli.tr("workspace digest: {digest} (the copy: {copy_digest})").format(
        digest=workspace_digest(report.source_checks),
        copy_digest=workspace_digest(report.destination_checks),
    )
    print(said(whole))
