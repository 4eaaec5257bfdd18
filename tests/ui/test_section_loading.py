"""A section chosen in the window before its modules are imported (the funnel's pandas and chart
library take a good part of a second) says so at once while a worker imports them: the window
keeps answering, and the section shows, with the keys in it, once they are in."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from okrdesk.ui import main_window, section_stack, settings
from okrdesk.ui.common import preload
from okrdesk.ui.common.tasks import SAY_WAITING_AFTER_MS
from tests.helpers import shown_section

GATE = "okrdesk_test_section_gate"
LIBRARY = "okrdesk_test_slow_library"


@pytest.fixture
def slow_funnel_library(tmp_path, monkeypatch) -> Iterator[threading.Event]:
    """A library the funnel's first showing needs whose import waits until the event is set."""
    gate = types.ModuleType(GATE)
    gate.opened = threading.Event()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, GATE, gate)
    # A test failing before it opens the gate waits that long for the worker as its window closes.
    (tmp_path / f"{LIBRARY}.py").write_text(
        f"import {GATE}\n\nassert {GATE}.opened.wait(5)\n", encoding="utf-8"
    )
    monkeypatch.setattr(preload, "_asked", set())  # the welcome page's import-ahead asks anew
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, LIBRARY, raising=False)
    libraries = {**section_stack.LIBRARIES}
    libraries["funnel"] = (*libraries.get("funnel", ()), LIBRARY)
    monkeypatch.setattr(section_stack, "LIBRARIES", libraries)
    yield gate.opened
    gate.opened.set()


def _funnel_row(window) -> int:
    return list(window.sections).index("funnel")


def test_a_section_whose_modules_are_not_in_says_so_and_shows_once_they_are(
    qtbot, window, demo_copy, slow_funnel_library
):
    window.files.open_path(demo_copy)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Go → Funnel

    shown = window.stack.currentWidget()
    assert isinstance(shown, QLabel) and shown.text() == ""  # a short wait goes unsaid
    qtbot.waitUntil(lambda: shown.text() == "Loading Funnel…")  # a longer one is said
    assert window.navigation.currentItem().text() == "Funnel"
    assert window.is_loading()
    assert window.sections.built("funnel") is None

    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert shown_section(window) == "funnel"
    funnel = window.sections["funnel"]
    assert funnel.isVisible() and funnel.charts  # its charts, drawn from the demo's funnel
    assert funnel.isAncestorOf(window.focusWidget())  # Ctrl+4 gave it the keys


def test_a_section_whose_modules_are_still_being_imported_ahead_says_so_too(
    qtbot, window, demo_copy, slow_funnel_library
):
    settings.LAST_SECTION.set(_funnel_row(window))
    window.show_welcome()  # the welcome page imports what the last section shown needs, ahead
    qtbot.waitUntil(lambda: LIBRARY in sys.modules)  # under way: waiting for the gate

    window.files.open_path(demo_copy)  # opens on the funnel

    shown = window.stack.currentWidget()
    assert isinstance(shown, QLabel)
    qtbot.waitUntil(lambda: shown.text() == "Loading Funnel…")
    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert shown_section(window) == "funnel"


def test_the_window_answers_while_a_section_loads_and_keeps_the_one_chosen_after(
    qtbot, window, demo_copy, slow_funnel_library
):
    window.files.open_path(demo_copy)
    window.show_section(_funnel_row(window))
    assert window.is_loading()

    window.show_section(list(window.sections).index("okrs"))  # the user did not wait
    assert shown_section(window) == "okrs"
    okrs = window.sections["okrs"]
    assert okrs.isAncestorOf(window.focusWidget())

    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    qtbot.wait(50)
    assert shown_section(window) == "okrs"  # the funnel's arrival took nothing over
    assert okrs.isAncestorOf(window.focusWidget())
    window.show_section(_funnel_row(window))  # its modules are in: at once
    assert shown_section(window) == "funnel" and not window.is_loading()


def test_a_section_chosen_before_the_window_shows_is_built_at_once(
    qtbot, demo_copy, slow_funnel_library
):
    from okrdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_copy)
    slow_funnel_library.set()  # the import on the GUI thread must not wait for the test
    window.show_section(_funnel_row(window))
    assert shown_section(window) == "funnel"  # start-up shows its section in its first frame
    window.controller.close()


def test_a_click_on_a_loading_section_gives_it_the_keys_once_it_shows(
    qtbot, window, demo_copy, slow_funnel_library
):
    window.files.open_path(demo_copy)
    item = window.navigation.item(_funnel_row(window))
    qtbot.mouseClick(
        window.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.navigation.visualItemRect(item).center(),
    )
    assert window.is_loading()

    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.sections["funnel"].isAncestorOf(window.focusWidget())


