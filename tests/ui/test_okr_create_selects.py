"""What is created becomes the selection of the OKR tree, so that the next key goes on from
it: Ctrl+N, then Ctrl+Shift+N adds under the objective just written; undo goes back to where
the user was, redo to what was made again. The New key result dialog names its objective."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from okrdesk.ui.okr.editors import KeyResultEditor, ObjectiveEditor
from okrdesk.ui.okr.nodes import KeyResultNode, ObjectiveNode
from okrdesk.ui.okr.template_dialog import TemplateDialog
from tests.helpers import current_key_results, current_objectives

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _write(qtbot, editor, title: str) -> None:
    """Into the title field, type the title and press Enter."""
    qtbot.mouseClick(editor.title_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert not editor.isVisible()


def _selected(okrs) -> tuple[str, str] | None:
    node = okrs.current_node()
    if isinstance(node, ObjectiveNode):
        return ("objective", node.row_data.title)
    if isinstance(node, KeyResultNode):
        return ("key result", node.row_data.title)
    return None


def test_ctrl_n_then_ctrl_shift_n_adds_under_the_new_objective(okrs, qtbot, demo_copy):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL)
    _write(qtbot, _dialog(ObjectiveEditor), "Open the Gdansk office")
    assert _selected(okrs) == ("objective", "Open the Gdansk office")
    assert okrs.history.isVisible() or okrs.details.isVisible()

    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL_SHIFT)
    editor = _dialog(KeyResultEditor)
    assert "Open the Gdansk office" in editor.windowTitle()
    label = editor.findChild(QLabel, "objectiveLabel")
    assert label is not None and label.isVisible()
    assert label.text() == "Objective: Open the Gdansk office"
    _write(qtbot, editor, "Sign the lease")
    assert _selected(okrs) == ("key result", "Sign the lease")

    (objective,) = [
        o for o in current_objectives(demo_copy).values() if o.title == "Open the Gdansk office"
    ]
    (key_result,) = [
        k for k in current_key_results(demo_copy).values() if k.title == "Sign the lease"
    ]
    assert key_result.objective_id == objective.id

    # From the key result just made, the next one still goes under the same objective.
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL_SHIFT)
    editor = _dialog(KeyResultEditor)
    assert editor.findChild(QLabel, "objectiveLabel").text() == (
        "Objective: Open the Gdansk office"
    )
    editor.reject()


def test_undo_goes_back_to_the_objective_and_redo_to_what_was_made(okrs, qtbot, window):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL)
    _write(qtbot, _dialog(ObjectiveEditor), "Hire two engineers")
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL_SHIFT)
    _write(qtbot, _dialog(KeyResultEditor), "Two offers signed")
    assert _selected(okrs) == ("key result", "Two offers signed")

    qtbot.keyClick(okrs.tree, Qt.Key.Key_Z, CTRL)  # the key result goes
    assert _selected(okrs) == ("objective", "Hire two engineers")
    window.redo_action.trigger()  # Edit → Redo
    assert _selected(okrs) == ("key result", "Two offers signed")

    qtbot.keyClick(okrs.tree, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Z, CTRL)  # and the objective
    assert all(n.row_data.title != "Hire two engineers" for n in okrs.objective_nodes())
    window.redo_action.trigger()
    assert _selected(okrs) == ("objective", "Hire two engineers")


def test_a_redo_made_from_another_section_selects_when_the_okrs_show_again(okrs, qtbot, window):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_N, CTRL)
    _write(qtbot, _dialog(ObjectiveEditor), "Cut churn")
    qtbot.keyClick(okrs.tree, Qt.Key.Key_Z, CTRL)
    window.show_section(0)
    window.redo_action.trigger()
    window.show_section(1)
    assert _selected(okrs) == ("objective", "Cut churn")


def test_an_objective_from_a_template_is_selected(okrs, qtbot):
    okrs.tree.setFocus()
    qtbot.keyClick(okrs.tree, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = _dialog(TemplateDialog)
    dialog.accept()
    selected = _selected(okrs)
    assert selected is not None and selected[0] == "objective"
    assert okrs.current_node().row_data.key_results
