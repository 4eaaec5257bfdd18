"""A new workspace can plan an experiment at once: its default funnel is offered by the
experiment editor, with the six stages, and can be renamed in Funnels and stages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okrdesk.store.funnel import definitions
from okrdesk.ui.experiments.editor import ExperimentEditor
from okrdesk.ui.experiments.section import BACKLOG
from okrdesk.ui.funnel.definitions_dialog import NameEditor
from tests.helpers import query, stored_experiments

SIX = ["Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal"]


def _editor() -> ExperimentEditor:
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ExperimentEditor) and w.isVisible()
    )


def test_the_experiment_editor_of_a_new_workspace_offers_its_funnel(qtbot, window, tmp_path):
    path = tmp_path / "client.okrdesk"
    assert window.files.create_path(path) is None
    window.show_section(2)
    section = window.sections["experiments"]
    section.tabs.setCurrentIndex(BACKLOG)
    qtbot.mouseClick(section.backlog.new_button, Qt.MouseButton.LeftButton)
    editor = _editor()
    assert editor.funnel_combo.currentText() == "Sales funnel"
    stages = [editor.from_combo.itemText(i) for i in range(1, editor.from_combo.count())]
    assert stages == SIX
    assert (editor.from_combo.currentText(), editor.to_combo.currentText()) == (
        "Visit",
        "Form submitted",
    )
    qtbot.keyClicks(editor.title_edit, "Shorter form")
    editor.accept()
    (row,) = stored_experiments(path).values()
    assert row.funnel_name == "Sales funnel"


def test_the_default_funnel_can_be_renamed(qtbot, window, tmp_path):
    path = tmp_path / "client.okrdesk"
    assert window.files.create_path(path) is None
    window.show_section(3)
    dialog = window.sections["funnel"].edit_funnels()
    assert dialog is not None and dialog.funnel_combo.currentText() == "Sales funnel"
    qtbot.mouseClick(dialog.rename_funnel_button, Qt.MouseButton.LeftButton)
    name = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, NameEditor) and w.isVisible()
    )
    name.name_edit.selectAll()
    qtbot.keyClicks(name.name_edit, "Web leads")
    name.accept()
    (funnel,) = query(path, definitions.list_funnels)
    assert funnel.name == "Web leads"
    assert [s.name for s in query(path, definitions.list_stages, funnel.id)] == SIX
