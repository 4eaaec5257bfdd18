"""How every okrdesk command ends: its exit codes and the one line that says why it refused."""

from __future__ import annotations

import sys

from okrdesk.domain.text import Text

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    """Say `message` on standard error as okrdesk's one line; the exit code of bad input."""
    print(f"okrdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def said_line(error: BaseException) -> str:
    """What a store refusal says: `said_text` of the exception's Text (see store.errors.said)."""
    from okrdesk.store.errors import said

    return said_text(said(error))


def said_text(text: Text | str) -> str:
    """A store sentence in the user's language when the command runs with translators installed
    (an application exists); else in English, as str(text)."""
    from PySide6.QtCore import QCoreApplication

    from okrdesk.reports.text import shown

    if QCoreApplication.instance() is None:
        return str(text)
    return shown(text)
