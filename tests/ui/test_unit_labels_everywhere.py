"""A key result's unit label and decimals where its values show outside the OKR screen: the
management dashboard, the cycle's carry-over dialog, the home dashboard's latest check-ins
and the OKR template dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.okr import commands as okr_commands
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.okr.close.carry_dialog import ID_ROLE, CarryOverDialog
from okrdesk.ui.okr.close.close_dialog import CloseCycleDialog
from tests.helpers import DEMO_DAY, current_objectives, run, visible

TITLE = "Cut first response from 48 h to 12 h"
HOURS_48 = "48\u00a0h"
HOURS_12 = "12\u00a0h"


def add_response_time(path: Path) -> int:
    """A key result of the demo's current cycle in hours, checked in once at 48 h."""
    objective = next(iter(current_objectives(path)))
    values = KeyResultValues(TITLE, "decrease", "number", 48.0, 12.0, unit_label="h", decimals=0)
    workspace = open_workspace(path)
    try:
        kr_id = run(workspace, okr_commands.create_key_result, objective, values)
        run(workspace, record_checkin, CheckInValues(kr_id, DEMO_DAY, 48.0, 3))
    finally:
        workspace.close()
    return kr_id


def rows_of(model) -> dict[str, list[str]]:
    return {
        model.index(row, 0).data(): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_the_management_dashboard_reads_hours(qtbot, window, demo_copy):
    add_response_time(demo_copy)
    window.files.open_path(demo_copy)
    window.management_action.trigger()
    view = window.dashboards["management"]
    qtbot.waitExposed(view)
    shown = rows_of(view.blocks["forecast"].model)[TITLE]
    assert shown[1] == HOURS_48  # now
    assert shown[2] == HOURS_12  # target


def test_the_carry_over_dialog_reads_hours(qtbot, window, demo_copy):
    kr_id = add_response_time(demo_copy)
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    assert not okrs.selected_cycle().closed
    okrs.cycle_close.close_cycle()
    close_dialog = visible(CloseCycleDialog)
    qtbot.mouseClick(close_dialog.close_button, Qt.MouseButton.LeftButton)
    dialog = visible(CarryOverDialog)
    (item,) = [i for i in dialog.key_result_items() if i.data(ID_ROLE) == kr_id]
    parent = item.parent()
    values = parent.child(item.row(), 2).text()
    assert values == f"{HOURS_48} → {HOURS_12}"
    dialog.reject()


def test_the_home_dashboard_check_ins_read_hours(qtbot, window, demo_copy):
    add_response_time(demo_copy)
    window.files.open_path(demo_copy)
    home = window.sections["dashboard"]
    shown = rows_of_checkins(home.checkins_model)
    assert shown[TITLE] == HOURS_48


def rows_of_checkins(model) -> dict[str, str]:
    return {
        model.index(row, 1).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }


def test_the_template_dialog_reads_hours(okrs):
    dialog = okrs.editing.new_objective_from_template()
    assert dialog.select_template("customer-success-saas-loyalty")
    titles = [label.text() for label in dialog.kr_titles]
    shown = dialog.kr_values[titles.index("Cut median first-response time from 9 h to 2 h")]
    assert shown.text() == "Decrease from 9\u00a0h to 2\u00a0h"
    dialog.reject()
