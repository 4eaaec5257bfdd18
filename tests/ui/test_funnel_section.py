"""The funnel screen: the funnel chooser, the filters, the charts fed what they leave."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from PySide6.QtCore import QDate

from okrdesk.store.funnel.data import load_counts
from okrdesk.store.funnel.definitions import list_funnels
from okrdesk.ui.funnel.filters import CUSTOM
from tests.helpers import bar_widths, choose_in, query

FUNNEL = 3  # the funnel's row in the navigation


def stored_counts(path) -> pd.DataFrame:
    """Every funnel's weekly counts together, as load_counts reads them."""
    return pd.concat([query(path, load_counts, f.id) for f in query(path, list_funnels)])


def show_tab(section, key: str):
    """Choose a chart's tab, as a click on it does; the chart."""
    chart = section.charts[key][1]
    section.tabs.setCurrentWidget(chart)
    return chart


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    return window.sections["funnel"]


def test_the_screen_shows_every_chart_and_the_grid(section, demo_copy):
    titles = [section.tabs.tabText(i) for i in range(section.tabs.count())]
    assert titles == ["Funnel", "Conversion trend", "By source", "Compare weeks", "Data"]
    bars = section.charts["bars"][1]
    counts = stored_counts(demo_copy)
    total_visits = int(counts.loc[counts["stage"] == "Visit", "count"].sum())
    assert bar_widths(bars.bars)[0] == total_visits
    weeks = counts["week"].nunique()
    trend = show_tab(section, "trend")
    assert len(trend.curves) == 5
    assert all(len(curve.xData) == weeks for curve in trend.curves.values())
    assert section.grid_panel.model.rowCount() == weeks
    assert not section.empty_label.isVisible()


def test_source_and_week_filters_narrow_the_charts(section, demo_copy):
    counts = stored_counts(demo_copy)
    segment = counts["segment"].min()
    bars = section.charts["bars"][1]
    choose_in(section.filters.source_combo, segment)
    visits = int(
        counts.loc[(counts["stage"] == "Visit") & (counts["segment"] == segment), "count"].sum()
    )
    assert bar_widths(bars.bars)[0] == visits
    assert section.grid_panel.segment == segment
    choose_in(section.filters.range_combo, 4)
    trend = show_tab(section, "trend")
    assert len(trend.curves) == 5
    assert all(len(curve.xData) == 4 for curve in trend.curves.values())
    first, last = (pd.Timestamp(w).date() for w in sorted(counts["week"].unique())[-2:])
    choose_in(section.filters.range_combo, CUSTOM)
    section.filters.from_edit.setDate(QDate(first))
    section.filters.to_edit.setDate(QDate(last))
    assert all(len(curve.xData) == 2 for curve in trend.curves.values())


def test_a_chart_out_of_view_is_drawn_with_the_filters_when_its_tab_is_chosen(section, demo_copy):
    counts = stored_counts(demo_copy)
    trend = section.charts["trend"][1]
    sources = section.charts["sources"][1]
    assert section.tabs.currentWidget() is section.charts["bars"][1]
    # Charts out of view are not drawn on opening: years of weeks take long to draw.
    assert not trend.curves
    assert sources.model.rowCount() == 0
    choose_in(section.filters.range_combo, 4)
    show_tab(section, "trend")
    assert len(trend.curves) == 5
    assert all(len(curve.xData) == 4 for curve in trend.curves.values())
    # Filters changed while another chart is shown reach this one when it is shown again.
    show_tab(section, "bars")
    choose_in(section.filters.range_combo, 13)
    choose_in(section.filters.source_combo, counts["segment"].min())
    assert all(len(curve.xData) == 4 for curve in trend.curves.values())  # not drawn yet
    show_tab(section, "trend")
    assert all(len(curve.xData) == 13 for curve in trend.curves.values())
    show_tab(section, "sources")
    last_13 = sorted(counts["week"].unique())[-13:]
    in_range = counts[counts["week"].isin(last_13) & (counts["stage"] == "Visit")]
    total = sources.model.rows[-1]  # every source, whichever is chosen
    assert total.entered == int(in_range["count"].sum())


def test_an_empty_funnel_says_how_to_fill_it(qtbot, window, empty_file):
    from okrdesk.store.funnel.definitions import create_funnel

    window.files.open_path(empty_file)
    with window.controller.workspace.session() as session, session.begin():
        create_funnel(session, "Leads")
    window.show_section(FUNNEL)
    section = window.sections["funnel"]
    section.reload()
    assert section.empty_label.isVisible()
    assert "File → Import…" in section.empty_label.text()
    assert section.tabs.currentWidget() is section.grid_panel
    # Counts can be typed straight away: without sources the grid edits "(no source)".
    assert section.filters.source_combo.currentText() == "(no source)"
    panel = section.grid_panel
    assert panel.add_week_button.isEnabled()
    panel.add_week()
    assert panel.paste_text("1000\t30\n")
    counts = stored_counts(empty_file)
    stored = zip(counts["segment"], counts["count"].astype(int), strict=True)
    assert sorted(stored, key=lambda row: row[1]) == [
        ("", 30),
        ("", 1000),
    ]
    assert not section.empty_label.isVisible()


def test_saving_a_chart_writes_png_and_svg(section, tmp_path):
    for suffix in ("png", "svg"):
        target = tmp_path / f"funnel.{suffix}"
        section.save_chart_to(str(target))
        assert target.stat().st_size > 1000


def test_start_up_does_not_import_the_funnel_screen():
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from okrdesk.ui.app import create_app; app = create_app([]);"
        "from okrdesk.ui.main_window import MainWindow; w = MainWindow();"
        "print(sorted(m for m in sys.modules if m.startswith(('pandas', 'pyqtgraph', "
        "'okrdesk.ui.funnel', 'okrdesk.store.funnel.importing'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
