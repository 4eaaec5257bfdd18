"""Years of learnings: the table fits the rows in view to their wrapped learnings and leaves
the others until they come into view; its short columns fit their widest text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontMetrics
from sqlalchemy import insert

from okrdesk.store.experiments import records
from okrdesk.store.schema import Experiment
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.experiments.learnings import CODE, DECIDED_ON, DECISION, LearningsPanel

DECIDED = 1_000
LEARNT = "Shorter forms brought more leads but fewer of them booked a demo; keep the long form. "


def line_height(table) -> int:
    return QFontMetrics(table.font()).height()


@pytest.fixture
def panel(qtbot, demo_copy):
    workspace = open_workspace(demo_copy)
    try:
        with workspace.engine.begin() as connection:
            connection.execute(
                insert(Experiment),
                [
                    {"code": f"EXP-{n + 100:04d}", "title": f"Test {n}", "status": "decided"}
                    | {"decision": "roll_back", "decided_on": dt.date(2026, 11, 2)}
                    | {"start_date": dt.date(2026, 10, 27), "learnings": LEARNT * 3}
                    for n in range(DECIDED)
                ],
            )
        with workspace.engine.connect() as connection:
            rows = records.learnings(connection)
    finally:
        workspace.close()
    shown = LearningsPanel()
    qtbot.addWidget(shown)
    shown.resize(900, 500)
    shown.show()
    shown.set_rows(rows)
    qtbot.wait(50)
    return shown


def test_rows_in_view_wrap_their_learnings_and_the_rest_wait_until_shown(panel):
    table = panel.table
    one_line = table.verticalHeader().defaultSectionSize()
    last = table.model().rowCount() - 1
    assert last >= DECIDED

    assert table.rowHeight(0) > one_line + line_height(table)  # the learnings' wrapped lines
    assert table.rowHeight(last) == one_line  # not measured while far out of view


def test_rows_scrolled_into_view_are_fitted_at_once(qtbot, panel):
    table = panel.table
    one_line = table.verticalHeader().defaultSectionSize()
    bar = table.verticalScrollBar()

    bar.setValue(bar.maximum() // 2)
    qtbot.wait(50)

    row = table.rowAt(0)
    assert row > 100
    assert table.rowHeight(row) > one_line + line_height(table)


def test_the_code_column_fits_the_widest_code(panel):
    table = panel.table
    widest = max(
        QFontMetrics(table.font()).horizontalAdvance(table.model().index(row, CODE).data())
        for row in range(table.model().rowCount())
    )
    assert table.columnWidth(CODE) > widest


def test_the_short_columns_are_as_wide_as_qt_measures_their_cells(panel):
    """Not one pixel short: a code or a date one pixel narrower than its cell is elided."""
    table = panel.table
    for column in (CODE, DECISION, DECIDED_ON):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
