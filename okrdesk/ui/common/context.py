"""A translation context for module-level code of the UI, in the form pyside6-lupdate finds.

lupdate reads `Name.tr("literal")`, `Name.tr("literal %n", None, n)` and takes `Name` as the
context; a helper such as `_tr(text)` or `translate(CONTEXT, text)` hides the literal from it.
A module writes `class ImportPages(Context): ...` once and then `ImportPages.tr("Week")`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Context:
    """Base of the UI's module-level translation contexts: the class name is the context."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` in the user's language; with `n` >= 0, the plural form for `n` (`%n`)."""
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)
