"""The dashboard's funnel alerts: the demo's MQL drop shows, in words and numbers."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from PySide6.QtCore import QLocale

from okrdesk.store.funnel.data import funnel_id_by_name, load_counts
from okrdesk.ui.common.formatting import format_date, format_percent
from tests.helpers import DEMO_DAY, query


def test_the_demo_mql_drop_shows_on_the_dashboard(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    panel = window.sections["dashboard"].funnel_alerts
    assert panel.isVisible()
    model = panel.model
    shown = [
        [model.index(row, column).data() for column in range(5)] for row in range(model.rowCount())
    ]
    mql = [line for line in shown if "Lead → MQL" in line[0]]
    assert len(mql) == 1
    step, last_week, week_before, change, p_value = mql[0]
    assert step == "Inbound B2B: Lead → MQL fell"

    monday = DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday())
    week = monday - dt.timedelta(weeks=1)
    funnel = query(demo_copy, funnel_id_by_name, "Inbound B2B")
    frame = query(demo_copy, load_counts, funnel)
    counts = {
        f"{pd.Timestamp(day).date()}{stage}": int(total)
        for (day, stage), total in frame.groupby(["week", "stage"])["count"].sum().items()
    }
    leads, mqls = counts[f"{week}Lead"], counts[f"{week}MQL"]
    before = week - dt.timedelta(weeks=1)
    leads_before, mqls_before = counts[f"{before}Lead"], counts[f"{before}MQL"]
    locale = QLocale()
    assert last_week == (
        f"{format_percent(mqls / leads)} ({locale.toString(mqls)} of {locale.toString(leads)})"
    )
    assert week_before.startswith(format_percent(mqls_before / leads_before))
    points = abs(mqls / leads - mqls_before / leads_before) * 100
    assert change == (f"-{points:.0f} pts" if points >= 10 else f"-{points:.1f} pts")
    assert p_value == "< " + locale.toString(0.001, "f", 3)
    assert format_date(week) in panel.heading.text()
    tooltip = model.index(0, 0).data(3)  # ToolTipRole
    assert "two-proportion test" in tooltip


def test_no_panel_without_alerts(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    panel = window.sections["dashboard"].funnel_alerts
    assert not panel.isVisible()
    assert panel.model.rowCount() == 0
