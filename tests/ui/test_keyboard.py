"""The weekly loop by keyboard: redo keys bound once, forms that take typing and Enter,
sections that take the focus, tables that Tab leaves, buttons reachable with Alt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from okrdesk.store.okr.queries import list_cycles
from okrdesk.ui.main_window import MainWindow
from tests.helpers import query

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_Y = QKeySequence("Ctrl+Y")
LEFT = Qt.MouseButton.LeftButton


def cycle_names(path: Path) -> list[str]:
    return [cycle.name for cycle in query(path, list_cycles)]


def shown_dialog(kind: type[QDialog] = QDialog) -> QDialog:
    """The dialog the user sees now (the one on top when several are open)."""
    widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    if isinstance(widget, kind) and widget.isVisible():
        return widget
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


# -- redo ------------------------------------------------------------------------------------


def test_ctrl_shift_z_redoes_what_ctrl_z_undid(qtbot, window: MainWindow, empty_file):
    window.files.open_path(empty_file)
    window.new_cycle_action.trigger()
    dialog = shown_dialog()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    (name,) = cycle_names(empty_file)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert cycle_names(empty_file) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert cycle_names(empty_file) == [name]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert cycle_names(empty_file) == [name]


def test_every_redo_action_has_the_platform_keys_and_ctrl_y_each_once(
    qtbot, window: MainWindow, demo_copy
):
    window.files.open_path(demo_copy)
    people = window.manage_people()
    window.show_section(3)
    funnel = window.sections["funnel"]
    funnel.filters.edit_funnels_button.click()
    definitions = funnel.definitions_dialog
    assert definitions.isVisible()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo_actions = [window.redo_action]
    for dialog in (people, definitions):
        redo_actions += [
            a for a in dialog.actions() if a.text().replace("&", "").startswith("Redo")
        ]
    assert len(redo_actions) == 3
    for redo in redo_actions:
        keys = [key.toString() for key in redo.shortcuts()]
        assert len(keys) == len(set(keys)), keys
        assert set(keys) == {key.toString() for key in [*platform, CTRL_Y]}
