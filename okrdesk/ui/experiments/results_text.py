"""A verdict in plain words, and the numbers behind it, as the results panel shows them.

Every number goes through QLocale; differences are in percentage points ("points"), relative
lift and chance to win in percent. The words follow domain.verdict: "wins"/"loses" only when
the always-valid test and the one-look test both call it (Holm-corrected over the variants),
"leading"/"trailing" otherwise while the experiment runs; a call made with low power says so
in the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from okrdesk.domain import stats
from okrdesk.domain.verdict import Verdict, VerdictKind
from okrdesk.reports.text import Context
from okrdesk.store.experiments.results import ArmValues
from okrdesk.ui.common.formatting import (
    format_int,
    format_p_value,
    format_percent,
    format_points,
    numbers,
)

CONTEXT = "ExperimentResults"
# Headline colours: green win, red loss, grey nothing, amber caution.
COLOURS = {
    VerdictKind.VARIANT_WINS: ("#166534", "#dcfce7"),
    VerdictKind.VARIANT_LOSES: ("#991b1b", "#fee2e2"),
    VerdictKind.VARIANT_LEADING: ("#1e40af", "#dbeafe"),
    VerdictKind.VARIANT_TRAILING: ("#1e40af", "#dbeafe"),
    VerdictKind.NO_DIFFERENCE: ("#334155", "#e2e8f0"),
    VerdictKind.NOT_ENOUGH_DATA: ("#92400e", "#fef3c7"),
    VerdictKind.SAMPLE_RATIO_MISMATCH: ("#991b1b", "#fef3c7"),
}


class ExperimentResults(Context):
    """Sentences of this module, in the `ExperimentResults` translation context."""


@dataclass(frozen=True)
class VerdictText:
    headline: str
    explanation: str
    numbers: list[tuple[str, str]]  # (label, value)
    power: str


def points(diff: float | None, signed: bool = True) -> str:
    """An absolute difference of rates in percentage points: 0.0123 → "+1.2 pts"."""
    return format_points(diff, signed)


def p_value_text(p: float | None) -> str:
    if p is None:
        return "—"
    if p < 0.001:
        return ExperimentResults.tr("< {limit}").format(limit=QLocale().toString(0.001, "f", 3))
    return QLocale().toString(p, "f", 3)


def signed_percent(share: float | None) -> str:
    """A relative change (a lift) in signed percent: "+43%"."""
    return numbers().relative(share)


def lead_quality_change(control: ArmValues, variant: ArmValues) -> str | None:
    """A sentence when the variant's leads reach SQL at a rate that differs beyond noise."""
    if control.sql_count is None or variant.sql_count is None:
        return None
    test = stats.proportion_test(
        control.sql_count, control.conversions, variant.sql_count, variant.conversions
    )
    if not test.significant:
        return None
    text = (
        ExperimentResults.tr(
            "{variant}'s leads reach SQL less often: {variant_share} against {control_share} ({p})."
        )
        if test.diff < 0
        else ExperimentResults.tr(
            "{variant}'s leads reach SQL more often: {variant_share} against {control_share} ({p})."
        )
    )
    return text.format(
        variant=_first_upper(variant.name),
        variant_share=format_percent(test.variant_rate),
        control_share=format_percent(test.control_rate),
        p=format_p_value(test.p_value),
    )


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def verdict_text(result: Verdict, control: str, variant: str) -> VerdictText:
    kind = result.kind
    names = {"control": control, "variant": variant}
    if kind == VerdictKind.SAMPLE_RATIO_MISMATCH:
        headline = ExperimentResults.tr("Sample ratio mismatch: results unreliable")
        explanation = ExperimentResults.tr(
            "{control} got {control_n} visitors and {variant} {variant_n}, far from the planned "
            "split ({p}). Visitors are not being assigned as planned: fix the assignment "
            "and start again before reading any rate."
        ).format(
            control=control,
            variant=variant,
            control_n=format_int(result.control_n),
            variant_n=format_int(result.variant_n),
            p=format_p_value(result.srm_p_value),
        )
    elif kind == VerdictKind.NOT_ENOUGH_DATA:
        headline = ExperimentResults.tr("Not enough data yet")
        short = ", ".join(names[arm] for arm in result.short_arms)
        explanation = ExperimentResults.tr(
            "Each arm needs at least {visitors} visitors and {conversions} conversions "
            "before the numbers can say anything; still short: {arms}."
        ).format(
            visitors=format_int(stats.MIN_VISITORS_PER_ARM),
            conversions=format_int(stats.MIN_CONVERSIONS_PER_ARM),
            arms=short,
        )
    elif kind in (VerdictKind.VARIANT_WINS, VerdictKind.VARIANT_LOSES):
        wins = kind == VerdictKind.VARIANT_WINS
        headline = (
            ExperimentResults.tr("{variant} wins")
            if wins
            else ExperimentResults.tr("{variant} loses")
        ).format(variant=_first_upper(variant))
        if result.low_power:
            headline = ExperimentResults.tr("{verdict}, with only {power} power").format(
                verdict=headline, power=format_percent(result.power, 0)
            )
        explanation = ExperimentResults.tr(
            "{variant} converted {variant_rate} against {control_rate} for {control} "
            "({lift} relative): a difference this large is unlikely to be noise even when the "
            "results are looked at every day (always-valid {always_valid_p}, {p} at "
            "one look{holm})."
        ).format(
            variant=variant,
            control=control,
            variant_rate=format_percent(result.variant_rate),
            control_rate=format_percent(result.control_rate),
            lift=signed_percent(result.rel_lift),
            always_valid_p=format_p_value(result.always_valid_p),
            p=format_p_value(result.p_value),
            holm=_holm(result),
        )
        if result.low_power:
            explanation += " " + ExperimentResults.tr(
                "But the test had only {power} power for the planned {mde}, so a win this "
                "early or this small likely overstates the effect."
            ).format(
                power=format_percent(result.power, 0),
                mde=points(result.planned_mde, signed=False),
            )
    elif kind in (VerdictKind.VARIANT_LEADING, VerdictKind.VARIANT_TRAILING):
        leading = kind == VerdictKind.VARIANT_LEADING
        headline = (
            ExperimentResults.tr("{variant} is leading, not conclusive")
            if leading
            else ExperimentResults.tr("{variant} is trailing, not conclusive")
        ).format(variant=_first_upper(variant))
        template = (
            ExperimentResults.tr(
                "{variant} converts {variant_rate} against {control_rate} for {control} "
                "({p} at one look). The experiment has not reached its planned end or "
                "sample, and a test that stays honest under daily looks does not call it yet "
                "(always-valid {always_valid_p}{holm}): keep it running."
            )
            if not result.final
            else ExperimentResults.tr(
                "{variant} converted {variant_rate} against {control_rate} for {control} "
                "({p} at one look), but not by enough for a call that stays honest under "
                "daily looks (always-valid {always_valid_p}{holm})."
            )
        )
        explanation = template.format(
            variant=variant,
            control=control,
            variant_rate=format_percent(result.variant_rate),
            control_rate=format_percent(result.control_rate),
            p=format_p_value(result.p_value),
            always_valid_p=format_p_value(result.always_valid_p),
            holm=_holm(result),
        )
    else:
        headline = ExperimentResults.tr("No detectable difference")
        explanation = ExperimentResults.tr(
            "{variant} converted {variant_rate} against {control_rate} for {control}; a "
            "difference this small could be noise ({p})."
        ).format(
            variant=variant,
            control=control,
            variant_rate=format_percent(result.variant_rate),
            control_rate=format_percent(result.control_rate),
            p=format_p_value(result.p_value),
        )
    return VerdictText(headline, explanation, _numbers(result, control, variant), _power(result))


