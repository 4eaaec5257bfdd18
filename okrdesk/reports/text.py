"""Sentences of the Qt-free layers in the user's language: the one place a `Text` meets Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from okrdesk.domain.text import Text, english


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
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
