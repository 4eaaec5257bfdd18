"""Experiment values before saving: the problems each field can have, and the status chain."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from okrdesk.domain.experiment_rules import (
    ExperimentValues,
    allowed_statuses,
    experiment_problems,
    ice_score,
)

# Two funnels: stages 1-3 in funnel 10, stage 4 in funnel 20; (funnel, position).
STAGES = {1: (10, 0), 2: (10, 1), 3: (10, 2), 4: (20, 0)}


def codes(values: ExperimentValues) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in experiment_problems(values, STAGES)]


def test_a_titled_idea_without_a_metric_is_fine():
    assert codes(ExperimentValues("Logos above the form")) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": " \t"}, [("title", "title_required")]),
        ({"title": "x" * 301}, [("title", "title_too_long")]),
        ({"variable": "y" * 301}, [("variable", "variable_too_long")]),
        ({"impact": 0, "ease": 11}, [("impact", "ice_range"), ("ease", "ice_range")]),
        ({"confidence": True}, [("confidence", "ice_range")]),
        ({"control_share": 0.0}, [("control_share", "split_range")]),
        ({"planned_mde": 1.0}, [("planned_mde", "mde_range")]),
        ({"duration_days": 29}, [("duration_days", "duration_range")]),
        ({"from_stage_id": 1}, [("to_stage_id", "metric_incomplete")]),
        ({"from_stage_id": 1, "to_stage_id": 2}, [("funnel_id", "funnel_required")]),
        (
            {"funnel_id": 10, "from_stage_id": 1, "to_stage_id": 4},
            [("to_stage_id", "stage_not_in_funnel")],
        ),
        (
            {"funnel_id": 10, "from_stage_id": 3, "to_stage_id": 2},
            [("to_stage_id", "stage_order")],
        ),
    ],
)
def test_each_problem_names_its_field(changes, expected):
    assert codes(dataclasses.replace(ExperimentValues("Logos"), **changes)) == expected


def test_ice_is_the_mean_of_the_three_scores():
    assert ice_score(7, 7, 9) == pytest.approx(23 / 3)


def test_statuses_move_one_step_forward_and_back_any_distance():
    assert allowed_statuses("idea") == ("idea", "planned")
    assert allowed_statuses("planned") == ("idea", "planned", "running")
    assert allowed_statuses("decided") == ("decided",)


def test_an_experiment_is_not_started_before_its_day_1():
    from okrdesk.domain.experiment_rules import starts_later

    day_1 = dt.date(2026, 12, 14)
    assert starts_later("running", day_1, dt.date(2026, 12, 13))
    assert starts_later("analysing", day_1, dt.date(2026, 12, 13))
    assert not starts_later("running", day_1, day_1)
    assert not starts_later("planned", day_1, dt.date(2026, 12, 1))


def test_a_decision_dated_before_day_1_is_early():
    from okrdesk.domain.experiment_rules import decided_before_start

    day_1 = dt.date(2026, 12, 14)
    assert decided_before_start(day_1, dt.date(2026, 12, 13))
    assert not decided_before_start(day_1, day_1)
    assert not decided_before_start(None, dt.date(2026, 12, 13))
