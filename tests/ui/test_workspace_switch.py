"""Switching workspace files: every section, and the dashboard windows, start on the new file
as on a first opening — its current cycle, this week, nothing chosen, no filter — whatever
was chosen in the file before (ids of one file mean nothing in another)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from okrdesk.domain.weeks import week_start_of
from okrdesk.store.okr import queries as okr_queries
from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.common import clock
from okrdesk.ui.experiments.section import BACKLOG
from okrdesk.ui.funnel.filters import PRESET_WEEKS
from okrdesk.ui.main_window import MainWindow
from tests.helpers import choose_in, query

SECTIONS = ("dashboard", "okrs", "experiments", "funnel", "review")


def _show_every_section(window: MainWindow) -> None:
    for row in range(len(SECTIONS)):
        window.show_section(row)


def _state(window: MainWindow) -> dict[str, Any]:
    """What each section shows as chosen: cycle, selection, filters, week."""
    okrs = window.sections["okrs"]
    experiments = window.sections["experiments"]
    funnel = window.sections["funnel"]
    review = window.sections["review"]
    board = experiments.board_tab
    return {
        "cycle": okrs.cycle_combo.currentText(),
        "okr selection": okrs.tree.currentIndex().isValid(),
        "okr filters": (
            okrs.team_combo.currentIndex(),
            okrs.owner_combo.currentIndex(),
            okrs.status_combo.currentIndex(),
            okrs.search_edit.text(),
        ),
        "board week": (board.board.monday, board.week_edit.date().toPython()),
        "experiment": (experiments.current_id, experiments.results.experiment_id),
        "experiment tab": experiments.tabs.currentIndex(),
        "experiment filters": (
            experiments.backlog.show_all_check.isChecked(),
            experiments.learnings.search_edit.text(),
        ),
        "funnel filters": (
            funnel.filters.funnel_combo.currentText(),
            funnel.filters.source_combo.currentIndex(),
            funnel.filters.variant_combo.currentIndex(),
            funnel.filters.range_combo.currentIndex(),
        ),
        "review week": review.week,
        "dashboard": window.dashboards["management"].title_label.text(),
    }


def _fresh_state(qtbot, path: Path) -> dict[str, Any]:
    """The state of a new window that opens `path` first."""
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.resize(1280, 800)
    fresh.show()
    try:
        assert fresh.files.open_path(path) is None
        fresh.show_dashboard("management")
        _show_every_section(fresh)
        return _state(fresh)
    finally:
        fresh.controller.close()
        fresh.close()


def _choose_everything(qtbot, window: MainWindow) -> None:
    """A user at work in a file: another cycle, a key result, filters, other weeks."""
    okrs = window.sections["okrs"]
    window.show_section(SECTIONS.index("okrs"))
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)  # the oldest cycle
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Down)
    assert okrs.tree.currentIndex().isValid()
    okrs.status_combo.setCurrentIndex(2)
    qtbot.keyClick(okrs.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert okrs.search_edit.hasFocus()
    qtbot.keyClicks(okrs.search_edit, "zz")

    window.show_section(SECTIONS.index("experiments"))
    experiments = window.sections["experiments"]
    for _ in range(3):
        qtbot.mouseClick(experiments.board_tab.board.previous_button, Qt.MouseButton.LeftButton)
    experiments.tabs.setCurrentIndex(BACKLOG)
    experiments.backlog.show_all_check.setChecked(True)
    experiments.backlog.table.setFocus()
    qtbot.keyClick(experiments.backlog.table, Qt.Key.Key_End)
    assert experiments.current_id is not None

    window.show_section(SECTIONS.index("funnel"))
    filters = window.sections["funnel"].filters
    if filters.source_combo.count() > 2:
        choose_in(filters.source_combo, filters.source_combo.itemData(2))
    choose_in(filters.range_combo, PRESET_WEEKS[0])

    window.show_section(SECTIONS.index("review"))
    review = window.sections["review"]
    qtbot.mouseClick(review.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.previous_button, Qt.MouseButton.LeftButton)
    window.show_dashboard("management")


@pytest.mark.once
def test_a_second_file_starts_as_if_opened_first(qtbot, window, demo_file, tmp_path):
    first, second = tmp_path / "first.okrdesk", tmp_path / "second.okrdesk"
    for path in (first, second):
        shutil.copyfile(demo_file, path)
    expected = _fresh_state(qtbot, second)

    assert window.files.open_path(first) is None
    _choose_everything(qtbot, window)
    assert _state(window) != expected  # the same ids exist in both files

    assert window.files.open_path(second) is None
    _show_every_section(window)
    assert _state(window) == expected


@pytest.mark.once
def test_the_current_cycle_and_this_week_follow_the_file_and_back(
    qtbot, window, empty_file, demo_copy
):
    today = clock.today()
    workspace = open_workspace(empty_file)
    with workspace.session() as session, session.begin():
        create_cycle(session, "Acme quarter", today - dt.timedelta(days=30), today)
    workspace.close()
    this_week = week_start_of(today)
    running = next(
        c.name
        for c in query(demo_copy, okr_queries.list_cycles)
        if c.start_date <= today <= c.end_date
    )
    okrs = window.sections["okrs"]
    board = window.sections["experiments"].board_tab.board

    for path, cycle in ((empty_file, "Acme quarter"), (demo_copy, running)) * 2:
        assert window.files.open_path(path) is None
        _show_every_section(window)
        assert okrs.cycle_combo.currentText() == cycle
        assert board.monday == this_week
        assert window.sections["review"].week is not None
        # Away from the present in this file; the next one must not inherit it.
        window.show_section(SECTIONS.index("experiments"))
        qtbot.mouseClick(board.previous_button, Qt.MouseButton.LeftButton)
        assert board.monday == this_week - dt.timedelta(weeks=1)
