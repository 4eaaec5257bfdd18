"""ROI on the History tab: a key result bound to a funnel returns what its funnel earned."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QModelIndex

from okrdesk.ui.formatting import format_percent
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE

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
        start = connection.execute(
            "SELECT c.start_date FROM cycles c JOIN objectives o ON o.cycle_id = c.id "
            "JOIN key_results k ON k.objective_id = o.id WHERE k.title = ?",
            (FORM_RATE_KR,),
        ).fetchone()[0]
        (revenue,) = connection.execute(
            "SELECT SUM(revenue) FROM funnel_spend WHERE week_start >= ? AND week_start <= ?",
            (start, dt.date.today().isoformat()),
        ).fetchone()
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    _select(okrs, FORM_RATE_KR)

    label = okrs.history.budget_label
    assert format_percent((revenue - 2000) / 2000, 0) in label.text()
    assert "bound funnel" in label.toolTip()
