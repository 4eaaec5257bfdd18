"""View → Management dashboard and View → Team dashboard on the demo workspace."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from okrdesk.store.experiments.records import experiments_in_week
from okrdesk.store.experiments.tasks import TaskRow, tasks_of
from okrdesk.store.funnel.data import load_counts, load_spend
from okrdesk.store.okr.queries import list_cycles
from okrdesk.ui.common.formatting import format_amount, format_int, format_percent
from okrdesk.ui.dashboards.window import DashboardView
from okrdesk.ui.main_window import MainWindow
from tests.helpers import DEMO_DAY, current_key_results, current_objectives, iso, query, stored


def last_full_week() -> dt.date:
    return DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday()) - dt.timedelta(weeks=1)


def cell(view, row: int, column: int) -> str:
    model = view.model()
    return model.data(model.index(row, column))


def open_view(qtbot, window: MainWindow, path: Path, kind: str) -> DashboardView:
    window.files.open_path(path)
    action = window.management_action if kind == "management" else window.team_action
    action.trigger()
    view = window.dashboards[kind]
    qtbot.waitExposed(view)
    return view


def test_the_view_menu_opens_each_dashboard_in_one_window(qtbot, window, demo_copy):
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "View" in menus
    assert not window.management_action.isEnabled()  # no workspace yet
    view = open_view(qtbot, window, demo_copy, "management")
    assert view.isVisible() and view.isWindow()
    assert view.title_label.text().startswith("Management dashboard")
    view.close()
    window.management_action.trigger()
    assert window.dashboards["management"] is view and view.isVisible()  # one of each kind


def test_management_shows_revenue_against_target_and_the_objectives(qtbot, window, demo_copy):
    view = open_view(qtbot, window, demo_copy, "management")
    title, target, latest = next(
        (kr.title, kr.target_value, kr.current)
        for kr in current_key_results(demo_copy).values()
        if kr.unit == "currency" and kr.kind == "increase"
    )
    revenue = view.blocks["revenue"]
    card = revenue.cards["revenue"]
    assert card.caption_label.text() == title
    assert card.value_label.text() == format_amount(latest, "EUR")
    assert format_amount(target, "EUR") in card.note_label.text()
    titles = [cell(revenue.table, r, 0) for r in range(revenue.model.rowCount())]
    assert title in titles and revenue.table.isVisible()

    active = sum(o.status != "cancelled" for o in current_objectives(demo_copy).values())
    objectives = view.blocks["objectives"]
    counted = sum(int(label.text()) for label in objectives.count_labels.values())
    assert counted == active == objectives.model.rowCount()
    # A title the column cuts ("Respond faster and win…") is whole in its tooltip.
    for row in range(objectives.model.rowCount()):
        index = objectives.model.index(row, 0)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def week_tasks(path: Path, monday: dt.date) -> list[TaskRow]:
    """The tasks of the experiments starting in the week of `monday`, by start, code, day."""
    return [
        t for e in query(path, experiments_in_week, monday) for t in query(path, tasks_of, e.id)
    ]


def in_cycle(week: str, start: str, end: str) -> float:
    """The share of a week's days inside start..end: a straddling week counts by its days."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    monday = dt.date.fromisoformat(week)
    days = (min(monday + dt.timedelta(days=6), last) - max(monday, first)).days + 1
    return max(days, 0) / 7


def test_management_cac_is_the_cycle_spend_over_its_deals(qtbot, window, demo_copy):
    view = open_view(qtbot, window, demo_copy, "management")
    last = last_full_week()
    ((start, end),) = [
        (cycle.start_date.isoformat(), cycle.end_date)
        for cycle in query(demo_copy, list_cycles)
        if not cycle.closed
    ]
    end = min(end, last + dt.timedelta(days=6)).isoformat()
    spent = stored(demo_copy, load_spend).groupby("week")["spend"].sum()
    spend = sum(total * in_cycle(iso(week), start, end) for week, total in spent.items())
    counts = stored(demo_copy, load_counts)
    won = counts[counts["stage"] == "Deal"].groupby("week")["count"].sum()
    deals = float(sum(total * in_cycle(iso(week), start, end) for week, total in won.items()))
    card = view.blocks["revenue"].cards["cac"]
    assert card.value_label.text() == format_amount(spend / deals, "EUR")
    shown = format_int(round(deals)) if deals.is_integer() else QLocale().toString(deals, "f", 1)
    assert f"for {shown} deals" in card.note_label.text()


def test_team_shows_step_rates_and_form_conversion_by_source(qtbot, window, demo_copy):
    view = open_view(qtbot, window, demo_copy, "team")
    week = last_full_week().isoformat()
    counts = stored(demo_copy, load_counts)
    in_week = counts[counts["week"].map(iso) == week]
    totals = in_week.groupby("stage")["count"].sum().to_dict()
    steps = view.blocks["steps"].table
    assert cell(steps, 0, 0) == "Visit → Form submitted"
    assert cell(steps, 0, 2) == format_percent(totals["Form submitted"] / totals["Visit"])
    assert cell(steps, 1, 0) == "Form submitted → Lead"
    assert steps.model().rowCount() == 5

    visits = in_week[in_week["stage"] == "Visit"]
    by_source = {segment: int(n) for segment, n in visits.groupby("segment")["count"].sum().items()}
    sources = view.blocks["sources"].table
    shown = {cell(sources, r, 0): cell(sources, r, 1) for r in range(sources.model().rowCount())}
    assert shown == {segment: format_int(count) for segment, count in by_source.items()}


def test_ticking_a_task_of_this_weeks_experiment_is_undoable(qtbot, window, demo_copy):
    view = open_view(qtbot, window, demo_copy, "team")
    model = view.blocks["tasks"].model
    monday = DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday())
    task_rows = [(t.id, t.title, t.done) for t in week_tasks(demo_copy, monday)]
    assert model.rowCount() == len(task_rows) > 0
    open_row = next(i for i, row in enumerate(task_rows) if not row[2])
    task_id, title, _done = task_rows[open_row]
    assert cell(view.blocks["tasks"].table, open_row, 3) == title
    index = model.index(open_row, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [t.done for t in week_tasks(demo_copy, monday) if t.id == task_id] == [True]
    assert model.data(model.index(open_row, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    window.undo_action.trigger()
    assert [t.done for t in week_tasks(demo_copy, monday) if t.id == task_id] == [False]
    assert model.data(model.index(open_row, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_dashboards_of_an_empty_workspace_say_so(qtbot, window, empty_file):
    view = open_view(qtbot, window, empty_file, "management")
    assert view.subtitle_label.text() == "No cycle yet."
    team = open_view(qtbot, window, empty_file, "team")
    assert team.subtitle_label.text() == "No funnel data yet."
    assert not team.blocks["steps"].table.isVisible()


def test_start_up_does_not_import_the_dashboards_or_presentation():
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from okrdesk.ui.app import create_app; app = create_app([]);"
        "from okrdesk.ui.main_window import MainWindow; w = MainWindow();"
        "print(sorted(m for m in sys.modules if m.startswith(('pandas', 'pyqtgraph', "
        "'okrdesk.ui.dashboards', 'okrdesk.ui.present', 'okrdesk.store.review.dashboard'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_dashboard_closes_with_its_workspace(qtbot, window, demo_copy):
    view = open_view(qtbot, window, demo_copy, "team")
    window.controller.close()
    assert not view.isVisible()
    assert not window.team_action.isEnabled()
