"""No lost update on the rows revision 0007 versions: a review meeting's words, a cycle's
retrospective, the workspace settings and an experiment's arms. A save at the version the
screen read is refused, with nothing written, when someone else saved first; the second person
is a second workspace on the same file or database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from okrdesk.store.bindings import Binding, bind, binding, require_binding
from okrdesk.store.experiments.results import ArmValues, arms_of, arms_version, set_arms
from okrdesk.store.okr import cycle_close
from okrdesk.store.review.data import SavedReview, saved_review
from okrdesk.store.review.saving import restore_review_at, review_version, save_review_at
from okrdesk.store.schema import Cycle, Experiment, Funnel, KeyResult, KeyResultBinding
from okrdesk.store.versions import ConflictError
from okrdesk.store.workspace.settings import read_settings, settings_version, update_settings
from tests.helpers import BOTH_BACKENDS, read, rows, run

pytestmark = BOTH_BACKENDS

WEEK = dt.date(2027, 3, 1)  # no meeting saved yet in the demo


def test_a_review_and_a_retrospective_saved_at_an_old_version_are_refused(ws, other):
    # The review: both screens read the week with nothing saved (version 0).
    assert read(ws, review_version, WEEK) == 0
    theirs = SavedReview(decisions="Theirs")
    assert run(other, save_review_at, WEEK, theirs, 0).version == 1
    with pytest.raises(ConflictError) as raised:
        run(ws, save_review_at, WEEK, SavedReview(notes="Mine"), 0, "the review")
    assert raised.value.conflict.theirs.row["decisions"] == "Theirs"
    assert read(ws, saved_review, WEEK) == theirs
    # Read at 1, saved over by the other at 2: mine is refused and theirs stays.
    edit = run(ws, save_review_at, WEEK, SavedReview(decisions="Theirs", notes="Mine"), 1)
    run(other, save_review_at, WEEK, SavedReview(decisions="Later"), edit.version)
    with pytest.raises(ConflictError, match="nothing was saved"):
        run(ws, save_review_at, WEEK, SavedReview(notes="Again"), edit.version)
    # Undoing my save would overwrite theirs: refused too.
    with pytest.raises(ConflictError):
        run(ws, restore_review_at, WEEK, edit, edit.version)
    assert read(ws, saved_review, WEEK) == SavedReview(decisions="Later")

    # The retrospective of the open cycle.
    with ws.session() as session:
        cycle_id, seen = session.execute(
            select(Cycle.id, Cycle.version).where(Cycle.closed_at.is_(None))
        ).one()
    run(other, cycle_close.write_retrospective, cycle_id, "Theirs", "", "", seen_version=seen)
    with pytest.raises(ConflictError) as raised:
        run(ws, cycle_close.write_retrospective, cycle_id, "Mine", "", "", seen_version=seen)
    assert raised.value.conflict.theirs.row["what_helped"] == "Theirs"
    with ws.session() as session:
        retro = cycle_close.retrospective(session, cycle_id)
        assert retro.what_helped == "Theirs"
        assert cycle_close.cycle_version(session, cycle_id) == seen + 1


def test_settings_arms_and_bindings_saved_over_a_change_are_refused(ws, other):
    seen = read(ws, settings_version)
    before = read(ws, read_settings)
    run(other, update_settings, dataclasses.replace(before, stale_days=21), seen)
    with pytest.raises(ConflictError):
        run(ws, update_settings, dataclasses.replace(before, currency="PLN"), seen)
    assert read(ws, read_settings) == dataclasses.replace(before, stale_days=21)

    with ws.session() as session:
        experiment_id = session.scalar(select(Experiment.id).order_by(Experiment.id).limit(1))
    arms = [ArmValues("control", True, 100, 10), ArmValues("B", False, 100, 12)]
    run(other, set_arms, experiment_id, arms, read(ws, arms_version, experiment_id))
    seen = read(ws, arms_version, experiment_id)
    theirs = read(ws, arms_of, experiment_id)
    run(other, set_arms, experiment_id, [*arms, ArmValues("C", False, 50, 9)], seen)
    with pytest.raises(ConflictError, match="nothing was saved"):
        run(ws, set_arms, experiment_id, arms[:1], seen)
    assert [arm.name for arm in read(ws, arms_of, experiment_id)] == ["control", "B", "C"]
    assert theirs == arms

    # A key result's binding, as the binding dialog read it (not bound), bound by the other.
    with ws.session() as session:
        kr = session.scalar(
            select(KeyResult.id)
            .where(KeyResult.id.not_in(select(KeyResultBinding.key_result_id)))
            .limit(1)
        )
        funnel = session.scalar(select(Funnel.id).limit(1))
    run(other, bind, kr, funnel, "revenue")
    with pytest.raises(ConflictError, match="nothing was saved"):
        run(ws, require_binding, kr, None, "Grow revenue")
    assert read(ws, binding, kr) == Binding(kr, funnel, "revenue")
    assert rows(ws.path, "SELECT version FROM key_result_bindings WHERE key_result_id = ?", kr) == [
        (1,)
    ]
