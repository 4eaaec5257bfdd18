"""The close dialog says which objectives land in the 0.6–0.7 stretch sweet spot and which
were sandbagged (1.0 reached in the first two thirds of the cycle), as the grades are edited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.okr.close.close_dialog import CloseCycleDialog
from okrdesk.ui.okr.close.grades_model import SCORE
from tests.ui.test_cycle_close_dialog import edit_cell, visible

DASHBOARD = "Cut time to first dashboard from 19 to 7 days"
ONBOARDING = "Get new customers to value in two weeks"
REVENUE_KRS = ("Grow MRR from 186 000 € to 230 000 €", "Reduce blended CAC from 420 € to 300 €")


def dashboard_reached_on(path, day: dt.date) -> None:
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            record_checkin(session, CheckInValues(22, day, 7.0, 8, "Templates did it"))
            session.commit()
    finally:
        workspace.close()


def test_close_dialog_names_sweet_spot_and_sandbagged_objectives(qtbot, window, demo_copy):
    # The onboarding checklist shipped on 9 Nov; the dashboard target is reached on 23 Nov,
    # before 30 Nov, when two thirds of 2026 Q4 have passed.
    dashboard_reached_on(demo_copy, dt.date(2026, 11, 23))
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    qtbot.mouseClick(okrs.close_cycle_button, Qt.MouseButton.LeftButton)
    dialog = visible(CloseCycleDialog)
    label = dialog.stretch_label
    assert label.isVisibleTo(dialog)
    assert label.text() == (
        "In the stretch sweet spot (0.6–0.7): Build next quarter's pipeline now (0.6).\n"
        "Sandbagged (1.0 reached by 30 Nov 2026, two thirds into the cycle): "
        f"{ONBOARDING} (1.0)."
    )

    rows = [e.row.title for e in dialog.model.entries]
    for title in REVENUE_KRS:
        edit_cell(qtbot, dialog.table, rows.index(title), SCORE, "0.7")
    edit_cell(qtbot, dialog.table, rows.index(DASHBOARD), SCORE, "0.8")

    assert label.text() == (
        "In the stretch sweet spot (0.6–0.7): Grow recurring revenue efficiently (0.7), "
        "Build next quarter's pipeline now (0.6)."
    )
    dialog.reject()


def test_reached_in_the_last_third_is_not_sandbagged(qtbot, window, demo_copy):
    dashboard_reached_on(demo_copy, dt.date(2026, 12, 1))
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    qtbot.mouseClick(okrs.close_cycle_button, Qt.MouseButton.LeftButton)
    dialog = visible(CloseCycleDialog)
    assert "Sandbagged" not in dialog.stretch_label.text()
    dialog.reject()
