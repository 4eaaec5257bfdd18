"""The rules' sentences that hold a count take the language's plural form (Polish has three):
the experiment planner's note and a key result's status tooltip."""

from __future__ import annotations

from okrdesk.domain.experiment_plan import ExperimentPlan, StepTraffic
from okrdesk.domain.okr import Status, StatusResult, StatusRule
from okrdesk.ui.experiments.planner import plan_text
from okrdesk.ui.okr.status_text import status_tooltip
from tests.qm_files import installed

POLISH = {
    ("ExperimentPlanner", "{step}: {rate} of about {weekly} a week (last %Ln full week(s))."): [
        "{step}: {rate} z około {weekly} tygodniowo (ostatni %n pełny tydzień).",
        "{step}: {rate} z około {weekly} tygodniowo (ostatnie %n pełne tygodnie).",
        "{step}: {rate} z około {weekly} tygodniowo (ostatnich %n pełnych tygodni).",
    ],
    ("StatusTexts", "No check-in for %Ln day(s) (more than {limit})."): [
        "Brak meldunku od %n dnia (więcej niż {limit}).",
        "Brak meldunku od %n dni (więcej niż {limit}).",
        "Brak meldunku od %n dni (więcej niż {limit}).",
    ],
}


def _basis(weeks: int) -> str:
    traffic = StepTraffic(weeks, 1000 * weeks, 100 * weeks)
    return plan_text(ExperimentPlan("untestable_rate", 7, traffic), "Lead → MQL")


def test_the_planner_counts_weeks_in_polish_plural_forms(tmp_path):
    with installed(tmp_path, "pl_PL", POLISH):
        texts = {weeks: _basis(weeks) for weeks in (1, 2, 5)}
    assert "(ostatni 1 pełny tydzień)" in texts[1]
    assert "(ostatnie 2 pełne tygodnie)" in texts[2]
    assert "(ostatnich 5 pełnych tygodni)" in texts[5]


def test_the_planner_counts_in_english_without_a_translation():
    assert "(last 1 full week)" in _basis(1)
    assert "(last 4 full weeks)" in _basis(4)


def test_a_stale_key_result_counts_its_silent_days_in_polish(tmp_path):
    def tooltip(days: int) -> str:
        result = StatusResult(
            Status.NEEDS_UPDATE, "", StatusRule.STALE, 0.0, days, None, 14.0, None
        )
        return status_tooltip(result)

    english = tooltip(1)
    with installed(tmp_path, "pl_PL", POLISH):
        polish = {days: tooltip(days) for days in (1, 22)}
    assert "No check-in for 1 day (more than 14)." in english
    assert "Brak meldunku od 1 dnia (więcej niż 14)." in polish[1]
    assert "Brak meldunku od 22 dni" in polish[22]
