"""The OKR subcommands of `okrdesk`: `checkin` (one check-in from a script) and `new` (an empty
workspace with its first cycle).

Both write through the store functions the window uses (record_checkin, create_workspace,
create_cycle) and read today from the same clock as `report` and `demo`, so OKRDESK_TODAY pins
it. Bad input ends with one line on stderr and exit code 2, and nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
from pathlib import Path
from typing import Any

from okrdesk.cli_author import UnknownAuthorError, find_author
from okrdesk.cli_exit import EXIT_OK, WORKSPACE_HELP, fail, said_line
from okrdesk.cli_text import Cli, said

COMMANDS = ("checkin", "new", "okrs")


def add_parsers(commands: Any) -> None:
    """Add `checkin` and `new` to the subcommands of the okrdesk parser."""
    checkin = commands.add_parser(
        "checkin",
        help=said(Cli.tr("record one check-in of a key result, as the check-in dialog does")),
    )
    checkin.add_argument("path", help=said(WORKSPACE_HELP))
    checkin.add_argument("key_result", help=said(Cli.tr("the key result's id or exact title")))
    checkin.add_argument(
        "value", help=said(Cli.tr("the new value (1 or 0 for a yes/no key result)"))
    )
    checkin.add_argument(
        "--date", help=said(Cli.tr("the day of the check-in, YYYY-MM-DD (default: today)"))
    )
    checkin.add_argument(
        "--confidence", help=said(Cli.tr("0 to 10 (default: the last check-in's, else 5)"))
    )
    checkin.add_argument("--comment", default="", help=said(Cli.tr("what moved, and why")))
    checkin.add_argument(
        "--author",
        help=said(
            Cli.tr("the person who writes it, by their exact name in People (default: nobody)")
        ),
    )

    new = commands.add_parser(
        "new", help=said(Cli.tr("create an empty workspace with its first cycle"))
    )
    new.add_argument(
        "path",
        help=said(
            Cli.tr(
                "the workspace file to create (it must not exist), or the empty database of a "
                "PostgreSQL server, postgresql://user@host[:port]/database"
            )
        ),
    )
    new.add_argument("--name", help=said(Cli.tr("the workspace's name (default: the file's name)")))
    new.add_argument(
        "--cycle", help=said(Cli.tr("the first cycle's name (default: the current quarter's)"))
    )
    new.add_argument(
        "--from", dest="first_day", help=said(Cli.tr("the cycle's first day, YYYY-MM-DD"))
    )
    new.add_argument("--to", dest="last_day", help=said(Cli.tr("the cycle's last day, YYYY-MM-DD")))

    from okrdesk import cli_okr_sheet

    cli_okr_sheet.add_parser(commands)


def run(args: argparse.Namespace) -> int:
    """Run `checkin`, `new` or `okrs`; the exit code."""
    if args.command == "okrs":
        from okrdesk import cli_okr_sheet

        return cli_okr_sheet.run(args)
    if args.command == "checkin":
        return _checkin(args)
    return _new(args)


class _BadInput(ValueError):
    pass


def _day(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _BadInput(
            said(
                Cli.tr("{option} {text}: not a date (YYYY-MM-DD)").format(option=option, text=text)
            )
        ) from None


def _number(text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise _BadInput(said(Cli.tr("value {text}: not a number").format(text=text)))
    return value


def _confidence(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise _BadInput(
            said(Cli.tr("--confidence {text}: not a whole number from 0 to 10").format(text=text))
        ) from None


# -- checkin ---------------------------------------------------------------------------------


def _checkin(args: argparse.Namespace) -> int:
    from okrdesk.domain.checkin_rules import DEFAULT_CONFIDENCE
    from okrdesk.store.errors import InvalidValuesError, WorkspaceError, problem_said
    from okrdesk.store.okr.checkins import CheckInValues, record_checkin
    from okrdesk.store.okr.lookup import KeyResultNotFoundError, find_key_result
    from okrdesk.store.review.summary import display_settings
    from okrdesk.store.workspace.files import open_workspace
    from okrdesk.ui.common import clock
    from okrdesk.ui.common.formatting import format_date, format_kr_measure

    try:
        value = _number(args.value)
        confidence = _confidence(args.confidence)
        day = clock.today() if args.date is None else _day(args.date, "--date")
        workspace = open_workspace(args.path, read_only=False)
    except (_BadInput, WorkspaceError) as error:
        return fail(said_line(error))
    try:
        with workspace.session() as session:
            author_id = find_author(session.connection(), args.author)
            facts = find_key_result(session.connection(), args.key_result)
            values = CheckInValues(
                key_result_id=facts.id,
                checked_on=day,
                value=value,
                confidence=confidence
                if confidence is not None
                else (facts.last_confidence if facts.last_confidence is not None
                      else DEFAULT_CONFIDENCE),
                comment=args.comment.strip(),
                author_id=author_id,
            )  # fmt: skip
            record_checkin(session, values, clock.today())
            currency = display_settings(session.connection()).currency
            session.commit()
    except (KeyResultNotFoundError, UnknownAuthorError) as error:
        return fail(f"{args.path}: {said_line(error)}")
    except InvalidValuesError as error:
        reason = said(problem_said(error.problems[0]))
        return fail(f'{args.path}: "{facts.title}": {reason}')
    except WorkspaceError as error:
        return fail(said_line(error))
    finally:
        workspace.close()
    print(
        said(
            Cli.tr('Checked in "{title}": {value} on {date}').format(
                title=facts.title,
                value=format_kr_measure(
                    value, facts.kind, facts.unit, currency, facts.unit_label, facts.decimals
                ),
                date=format_date(day),
            )
        )
    )
    return EXIT_OK


# -- new -------------------------------------------------------------------------------------


def first_cycle(
    today: dt.date, name: str | None, first: dt.date | None, last: dt.date | None
) -> tuple[str, dt.date, dt.date]:
    """A new workspace's first cycle: the quarter of `today` (named as the window's "Start a
    new cycle" names it), with whatever of name, first and last day is given instead."""
    from okrdesk.store.okr.cycles import quarter_of

    quarter_name, quarter_start, quarter_end = quarter_of(today)
    name = quarter_name if name is None else name.strip()
    start, end = (quarter_start, quarter_end) if first is None else (first, last)
    assert end is not None
    if not name:
        raise _BadInput(said(Cli.tr("--cycle: the cycle needs a name")))
    if end <= start:  # the rule of the window's cycle dialog
        raise _BadInput(
            said(
                Cli.tr("--to {end}: the last day must come after the first day ({start})").format(
                    end=end.isoformat(), start=start.isoformat()
                )
            )
        )
    return name, start, end


