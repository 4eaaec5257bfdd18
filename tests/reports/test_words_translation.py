"""A status or decision is translated once, in domain.words' context, and every screen and
report shows that translation: chips, tables, the brief and the decision line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTranslator

from okrdesk.domain import words
from okrdesk.domain.okr import Status
from okrdesk.reports import export
from okrdesk.ui.common.formatting import decision_word
from okrdesk.ui.okr.status_text import status_name

DEMO_DAY = dt.date(2026, 11, 25)
GERMAN = {
    "Off track": "Nicht im Plan",
    "off track": "nicht im Plan",
    "Rolled back": "Zurückgenommen",
    "rolled back": "zurückgenommen",
}


# The brief counts key results per status in one plural message each, in its own context.
GERMAN_BRIEF = {"%n off track": "%n nicht im Plan"}


class WordsTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "ReviewBrief":
            return GERMAN_BRIEF.get(source)
        return GERMAN.get(source) if context == words.CONTEXT else None


def test_the_words_translation_reaches_report_brief_and_screens(demo_copy, tmp_path):
    translator = WordsTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        texts = {}
        for week in (None, "2026-W46"):  # the last full week; the week EXP-0002 was rolled back
            out = tmp_path / f"review-{week}.md"
            export.write_report(out, export.load_report_input(demo_copy, week, "de_DE", DEMO_DAY))
            texts[week] = out.read_text(encoding="utf-8")
        chip, decision = status_name(Status.OFF_TRACK), decision_word("roll_back")
    finally:
        QCoreApplication.removeTranslator(translator)
    text = texts[None]
    assert "| Nicht im Plan |" in text and "| Off track |" not in text
    assert "1 nicht im Plan" in text.split("## Brief")[1].split("## 1.")[0]
    # The decision names who made it (the demo's experiment owner).
    assert "**Decision:** Zurückgenommen by " in texts["2026-W46"]
    assert (chip, decision) == ("Nicht im Plan", "zurückgenommen")
