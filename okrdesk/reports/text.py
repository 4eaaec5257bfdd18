"""Sentences of the Qt-free layers in the user's language: the one place a `Text` meets Qt.

Also the report's own context: `Report.tr("Brief")`, `Report.tr("%n day(s)", None, n)`. A
plain module function `tr(...)` would be found by pyside6-lupdate without a context, and its
translations would never be looked up; `Report.tr` names the context where lupdate sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from okrdesk.domain.text import Text, english_plural

# Qt counts in a C int; a larger count is translated as a stand-in with the same last two
# digits (all the plural rules look at), then written as itself.
_LARGEST_COUNT = 2**31 - 1
_STAND_IN = 2_000_000_000


def translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """Through the installed translators; a count's "(s)" that no translator replaced (English
    without its .qm) follows the English rule, as str(Text) does: "1 day", "3 days"."""
    if n > _LARGEST_COUNT:
        stand_in = _STAND_IN + n % 100
        found = translate(context, source, disambiguation, stand_in)
        locale = QLocale()
        found = found.replace(locale.toString(stand_in), locale.toString(n))
        return found.replace(str(stand_in), str(n))
    text = QCoreApplication.translate(context, source, disambiguation, n)
    if n >= 0 and "(s)" in text:
        text = english_plural(text, n)
    return text


def shown(text: Text | str) -> str:
    """`text` translated by the installed translators, its values put in; a str as it is."""
    return text if isinstance(text, str) else text.render(translate)


class Context:
    """Base of a translation context of the reports and the screens: the subclass's name is
    the context, so that pyside6-lupdate files `Name.tr("literal")` (and the plural
    `Name.tr("%n day(s)", None, n)`) under it. A module function `_tr("literal")` is not
    found by lupdate at all, and `tr("literal")` lands in no context."""

    @classmethod
    def tr(cls, source: object, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` translated in this class's context; `%n` in it becomes `n`."""
        return translate(cls.__name__, str(source), disambiguation, n)


class Report(Context):
    """The translation context of the reports' headings, table headers and sentences."""
