"""A workspace chosen in a running window (Open Recent, the welcome page's list, File → Open)
is checked, upgraded or connected to in a worker: the window keeps answering, the workspace
open until then stays, and the section the new one opens on is built meanwhile."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from okrdesk.ui import settings
from okrdesk.ui.section_stack import SECTIONS
from tests.ui.test_main_window import message_boxes


@contextmanager
def silent_server() -> Iterator[str]:
    """The address of a server that takes the connection and never answers (libpq waits for
    it up to the address's connect_timeout)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        yield f"postgresql://dina@127.0.0.1:{silent.getsockname()[1]}/team?connect_timeout=3"


def _recent_action(window, path):
    window._fill_recent_menu()
    (action,) = [a for a in window.recent_menu.actions() if a.text() == str(path)]
    return action


def test_a_recent_workspace_opens_in_the_background(qtbot, window, demo_copy, empty_file):
    settings.LAST_SECTION.set(list(SECTIONS).index("okrs"))
    settings.remember_workspace(str(demo_copy))
    window.files.open_path(empty_file)  # empty: the welcome page, no section built for it
    assert window.sections.built("okrs") is None

    _recent_action(window, demo_copy).trigger()

    assert window.is_loading()
    assert window.controller.path == empty_file  # until the demo is checked
    assert window.sections.built("okrs") is not None  # built while the worker checks
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.controller.path == demo_copy
    assert window.stack.currentWidget() is window.sections["okrs"]
    assert window.windowTitle().endswith("— okrdesk")
    assert settings.RECENT_WORKSPACES.get()[:2] == [str(demo_copy), str(empty_file)]


def test_the_opening_says_which_file_it_opens(qtbot, window, demo_copy):
    task = window.files.open_in_background(demo_copy)
    assert task is not None
    assert task.dialog is not None and "demo.okrdesk" in task.dialog.labelText()
    qtbot.waitUntil(lambda: not window.is_loading())


def test_a_file_refused_in_the_background_is_said_and_the_open_one_stays(
    qtbot, window, demo_copy, tmp_path
):
    window.files.open_path(demo_copy)
    notes = tmp_path / "notes.okrdesk"
    notes.write_text("Monday: check in every KR\n", encoding="utf-8")

    window.files.open_in_background(notes)
    qtbot.waitUntil(lambda: not window.is_loading())

    boxes = message_boxes()
    assert boxes and "not an okrdesk workspace" in boxes[-1].text()
    assert str(notes) in boxes[-1].text()
    assert window.controller.path == demo_copy
    assert notes.read_text(encoding="utf-8") == "Monday: check in every KR\n"
    assert str(notes) not in settings.RECENT_WORKSPACES.get()
    for box in boxes:
        box.close()


def test_a_recent_file_gone_since_is_said_and_leaves_the_list(qtbot, window, demo_copy, empty_file):
    window.files.open_path(empty_file)
    window.files.open_path(demo_copy)
    empty_file.unlink()

    _recent_action(window, empty_file).trigger()
    qtbot.waitUntil(lambda: not window.is_loading())

    boxes = message_boxes()
    assert boxes and str(empty_file) in boxes[-1].text()
    assert window.controller.path == demo_copy
    assert settings.RECENT_WORKSPACES.get() == [str(demo_copy)]
    for box in boxes:
        box.close()


def test_cancelling_an_opening_keeps_the_open_workspace(qtbot, window, demo_copy, empty_file):
    window.files.open_path(demo_copy)
    window.files.open_path(empty_file)

    task = window.files.open_in_background(demo_copy)
    assert task is not None
    task.cancel()
    qtbot.waitUntil(lambda: not window.is_loading())

    assert window.controller.path == empty_file
    assert settings.RECENT_WORKSPACES.get()[0] == str(empty_file)
    assert not message_boxes()


def test_the_last_workspace_asked_for_is_the_one_opened(qtbot, window, demo_copy, empty_file):
    first = window.files.open_in_background(demo_copy)
    assert window.files.open_in_background(demo_copy) is first  # the same: the one under way

    second = window.files.open_in_background(empty_file)

    assert second is not first
    qtbot.waitUntil(lambda: not window.is_loading())
    qtbot.waitUntil(lambda: not first.is_running())
    assert window.controller.path == empty_file
    assert settings.RECENT_WORKSPACES.get()[0] == str(empty_file)


def test_a_slow_opening_says_so_in_a_window_modal_dialog_with_cancel(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    with silent_server() as address:
        task = window.files.open_in_background(address)
        assert task is not None
        qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())
        dialog = task.dialog
        assert dialog.labelText().startswith("Opening postgresql://dina@127.0.0.1:")
        assert dialog.windowModality() == Qt.WindowModality.WindowModal

        dialog.activateWindow()  # as a window-modal dialog shown over the window is
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        assert task.dialog is None  # gone at once: the window is the user's again
        assert window.controller.path == demo_copy
        qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert window.controller.path == demo_copy
    assert not message_boxes()


def test_a_workspace_created_while_another_opens_stays_open(qtbot, window, tmp_path):
    with silent_server() as address:
        task = window.files.open_in_background(address)
        assert task is not None

        assert window.files.create_path(tmp_path / "fresh") is None

        qtbot.wait(600)  # past the moment the opening's dialog would show
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                    and w.isVisible()]  # fmt: skip
        qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)
    assert window.controller.path == tmp_path / "fresh.okrdesk"
    assert not window.is_loading()
    assert not message_boxes()


