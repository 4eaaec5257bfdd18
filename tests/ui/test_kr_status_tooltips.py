"""The OKR tree's status chips for a stay-below and a yes/no KR name the rule that applied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.okr.commands import create_key_result, create_objective
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.workspace.files import create_workspace
from okrdesk.ui.okr.tree_model import PROGRESS, PROGRESS_ROLE, STATUS, TITLE
from tests.helpers import DEMO_DAY

START = DEMO_DAY - dt.timedelta(days=4)  # day 5 of a 92-day cycle: the pace expects little
END = START + dt.timedelta(days=91)


def find_row(model, title: str, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, TITLE, parent)
        found = index if index.data() == title else find_row(model, title, index)
        if found is not None:
            return found
    return None


def make_workspace(path: Path) -> None:
    ws = create_workspace(path, "Status chips")
    with ws.session() as session, session.begin():
        cycle = create_cycle(session, "This quarter", START, END)
        objective = create_objective(
            session, cycle, ObjectiveValues("Keep customers", "company", None, None, None)
        )
        churn = create_key_result(
            session,
            objective,
            KeyResultValues("Keep churn below 3 %", "stay_below", "percent", 2, 3),
        )
        launch = create_key_result(
            session, objective, KeyResultValues("Ship the portal", "binary", "number", 0, 1)
        )
        record_checkin(session, CheckInValues(churn, DEMO_DAY, 3.4, 9))
        record_checkin(session, CheckInValues(launch, DEMO_DAY, 0, 8))
    ws.close()


def test_status_tooltips_name_the_range_and_the_due_date(qtbot, window, tmp_path):
    path = tmp_path / "chips.okrdesk"
    make_workspace(path)
    window.files.open_path(path)
    window.show_section(1)
    model = window.sections["okrs"].proxy

    churn = find_row(model, "Keep churn below 3 %").siblingAtColumn(STATUS)
    assert churn.data() == "Off track"
    limit = QLocale().toString(3.0, "g", 12)
    assert churn.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Off track: The latest value is outside its range (limit {limit})."
    )

    launch = find_row(model, "Ship the portal").siblingAtColumn(STATUS)
    assert launch.data() == "On track"
    due = QLocale().toString(QDate(END), "d MMM yyyy")
    assert launch.data(Qt.ItemDataRole.ToolTipRole) == f"On track: Not done yet; due {due}."


def test_no_pace_tick_where_the_pace_does_not_judge(qtbot, window, tmp_path):
    path = tmp_path / "ticks.okrdesk"
    make_workspace(path)
    window.files.open_path(path)
    window.show_section(1)
    model = window.sections["okrs"].proxy
    for title in ("Keep churn below 3 %", "Ship the portal"):
        progress, expected = find_row(model, title).siblingAtColumn(PROGRESS).data(PROGRESS_ROLE)
        assert (progress, expected) == (0.0, None)
