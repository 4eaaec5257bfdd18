"""Counts the UI shows are one plural message each: "1 key result", "5 key results" in English,
and the three Polish forms where a Polish translation has them."""

from __future__ import annotations

from okrdesk.domain.experiment_plan import ExperimentPlan, StepTraffic
from okrdesk.ui.experiments.planner import plan_text
from okrdesk.ui.okr.status_text import warning_texts
from okrdesk.ui.people.dialog import counted
from tests.qm_files import installed

KEY_RESULTS = ("PeopleDialog", "%Ln key result(s)")


def _plan(weeks: int, days: int) -> str:
    traffic = StepTraffic(weeks=weeks, entered=700 * weeks, converted=70 * weeks)
    return plan_text(ExperimentPlan("no_effect", days, traffic, detectable=0.04), "Visit → Lead")


def test_the_planner_says_one_week_and_one_day_in_the_singular():
    assert "(last 1 full week)." in _plan(1, 1)
    assert "In 1 day this step can show" in _plan(1, 1)
    assert "(last 4 full weeks)." in _plan(4, 14)
    assert "In 14 days this step can show" in _plan(4, 14)


class _Node:
    """What warning_texts reads of an objective in the OKR tree."""

    def __init__(self, code: str, key_results: int) -> None:
        self.warnings = [type("Problem", (), {"code": code, "message": "?"})()]
        self.objectives_in_team = 1
        self._key_results = key_results

    def key_result_nodes(self) -> list[None]:
        return [None] * self._key_results


def test_an_objective_with_one_key_result_reads_in_the_singular():
    assert warning_texts(_Node("too_few_key_results", 1)) == [
        "1 key result: fewer than 2 cannot show the objective is met."
    ]
    assert warning_texts(_Node("too_many_key_results", 6))[0].startswith("6 key results:")


def test_people_counts_take_english_singular_and_plural():
    assert counted({"objectives": 1, "key_results": 5}) == "1 objective and 5 key results"


def test_people_counts_take_the_three_polish_forms(tmp_path):
    forms = ("%Ln kluczowy rezultat", "%Ln kluczowe rezultaty", "%Ln kluczowych rezultatów")
    with installed(tmp_path, "pl_PL", {KEY_RESULTS: forms}):
        said = [counted({"key_results": n}) for n in (1, 2, 5, 22)]
    assert said == [
        "1 kluczowy rezultat",
        "2 kluczowe rezultaty",
        "5 kluczowych rezultatów",
        "22 kluczowe rezultaty",
    ]
