"""Sentences of the Qt-free layers in the user's language: the one place a `Text` meets Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from okrdesk.domain.text import Text, english

# Qt counts in a C int; a larger count is translated as a stand-in with the same last two
# digits (all the plural rules look at), then written as itself.
_LARGEST_COUNT = 2**31 - 1
_STAND_IN = 2_000_000_000


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    if n > _LARGEST_COUNT:
        stand_in = _STAND_IN + n % 100
        found = _translate(context, source, disambiguation, stand_in)
        locale = QLocale()
        found = found.replace(locale.toString(stand_in), locale.toString(n))
        return found.replace(str(stand_in), str(n))
    found = QCoreApplication.translate(context, source, disambiguation, n)
    if n < 0 or "(s)" not in source:
        return found
    counted = source.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    if found != counted:
        return found
    # No translator knows the sentence: Qt gives the source as it is, "(s)" and all; say it in
    # English, the count written as the locale writes it.
    return english(context, source.replace("%Ln", QLocale().toString(n)), disambiguation, n)


def shown(text: Text | str) -> str:
    """`text` translated by the installed translators, its values put in; a str as it is.

    A plural sentence no translator knows reads as English ("1 row", "3 rows"), not "row(s)".
    """
    return text if isinstance(text, str) else text.render(_translate)
