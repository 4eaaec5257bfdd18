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


class Arguments(Words):
    """The words of Python's argument parser (argparse) that a user of the command line reads:
    its usage line, headings, --help and --version, and why it refused the arguments."""


# argparse's own sentences, in its source form, as it passes them to gettext; the %(…)s
# placeholders are argparse's and stay as they are in every translation.
ARGPARSE_WORDS = {
    "usage: ": Arguments.tr("usage: "),
    "positional arguments": Arguments.tr("positional arguments"),
    "options": Arguments.tr("options"),
    "show this help message and exit": Arguments.tr("show this help message and exit"),
    "show program's version number and exit": Arguments.tr("show the version and exit"),
    "%(prog)s: error: %(message)s\n": Arguments.tr("%(prog)s: error: %(message)s\n"),
    "the following arguments are required: %s": Arguments.tr(
        "the following arguments are required: %s"
    ),
    "argument %(argument_name)s: %(message)s": Arguments.tr(
        "argument %(argument_name)s: %(message)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": Arguments.tr(
        "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "unrecognized arguments: %s": Arguments.tr("unrecognized arguments: %s"),
    "expected one argument": Arguments.tr("expected one argument"),
    "expected at least one argument": Arguments.tr("expected at least one argument"),
    "expected at most one argument": Arguments.tr("expected at most one argument"),
    "invalid %(type)s value: %(value)r": Arguments.tr("invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": Arguments.tr(
        "ambiguous option: %(option)s could match %(matches)s"
    ),
    "not allowed with argument %s": Arguments.tr("not allowed with argument %s"),
    "ignored explicit argument %r": Arguments.tr("ignored explicit argument %r"),
    "one of the arguments %s is required": Arguments.tr("one of the arguments %s is required"),
}


def argparse_words(message: str) -> str:
    """argparse's `_()`: its sentence in the command's language (English when unknown)."""
    words = ARGPARSE_WORDS.get(message)
    return said(words) if words is not None else message
