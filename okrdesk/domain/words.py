"""The words for stored statuses, decisions and verdicts, once, for every screen and report.

Each key as stored has a label, shown on its own (a chip, a table cell, a chart: "On track",
"Scaled", "Variant wins"), and the same word inside a sentence ("on track", "scaled", "the
variant wins"); languages differ in more than the
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

# An experiment's status (domain.experiment_rules.STATUSES), in the order it moves through them.
EXPERIMENT_STATUS_WORDS = {
    "idea": Word(QT_TRANSLATE_NOOP("Words", "Idea"), QT_TRANSLATE_NOOP("Words", "idea")),
    "planned": Word(QT_TRANSLATE_NOOP("Words", "Planned"), QT_TRANSLATE_NOOP("Words", "planned")),
    "running": Word(QT_TRANSLATE_NOOP("Words", "Running"), QT_TRANSLATE_NOOP("Words", "running")),
    "analysing": Word(
        QT_TRANSLATE_NOOP("Words", "Analysing"), QT_TRANSLATE_NOOP("Words", "analysing")
    ),
    "decided": Word(QT_TRANSLATE_NOOP("Words", "Decided"), QT_TRANSLATE_NOOP("Words", "decided")),
}

# A variant's verdict (domain.verdict.VerdictKind values): the label is short enough for a
# table cell and the report's chart; the brief says the sentence.
VERDICT_WORDS = {
    "variant_wins": Word(
        QT_TRANSLATE_NOOP("Words", "Variant wins"), QT_TRANSLATE_NOOP("Words", "the variant wins")
    ),
    "variant_loses": Word(
        QT_TRANSLATE_NOOP("Words", "Variant loses"),
        QT_TRANSLATE_NOOP("Words", "the variant loses"),
    ),
    "variant_leading": Word(
        QT_TRANSLATE_NOOP("Words", "Leading, not conclusive"),
        QT_TRANSLATE_NOOP("Words", "the variant is leading, not conclusive"),
    ),
    "variant_trailing": Word(
        QT_TRANSLATE_NOOP("Words", "Trailing, not conclusive"),
        QT_TRANSLATE_NOOP("Words", "the variant is trailing, not conclusive"),
    ),
    "no_difference": Word(
        QT_TRANSLATE_NOOP("Words", "No difference"),
        QT_TRANSLATE_NOOP("Words", "no difference beyond noise"),
    ),
    "not_enough_data": Word(
        QT_TRANSLATE_NOOP("Words", "Not enough data yet"),
        QT_TRANSLATE_NOOP("Words", "not enough data yet"),
    ),
    "sample_ratio_mismatch": Word(
        QT_TRANSLATE_NOOP("Words", "Split off plan"),
        QT_TRANSLATE_NOOP("Words", "the split is off plan (sample ratio mismatch)"),
    ),
}
