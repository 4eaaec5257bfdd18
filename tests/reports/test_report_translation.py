"""The brief is written in the reader's language: its sentence templates go through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from okrdesk.reports import export
from tests.helpers import DEMO_DAY

GERMAN = {
    "Week of {day}.": "Woche vom {day}.",
    "Funnel: %n significant change(s): {named}.": "Trichter: %n deutliche Änderung: {named}.",
    "the variant wins": "die Variante gewinnt",
}


class BriefTranslator(QTranslator):
    """Three sentences of the brief in German, as a .qm file would give them."""

    def translate(self, context, source, disambiguation=None, n=-1):
        # None, not "": an empty text would be taken as the translation.
        return GERMAN.get(source) if context == "ReviewBrief" else None


def test_the_written_brief_uses_the_installed_translation(demo_copy, tmp_path):
    out = tmp_path / "review.md"
    translator = BriefTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        export.write_report(out, export.load_report_input(demo_copy, None, "de_DE", DEMO_DAY))
    finally:
        QCoreApplication.removeTranslator(translator)
    text = out.read_text(encoding="utf-8")
    assert "Woche vom " in text
    assert "Trichter: 1 deutliche Änderung: Lead → MQL" in text
    assert "Week of " not in text
    assert "Key results:" in text  # a sentence the translation lacks stays English