def _holm(result: Verdict) -> str:
    if result.comparisons < 2:
        return ""
    return ExperimentResults.tr(", Holm-corrected over %Ln variant(s)", None, result.comparisons)


def lift_text(lift: float | None, interval: tuple[float, float] | None) -> str:
    """ "+43% (+5.2% to +94%)": the relative lift with its 95 % interval."""
    if interval is None:
        return signed_percent(lift)
    return ExperimentResults.tr("{lift} ({low} to {high})").format(
        lift=signed_percent(lift), low=signed_percent(interval[0]), high=signed_percent(interval[1])
    )


def _numbers(result: Verdict, control: str, variant: str) -> list[tuple[str, str]]:
    ci, always_valid = result.ci, result.always_valid_ci
    interval = (
        ExperimentResults.tr("{low} to {high}").format(low=points(ci[0]), high=points(ci[1]))
        if ci is not None
        else "—"
    )
    always_valid_interval = (
        ExperimentResults.tr("{low} to {high}").format(
            low=points(always_valid[0]), high=points(always_valid[1])
        )
        if always_valid is not None
        else "—"
    )
    test = (
        ExperimentResults.tr("Fisher's exact test")
        if result.test == "fisher"
        else ExperimentResults.tr("z-test")
    )
    return [
        (
            ExperimentResults.tr("Rate of {arm}").format(arm=control),
            ExperimentResults.tr("{rate} ({conversions} of {visitors})").format(
                rate=format_percent(result.control_rate),
                conversions=format_int(result.control_conversions),
                visitors=format_int(result.control_n),
            ),
        ),
        (
            ExperimentResults.tr("Rate of {arm}").format(arm=variant),
            ExperimentResults.tr("{rate} ({conversions} of {visitors})").format(
                rate=format_percent(result.variant_rate),
                conversions=format_int(result.variant_conversions),
                visitors=format_int(result.variant_n),
            ),
        ),
        (ExperimentResults.tr("Difference"), points(result.diff)),
        (ExperimentResults.tr("95 % interval of the difference"), interval),
        (ExperimentResults.tr("Always-valid 95 % interval"), always_valid_interval),
        (ExperimentResults.tr("Relative lift"), lift_text(result.rel_lift, result.rel_lift_ci)),
        (ExperimentResults.tr("p-value"), p_value_text(result.p_value)),
        (ExperimentResults.tr("Test at one look"), test),
        (ExperimentResults.tr("Always-valid p"), p_value_text(result.always_valid_p)),
        (
            ExperimentResults.tr("Chance that {variant} is better").format(variant=variant),
            format_percent(result.chance_to_win),
        ),
        (ExperimentResults.tr("Split check (sample ratio p)"), p_value_text(result.srm_p_value)),
    ]


def _power(result: Verdict) -> str:
    detectable = (
        ExperimentResults.tr("With these visitors the test can detect {mde} or more.").format(
            mde=points(result.detectable_mde, signed=False)
        )
        if result.detectable_mde is not None
        else ""
    )
    if result.planned_mde is None:
        text = ExperimentResults.tr("No effect was planned for this test.")
    elif result.power is None:
        text = ExperimentResults.tr(
            "Its power for the planned {mde} cannot be worked out yet."
        ).format(mde=points(result.planned_mde, signed=False))
    elif result.had_power:
        text = ExperimentResults.tr(
            "It had the power to see the planned {mde}: {power} power."
        ).format(
            mde=points(result.planned_mde, signed=False), power=format_percent(result.power, 0)
        )
    else:
        text = ExperimentResults.tr(
            "It did not have the power to see the planned {mde}: only {power} power."
        ).format(
            mde=points(result.planned_mde, signed=False), power=format_percent(result.power, 0)
        )
        if result.kind == VerdictKind.NO_DIFFERENCE:
            text += " " + ExperimentResults.tr("Here “no difference” does not mean no effect.")
    return " ".join(part for part in (text, detectable) if part)