def test_arrow_keys_through_a_loading_section_keep_the_keys_in_the_list(
    qtbot, window, demo_copy, slow_funnel_library
):
    window.files.open_path(demo_copy)
    window.navigation.setFocus()
    window.navigation.setCurrentRow(_funnel_row(window) - 1)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.is_loading()

    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert shown_section(window) == "funnel"
    assert window.focusWidget() is window.navigation  # the next Down goes on to Review


def test_a_section_whose_own_module_fails_to_import_says_so(
    qtbot, window, demo_copy, tmp_path, monkeypatch
):
    (tmp_path / "okrdesk_test_broken_section.py").write_text("raise ImportError('gone')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(section_stack.MODULES, "review", "okrdesk_test_broken_section")
    said: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: said.append(error))
    window.files.open_path(demo_copy)

    window.show_section(list(window.sections).index("review"))
    qtbot.waitUntil(lambda: not window.is_loading())

    shown = window.stack.currentWidget()
    qtbot.wait(2 * SAY_WAITING_AFTER_MS)  # the line saying it loads, had it waited, is not said
    assert isinstance(shown, QLabel) and shown.text() == "Review could not be loaded."
    assert [str(error) for error in said] == ["gone"]  # said once, as any error is
    window.show_section(list(window.sections).index("okrs"))  # the rest of the window works
    assert shown_section(window) == "okrs"


def test_a_section_whose_library_fails_to_import_says_why(
    qtbot, window, demo_copy, tmp_path, monkeypatch
):
    (tmp_path / "okrdesk_test_broken_library.py").write_text("raise ImportError('gone')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    libraries = {**section_stack.LIBRARIES, "review": ("okrdesk_test_broken_library",)}
    monkeypatch.setattr(section_stack, "LIBRARIES", libraries)
    said: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: said.append(error))
    window.files.open_path(demo_copy)

    window.show_section(list(window.sections).index("review"))
    qtbot.waitUntil(lambda: not window.is_loading())

    assert shown_section(window) == "review"  # what was imported shows
    assert [str(error) for error in said] == ["gone"]  # and the failure is said, as any error


def test_a_workspace_opening_in_the_background_imports_its_section_in_a_worker_too(
    qtbot, window, demo_copy, empty_file, slow_funnel_library
):
    settings.LAST_SECTION.set(_funnel_row(window))
    window.files.open_path(empty_file)  # the welcome page

    window.files.open_in_background(demo_copy)  # Open Recent

    assert window.sections.built("funnel") is None  # not built on the GUI thread, importing
    slow_funnel_library.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.controller.path == demo_copy
    assert shown_section(window) == "funnel"


@pytest.fixture
def next_turn(monkeypatch) -> list:
    """What the window leaves to a later turn of the event loop, held until the test runs it."""
    held: list = []
    monkeypatch.setattr(main_window, "in_a_later_turn", lambda _receiver, work: held.append(work))
    return held


def _built_behind_its_placeholder(qtbot, window, gate, next_turn) -> QLabel:
    placeholder = window.stack.currentWidget()
    assert isinstance(placeholder, QLabel)
    gate.set()
    qtbot.waitUntil(lambda: bool(next_turn))
    assert window.sections.built("funnel") is not None  # built in the turn its modules came in
    assert window.stack.currentWidget() is placeholder  # shown in the next
    assert window.is_loading()
    return placeholder


def test_a_loaded_section_is_built_in_one_turn_and_shown_in_the_next(
    qtbot, window, demo_copy, slow_funnel_library, next_turn
):
    window.files.open_path(demo_copy)
    window.show_section(_funnel_row(window))
    _built_behind_its_placeholder(qtbot, window, slow_funnel_library, next_turn)

    next_turn.pop()()

    assert shown_section(window) == "funnel"
    assert window.sections["funnel"].isAncestorOf(window.focusWidget())
    qtbot.waitUntil(lambda: not window.is_loading())


def test_a_section_chosen_between_those_turns_keeps_the_window(
    qtbot, window, demo_copy, slow_funnel_library, next_turn
):
    window.files.open_path(demo_copy)
    window.show_section(_funnel_row(window))
    _built_behind_its_placeholder(qtbot, window, slow_funnel_library, next_turn)
    window.show_section(list(window.sections).index("okrs"))

    next_turn.pop()()

    assert shown_section(window) == "okrs"
    assert window.sections["okrs"].isAncestorOf(window.focusWidget())
    window.show_section(_funnel_row(window))  # built already: at once
    assert shown_section(window) == "funnel" and not window.is_loading()
