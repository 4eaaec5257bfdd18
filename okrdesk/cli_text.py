"""The command line's own sentences: the `Cli` translation context and how a line is said.

Each result line, refusal and warning is written `Cli.tr("...")`, counts as
`Cli.tr("%n row(s) skipped", None, n)`, so pyside6-lupdate finds it; `said` puts it in the
language the command speaks (okrdesk.reports.text.shown), English with "(s)" resolved when no
translation has it.
"""

from __future__ import annotations

from okrdesk.domain.text import Words
from okrdesk.reports.text import shown as said

__all__ = ["Cli", "said"]


class Cli(Words):
    """Sentences of the command line: its result lines, refusals and warnings."""
