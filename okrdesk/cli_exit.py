"""How every okrdesk command ends: its exit codes and the one line that says why it refused."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from okrdesk.cli_text import Cli

if TYPE_CHECKING:
    from okrdesk.store.address import WorkspaceAddress

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    """Say `message` on standard error as okrdesk's one line; the exit code of bad input."""
    print(f"okrdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def said_line(error: BaseException) -> str:
    """What a store refusal says, in the command's language: its Text (store.errors.said)
    through the installed translators, else its English line."""
    from okrdesk.reports.text import shown
    from okrdesk.store.errors import said

    return shown(said(error))


# The help of every command's workspace argument.
WORKSPACE_HELP = Cli.tr("the .okrdesk workspace file, or postgresql://user@host[:port]/database")


def workspace_argument(text: str | Path) -> WorkspaceAddress:
    """A command's workspace argument as an address: a file, or a server's database.

    Raises WorkspaceError for a URL okrdesk refuses, such as one with a password."""
    from okrdesk.store.address import is_server_url

    if not is_server_url(text):
        return Path(text)  # no SQLAlchemy on the way to a file
    from okrdesk.store.workspace.addresses import workspace_address

    return workspace_address(text)
