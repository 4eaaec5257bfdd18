"""A big cycle read off the GUI thread: the section says so meanwhile, and then shows what a
read at once shows; a read overtaken by a newer one is dropped; what the user asked for while
it read (a row to choose, a check-in) is not lost."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.store.okr.queries import cycle_objectives, list_cycles
from okrdesk.ui.okr import tree_reading
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from okrdesk.ui.screenshot import write_screenshots
from tests.helpers import DEMO_DAY, current_key_results, query
from tests.ui.test_okr_section import shown_rows


@pytest.fixture
def every_cycle_big(monkeypatch):
    """Every cycle counts as big: read in the background."""
    monkeypatch.setattr(tree_reading, "BACKGROUND_FROM_KEY_RESULTS", 1)


def wait_for_rows(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)


def test_a_big_cycle_says_it_is_read_then_shows_the_same_tree(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    read_at_once = shown_rows(okrs.proxy)
    key_results = len(current_key_results(demo_copy))

    okrs.reload()

    assert window.is_loading()
    assert okrs.empty_label.isVisible()
    assert okrs.empty_label.text() == f"Reading {key_results} key results…"
    assert not okrs.tree.isVisible()
    assert not okrs.checkin_button.isEnabled()
    wait_for_rows(qtbot, window)
    assert okrs.tree.isVisible()
    assert not okrs.empty_label.isVisible()
    assert shown_rows(okrs.proxy) == read_at_once
    assert okrs.checkin_button.isEnabled()


def test_opening_on_a_big_cycle_gives_the_tree_the_keys_once_it_shows(
    qtbot, window, demo_copy, every_cycle_big
):
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    assert window.is_loading()

    wait_for_rows(qtbot, window)
    qtbot.waitUntil(okrs.tree.hasFocus)
    assert not okrs.tree.currentIndex().isValid()  # nothing chosen for the user


def test_a_row_chosen_while_the_cycle_is_read_is_chosen_when_it_arrives(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    wanted = list(current_key_results(demo_copy))[5]
    okrs.reload()
    okrs.select_item("key_result", wanted)

    wait_for_rows(qtbot, window)
    node = okrs.tree.currentIndex().data(NODE_ROLE)
    assert isinstance(node, KeyResultNode)
    assert node.row_data.id == wanted


def test_a_read_overtaken_by_another_cycle_shows_only_the_cycle_chosen_last(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    cycles = query(demo_copy, list_cycles)
    assert len(cycles) >= 2
    okrs.reload()
    other = next(i for i, c in enumerate(okrs.cycles) if i != okrs.cycle_combo.currentIndex())
    okrs.cycle_combo.setCurrentIndex(other)

    wait_for_rows(qtbot, window)
    qtbot.wait(200)  # the first read has arrived too by now, and was dropped
    chosen = {o.title for o in query(demo_copy, cycle_objectives, okrs.cycles[other].id)}
    first = {o.title for o in query(demo_copy, cycle_objectives, cycles[0].id)}
    assert chosen != first
    assert {node.row_data.title for node in okrs.objective_nodes()} == chosen


def test_a_check_in_saved_while_the_cycle_is_read_shows_in_its_row(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    key_result = next(iter(current_key_results(demo_copy)))
    okrs.reload()
    okrs._save_checkin(CheckInValues(key_result, DEMO_DAY, 4321.0, confidence=7))

    wait_for_rows(qtbot, window)
    node = next(n for n in okrs.key_result_nodes() if n.row_data.id == key_result)
    assert node.row_data.current == 4321.0
    assert node.row_data.last_checkin == DEMO_DAY


def test_a_screenshot_of_a_big_cycle_waits_for_its_rows(qtbot, demo_copy, tmp_path, monkeypatch):
    at_once = write_screenshots(demo_copy, tmp_path / "at_once", (1366, 768))
    monkeypatch.setattr(tree_reading, "BACKGROUND_FROM_KEY_RESULTS", 1)
    read_later = write_screenshots(demo_copy, tmp_path / "later", (1366, 768))

    pictures = {path.name: QImage(str(path)) for path in read_later}
    for path in at_once:
        assert pictures[path.name] == QImage(str(path)), path.name
