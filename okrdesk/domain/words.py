"""The words for stored statuses and decisions, once, for every screen and report.

Each key as stored has a label, shown on its own (a chip, a table cell: "On track", "Scaled"),
and the same word inside a sentence ("on track", "scaled"); languages differ in more than the
first letter, so both are translated. They are marked for Qt's lupdate in the context
`CONTEXT`, without importing Qt, as the brief's templates are; the caller translates them
(QCoreApplication.translate(CONTEXT, text), or NumberFormat.words(text, CONTEXT)).
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = "Words"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate without importing Qt."""
    return text


@dataclass(frozen=True)
class Word:
    label: str
    in_sentence: str


# A key result's or objective's status (domain.okr.Status values).
STATUS_WORDS = {
    "done": Word(QT_TRANSLATE_NOOP("Words", "Done"), QT_TRANSLATE_NOOP("Words", "done")),
    "on_track": Word(
        QT_TRANSLATE_NOOP("Words", "On track"), QT_TRANSLATE_NOOP("Words", "on track")
    ),
    "at_risk": Word(QT_TRANSLATE_NOOP("Words", "At risk"), QT_TRANSLATE_NOOP("Words", "at risk")),
    "off_track": Word(
        QT_TRANSLATE_NOOP("Words", "Off track"), QT_TRANSLATE_NOOP("Words", "off track")
    ),
    "needs_update": Word(
        QT_TRANSLATE_NOOP("Words", "Needs update"), QT_TRANSLATE_NOOP("Words", "needs update")
    ),
}

# An experiment's decision (domain.experiment_rules.DECISIONS), as what became of it.
DECISION_WORDS = {
    "scale": Word(QT_TRANSLATE_NOOP("Words", "Scaled"), QT_TRANSLATE_NOOP("Words", "scaled")),
    "roll_back": Word(
        QT_TRANSLATE_NOOP("Words", "Rolled back"), QT_TRANSLATE_NOOP("Words", "rolled back")
    ),
    "iterate": Word(QT_TRANSLATE_NOOP("Words", "Iterate"), QT_TRANSLATE_NOOP("Words", "iterate")),
    "inconclusive": Word(
        QT_TRANSLATE_NOOP("Words", "Inconclusive"), QT_TRANSLATE_NOOP("Words", "inconclusive")
    ),
}
