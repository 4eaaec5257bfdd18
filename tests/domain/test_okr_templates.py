"""The example OKRs: enough of them, for every team and kind of business, and all valid."""

from __future__ import annotations

import pytest

from okrdesk.domain.okr import KrKind
from okrdesk.domain.okr_rules import (
    UNITS,
    key_result_warnings,
    validate_key_result,
    validate_objective,
)
from okrdesk.domain.okr_templates import FLAVOURS, TEAMS, templates

TEMPLATES = templates()
KEY_RESULTS = [kr for template in TEMPLATES for kr in template.key_results]


def test_at_least_twelve_templates_with_unique_ids_and_titles():
    assert len(TEMPLATES) >= 12
    assert len({t.id for t in TEMPLATES}) == len(TEMPLATES)
    assert len({t.title for t in TEMPLATES}) == len(TEMPLATES)
    assert len({kr.title for kr in KEY_RESULTS}) == len(KEY_RESULTS)


def test_every_team_has_saas_and_small_business_templates():
    assert {t.team for t in TEMPLATES} == set(TEAMS)
    assert {t.flavour for t in TEMPLATES} == set(FLAVOURS)
    for team in TEAMS:
        assert {t.flavour for t in TEMPLATES if t.team == team} == set(FLAVOURS), team


def test_templates_come_grouped_by_team_in_team_order():
    teams = [t.team for t in TEMPLATES]
    assert teams == sorted(teams, key=TEAMS.index)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.id)
def test_each_template_is_a_valid_team_objective_with_three_valid_key_results(template):
    objective = template.objective(owner_id=7, team_id=3)
    assert objective.level == "team"
    assert (objective.owner_id, objective.team_id, objective.parent_id) == (7, 3, None)
    assert objective.description == str(template.why)
    assert validate_objective(objective) == []
    assert len(template.key_results) == 3
    for kr in template.key_results:
        assert validate_key_result(kr) == [], kr.title
        assert key_result_warnings(kr) == [], kr.title
        assert kr.weight == 1.0 and kr.owner_id is None
        assert kr.budget is None and kr.cost is None


@pytest.mark.parametrize("kr", KEY_RESULTS, ids=lambda kr: kr.title)
def test_each_key_result_moves_the_right_way_from_where_it_starts(kr):
    if kr.kind == "decrease":
        assert kr.target_value < kr.start_value
    elif kr.kind == "increase":
        assert kr.target_value > kr.start_value
    elif kr.kind == "stay_above":  # starts on the right side of the line it must hold
        assert kr.start_value >= kr.target_value
    elif kr.kind == "stay_below":
        assert kr.start_value <= kr.target_value
    else:
        assert (kr.kind, kr.unit, kr.start_value, kr.target_value) == ("binary", "number", 0, 1)
    assert kr.title[0].isupper() and not kr.title.endswith(".")


def test_every_kind_and_every_unit_is_used():
    assert {kr.kind for kr in KEY_RESULTS} == {kind.value for kind in KrKind}
    assert {kr.unit for kr in KEY_RESULTS} == set(UNITS)


def test_currency_key_results_are_amounts_in_euros():
    amounts = [kr for kr in KEY_RESULTS if kr.unit == "currency"]
    assert amounts
    for kr in amounts:
        assert "€" in kr.title
        assert 1 <= kr.start_value < 1_000_000 and 1 <= kr.target_value < 1_000_000


def test_key_results_for_an_owner_changes_only_the_owner():
    template = TEMPLATES[0]
    owned = template.key_results_for(4)
    assert [kr.owner_id for kr in owned] == [4, 4, 4]
    assert [kr.title for kr in owned] == [kr.title for kr in template.key_results]
    assert all(kr.owner_id is None for kr in template.key_results)  # the template is unchanged


def test_templates_returns_a_fresh_list():
    first = templates()
    first.clear()
    assert templates() == TEMPLATES
