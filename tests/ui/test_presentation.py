"""Presentation mode: F11 or View → Present, one block a page, keys move, Esc leaves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from okrdesk.store.okr.queries import list_cycles
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.present.pages import ImageView
from okrdesk.ui.present.window import PresentationWindow
from tests.helpers import DEMO_DAY, query, stored_experiments

PAGES = [
    "review_variance",
    "review_experiments",
    "review_next",
    "management_revenue",
    "management_objectives",
    "management_forecast",  # the demo's 17 key results: 6, 6 and 5 a page
    "management_forecast_2",
    "management_forecast_3",
    "team_steps",
    "team_sources",
    "team_tasks",
    "chart_trend",
    "chart_cycle",
    "chart_funnel",
    "chart_experiments",
]


def presentations(window) -> list[PresentationWindow]:
    return [w for w in window.findChildren(PresentationWindow) if w.isVisible()]


def present(qtbot, window, demo_copy) -> PresentationWindow:
    window.files.open_path(demo_copy)
    window.present_action.trigger()  # reads the data in the background, then shows
    qtbot.waitUntil(lambda: len(presentations(window)) == 1)
    (shown,) = presentations(window)
    qtbot.waitExposed(shown)
    return shown


def page_shown(shown: PresentationWindow) -> str:
    """The key of the page on screen: the one the presentation's stack shows."""
    return shown.page_keys()[shown.stack.currentIndex()]


def last_full_week() -> dt.date:
    return DEMO_DAY - dt.timedelta(days=DEMO_DAY.weekday()) - dt.timedelta(weeks=1)


def test_f11_is_the_present_action_and_asks_for_full_screen(qtbot, window, demo_copy):
    assert window.present_action.shortcut().toString() == "F11"
    assert not window.present_action.isEnabled()  # nothing to present without a workspace
    shown = present(qtbot, window, demo_copy)
    assert shown.windowState() & Qt.WindowState.WindowFullScreen
    assert shown.page_keys() == PAGES
    assert page_shown(shown) == "review_variance"
    assert shown.counter_label.text() == f"1 / {len(PAGES)}"


def test_keys_move_through_the_pages_and_their_titles(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    week = format_date(last_full_week())
    assert shown.title_label.text() == f"What moved, week of {week}"
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert page_shown(shown) == "review_experiments"
    assert shown.title_label.text() == f"Experiments, week of {week}"
    assert shown.counter_label.text() == f"2 / {len(PAGES)}"
    qtbot.keyClick(shown, Qt.Key.Key_Space)
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    assert page_shown(shown) == "management_revenue"
    assert shown.title_label.text().endswith(": revenue, CAC and the forecast")
    qtbot.keyClick(shown, Qt.Key.Key_PageUp)
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    assert page_shown(shown) == "review_experiments"
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert page_shown(shown) == "chart_experiments"
    assert shown.counter_label.text() == f"{len(PAGES)} / {len(PAGES)}"
    qtbot.keyClick(shown, Qt.Key.Key_Right)  # the last page stays
    assert page_shown(shown) == "chart_experiments"
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert page_shown(shown) == "review_variance"
    qtbot.keyClick(shown, Qt.Key.Key_Left)  # so does the first
    assert page_shown(shown) == "review_variance"


def test_every_page_shows_something(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    titles = []
    for index in range(len(PAGES)):
        shown.show_page(index)
        page = shown.stack.currentWidget().widget()
        assert page is not None
        labels = [label.text() for label in page.findChildren(QLabel) if label.text()]
        images = page.findChildren(ImageView)
        assert labels or images or page.metaObject().className() == "ConversionTrendChart"
        titles.append(shown.title_label.text())
    assert len(set(titles)) >= len(PAGES) - 2  # the team pages may share nothing but words
    assert titles[PAGES.index("chart_trend")] == "Funnel: conversion trend"


def test_each_page_has_its_title(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    week = format_date(last_full_week())
    (cycle,) = [info.name for info in query(demo_copy, list_cycles) if not info.closed]
    expected = {
        "review_variance": f"What moved, week of {week}",
        "review_experiments": f"Experiments, week of {week}",
        "review_next": f"Next step, after the week of {week}",
        "management_revenue": f"{cycle}: revenue, CAC and the forecast",
        "management_objectives": f"{cycle}: objectives by status",
        "management_forecast": f"{cycle}: forecast to the cycle's end (1 of 3)",
        "management_forecast_2": f"{cycle}: forecast to the cycle's end (2 of 3)",
        "management_forecast_3": f"{cycle}: forecast to the cycle's end (3 of 3)",
        "team_steps": "The funnel step by step",
        "team_sources": "Form conversion by source",
        "team_tasks": "This week's experiment tasks",
        "chart_trend": "Funnel: conversion trend",
        "chart_cycle": "Objectives against the pace",
        "chart_funnel": "Funnel steps, week against week",
        "chart_experiments": "Experiments: control and variant",
    }
    titles = {page_shown(shown): shown.title_label.text()}
    for _page in PAGES[1:]:
        qtbot.keyClick(shown, Qt.Key.Key_Right)
        titles[page_shown(shown)] = shown.title_label.text()
    assert titles == expected


def test_the_next_step_page_names_the_proposed_experiment(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    shown.show_key("review_next")
    page = shown.stack.currentWidget().widget()
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    next_week = last_full_week() + dt.timedelta(weeks=1)
    ((code, variable, owner),) = [
        (row.code, row.values.variable, row.owner_name)
        for row in stored_experiments(demo_copy).values()
        if row.start_date == next_week
    ]
    assert f"Proposed: {code}" in text
    assert f"The one change: {variable}" in text
    assert f"Owner: {owner}" in text


def test_esc_leaves_and_f11_toggles(qtbot, window, demo_copy):
    shown = present(qtbot, window, demo_copy)
    with qtbot.waitSignal(shown.destroyed):
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert presentations(window) == []
    again = present(qtbot, window, demo_copy)
    with qtbot.waitSignal(again.destroyed):
        qtbot.keyClick(again, Qt.Key.Key_F11)
    assert presentations(window) == []


def test_present_a_chart_opens_at_that_chart(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.present_chart_menu.aboutToShow.emit()
    actions = {a.text(): a for a in window.present_chart_menu.actions()}
    assert "Funnel: conversion trend" in actions
    actions["Objectives against the pace"].trigger()
    qtbot.waitUntil(lambda: len(presentations(window)) == 1)
    (shown,) = presentations(window)
    assert page_shown(shown) == "chart_cycle"
    assert shown.stack.currentWidget().widget().findChildren(ImageView)
    shown.close()
