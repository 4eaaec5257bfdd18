"""The command line's own sentences: the `Cli` translation context and how a line is said.

Each result line, refusal and warning is written `Cli.tr("...")`, counts as
`Cli.tr("%n row(s) skipped", None, n)`, so pyside6-lupdate finds it; `said` puts it in the
user's language when a translator is installed, and in English (with "(s)" resolved) when none
is or it lacks the message.
"""

from __future__ import annotations

from okrdesk.domain.text import Text, Words, english


class Cli(Words):
    """Sentences of the command line: its result lines, refusals and warnings."""


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    pattern = QCoreApplication.translate(context, source, disambiguation, n)
    # Qt put the number in; an untranslated count still reads "(s)", English resolves it.
    return english(context, pattern, None, n) if "(s)" in pattern else pattern


def said(text: Text | str) -> str:
    """`text` as the command line prints it; a str as it is."""
    return text if isinstance(text, str) else text.render(_translate)
