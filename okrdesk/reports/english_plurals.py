"""English plural forms for counted sentences that no translation file covers.

A counted source reads "%n key result(s)"; Qt puts the number in but leaves "(s)" as it is when
no installed translator has the message, so an English user without okrdesk_en.qm (or with a
message it does not have yet) would read "1 key result(s)". This translator, installed before
the language files so they take precedence, answers only such messages with the English form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from okrdesk.domain.text import english_plural


class EnglishPlurals(QTranslator):
    """The last translator asked: "(s)" of a counted message as English has it for `n`."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # not ours: Qt shows the source as it is
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QCoreApplication, parent: QObject | None = None) -> None:
    """Install EnglishPlurals once; call it before the language files' translators."""
    if app.findChild(EnglishPlurals) is None:
        app.installTranslator(EnglishPlurals(parent or app))
