"""ROI on the History tab: a key result bound to a funnel returns what its funnel earned."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pandas as pd
from PySide6.QtCore import QModelIndex

from okrdesk.domain.okr_rules import KeyResultValues, ObjectiveValues
from okrdesk.store.bindings import bind, import_file
from okrdesk.store.funnel.data import load_spend
from okrdesk.store.funnel.definitions import list_funnels, list_stages
from okrdesk.store.funnel.importing import ImportOptions
from okrdesk.store.okr.commands import create_key_result, create_objective
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.okr.queries import cycle_objectives, list_cycles
from okrdesk.store.workspace.files import create_workspace
from okrdesk.ui.common.formatting import format_percent
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from tests.helpers import query

FORM_RATE_KR = "Raise visit→form conversion from 2.8 % to 4.0 %"
ROOT = QModelIndex()


def _select(okrs, title: str) -> None:
    def walk(parent=ROOT):
        for row in range(okrs.proxy.rowCount(parent)):
            index = okrs.proxy.index(row, 0, parent)
            node = index.data(NODE_ROLE)
            if isinstance(node, KeyResultNode) and node.row_data.title == title:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    okrs.tree.setCurrentIndex(walk())


def test_a_bound_key_result_with_a_cost_shows_the_roi_of_its_funnels_revenue(window, demo_copy):
    with sqlite3.connect(demo_copy) as connection:
        connection.execute("UPDATE key_results SET cost = 2000 WHERE title = ?", (FORM_RATE_KR,))
    ((first, last),) = [
        (cycle.start_date, cycle.end_date)
        for cycle in query(demo_copy, list_cycles)
        for objective in query(demo_copy, cycle_objectives, cycle.id)
        for kr in objective.key_results
        if kr.title == FORM_RATE_KR
    ]
    weeks = [
        (week, amount)
        for funnel in query(demo_copy, list_funnels)
        for week, amount in query(demo_copy, load_spend, funnel.id)[["week", "revenue"]].itertuples(
            index=False
        )
    ]
    revenue = 0.0
    for week, amount in weeks:  # a week on the cycle's edge counts by its days inside
        monday = pd.Timestamp(week).date()
        days = (min(monday + dt.timedelta(days=6), last) - max(monday, first)).days + 1
        revenue += amount * max(days, 0) / 7
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    _select(okrs, FORM_RATE_KR)

    label = okrs.history.budget_label
    assert format_percent((revenue - 2000) / 2000, 0) in label.text()
    assert "bound funnel" in label.toolTip()


# A cycle from Thursday 1 October; its first week starts on Monday 28 September.
ROI_FILE = """Week,Source,Stage,Count,Revenue
2026-09-21,ads,Visit,900,7000
2026-09-21,ads,Form submitted,30,
2026-09-28,ads,Visit,1000,700
2026-09-28,ads,Form submitted,35,
2026-10-05,ads,Visit,1100,1400
2026-10-05,ads,Form submitted,40,
"""


def test_a_week_straddling_the_cycle_start_counts_by_its_days_inside(window, tmp_path):
    path = tmp_path / "roi.okrdesk"
    workspace = create_workspace(path, "ROI")
    try:
        with workspace.session() as session, session.begin():
            cycle_id = create_cycle(session, "Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31))
            objective_id = create_objective(
                session, cycle_id, ObjectiveValues("Grow inbound", "company", None, None, None)
            )
            values = KeyResultValues(FORM_RATE_KR, "increase", "percent", 2.8, 4.0, cost=1000.0)
            key_result_id = create_key_result(session, objective_id, values)
        csv = tmp_path / "weekly.csv"
        csv.write_text(ROI_FILE, encoding="utf-8")
        import_file(workspace, csv, ImportOptions(funnel="Inbound"))
        with workspace.session() as session, session.begin():
            stages = {s.name: s.id for s in list_stages(session, 1)}
            bind(session, key_result_id, 1, "step_rate", stages["Visit"], stages["Form submitted"])
    finally:
        workspace.close()
    window.files.open_path(path)
    window.show_section(1)
    okrs = window.sections["okrs"]
    _select(okrs, FORM_RATE_KR)

    # 4 of the 7 days of the week of 28 September are in the cycle: 700 × 4/7 + 1 400 = 1 800.
    label = okrs.history.budget_label
    assert format_percent((1800 - 1000) / 1000, 0) in label.text()
