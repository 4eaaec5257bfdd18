"""A funnel of years read off the GUI thread when the section shows it or it is chosen: the
section says so meanwhile, and then shows what a read at once shows; a read overtaken by a newer
one (another funnel, another file) is dropped; the funnel shown, read again after an edit in its
Data tab, is read at once; a read that fails says so."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy.exc import OperationalError

from okrdesk.store.funnel.definitions import create_funnel
from okrdesk.ui import settings
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.funnel import reading
from okrdesk.ui.section_stack import SECTIONS
from tests.helpers import bar_widths, choose_in
from tests.ui.test_funnel_grid_panel import type_count
from tests.ui.test_funnel_section import stored_counts

FUNNEL = list(SECTIONS).index("funnel")


@pytest.fixture
def every_funnel_big(monkeypatch):
    """Every funnel with counts counts as big: read in the background."""
    monkeypatch.setattr(reading, "BACKGROUND_FROM_COUNTS", 1)


def wait_for_data(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)


def wait_for_every_read(qtbot, section) -> None:
    """Until the reads overtaken have ended too (their results dropped)."""
    tasks = section.findChildren(BackgroundTask)
    qtbot.waitUntil(lambda: not any(task.is_running() for task in tasks), timeout=10_000)


def test_a_big_funnel_says_it_is_read_then_shows_the_same_charts(
    qtbot, window, demo_copy, every_funnel_big
):
    window.files.open_path(demo_copy)
    counts = stored_counts(demo_copy)

    window.show_section(FUNNEL)

    section = window.sections["funnel"]
    assert window.is_loading()
    assert section.empty_label.isVisible()
    assert section.empty_label.text() == f"Reading {QLocale().toString(len(counts))} weekly counts…"
    assert not section.tabs.isVisible()  # no chart or grid of another funnel to act on
    wait_for_data(qtbot, window)
    assert not section.empty_label.isVisible()
    assert section.tabs.isVisible()
    visits = int(counts.loc[counts["stage"] == "Visit", "count"].sum())
    assert bar_widths(section.charts["bars"][1].bars)[0] == visits
    assert section.grid_panel.model.rowCount() == counts["week"].nunique()
    assert section.filters.range_combo.isEnabled()


def test_the_filters_wait_for_the_funnel_they_filter(qtbot, window, demo_copy, every_funnel_big):
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    section = window.sections["funnel"]
    filters = section.filters
    assert window.is_loading()

    assert not filters.source_combo.isEnabled()  # nothing to choose from yet
    assert not filters.variant_combo.isEnabled() and not filters.range_combo.isEnabled()
    assert not filters.from_edit.isVisible() and not filters.to_edit.isVisible()
    assert filters.funnel_combo.isEnabled()  # another funnel may be chosen meanwhile
    wait_for_data(qtbot, window)

    sources = {filters.source_combo.itemData(i) for i in range(filters.source_combo.count())}
    assert set(stored_counts(demo_copy)["segment"]) <= sources
    assert filters.source_combo.isEnabled() and filters.range_combo.isEnabled()
    assert filters.from_edit.isVisible()


def test_a_read_overtaken_by_another_funnel_shows_only_the_funnel_chosen_last(
    qtbot, window, demo_copy, every_funnel_big
):
    window.files.open_path(demo_copy)
    with window.controller.workspace.session() as session, session.begin():
        leads = create_funnel(session, "Leads")
    window.show_section(FUNNEL)
    section = window.sections["funnel"]
    assert window.is_loading()  # the demo's funnel, with counts, read in the background

    choose_in(section.filters.funnel_combo, leads)  # no counts: read at once
    wait_for_data(qtbot, window)
    wait_for_every_read(qtbot, section)

    assert section.funnel_id() == leads
    assert section.empty_label.text().startswith("No counts in this funnel yet.")
    assert section.grid_panel.funnel_id == leads
    assert section.grid_panel.model.rowCount() == 0  # none of the demo funnel's weeks


def test_a_read_overtaken_by_another_file_shows_only_the_file_opened_last(
    qtbot, window, demo_copy, tmp_path, every_funnel_big
):
    other = tmp_path / "other.okrdesk"
    shutil.copyfile(demo_copy, other)
    with sqlite3.connect(other) as database:  # ten more visits a week than the demo
        database.execute(
            "UPDATE funnel_counts SET count = count + 10 WHERE stage_id ="
            " (SELECT id FROM funnel_stages WHERE name = 'Visit')"
        )
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    section = window.sections["funnel"]
    assert window.is_loading()

    settings.LAST_SECTION.set(FUNNEL)
    window.files.open_path(other)  # on the Funnel section too, read in the background
    assert window.stack.currentWidget() is section
    wait_for_data(qtbot, window)
    wait_for_every_read(qtbot, section)

    counts = stored_counts(other)
    visits = int(counts.loc[counts["stage"] == "Visit", "count"].sum())
    assert bar_widths(section.charts["bars"][1].bars)[0] == visits


def test_the_funnel_shown_read_again_after_an_edit_is_read_at_once(
    qtbot, window, demo_copy, every_funnel_big
):
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    wait_for_data(qtbot, window)
    section = window.sections["funnel"]
    choose_in(section.filters.source_combo, stored_counts(demo_copy)["segment"].min())
    panel = section.grid_panel
    section.tabs.setCurrentWidget(panel)
    row = len(panel.model.weeks) - 1

    type_count(qtbot, panel, row, 2, "4321")

    qtbot.waitUntil(lambda: panel.model.index(row, 2).data() == QLocale().toString(4321))
    assert not window.is_loading()
    # Read again at once: the grid never went away, the keys are where the user typed.
    assert section.tabs.isVisible() and section.tabs.currentWidget() is panel
    assert panel.view.hasFocus()
    assert panel.view.currentIndex().row() == row


def test_a_funnel_that_cannot_be_read_says_so(qtbot, window, demo_copy, every_funnel_big):
    window.files.open_path(demo_copy)
    with sqlite3.connect(demo_copy) as database:  # the spend gone under the open window
        database.execute("ALTER TABLE funnel_spend RENAME TO funnel_spend_gone")

    with qtbot.capture_exceptions() as raised:
        window.show_section(FUNNEL)
        wait_for_data(qtbot, window)

    section = window.sections["funnel"]
    assert [kind for kind, *_ in raised] == [OperationalError]
    assert section.empty_label.isVisible()
    assert section.empty_label.text() == "The funnel could not be read."
    assert not section.tabs.isVisible()
    assert not section.filters.source_combo.isEnabled()  # nothing to filter
    assert not section.filters.range_combo.isEnabled()
