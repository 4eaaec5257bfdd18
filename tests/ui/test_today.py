"""The screens' today is the clock's (tests/ui/conftest.py pins it to DEMO_DAY, the day the demo
is built for), never the system date: the OKR screen on the demo shows the cycle and the week of
the pinned day, and moves with the clock when it is pinned to another day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from okrdesk.store.okr.queries import CycleInfo, cycle_objectives, list_cycles
from okrdesk.ui.common import clock
from okrdesk.ui.common.formatting import format_date, format_int
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.okr.section import OkrSection
from okrdesk.ui.okr.tree_model import LAST_CHECKIN, TITLE
from tests.helpers import DEMO_DAY, query
from tests.ui.test_okr_section import key_result_indexes


@contextmanager
def okr_screen(qtbot, path: Path) -> Iterator[OkrSection]:
    """The OKR section of a new window on `path`: a new window chooses its cycle afresh."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.files.open_path(path)
        window.show_section(1)
        yield window.sections["okrs"]
    finally:
        window.controller.close()


def cycle_of(path: Path, day: dt.date) -> CycleInfo:
    (cycle,) = [c for c in query(path, list_cycles) if c.start_date <= day <= c.end_date]
    return cycle


def checked_in(path: Path, cycle: CycleInfo, day: dt.date) -> dict[str, str]:
    """What the Checked in column should say on `day` for each key result of `cycle`."""
    objectives = query(path, cycle_objectives, cycle.id)
    last = {kr.title: kr.last_checkin for o in objectives for kr in o.key_results}
    assert all(on is not None and on <= day for on in last.values())
    return {
        title: "today" if on == day else f"{format_int((day - on).days)} d ago"
        for title, on in last.items()
    }


def shown_checked_in(okrs: OkrSection) -> dict[str, str]:
    return {
        index.siblingAtColumn(TITLE).data(): index.siblingAtColumn(LAST_CHECKIN).data()
        for index in key_result_indexes(okrs.model)
    }


def test_the_okr_screen_on_the_demo_shows_the_cycle_and_week_of_demo_day(qtbot, demo_copy):
    assert clock.today() == DEMO_DAY
    cycle = cycle_of(demo_copy, DEMO_DAY)
    with okr_screen(qtbot, demo_copy) as okrs:
        assert okrs.cycle_combo.currentText() == cycle.name
        assert okrs.subtitle_label.text() == (
            f"{format_date(cycle.start_date)} – {format_date(cycle.end_date)}"
        )
        shown = shown_checked_in(okrs)
    assert shown == checked_in(demo_copy, cycle, DEMO_DAY)
    # The demo's latest check-ins are on the Monday of DEMO_DAY's week, two days before it.
    assert "2 d ago" in shown.values()


@pytest.mark.parametrize(
    "day",
    [
        DEMO_DAY + dt.timedelta(weeks=1),  # a week on: every check-in is seven days older
        dt.date(2026, 9, 30),  # the last day of the cycle before: that (closed) cycle is chosen
    ],
)
def test_the_okr_screen_follows_the_clock_not_the_system_date(qtbot, demo_copy, day):
    clock.pin(day)  # the autouse fixture frees the clock after the test
    cycle = cycle_of(demo_copy, day)
    with okr_screen(qtbot, demo_copy) as okrs:
        assert okrs.cycle_combo.currentText().startswith(cycle.name)
        assert shown_checked_in(okrs) == checked_in(demo_copy, cycle, day)
