"""The review opened during a week: this week's check-ins count, a week without funnel data
says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.okr.commands import create_key_result, create_objective
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.workspace.files import create_workspace
from tests.helpers import DEMO_DAY

TODAY = DEMO_DAY


def column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def checked_in_today(path: Path) -> None:
    """A new workspace: one key result, made and checked in today, in the week under way."""
    workspace = create_workspace(path, "Acme Sales")
    with workspace.session() as session, session.begin():
        cycle = create_cycle(
            session, "This quarter", TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=60)
        )
        objective = create_objective(
            session, cycle, ObjectiveValues("Grow the pipeline", "company", None, None, None)
        )
        kr = create_key_result(
            session, objective, KeyResultValues("Book 40 demos", "increase", "number", 0, 40)
        )
        record_checkin(session, CheckInValues(kr, TODAY, 15, 8))
    workspace.close()


def test_the_review_counts_the_check_ins_made_this_week(qtbot, window, tmp_path):
    path = tmp_path / "new.okrdesk"
    checked_in_today(path)
    window.files.open_path(path)
    window.show_section(list(window.sections).index("review"))
    review = window.sections["review"]
    assert review.week < TODAY - dt.timedelta(days=TODAY.weekday())  # the last full week
    (line,) = review.review.key_results
    assert line.status != "needs_update"
    assert line.current == 15 and line.last_checkin == TODAY
    variance = review.variance
    assert variance.stale_model.rowCount() == 0
    assert column(variance.changed_model, 0) == ["Book 40 demos"]


def test_a_week_without_funnel_data_says_so_instead_of_noise_on_every_step(
    qtbot, window, demo_copy
):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("review"))
    review = window.sections["review"]
    assert review.variance.funnel_model.rowCount() > 0  # the demo's last full week
    review.next_button.click()  # the week under way: nothing imported for it yet
    assert review.week == TODAY - dt.timedelta(days=TODAY.weekday())
    variance = review.variance
    assert variance.funnel_model.rowCount() == 0
    assert "Noise" not in column(variance.funnel_model, 6)
    assert variance.funnel_empty.isVisibleTo(review)
    assert variance.funnel_empty.text().startswith("No funnel data for this week")


def test_a_week_where_nothing_moved_says_so_as_the_report_does(qtbot, window, tmp_path):
    path = tmp_path / "new.okrdesk"
    workspace = create_workspace(path, "Acme Sales")
    with workspace.session() as session, session.begin():
        cycle = create_cycle(
            session, "This quarter", TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=60)
        )
        objective = create_objective(
            session, cycle, ObjectiveValues("Grow the pipeline", "company", None, None, None)
        )
        create_key_result(
            session, objective, KeyResultValues("Book 40 demos", "increase", "number", 0, 40)
        )
    workspace.close()
    window.files.open_path(path)
    window.show_section(list(window.sections).index("review"))
    variance = window.sections["review"].variance
    assert variance.changed_model.rowCount() == 0
    assert variance.changed_empty.isVisibleTo(window.sections["review"])
    assert variance.changed_empty.text() == "No key result moved this week."