def _new(args: argparse.Namespace) -> int:
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.store.funnel.definitions import DEFAULT_FUNNEL_NAME
    from okrdesk.store.okr.cycles import create_cycle
    from okrdesk.store.words import WorkspaceErrors
    from okrdesk.store.workspace.files import create_workspace, delete_workspace_file
    from okrdesk.ui.common import clock
    from okrdesk.ui.common.formatting import format_date

    path = args.path  # a file, or a server's empty database (cli.main made it an address)
    try:
        if (args.first_day is None) != (args.last_day is None):
            raise _BadInput(said(Cli.tr("--from and --to go together")))
        first = None if args.first_day is None else _day(args.first_day, "--from")
        last = None if args.last_day is None else _day(args.last_day, "--to")
        cycle, start, end = first_cycle(clock.today(), args.cycle, first, last)
        if isinstance(path, Path) and path.exists():
            exists = WorkspaceErrors.tr("a file with this name already exists; nothing was changed")
            raise WorkspaceError(path, exists)
        name = (args.name or "").strip() or path.stem
        workspace = create_workspace(path, name)
    except (_BadInput, WorkspaceError) as error:
        return fail(said_line(error))
    try:
        with workspace.session() as session:
            create_cycle(session, cycle, start, end)
            session.commit()
    except Exception:
        workspace.close()
        delete_workspace_file(path)
        raise
    workspace.close()
    print(
        said(
            Cli.tr(
                'Workspace "{name}" created in {path} with the cycle {cycle} ({start} to {end}) '
                'and the funnel "{funnel}" to plan in'
            ).format(
                name=name,
                path=path,
                cycle=cycle,
                start=format_date(start),
                end=format_date(end),
                funnel=DEFAULT_FUNNEL_NAME,
            )
        )
    )
    return EXIT_OK
