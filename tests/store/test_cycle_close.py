"""Cycle close on real demo files: grading, the retrospective, closing and reopening, and
carrying unfinished work into the next cycle, each undone back to the same rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from okrdesk.domain import okr
from okrdesk.store.errors import ClosedCycleError
from okrdesk.store.okr import cycle_close as close
from okrdesk.store.okr.cycles import create_cycle, quarter_of
from okrdesk.store.schema import Cycle, Initiative, KeyResult, KeyResultBinding, Objective
from okrdesk.store.workspace.files import Workspace
from tests.helpers import BOTH_BACKENDS, DEMO_DAY, EDIT_MARKS, run

pytestmark = BOTH_BACKENDS

WHEN = dt.datetime(2026, 12, 31, 17, 0)


def cycles(ws: Workspace) -> tuple[int, int]:
    """(previous, current) cycle ids of the demo."""
    with ws.session() as session:
        rows = session.execute(select(Cycle.id, Cycle.closed_at).order_by(Cycle.start_date)).all()
    assert rows[0].closed_at is not None and rows[1].closed_at is None
    return rows[0].id, rows[1].id


def next_quarter(ws: Workspace) -> int:
    name, start, end = quarter_of(quarter_of(DEMO_DAY)[2] + dt.timedelta(days=1))
    return run(ws, create_cycle, name, start, end)


def proposed_grades(session, cycle_id: int) -> dict[int, float]:
    """{key result id: the grade the close dialog proposes} for the cycle's key results."""
    return {row.key_result_id: row.proposed for row in close.grading_rows(session, cycle_id)}


def test_closing_grades_what_has_no_grade_and_undo_restores_everything(ws, content):
    _previous, current = cycles(ws)
    before = content(ws, EDIT_MARKS)
    with ws.session() as session:
        proposed = proposed_grades(session, current)
        first = next(iter(proposed))
    assert run(ws, close.grade_key_result, first, 0.3, "Slipped after the hire left") == (None, "")
    old_retro = run(ws, close.write_retrospective, current, "Pairing", "Late data", "Start early")
    assert old_retro == close.Retrospective("", "", "")
    closure = run(ws, close.close_cycle, current, WHEN)

    with ws.session() as session:
        cycle = session.get(Cycle, current)
        assert cycle.closed_at == WHEN and cycle.lessons == "Start early"
        grades = dict(
            session.execute(
                select(KeyResult.id, KeyResult.grade).where(KeyResult.id.in_(proposed))
            ).all()
        )
        objective_grades = session.scalars(
            select(Objective.grade).where(Objective.cycle_id == current)
        ).all()
    assert grades == proposed | {first: 0.3}
    assert all(grade is not None for grade in objective_grades)
    assert first not in dict(closure.key_result_grades)

    with pytest.raises(ClosedCycleError):
        run(ws, close.grade_key_result, first, 0.5, "")
    with pytest.raises(ClosedCycleError):
        run(ws, close.write_retrospective, current, "", "", "")

    run(ws, close.undo_close, closure)
    run(ws, close.write_retrospective, current, *vars(old_retro).values())
    run(ws, close.grade_key_result, first, None, "")
    assert content(ws, EDIT_MARKS) == before


def test_objective_grade_is_the_weighted_mean_of_its_key_results_in_tenths(ws):
    _previous, current = cycles(ws)
    with ws.session() as session:
        objective = session.scalars(select(Objective).where(Objective.cycle_id == current)).first()
        kr_ids = [kr.id for kr in objective.key_results]
    for kr_id, grade in zip(kr_ids, (1.0, 0.4, 0.4, 0.4), strict=False):
        run(ws, close.grade_key_result, kr_id, grade, "")
    run(ws, close.close_cycle, current, WHEN)
    with ws.session() as session:
        kr_grades = session.scalars(select(KeyResult.grade).where(KeyResult.id.in_(kr_ids))).all()
        assert session.get(Objective, objective.id).grade == okr.score(
            sum(kr_grades) / len(kr_grades)
        )


def test_grades_are_tenths_between_0_and_1(ws):
    _previous, current = cycles(ws)
    with ws.session() as session:
        kr_id = next(iter(proposed_grades(session, current)))
    for bad in (0.25, 1.1, -0.1, float("nan")):
        with pytest.raises(ValueError):
            run(ws, close.grade_key_result, kr_id, bad, "")


def test_reopen_keeps_grades_and_closing_again_restores_the_same_rows(ws, content):
    previous, _current = cycles(ws)
    before = content(ws, EDIT_MARKS)
    closed_at = run(ws, close.reopen_cycle, previous)
    with pytest.raises(ValueError):
        run(ws, close.reopen_cycle, previous)
    run(ws, close.close_cycle, previous, closed_at)
    assert content(ws, EDIT_MARKS) == before


