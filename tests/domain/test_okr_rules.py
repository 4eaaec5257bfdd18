"""Validation of objectives and key results, and the soft limits, table by table."""

from __future__ import annotations

import dataclasses
import math

import pytest

from okrdesk.domain import okr_rules
from okrdesk.domain.okr_rules import (
    KeyResultValues,
    ObjectiveValues,
    Problem,
    key_result_warnings,
    objective_warnings,
    validate_key_result,
    validate_objective,
)

P = pytest.param

OBJECTIVE = ObjectiveValues("Build a predictable pipeline", "company", 1, 2, None)
KEY_RESULT = KeyResultValues("Grow MQLs from 240 to 360", "increase", "number", 240, 360)


def codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


OBJECTIVE_CASES = [
    # changes to a valid objective, expected (field, code) pairs
    P({}, [], id="valid"),
    P({"level": "team", "parent_id": 3, "description": "Why"}, [], id="valid-aligned"),
    P({"title": ""}, [("title", "title_required")], id="empty-title"),
    P({"title": "   "}, [("title", "title_required")], id="spaces-only"),
    P({"title": "\t\n \r"}, [("title", "title_required")], id="tabs-and-line-breaks"),
    P({"title": "\u00a0\u2003"}, [("title", "title_required")], id="unicode-spaces"),
    P({"title": "x" * 300}, [], id="title-at-limit"),
    P({"title": "x" * 301}, [("title", "title_too_long")], id="title-too-long"),
    P({"level": "department"}, [("level", "level_known")], id="unknown-level"),
    P(
        {"title": " ", "level": ""},
        [("title", "title_required"), ("level", "level_known")],
        id="every-problem-at-once",
    ),
]


@pytest.mark.parametrize(("changes", "expected"), OBJECTIVE_CASES)
def test_validate_objective(changes, expected):
    values = dataclasses.replace(OBJECTIVE, **changes)
    assert codes(validate_objective(values)) == expected


KEY_RESULT_CASES = [
    P({}, [], id="valid-increase"),
    P({"title": "\t"}, [("title", "title_required")], id="blank-title"),
    P({"target_value": 240}, [("target_value", "increase_target_above_start")], id="inc-equal"),
    P({"target_value": 200}, [("target_value", "increase_target_above_start")], id="inc-below"),
    P({"kind": "decrease", "start_value": 510, "target_value": 400}, [], id="valid-decrease"),
    P(
        {"kind": "decrease", "start_value": 400, "target_value": 510},
        [("target_value", "decrease_target_below_start")],
        id="dec-above",
    ),
    P(
        {"kind": "decrease", "start_value": 400, "target_value": 400},
        [("target_value", "decrease_target_below_start")],
        id="dec-equal",
    ),
    P({"kind": "stay_above", "start_value": 99, "target_value": 95}, [], id="stay-above-any"),
    P({"kind": "stay_below", "start_value": 1, "target_value": 2}, [], id="stay-below-any"),
    P({"kind": "binary", "start_value": 0, "target_value": 1}, [], id="binary-0-1"),
    P({"kind": "binary", "start_value": 0.0, "target_value": 1.0}, [], id="binary-floats"),
    P(
        {"kind": "binary", "start_value": 0, "target_value": 5},
        [("target_value", "binary_target")],
        id="binary-target-5",
    ),
    P(
        {"kind": "binary", "start_value": 1, "target_value": 0},
        [("start_value", "binary_target")],
        id="binary-reversed",
    ),
    P({"kind": "grow"}, [("kind", "kind_known")], id="unknown-kind"),
    P({"unit": "hours"}, [("unit", "unit_known")], id="unknown-unit"),
    P({"weight": 0}, [("weight", "weight_positive")], id="weight-zero"),
    P({"weight": -1}, [("weight", "weight_positive")], id="weight-negative"),
    P({"weight": 0.25}, [], id="weight-fraction"),
    P({"budget": 0, "cost": 0}, [], id="budget-and-cost-zero"),
    P({"budget": 6000, "cost": 7500}, [], id="cost-over-budget-is-allowed"),
    P({"budget": -1}, [("budget", "budget_positive")], id="budget-negative"),
    P({"cost": -0.01}, [("cost", "cost_positive")], id="cost-negative"),
    P({"start_value": math.nan}, [("start_value", "finite_number")], id="start-nan"),
    P({"target_value": math.inf}, [("target_value", "finite_number")], id="target-inf"),
    P({"weight": math.nan}, [("weight", "finite_number")], id="weight-nan"),
    P({"budget": math.inf}, [("budget", "finite_number")], id="budget-inf"),
    P({"start_value": None}, [("start_value", "finite_number")], id="start-missing"),
    P({"target_value": "360"}, [("target_value", "finite_number")], id="target-text"),
    P(
        {"title": "", "weight": 0, "cost": -5, "target_value": 100},
        [
            ("title", "title_required"),
            ("target_value", "increase_target_above_start"),
            ("weight", "weight_positive"),
            ("cost", "cost_positive"),
        ],
        id="every-problem-at-once",
    ),
]


