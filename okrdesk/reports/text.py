"""Sentences of the Qt-free layers in the user's language: the one place a `Text` meets Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okrdesk.domain.text import Text


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def shown(text: Text | str) -> str:
    """`text` translated by the installed translators, its values put in; a str as it is."""
    return text if isinstance(text, str) else text.render(_translate)
