"""The review's weeks and the brief written from a review: pure functions, handmade reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from okrdesk.domain.number_format import PLAIN, Numbers
from okrdesk.domain.review import (
    CycleProgress,
    ExperimentLine,
    FunnelStep,
    KeyResultLine,
    NextStep,
    ObjectiveProgress,
    Review,
    VariantLine,
    brief_text,
    iso_week_label,
    last_full_week,
    parse_iso_week,
    week_start_of,
    write_brief,
)

WEEK = dt.date(2026, 11, 16)


class PlainFormat(Numbers):
    """A locale-free NumberFormat: "12.3%", "+1.5 pts", "16 Nov 2026"."""

    def __init__(self, currency: str = "EUR") -> None:
        super().__init__(PLAIN, currency)


@pytest.mark.parametrize(
    ("day", "first_weekday", "start"),
    [
        (dt.date(2026, 11, 25), 0, dt.date(2026, 11, 23)),  # Wednesday, weeks from Monday
        (dt.date(2026, 11, 23), 0, dt.date(2026, 11, 23)),  # a Monday is its own start
        (dt.date(2026, 11, 25), 6, dt.date(2026, 11, 22)),  # weeks from Sunday
        (dt.date(2026, 11, 22), 6, dt.date(2026, 11, 22)),
    ],
)
def test_week_start_of(day, first_weekday, start):
    assert week_start_of(day, first_weekday) == start


def test_last_full_week_is_the_week_before_todays():
    assert last_full_week(dt.date(2026, 11, 25)) == dt.date(2026, 11, 16)
    assert last_full_week(dt.date(2026, 11, 23)) == dt.date(2026, 11, 16)
    assert last_full_week(dt.date(2026, 11, 25), 6) == dt.date(2026, 11, 15)


def test_parse_iso_week():
    assert parse_iso_week("2026-W47") == dt.date(2026, 11, 16)
    assert parse_iso_week(" 2026-W01 ") == dt.date(2025, 12, 29)
    assert parse_iso_week("2026-W47", first_weekday=6) == dt.date(2026, 11, 15)
    assert iso_week_label(dt.date(2026, 11, 16)) == "2026-W47"


@pytest.mark.parametrize("text", ["2026-47", "W47", "2026-W4", "2026-w47x", ""])
def test_parse_iso_week_refuses_other_spellings(text):
    with pytest.raises(ValueError, match="2026-W47"):
        parse_iso_week(text)


def test_parse_iso_week_refuses_a_week_the_year_has_not():
    with pytest.raises(ValueError, match="2025 has no week 53"):
        parse_iso_week("2025-W53")


def kr(title: str, status: str, rule: str, **changes) -> KeyResultLine:
    line = KeyResultLine(
        id=1,
        objective="Grow",
        title=title,
        kind="increase",
        unit="number",
        owner="Ann",
        start=0.0,
        target=100.0,
        previous=40.0,
        current=50.0,
        progress=0.5,
        expected=0.6,
        status=status,
        rule=rule,
        gap=0.1,
        confidence=7,
        last_checkin=WEEK,
        days_silent=6,
    )
    return replace(line, **changes)


def step(from_stage: str, to_stage: str, before: float, now: float, p: float) -> FunnelStep:
    return FunnelStep(
        funnel="Inbound",
        from_stage=from_stage,
        to_stage=to_stage,
        from_count=1000,
        to_count=round(1000 * now),
        rate=now,
        previous_from_count=1000,
        previous_to_count=round(1000 * before),
        previous_rate=before,
        change=now - before,
        relative_change=(now - before) / before,
        p_value=p,
        significant=p < 0.05,
    )


def variant(**changes) -> VariantLine:
    line = VariantLine(
        name="variant",
        visitors=2000,
        conversions=90,
        rate=0.045,
        verdict="variant_wins",
        diff=0.015,
        ci=(0.004, 0.026),
        rel_lift=0.5,
        rel_lift_ci=(0.08, 1.08),
        p_value=0.012,
        test="z",
        always_valid_p=0.03,
        decisive_p=0.03,
        chance_to_win=0.99,
        power=0.85,
        low_power=False,
    )
    return replace(line, **changes)


def experiment(*variants: VariantLine, **changes) -> ExperimentLine:
    line = ExperimentLine(
        code="EXP-0007",
        title="Shorter form",
        variable="Fields",
        status="decided",
        decision="scale",
        phase="ended",
        start=WEEK,
        end=WEEK + dt.timedelta(days=6),
        metric="Visit → Form",
        control_name="control",
        control_visitors=2000,
        control_conversions=60,
        control_rate=0.03,
        variants=variants or (variant(),),
        final=True,
        planned_mde=0.015,
        learnings="",
    )
    return replace(line, **changes)


def review(**changes) -> Review:
    base = Review(
        workspace="Team",
        currency="EUR",
        week=WEEK,
        meeting_week=WEEK + dt.timedelta(weeks=1),
        cycle=CycleProgress(
            name="2026 Q4",
            start=dt.date(2026, 10, 1),
            end=dt.date(2026, 12, 31),
            progress=0.45,
            expected=0.576,
            status_counts={"done": 1, "on_track": 2, "at_risk": 1, "off_track": 1},
            objectives=(ObjectiveProgress("Grow", 0.45, "off_track"),),
        ),
        key_results=(
            kr("Win rate to 25 %", "off_track", "off_track_pace", gap=0.58, progress=0.0),
            kr("MQLs to 360", "at_risk", "at_risk_pace", gap=0.33),
            kr("NPS above 40", "at_risk", "at_risk_confidence", confidence=3),
            kr("Churn below 2 %", "on_track", "on_track", previous=50.0),
        ),
        funnel_steps=(
            step("Visit", "Form", 0.030, 0.031, 0.6),
            step("Lead", "MQL", 0.500, 0.264, 0.00002),
            step("MQL", "SQL", 0.300, 0.380, 0.03),
        ),
        experiments=(experiment(),),
        next_step=NextStep(
            saved=False,
            experiment_code="EXP-0008",
            experiment_title="Live chat",
            experiment_start=dt.date(2026, 11, 23),
            proposed=True,
            decisions="",
            notes="",
            edited_brief="",
        ),
    )
    return replace(base, **changes)


def test_brief_says_pace_status_counts_and_why_key_results_are_behind():
    text = write_brief(review(), PlainFormat())
    first = text.split("\n\n")[0]
    assert first.startswith("Week of 16 Nov 2026. 2026 Q4 is 58% through")
    assert "its objectives are 45% done, behind pace." in first
    assert "Key results: 1 done, 2 on track, 1 at risk and 1 off track (of 5)." in first
    # Off track first, then at risk by how far behind, each with its reason and numbers.
    assert (
        "Behind: Win rate to 25 % (58 pts behind pace); MQLs to 360 (33 pts behind "
        "pace); NPS above 40 (confidence 3 of 10)." in first
    )


def test_brief_names_the_largest_significant_funnel_changes_first():
    text = write_brief(review(), PlainFormat())
    assert (
        "Funnel: 2 significant changes: Lead → MQL 50% → 26% (-24 pts, p < 0.001); "
        "MQL → SQL 30% → 38% (+8.0 pts, p = 0.030)." in text
    )
    assert "Visit → Form" not in text.split("Funnel:")[1].split("\n")[0]


def test_brief_without_significant_funnel_changes_says_so():
    calm = review(funnel_steps=(step("Visit", "Form", 0.03, 0.031, 0.6),))
    assert "Funnel: no step moved beyond noise this week" in write_brief(calm, PlainFormat())


def test_brief_gives_each_experiments_outcome_and_numbers():
    text = write_brief(review(), PlainFormat())
    assert (
        "EXP-0007 (Shorter form) ended: the variant wins, Visit → Form 3.0% in control, "
        "4.5% in the variant (+1.5 pts, p = 0.012, always-valid p = 0.030); decision: scaled."
        in text
    )
    early = review(experiments=(experiment(variant(verdict="not_enough_data"), phase="running"),))
    running = write_brief(early, PlainFormat())
    assert "EXP-0007 (Shorter form) is running: not enough data yet" in running
    assert "p = 0.012" not in running  # no p-value before the minimum data


def test_brief_proposes_or_states_the_next_step():
    assert "Proposed next step: EXP-0008 (Live chat), starting 23 Nov 2026." in write_brief(
        review(), PlainFormat()
    )
    chosen = review(next_step=replace(review().next_step, proposed=False, saved=True))
    assert "\n\nNext step: EXP-0008 (Live chat)" in write_brief(chosen, PlainFormat())
    nothing = review(next_step=replace(review().next_step, experiment_code=None))
    assert "no experiment is planned" in write_brief(nothing, PlainFormat())


def test_brief_is_deterministic_and_the_edited_one_wins():
    assert write_brief(review(), PlainFormat()) == write_brief(review(), PlainFormat())
    edited = review(next_step=replace(review().next_step, edited_brief="Our own words.\n"))
    assert brief_text(edited, PlainFormat()) == "Our own words."
    assert brief_text(review(), PlainFormat()) == write_brief(review(), PlainFormat())


def test_brief_without_a_cycle_or_experiments():
    bare = review(cycle=None, key_results=(), funnel_steps=(), experiments=())
    text = write_brief(bare, PlainFormat())
    assert text.startswith("Week of 16 Nov 2026. No cycle covers this week.")
    assert "Experiments: none ended or running this week." in text
    assert "Funnel" not in text


def test_review_groups_key_results_for_block_a():
    r = review()
    assert [k.title for k in r.behind] == ["Win rate to 25 %", "MQLs to 360", "NPS above 40"]
    assert [k.title for k in r.changed_key_results] == [
        "Win rate to 25 %",
        "MQLs to 360",
        "NPS above 40",
    ]
    assert [s.to_stage for s in r.significant_steps] == ["MQL", "SQL"]
    assert r.week_end == dt.date(2026, 11, 22)


def test_key_result_change():
    assert kr("a", "on_track", "on_track").change == 10.0
    first = kr("a", "on_track", "on_track", previous=None)
    assert first.change is None and first.changed
    silent = kr("a", "needs_update", "no_checkin", previous=None, current=None)
    assert not silent.changed


def test_brief_never_says_wins_for_a_running_experiment_the_always_valid_test_does_not_call():
    leading = variant(verdict="variant_leading", p_value=0.034, always_valid_p=0.41)
    running = review(experiments=(experiment(leading, phase="running", decision=None),))
    text = write_brief(running, PlainFormat())
    assert (
        "EXP-0007 (Shorter form) is running: the variant is leading, not conclusive, "
        "Visit → Form 3.0% in control, 4.5% in the variant (+1.5 pts, p = 0.034, "
        "always-valid p = 0.410)." in text
    )
    assert "wins" not in text


def test_brief_names_every_variant_with_its_own_verdict():
    b = variant(name="B", rate=0.045, verdict="variant_wins", decisive_p=0.02)
    c = variant(
        name="C", rate=0.031, verdict="no_difference", diff=0.001, p_value=0.8, always_valid_p=1.0
    )
    text = write_brief(review(experiments=(experiment(b, c, decision=None),)), PlainFormat())
    assert (
        "EXP-0007 (Shorter form) ended: Visit → Form 3.0% in control; B 4.5%: the variant "
        "wins (+1.5 pts, p = 0.012, always-valid p = 0.030); C 3.1%: no difference beyond "
        "noise (+0.1 pts, p = 0.800, always-valid p = 1.000). Calls are Holm-corrected for 2 "
        "variants." in text
    )


def test_brief_says_a_win_had_low_power_in_the_same_sentence():
    weak = variant(power=0.23, low_power=True)
    text = write_brief(review(experiments=(experiment(weak),)), PlainFormat())
    assert (
        "ended: the variant wins although the test had only 23% power for the planned "
        "+1.5 pts, so the effect is likely smaller than measured, Visit → Form" in text
    )