@pytest.mark.parametrize(("changes", "expected"), KEY_RESULT_CASES)
def test_validate_key_result(changes, expected):
    values = dataclasses.replace(KEY_RESULT, **changes)
    assert codes(validate_key_result(values)) == expected


PERCENT_CASES = [
    P("percent", 2.1, 3.0, [], id="inside"),
    P("percent", 0, 100, [], id="bounds"),
    P("percent", 95, 110, [("target_value", "percent_range")], id="target-above-100"),
    P("percent", -5, 10, [("start_value", "percent_range")], id="start-below-0"),
    P("number", 95, 110, [], id="numbers-are-not-percentages"),
    P("currency", -5, 1e6, [], id="currency-is-not-a-percentage"),
]


@pytest.mark.parametrize(("unit", "start", "target", "expected"), PERCENT_CASES)
def test_percent_outside_0_100_is_a_warning_not_an_error(unit, start, target, expected):
    values = dataclasses.replace(KEY_RESULT, unit=unit, start_value=start, target_value=target)
    assert codes(key_result_warnings(values)) == expected
    assert validate_key_result(values) == []


SOFT_LIMIT_CASES = [
    # objectives of the team in the cycle, key results of the objective, expected codes
    P(1, 2, [], id="small-and-fine"),
    P(5, 5, [], id="at-both-limits"),
    P(6, 3, [("team_id", "too_many_objectives")], id="six-objectives"),
    P(3, 1, [("key_results", "too_few_key_results")], id="one-kr"),
    P(3, 0, [("key_results", "too_few_key_results")], id="no-kr"),
    P(3, 6, [("key_results", "too_many_key_results")], id="six-krs"),
    P(
        7,
        0,
        [("team_id", "too_many_objectives"), ("key_results", "too_few_key_results")],
        id="both",
    ),
]


@pytest.mark.parametrize(("objectives", "key_results", "expected"), SOFT_LIMIT_CASES)
def test_soft_limits(objectives, key_results, expected):
    assert codes(objective_warnings(objectives, key_results)) == expected


def test_every_problem_has_an_english_message():
    problems = (
        validate_objective(dataclasses.replace(OBJECTIVE, title="", level="x"))
        + validate_key_result(KeyResultValues("", "binary", "percent", 3, 4, 0, None, -1, math.nan))
        + key_result_warnings(dataclasses.replace(KEY_RESULT, unit="percent", target_value=300))
        + objective_warnings(9, 9)
    )
    assert len(problems) == 11
    for problem in problems:
        message = str(problem.message)
        assert message and message[0].isupper()
        assert message.endswith((".", "?"))


def test_the_sentences_name_the_limits_the_rules_apply():
    too_long = validate_objective(dataclasses.replace(OBJECTIVE, title="x" * 301))
    assert f" {okr_rules.TITLE_MAX_LENGTH} " in str(too_long[0].message)
    label = dataclasses.replace(KEY_RESULT, unit_label="x" * 21, decimals=9)
    words = [str(p.message) for p in validate_key_result(label)]
    assert any(f" {okr_rules.UNIT_LABEL_MAX_LENGTH} " in w for w in words)
    assert any(f"0 to {okr_rules.MAX_DECIMALS}." in w for w in words)


def test_values_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        OBJECTIVE.title = "x"  # type: ignore[misc]
    assert KEY_RESULT.weight == 1.0 and KEY_RESULT.budget is None
    assert OBJECTIVE.description == ""
