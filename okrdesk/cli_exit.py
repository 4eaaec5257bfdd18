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
    """A store sentence in the user's language when a translator knows it; else the English
    line, exactly as str(text) (what the command prints without translators)."""
    if isinstance(text, str):
        return text
    from PySide6.QtCore import QCoreApplication, QLocale

    from okrdesk.reports.text import shown

    if QCoreApplication.instance() is None:
        return str(text)
    n = text.n if text.n < 2**31 else 2_000_000_000 + text.n % 100
    found = QCoreApplication.translate(text.context, text.source, text.disambiguation, n)
    as_is = text.source.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    return str(text) if found == (as_is if n >= 0 else text.source) else shown(text)
