"""A big cycle read off the GUI thread when it opens or is chosen: the section says so
meanwhile, and then shows what a read at once shows; a read overtaken by a newer one is
dropped; what the user asked for while it read (a row to choose, a check-in) is not lost; the
cycle shown read again after an edit is read at once; a read that fails says so."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy.exc import OperationalError

from okrdesk.store.okr.checkins import CheckInValues
from okrdesk.store.okr.queries import cycle_objectives
from okrdesk.ui import settings
from okrdesk.ui.okr import tree_reading
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE
from okrdesk.ui.screenshot import write_screenshots
from okrdesk.ui.section_stack import SECTIONS
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
    window.controller.close()

    window.files.open_path(demo_copy)
    window.show_section(1)

    assert window.is_loading()
    assert okrs.empty_label.isVisible()
    assert okrs.empty_label.text() == f"Reading {key_results} key results…"
    assert not okrs.tree.isVisible()
    assert not okrs.checkin_button.isEnabled()
    assert not okrs.new_objective_button.isEnabled()  # nothing to align it under yet
    wait_for_rows(qtbot, window)
    assert okrs.tree.isVisible()
    assert not okrs.empty_label.isVisible()
    assert shown_rows(okrs.proxy) == read_at_once
    assert okrs.checkin_button.isEnabled()
    assert okrs.new_objective_button.isEnabled()


def test_a_cycle_read_again_after_an_edit_is_read_at_once(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    """The user's edits act on the rows shown: after one, the rows are those of the edit
    when the next key is pressed (a key result moved down twice goes two places down)."""
    parent = next(o for o in okrs.objective_nodes() if len(o.key_result_nodes()) >= 3)
    moved = parent.key_result_nodes()[0].row_data.id
    assert okrs.select_key_result(moved)
    okrs.tree.setFocus()

    okrs.moving.move_down_action.trigger()
    assert not window.is_loading()
    okrs.moving.move_down_action.trigger()

    stored = query(demo_copy, cycle_objectives, okrs.selected_cycle().id)
    under = next(o for o in stored if o.id == parent.row_data.id)
    assert [kr.id for kr in under.key_results].index(moved) == 2
    assert okrs.tree.hasFocus()
    assert okrs.current_node().row_data.id == moved


def test_a_cycle_that_cannot_be_read_says_so_and_leaves_nothing_to_act_on(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    with sqlite3.connect(demo_copy) as database:  # the check-ins gone under the open window
        database.execute("ALTER TABLE checkins RENAME TO checkins_gone")

    with qtbot.capture_exceptions() as raised:
        okrs.cycle_combo.setCurrentIndex(1)
        wait_for_rows(qtbot, window)

    assert [kind for kind, *_ in raised] == [OperationalError]
    assert okrs.empty_label.isVisible()
    assert okrs.empty_label.text() == "The cycle could not be read."
    assert not okrs.tree.isVisible()
    assert not okrs.new_objective_button.isEnabled()
    assert not okrs.checkin_button.isEnabled()


def test_a_row_chosen_while_the_cycle_is_read_is_chosen_when_it_arrives(
    qtbot, window, demo_copy, every_cycle_big
):
    wanted = list(current_key_results(demo_copy))[5]
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    assert window.is_loading()
    okrs.select_item("key_result", wanted)

    wait_for_rows(qtbot, window)
    node = okrs.tree.currentIndex().data(NODE_ROLE)
    assert isinstance(node, KeyResultNode)
    assert node.row_data.id == wanted


def test_a_read_overtaken_by_another_cycle_shows_only_the_cycle_chosen_last(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    running = okrs.cycle_combo.currentIndex()
    other = next(i for i in range(len(okrs.cycles)) if i != running)
    okrs.cycle_combo.setCurrentIndex(other)
    assert window.is_loading()
    okrs.cycle_combo.setCurrentIndex(running)  # before the other cycle's rows arrive

    wait_for_rows(qtbot, window)
    qtbot.wait(200)  # the other cycle's read has arrived too by now, and was dropped
    chosen = {o.title for o in query(demo_copy, cycle_objectives, okrs.cycles[running].id)}
    dropped = {o.title for o in query(demo_copy, cycle_objectives, okrs.cycles[other].id)}
    assert chosen != dropped
    assert {node.row_data.title for node in okrs.objective_nodes()} == chosen


def test_a_check_in_saved_while_the_cycle_is_read_shows_in_its_row(
    qtbot, window, okrs, demo_copy, every_cycle_big
):
    key_result = next(iter(current_key_results(demo_copy)))
    okrs.cycle_combo.setCurrentIndex(1)
    okrs.cycle_combo.setCurrentIndex(0)  # back to the running cycle: read in the background
    assert window.is_loading()
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


def test_opened_from_the_welcome_page_the_tree_takes_the_keys_when_its_rows_arrive(
    qtbot, window, demo_copy, every_cycle_big
):
    settings.LAST_SECTION.set(list(SECTIONS).index("okrs"))
    settings.remember_workspace(str(demo_copy))
    window.controller.close()  # the welcome page, its recent list
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (recent,) = [b for b in window.welcome.recent_buttons if b.toolTip() == str(demo_copy)]
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Space)

    wait_for_rows(qtbot, window)
    okrs = window.sections["okrs"]
    assert window.focusWidget() is okrs.tree
    assert not okrs.tree.currentIndex().isValid()  # no row chosen for the user
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Down)
    assert okrs.tree.currentIndex().isValid()


def test_rows_that_arrive_while_the_section_is_hidden_get_their_layout_when_it_shows(
    qtbot, window, demo_copy, every_cycle_big
):
    """A tree whose titles need the room shows without the side panel, as when read at once."""
    window.files.open_path(demo_copy)
    okrs = window.sections["okrs"]
    window.show_section(1)
    assert window.is_loading()
    window.show_section(0)  # the rows arrive while another section shows
    wait_for_rows(qtbot, window)

    window.show_section(1)

    assert okrs.tree_layout.splitter.sizes()[1] == 0
    assert not okrs.tree_layout.toggle.isChecked()