def test_a_workspace_created_while_the_demo_builds_stays_open(qtbot, window, tmp_path):
    building = window.files.open_demo()

    assert window.files.create_path(tmp_path / "fresh") is None

    qtbot.waitUntil(lambda: not building.is_running(), timeout=60_000)
    assert window.controller.path == tmp_path / "fresh.okrdesk"


def test_closing_the_window_while_a_server_is_waited_for_opens_nothing(qtbot, window):
    with silent_server() as address:
        window.files.open_in_background(address)
        window.close()  # the worker waited for
    qtbot.wait(50)
    assert window.controller.workspace is None


def test_closing_the_window_as_the_opened_file_arrives_leaves_it_closed(qtbot, window, demo_copy):
    task = window.files.open_in_background(demo_copy)
    assert task is not None
    task.done.connect(window.close)  # a click on the close button handled in that turn
    qtbot.waitUntil(lambda: not window.isVisible())
    qtbot.wait(50)
    assert window.controller.workspace is None
    assert not (demo_copy.parent / "demo.okrdesk-wal").exists()


def test_after_cancel_a_new_request_opens_while_the_server_is_still_waited_for(
    qtbot, window, demo_copy
):
    with silent_server() as address:
        waiting = window.files.open_in_background(address)
        assert waiting is not None
        waiting.cancel()

        opening = window.files.open_in_background(demo_copy)

        assert opening is not waiting
        qtbot.waitUntil(lambda: not window.is_loading())
        assert window.controller.path == demo_copy
        qtbot.waitUntil(lambda: not waiting.is_running(), timeout=10_000)
    assert window.controller.path == demo_copy
    assert not message_boxes()


def test_return_on_the_welcome_page_opens_what_has_the_keys(qtbot, window, demo_copy, empty_file):
    settings.remember_workspace(str(demo_copy))
    window.files.open_path(empty_file)  # empty: the welcome page
    (recent,) = [b for b in window.welcome.recent_buttons if b.toolTip() == str(demo_copy)]
    with qtbot.waitSignal(window.welcome.new_cycle_requested):
        qtbot.keyClick(window.welcome.cycle_button, Qt.Key.Key_Return)
    for dialog in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]:
        dialog.close()

    qtbot.keyClick(recent, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.controller.path == demo_copy


def test_an_empty_workspace_reopened_from_the_welcome_page_keeps_the_keys_in_its_list(
    qtbot, window, empty_file
):
    settings.remember_workspace(str(empty_file))
    window.files.open_path(empty_file)  # empty: the welcome page, listing it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (recent,) = window.welcome.recent_buttons
    recent.setFocus()

    qtbot.keyClick(recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_loading())

    assert window.stack.currentWidget() is window.welcome
    assert window.focusWidget() is window.welcome.recent_buttons[0]


def test_a_rebuilt_recent_list_draws_only_its_new_entries(qtbot, window, demo_copy, empty_file):
    """The old entries wait for deletion out of the layout: they must not be drawn meanwhile
    (they were, over "Start a new cycle", in `okrdesk screenshot`'s welcome.png)."""
    welcome = window.welcome
    welcome.set_recent([str(demo_copy)])
    qtbot.waitUntil(lambda: welcome.recent_buttons[0].isVisible())
    welcome.set_recent([str(empty_file), str(demo_copy)])

    old = [
        button
        for button in welcome.findChildren(QPushButton, "welcomeRecent")
        if button not in welcome.recent_buttons
    ]
    assert old  # not deleted yet
    assert [button for button in old if not button.isHidden()] == []
