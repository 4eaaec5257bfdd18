"""`okrdesk team init URL` and `okrdesk team add URL USER --role ROLE`: set up a team workspace
on a PostgreSQL server and let people in (okrdesk.store.workspace.team does the work)."""

from __future__ import annotations

import argparse
from typing import Any

from okrdesk.cli_exit import EXIT_OK, fail, said_line
from okrdesk.cli_text import Cli, said

COMMAND = "team"
URL_HELP = Cli.tr("the workspace's database, postgresql://admin@host[:port]/database")


def add_parser(commands: Any) -> None:
    """Add `team init` and `team add` to the subcommands of the okrdesk parser."""
    team = commands.add_parser(
        COMMAND,
        help=said(Cli.tr("set up a team workspace on a PostgreSQL server: schema, roles, people")),
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help=said(
            Cli.tr(
                "create or upgrade the schema and the owner, member and viewer roles, with their "
                "grants; safe to run again"
            )
        ),
    )
    init.add_argument("path", help=said(URL_HELP))
    init.add_argument(
        "--name", help=said(Cli.tr("the new workspace's name (default: the database's name)"))
    )
    add = actions.add_parser("add", help=said(Cli.tr("let a person in as owner, member or viewer")))
    add.add_argument("path", help=said(URL_HELP))
    add.add_argument(
        "user", help=said(Cli.tr("the person's login (created without a password if missing)"))
    )
    add.add_argument(
        "--role",
        choices=("owner", "member", "viewer"),
        default="member",
        help=said(Cli.tr("what the person may do (default: member)")),
    )


def run(args: argparse.Namespace) -> int:
    """Run `team init` or `team add`; the exit code."""
    from okrdesk.store.address import ServerAddress
    from okrdesk.store.errors import WorkspaceError
    from okrdesk.store.workspace import team
    from okrdesk.store.workspace.team_roles import team_roles

    address = args.path
    if not isinstance(address, ServerAddress):
        return fail(
            said(
                Cli.tr("{path}: a team workspace lives on a server: postgresql://…").format(
                    path=address
                )
            )
        )
    try:
        if args.team_command == "init":
            lines = team.init_team(address, args.name)
        else:
            lines = team.add_person(address, args.user, args.role)
    except WorkspaceError as error:
        return fail(said_line(error))
    for line in lines:
        print(said(line))
    if args.team_command == "init":
        roles = team_roles(address.database)
        add = Cli.tr("To let a person in: okrdesk team add {url} USER --role member")
        print(said(add.format(url=address)))
        psql = Cli.tr("or in psql: CREATE ROLE anna LOGIN IN ROLE {member}; \\password anna")
        print(said(psql.format(member=roles.member)))
    return EXIT_OK
