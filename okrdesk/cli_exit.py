"""How every okrdesk command ends: its exit codes and the one line that says why it refused."""

from __future__ import annotations

import sys

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
