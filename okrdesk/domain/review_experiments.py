"""Block (b) of the weekly review: experiments with a verdict for each variant, and the
brief's sentences about them.

An ExperimentLine holds the control and one VariantLine per variant, each judged against the
control by domain.verdict (Holm-corrected over the variants; "final" once the experiment has
reached its planned end or sample). The brief's words follow the verdict's kind, so a
running experiment that the always-valid test does not call reads "leading", never "wins".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from okrdesk.domain import words
from okrdesk.domain.number_format import NumberFormat
from okrdesk.domain.text import Words


class ReviewBrief(Words):
    """The brief's sentences that hold a count (`%n`, plural forms); the others are marked
    with QT_TRANSLATE_NOOP in the same context."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate without importing Qt; NumberFormat.words translates it."""
    return text


@dataclass(frozen=True)
class VariantLine:
    """One variant against the control (see domain.verdict.Verdict for each number).

    verdict: VerdictKind value. p_value: the one-look p (test "fisher" or "z");
    always_valid_p: the sequential test's; decisive_p: the larger of the two after Holm.
    """

    name: str
    visitors: int
    conversions: int
    rate: float | None
    verdict: str
    diff: float | None
    ci: tuple[float, float] | None
    rel_lift: float | None
    rel_lift_ci: tuple[float, float] | None
    p_value: float | None
    test: str
    always_valid_p: float | None
    decisive_p: float | None
    chance_to_win: float | None
    power: float | None
    low_power: bool | None


@dataclass(frozen=True)
class ExperimentLine:
    """An experiment that ended in the reviewed week or is running, with its verdicts.

    phase: "ended" or "running". variants: one VariantLine per variant, by name (empty
    without results). final: the experiment reached its planned end or sample by the
    meeting (domain.verdict.is_final).
    """

    code: str
    title: str
    variable: str
    status: str
    decision: str | None
    phase: str
    start: dt.date
    end: dt.date
    metric: str  # "Visit → Form submitted"
    control_name: str
    control_visitors: int
    control_conversions: int
    control_rate: float | None
    variants: tuple[VariantLine, ...]
    final: bool
    planned_mde: float | None
    learnings: str
    decided_by: str = ""  # who made the decision; "" when unknown or undecided


# Kinds whose numbers mean something: past the data gate and the split check.
JUDGED = frozenset(
    {"variant_wins", "variant_loses", "variant_leading", "variant_trailing", "no_difference"}
)


def verdict_words(variant: VariantLine, planned_mde: float | None, fmt: NumberFormat) -> str:
    """The verdict in words; a win or loss made with low power says so in the same words."""
    w = fmt.words
    text = w(words.VERDICT_WORDS[variant.verdict].in_sentence, words.CONTEXT)
    if variant.verdict in ("variant_wins", "variant_loses") and variant.low_power:
        return w(
            QT_TRANSLATE_NOOP(
                "ReviewBrief",
                "{verdict} although the test had only {power} power for the planned {mde}, so "
                "the effect is likely smaller than measured",
            )
        ).format(verdict=text, power=fmt.percent(variant.power, 0), mde=fmt.points(planned_mde))
    return text


def variant_numbers(variant: VariantLine, fmt: NumberFormat) -> str:
    """ " (+1.5 pt, p = 0.012, always-valid p = 0.210)", or "" before the data gate."""
    if variant.diff is None or variant.verdict not in JUDGED:
        return ""
    return fmt.words(
        QT_TRANSLATE_NOOP("ReviewBrief", " ({change}, {p}, always-valid {always_valid_p})")
    ).format(
        change=fmt.points(variant.diff),
        p=fmt.p_value(variant.p_value),
        always_valid_p=fmt.p_value(variant.always_valid_p),
    )


def experiment_sentence(e: ExperimentLine, fmt: NumberFormat) -> str:
    """One experiment in the brief: where it stands, each variant's verdict and numbers."""
    w = fmt.words
    head = w(
        QT_TRANSLATE_NOOP("ReviewBrief", "{code} ({title}) ended")
        if e.phase == "ended"
        else QT_TRANSLATE_NOOP("ReviewBrief", "{code} ({title}) is running")
    ).format(code=e.code, title=e.title)
    if not e.variants:
        return w(QT_TRANSLATE_NOOP("ReviewBrief", "{head}; no results entered yet.")).format(
            head=head
        )
    decision = (
        w(QT_TRANSLATE_NOOP("ReviewBrief", "; decision: {decision}")).format(
            decision=w(words.DECISION_WORDS[e.decision].in_sentence, words.CONTEXT)
        )
        if e.decision
        else ""
    )
    if len(e.variants) == 1:
        variant = e.variants[0]
        numbers = w(
            QT_TRANSLATE_NOOP(
                "ReviewBrief", "{metric} {control} in control, {variant} in the variant"
            )
        ).format(
            metric=e.metric,
            control=fmt.percent(e.control_rate),
            variant=fmt.percent(variant.rate),
        ) + variant_numbers(variant, fmt)
        return w(
            QT_TRANSLATE_NOOP("ReviewBrief", "{head}: {verdict}, {numbers}{decision}.")
        ).format(
            head=head,
            verdict=verdict_words(variant, e.planned_mde, fmt),
            numbers=numbers,
            decision=decision,
        )
    parts = [
        w(QT_TRANSLATE_NOOP("ReviewBrief", "{name} {rate}: {verdict}{numbers}")).format(
            name=v.name,
            rate=fmt.percent(v.rate),
            verdict=verdict_words(v, e.planned_mde, fmt),
            numbers=variant_numbers(v, fmt),
        )
        for v in e.variants
    ]
    sentence = w(
        QT_TRANSLATE_NOOP(
            "ReviewBrief", "{head}: {metric} {control} in control; {variants}{decision}."
        )
    ).format(
        head=head,
        metric=e.metric,
        control=fmt.percent(e.control_rate),
        variants="; ".join(parts),
        decision=decision,
    )
    holm = ReviewBrief.tr("Calls are Holm-corrected for %n variant(s).", None, len(e.variants))
    return sentence + " " + fmt.text(holm)