def test_carry_over_copies_unfinished_key_results_with_their_last_value_as_baseline(ws, content):
    _previous, current = cycles(ws)
    target = next_quarter(ws)
    before = content(ws, EDIT_MARKS)
    with ws.session() as session:
        candidates = close.carry_over_candidates(session, current, target)
        with_initiatives = set(
            session.scalars(select(Initiative.key_result_id).where(Initiative.done.is_(False)))
        )
    assert candidates and all(c.progress < 1 for c in candidates)
    chosen = [c for c in candidates if c.key_result_id in with_initiatives][:1] + [
        c for c in candidates if c.key_result_id not in with_initiatives
    ][:1]
    result = run(
        ws,
        close.carry_over,
        current,
        target,
        sorted({c.objective_id for c in chosen}),
        [c.key_result_id for c in chosen],
    )
    assert len(result.key_results) == 2
    assert result.initiatives
    by_source = {row["carried_from_id"]: row for row in result.key_results}
    for candidate in chosen:
        row = by_source[candidate.key_result_id]
        expected = 0.0 if candidate.kind == "binary" else candidate.last_value
        assert row["start_value"] == expected and row["target_value"] == candidate.target
    assert {row["carried_from_id"] for row in result.objectives} == {c.objective_id for c in chosen}
    with ws.session() as session:
        again = close.carry_over_candidates(session, current, target)
    assert not {c.key_result_id for c in chosen} & {c.key_result_id for c in again}
    with pytest.raises(ValueError, match="carried into"):
        run(
            ws,
            close.carry_over,
            current,
            target,
            [chosen[0].objective_id],
            [chosen[0].key_result_id],
        )

    after = content(ws, EDIT_MARKS)
    run(ws, close.undo_carry_over, result)
    assert content(ws, EDIT_MARKS) == before
    run(ws, close.redo_carry_over, result)
    assert content(ws, EDIT_MARKS) == after


def test_a_key_result_past_its_target_is_not_offered_and_is_refused(ws):
    _previous, current = cycles(ws)
    target = next_quarter(ws)
    with ws.session() as session:
        offered = {c.key_result_id for c in close.carry_over_candidates(session, current, target)}
        everything = proposed_grades(session, current)
    finished = [kr for kr, grade in everything.items() if kr not in offered]
    assert finished, "the demo has a key result that reached its target"
    with ws.session() as session:
        objective_id = session.get(KeyResult, finished[0]).objective_id
    with pytest.raises(ValueError, match="reached its target"):
        run(ws, close.carry_over, current, target, [objective_id], [finished[0]])


def test_carry_over_refuses_a_closed_or_earlier_target(ws):
    previous, current = cycles(ws)
    with ws.session() as session:
        candidate = close.carry_over_candidates(session, current)[0]
    with pytest.raises(ValueError):
        run(
            ws,
            close.carry_over,
            current,
            previous,
            [candidate.objective_id],
            [candidate.key_result_id],
        )


def test_carrying_more_of_an_objective_later_adds_to_its_earlier_copy(ws, content):
    _previous, current = cycles(ws)
    target = next_quarter(ws)
    with ws.session() as session:
        candidates = close.carry_over_candidates(session, current, target)
    objective = next(
        c.objective_id
        for c in candidates
        if sum(o.objective_id == c.objective_id for o in candidates) >= 2
    )
    first, second = [c.key_result_id for c in candidates if c.objective_id == objective][:2]
    run(ws, close.carry_over, current, target, [objective], [first])
    before = content(ws, EDIT_MARKS)
    result = run(ws, close.carry_over, current, target, [objective], [second])
    assert result.objectives == ()
    with ws.session() as session:
        copies = session.scalars(
            select(Objective).where(
                Objective.cycle_id == target, Objective.carried_from_id == objective
            )
        ).all()
        assert len(copies) == 1
        assert [(kr.carried_from_id, kr.position) for kr in copies[0].key_results] == [
            (first, 0),
            (second, 1),
        ]
    run(ws, close.undo_carry_over, result)
    assert content(ws, EDIT_MARKS) == before


def test_a_carried_key_result_stays_bound_to_its_funnel_metric(ws, content):
    _previous, current = cycles(ws)
    target = next_quarter(ws)
    with ws.session() as session:
        bound = session.execute(
            select(KeyResultBinding.key_result_id, KeyResultBinding.metric)
        ).all()
        candidates = close.carry_over_candidates(session, current, target)
    (kr_id, metric), *_ = bound
    chosen = next(c for c in candidates if c.key_result_id == kr_id)
    before = content(ws, EDIT_MARKS)
    result = run(ws, close.carry_over, current, target, [chosen.objective_id], [kr_id])

    (copy,) = result.key_results
    with ws.session() as session:
        copied = session.execute(
            select(KeyResultBinding.metric).where(KeyResultBinding.key_result_id == copy["id"])
        ).all()
    assert copied == [(metric,)]
    after = content(ws, EDIT_MARKS)
    run(ws, close.undo_carry_over, result)
    assert content(ws, EDIT_MARKS) == before
    run(ws, close.redo_carry_over, result)
    assert content(ws, EDIT_MARKS) == after
