"""Experiments on real demo files: codes, the status chain, scheduling, decisions, queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from okrdesk.store.errors import InvalidExperimentError
from okrdesk.store.experiments import records as store
from okrdesk.store.experiments.records import ExperimentValues
from okrdesk.store.experiments.tasks import tasks_of
from okrdesk.store.workspace.files import Workspace
from tests.helpers import EDIT_MARKS, read, run

MONDAY = dt.date(2026, 11, 30)


def by_code(ws: Workspace, code: str) -> store.ExperimentRow:
    rows = read(ws, store.backlog, store.EXPERIMENT_STATUSES)
    return next(row for row in rows if row.code == code)


def stage_ids(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name, id FROM funnel_stages").all()
    return dict(rows)


def an_idea(ws: Workspace, **changes: Any) -> ExperimentValues:
    stages = stage_ids(ws)
    funnel = by_code(ws, "EXP-0006").values.funnel_id
    values = ExperimentValues(
        "  Pricing page FAQ  ",
        hypothesis="If we answer the top five questions, then visit→form will rise.",
        variable="FAQ block on the pricing page",
        funnel_id=funnel,
        from_stage_id=stages["Visit"],
        to_stage_id=stages["Form submitted"],
        impact=6,
        confidence=4,
        ease=8,
    )
    return dataclasses.replace(values, **changes)


def next_number(ws: Workspace) -> int:
    with ws.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT next_experiment_number FROM workspace_settings"
        ).scalar_one()


def test_codes_continue_from_the_counter_and_are_never_reused(ws):
    number = next_number(ws)
    first_id, first = run(ws, store.create_experiment, an_idea(ws))
    assert first == f"EXP-{number:04d}"
    row = read(ws, store.experiment, first_id)
    assert (row.title, row.status, row.ice) == ("Pricing page FAQ", "idea", 6.0)
    run(ws, store.delete_experiment, first_id)
    _, second = run(ws, store.create_experiment, an_idea(ws, title="Another"))
    assert second == f"EXP-{number + 1:04d}"
    assert first not in [row.code for row in read(ws, store.backlog)]
    assert read(ws, store.next_code) == f"EXP-{number + 2:04d}"  # what the editor offers


def test_delete_then_restore_puts_back_tasks_results_and_review_links(ws, content):
    decided = by_code(ws, "EXP-0002")
    before = content(ws, EDIT_MARKS)  # the review's link coming back moves its version on
    snapshot = run(ws, store.delete_experiment, decided.id)
    with pytest.raises(LookupError):
        read(ws, store.experiment, decided.id)
    gone = content(ws)
    assert len(gone["experiment_tasks"]) == len(before["experiment_tasks"]) - 7
    assert len(gone["experiment_arms"]) == len(before["experiment_arms"]) - 2
    run(ws, store.restore_experiment, snapshot)
    assert content(ws, EDIT_MARKS) == before


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"title": "   "}, "title", "title_required"),
        ({"impact": 0}, "impact", "ice_range"),
        ({"ease": 11}, "ease", "ice_range"),
        ({"control_share": 1.0}, "control_share", "split_range"),
        ({"planned_mde": 0.0}, "planned_mde", "mde_range"),
        ({"duration_days": 0}, "duration_days", "duration_range"),
        ({"to_stage_id": None}, "to_stage_id", "metric_incomplete"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(ws, content, changes, field, code):
    before = content(ws)
    with pytest.raises(InvalidExperimentError) as refused:
        run(ws, store.create_experiment, an_idea(ws, **changes))
    assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert content(ws) == before


def test_the_metric_runs_forward_between_stages_of_the_chosen_funnel(ws):
    stages = stage_ids(ws)
    backwards = an_idea(ws, from_stage_id=stages["MQL"], to_stage_id=stages["Lead"])
    with pytest.raises(InvalidExperimentError, match="before the to stage"):
        run(ws, store.create_experiment, backwards)
    with pytest.raises(InvalidExperimentError, match="not in the chosen funnel"):
        run(ws, store.create_experiment, an_idea(ws, from_stage_id=99999))
    with pytest.raises(InvalidExperimentError, match="need a funnel"):
        run(ws, store.create_experiment, an_idea(ws, funnel_id=None))
    with pytest.raises(LookupError, match="no person"):
        run(ws, store.create_experiment, an_idea(ws, owner_id=99999))


def test_scheduling_an_idea_plans_it_and_undoing_makes_it_an_idea_again(ws):
    idea = by_code(ws, "EXP-0006")
    previous = run(ws, store.schedule_experiment, idea.id, MONDAY)
    assert previous is None
    planned = read(ws, store.experiment, idea.id)
    assert (planned.status, planned.start_date, planned.last_day) == (
        "planned",
        MONDAY,
        MONDAY + dt.timedelta(days=6),
    )
    assert "EXP-0006" in [row.code for row in read(ws, store.experiments_in_week, MONDAY)]
    tasks = read(ws, tasks_of, idea.id)
    assert [task.day for task in tasks] == [1, 2, 3, 4, 5, 6, 7]
    assert {task.owner_name for task in tasks} == {idea.owner_name}
    assert run(ws, store.schedule_experiment, idea.id, previous) == MONDAY
    assert read(ws, store.experiment, idea.id).status == "idea"
    assert "EXP-0006" not in [row.code for row in read(ws, store.experiments_in_week, MONDAY)]


def test_moving_a_running_experiment_keeps_its_status_but_not_off_the_calendar(ws):
    running = by_code(ws, "EXP-0004")
    later = running.start_date + dt.timedelta(days=7)
    assert run(ws, store.schedule_experiment, running.id, later) == running.start_date
    assert read(ws, store.experiment, running.id).status == "running"
    assert len(read(ws, tasks_of, running.id)) == 7  # its tasks are kept, not made again
    with pytest.raises(ValueError, match="keeps its start date"):
        run(ws, store.schedule_experiment, running.id, None)


def test_status_moves_one_step_forward_and_any_number_back(ws):
    planned = by_code(ws, "EXP-0005")
    with pytest.raises(ValueError, match="moves on to running first"):
        run(ws, store.set_status, planned.id, "analysing")
    assert run(ws, store.set_status, planned.id, "running") == "planned"
    assert run(ws, store.set_status, planned.id, "analysing") == "running"
    assert run(ws, store.set_status, planned.id, "idea") == "analysing"
    assert run(ws, store.restore_status, planned.id, "analysing") == "idea"
    assert read(ws, store.experiment, planned.id).status == "analysing"
    with pytest.raises(ValueError, match="recording its decision"):
        run(ws, store.set_status, planned.id, "decided")


def test_an_idea_without_a_date_cannot_be_planned(ws):
    idea = by_code(ws, "EXP-0006")
    with pytest.raises(ValueError, match="needs a start date"):
        run(ws, store.set_status, idea.id, "planned")


def test_a_decided_experiment_keeps_its_status_until_the_decision_is_cleared(ws):
    decided = by_code(ws, "EXP-0001")
    with pytest.raises(ValueError, match="until its decision is cleared"):
        run(ws, store.set_status, decided.id, "analysing")
    cleared = store.DecisionState("analysing", None, decided.learnings, None)
    run(ws, store.restore_decision, decided.id, cleared)
    assert read(ws, store.experiment, decided.id).status == "analysing"


def test_deciding_a_roll_back_keeps_every_record_and_undo_puts_it_back(ws, content):
    analysing = by_code(ws, "EXP-0003")
    before = content(ws, EDIT_MARKS)
    previous = run(ws, store.decide, analysing.id, "roll_back", "  Chat drew students.  ", MONDAY)
    assert previous == store.DecisionState("analysing", None, "", None)
    after = content(ws, EDIT_MARKS)
    assert after["experiment_tasks"] == before["experiment_tasks"]
    assert after["experiment_arms"] == before["experiment_arms"]
    row = read(ws, store.experiment, analysing.id)
    assert (row.status, row.decision, row.learnings, row.decided_on) == (
        "decided",
        "roll_back",
        "Chat drew students.",
        MONDAY,
    )
    assert read(ws, store.learnings)[0].code == "EXP-0003"
    run(ws, store.restore_decision, analysing.id, previous)
    assert content(ws, EDIT_MARKS) == before


def test_an_idea_has_nothing_to_decide(ws):
    idea = by_code(ws, "EXP-0006")
    with pytest.raises(ValueError, match="nothing to decide"):
        run(ws, store.decide, idea.id, "scale", "", MONDAY)
    with pytest.raises(ValueError, match="unknown decision"):
        run(ws, store.decide, by_code(ws, "EXP-0003").id, "ship", "", MONDAY)


def test_update_returns_the_previous_values_and_follows_the_start_date(ws):
    idea = by_code(ws, "EXP-0006")
    changed = dataclasses.replace(idea.values, title="Video first", start_date=MONDAY)
    previous = run(ws, store.update_experiment, idea.id, changed)
    assert previous == idea.values
    row = read(ws, store.experiment, idea.id)
    assert (row.title, row.status) == ("Video first", "planned")
    run(ws, store.update_experiment, idea.id, previous)
    row = read(ws, store.experiment, idea.id)
    assert (row.values, row.status) == (idea.values, "idea")


def test_backlog_lists_ideas_by_ice_with_their_key_result(ws):
    _, best = run(ws, store.create_experiment, an_idea(ws, impact=10, confidence=10, ease=10))
    ideas = read(ws, store.backlog)
    assert ideas[0].code == best
    scores = [row.ice for row in ideas]
    assert scores == sorted(scores, reverse=True)
    video = next(row for row in ideas if row.code == "EXP-0006")
    assert video.ice == pytest.approx(5.0)
    assert video.key_result_title.startswith("Grow newsletter")
    assert {row.status for row in ideas} == {"idea"}


def test_learnings_search_ignores_case_and_takes_wildcards_literally(ws):
    assert [r.code for r in read(ws, store.learnings, "LOGOS")] == ["EXP-0001"]
    assert [r.code for r in read(ws, store.learnings, "students")] == ["EXP-0002"]
    assert read(ws, store.learnings, "_") == []
    assert [r.code for r in read(ws, store.learnings, "+45.3 %")] == ["EXP-0002"]
    assert {r.code for r in read(ws, store.learnings)} == {"EXP-0001", "EXP-0002"}


def test_experiment_days_cover_each_scheduled_run(ws):
    days = read(ws, store.experiment_days)
    assert [code for code, _, _ in days] == [f"EXP-000{n}" for n in range(1, 6)]  # no ideas
    assert all((last - first).days == 6 for _, first, last in days)


def test_allowed_statuses_offer_the_past_and_the_next_step():
    assert store.allowed_statuses("idea") == ("idea", "planned")
    assert store.allowed_statuses("running") == ("idea", "planned", "running", "analysing")
    assert store.allowed_statuses("analysing") == ("idea", "planned", "running", "analysing")
    assert store.allowed_statuses("decided") == ("decided",)


def test_an_edit_writes_values_and_status_together_and_undoes_by_any_distance(ws):
    idea = by_code(ws, "EXP-0006")
    dated = dataclasses.replace(idea.values, start_date=MONDAY)
    with pytest.raises(ValueError, match="moves on to planned first"):
        run(ws, store.edit_experiment, idea.id, dated, "running")
    with pytest.raises(ValueError, match="needs a start date"):
        run(ws, store.edit_experiment, idea.id, idea.values, "planned")
    previous = run(ws, store.edit_experiment, idea.id, dated, "planned")
    assert previous == (idea.values, "idea")
    assert len(read(ws, tasks_of, idea.id)) == 7
    run(ws, store.edit_experiment, idea.id, dated, "running")
    with ws.session() as session, session.begin():
        store.edit_experiment(session, idea.id, *previous, undoing=True)
    row = read(ws, store.experiment, idea.id)
    assert (row.values, row.status) == (idea.values, "idea")
    decided = by_code(ws, "EXP-0001")
    with pytest.raises(ValueError, match="through its decision"):
        run(ws, store.edit_experiment, decided.id, decided.values, "analysing")
    renamed = dataclasses.replace(decided.values, title="Logos on every form")
    run(ws, store.edit_experiment, decided.id, renamed, "decided")
    assert read(ws, store.experiment, decided.id).decision == "scale"
