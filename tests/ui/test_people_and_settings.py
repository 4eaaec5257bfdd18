"""People and teams, and the workspace settings, as a user edits them: through the dialogs,
with undo and redo, asserting on the workspace file and on what the OKR screen shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from okrdesk.domain.okr import Status
from okrdesk.store.people import PersonRow, list_people, list_teams, owned_by
from okrdesk.store.workspace.settings import read_settings
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE, STATUS
from okrdesk.ui.people.dialog import PeopleDialog
from okrdesk.ui.people.editors import PersonEditor, TeamEditor
from okrdesk.ui.settings_dialog import SettingsDialog
from tests.helpers import (
    EDIT_MARKS,
    answer_next_question,
    dump_tables,
    ok_button,
    query,
    visible,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ROOT = QModelIndex()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def teams(path: Path) -> dict[int, str]:
    """{team id: name} in the file, as the store's query reads them."""
    return {team.id: team.name for team in query(path, list_teams)}


def persons(path: Path) -> dict[int, PersonRow]:
    """Everyone in the file by id, as the store's query reads them."""
    return {person.id: person for person in query(path, list_people)}


def shown_names(view) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select_row(dialog: PeopleDialog, view, name: str) -> None:
    view.selectRow(shown_names(view).index(name))
    view.setFocus()


@pytest.fixture
def people(qtbot, window, demo_copy) -> PeopleDialog:
    window.files.open_path(demo_copy)
    dialog = window.manage_people()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_manager_lists_every_team_and_person(people, demo_copy):
    assert shown_names(people.teams_view) == list(teams(demo_copy).values())
    assert shown_names(people.people_view) == [p.name for p in persons(demo_copy).values()]
    sales = shown_names(people.teams_view).index("Sales")
    assert people.teams_model.index(sales, 1).data() == "3"  # three people in Sales


def test_a_team_is_added_renamed_and_deleted_and_undo_redo_walk_it_back(
    people, qtbot, window, demo_copy
):
    before = dump_tables(demo_copy)
    click(qtbot, people.add_team_button)
    editor = visible(TeamEditor)
    assert editor.problems_label.isHidden()  # nothing said before OK
    click(qtbot, ok_button(editor))  # no name yet: refused, saying why
    assert editor.isVisible() and editor.problems_label.text() == "Give a name."
    qtbot.keyClicks(editor.name_edit, "Product")
    click(qtbot, ok_button(editor))
    (team_id,) = [id_ for id_, name in teams(demo_copy).items() if name == "Product"]
    assert "Product" in shown_names(people.teams_view)
    assert people.selected_team().id == team_id

    click(qtbot, people.rename_team_button)
    editor = visible(TeamEditor)
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Product and Design")
    click(qtbot, ok_button(editor))
    assert teams(demo_copy)[team_id] == "Product and Design"

    click(qtbot, people.delete_team_button)  # nobody is in it: no question
    assert team_id not in teams(demo_copy)
    assert "Product and Design" not in shown_names(people.teams_view)

    window.undo_action.trigger()
    assert "Product and Design" in shown_names(people.teams_view)
    window.undo_action.trigger()
    assert teams(demo_copy)[team_id] == "Product"
    window.undo_action.trigger()
    assert "Product" not in shown_names(people.teams_view)
    assert dump_tables(demo_copy) == before

    for _ in range(2):
        window.redo_action.trigger()
    assert teams(demo_copy)[team_id] == "Product and Design"
    window.redo_action.trigger()
    assert team_id not in teams(demo_copy)


def test_a_person_is_added_edited_and_deleted_and_undo_redo_walk_it_back(
    people, qtbot, window, demo_copy
):
    before = dump_tables(demo_copy)
    select_row(people, people.teams_view, "Marketing")
    click(qtbot, people.add_person_button)
    editor = visible(PersonEditor)
    assert editor.team_combo.currentText() == "Marketing"  # the chosen team, to start with
    qtbot.keyClicks(editor.name_edit, "Ana Silva")
    qtbot.keyClicks(editor.email_edit, "ana@example")
    click(qtbot, ok_button(editor))
    assert editor.isVisible()
    assert "not an e-mail address" in editor.problems_label.text()
    qtbot.keyClicks(editor.email_edit, ".com")
    click(qtbot, ok_button(editor))
    created = [p for p in persons(demo_copy).values() if p.name == "Ana Silva"]
    assert [(p.email, p.team_name) for p in created] == [("ana@example.com", "Marketing")]
    person_id = created[0].id
    assert people.selected_person().id == person_id

    people.people_view.setFocus()  # offscreen, focus does not come back after a dialog
    qtbot.keyClick(people.people_view, Qt.Key.Key_F2)
    editor = visible(PersonEditor)
    editor.team_combo.setCurrentIndex(editor.team_combo.findText("Sales"))
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Ana Silva-Costa")
    click(qtbot, ok_button(editor))
    edited = persons(demo_copy)[person_id]
    assert (edited.name, edited.email, edited.team_name) == (
        "Ana Silva-Costa",
        "ana@example.com",
        "Sales",
    )

    qtbot.keyClick(people.people_view, Qt.Key.Key_Delete)  # owns nothing: no question
    assert person_id not in persons(demo_copy)

    for _ in range(3):  # Ctrl+Z works in the dialog too
        qtbot.keyClick(people.people_view, Qt.Key.Key_Z, CTRL)
    assert "Ana Silva" not in shown_names(people.people_view)
    assert dump_tables(demo_copy) == before
    window.redo_action.trigger()
    assert persons(demo_copy)[person_id].name == "Ana Silva"


def test_a_name_taken_whatever_its_case_is_refused_and_nothing_is_written(people, qtbot, demo_copy):
    before = dump_tables(demo_copy)
    people.add_team()
    editor = visible(TeamEditor)
    qtbot.keyClicks(editor.name_edit, "  sales ")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)  # Enter does not get past it
    assert editor.isVisible()
    assert editor.problems_label.text() == "There is already a team called “sales”."
    editor.reject()

    select_row(people, people.people_view, "Tom Fischer")
    people.edit_person()
    editor = visible(PersonEditor)
    editor.name_edit.setText("ZOFIA NOWAK")
    click(qtbot, ok_button(editor))
    assert editor.isVisible()
    assert editor.problems_label.text() == "There is already someone called “ZOFIA NOWAK”."
    editor.name_edit.setText("tom fischer")  # their own name in another case is fine
    assert editor.problems_label.isHidden()
    editor.reject()
    assert dump_tables(demo_copy) == before


def test_deleting_an_owner_asks_first_and_undo_restores_what_they_owned(
    people, qtbot, window, demo_copy
):
    (claire,) = [p.id for p in persons(demo_copy).values() if p.name == "Claire Dubois"]
    owned = query(demo_copy, owned_by, claire)
    objectives, key_results = owned["objectives"], owned["key_results"]
    before = dump_tables(demo_copy)
    window.show_section(1)  # sections refresh while shown; hidden ones when next shown
    okrs = window.sections["okrs"]
    assert "Claire Dubois" in [
        okrs.owner_combo.itemText(i) for i in range(okrs.owner_combo.count())
    ]

    select_row(people, people.people_view, "Claire Dubois")
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    click(qtbot, people.delete_person_button)
    assert seen and seen[0].startswith(
        f"Claire Dubois owns {objectives} objectives and {key_results} key results"
    )
    assert seen[0].endswith("; they will have no owner. Delete?")
    assert dump_tables(demo_copy) == before

    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    click(qtbot, people.delete_person_button)
    assert claire not in persons(demo_copy)
    assert query(demo_copy, owned_by, claire) == {}
    assert "Claire Dubois" not in shown_names(people.people_view)
    assert "Claire Dubois" not in [
        okrs.owner_combo.itemText(i) for i in range(okrs.owner_combo.count())
    ]

    window.undo_action.trigger()
    assert dump_tables(demo_copy) == before
    assert "Claire Dubois" in shown_names(people.people_view)
    assert "Claire Dubois" in [
        okrs.owner_combo.itemText(i) for i in range(okrs.owner_combo.count())
    ]


def test_deleting_a_team_in_use_asks_first_and_undo_puts_its_members_back(
    people, qtbot, window, demo_copy
):
    before = dump_tables(demo_copy)
    select_row(people, people.teams_view, "Sales")
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(people.teams_view, Qt.Key.Key_Delete)
    assert seen and seen[0].startswith("Sales has 3 team members")
    assert "Sales" not in teams(demo_copy).values()
    assert "—" in [people.people_model.index(r, 1).data() for r in range(len(people.people))]
    window.undo_action.trigger()
    assert dump_tables(demo_copy) == before


# -- workspace settings ----------------------------------------------------------------------


@pytest.fixture
def opened(window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(1)
    return window


def on_track_key_result(okrs) -> tuple[int, int]:
    """(id, confidence) of a key result on track whose confidence is 3 to 9."""
    for node in okrs.key_result_nodes():
        confidence = node.row_data.confidence
        if node.status.status is Status.ON_TRACK and confidence is not None and 2 < confidence < 10:
            return node.row_data.id, confidence
    raise AssertionError("the demo has no key result on track with a middling confidence")


def shown_status(okrs, key_result_id: int) -> str:
    def walk(parent=ROOT):
        for row in range(okrs.proxy.rowCount(parent)):
            index = okrs.proxy.index(row, 0, parent)
            node = index.data(NODE_ROLE)
            if isinstance(node, KeyResultNode) and node.row_data.id == key_result_id:
                return index.siblingAtColumn(STATUS).data()
            found = walk(index)
            if found is not None:
                return found
        return None

    return walk()


def raise_at_risk_confidence(qtbot, window) -> None:
    dialog = window.edit_workspace_settings()
    dialog.at_risk_confidence_spin.setValue(9)
    click(qtbot, ok_button(dialog))


def test_saved_thresholds_are_what_the_okr_screen_judges_by(opened, qtbot, demo_copy):
    okrs = opened.sections["okrs"]
    key_result, _confidence = on_track_key_result(okrs)
    before = dump_tables(demo_copy, drop_columns=EDIT_MARKS)
    raise_at_risk_confidence(qtbot, opened)
    assert query(demo_copy, read_settings).at_risk_confidence == 9
    okrs.reload()
    assert shown_status(okrs, key_result) == "At risk"
    opened.undo_action.trigger()
    assert dump_tables(demo_copy, drop_columns=EDIT_MARKS) == before
    okrs.reload()
    assert shown_status(okrs, key_result) == "On track"


def test_changing_thresholds_changes_the_status_in_the_okr_tree_and_undo_changes_it_back(
    opened, qtbot
):
    okrs = opened.sections["okrs"]
    key_result, _confidence = on_track_key_result(okrs)
    raise_at_risk_confidence(qtbot, opened)
    assert shown_status(okrs, key_result) == "At risk"
    opened.undo_action.trigger()
    assert shown_status(okrs, key_result) == "On track"


def test_renaming_the_workspace_shows_in_the_title_and_undo_puts_it_back(opened, qtbot, demo_copy):
    old_title = opened.windowTitle()
    dialog = opened.edit_workspace_settings()
    dialog.name_edit.setText("Northwind Analytics")
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("CHF"))
    dialog.week_combo.setCurrentIndex(6)
    dialog.window_spin.setValue(35)
    click(qtbot, ok_button(dialog))
    assert opened.windowTitle() == "Northwind Analytics — okrdesk"
    saved = query(demo_copy, read_settings)
    assert (saved.name, saved.currency, saved.week_start, saved.conversion_window_days) == (
        "Northwind Analytics",
        "CHF",
        6,
        35,
    )
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)
    assert opened.windowTitle() == old_title


def test_invalid_thresholds_are_refused_at_ok_saying_why(opened, qtbot, demo_copy):
    before = dump_tables(demo_copy)
    dialog = opened.edit_workspace_settings()
    dialog.off_track_gap_spin.setValue(dialog.at_risk_gap_spin.value())
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible()
    assert "further behind pace than at risk" in dialog.problems_label.text()
    dialog.off_track_gap_spin.setValue(0.5)
    assert dialog.problems_label.isHidden()
    dialog.off_track_confidence_spin.setValue(dialog.at_risk_confidence_spin.value())
    assert "lower confidence than at risk" in dialog.problems_label.text()
    dialog.name_edit.clear()
    assert "Give the workspace a name." in dialog.problems_label.text()
    dialog.reject()
    assert dump_tables(demo_copy) == before


def test_ok_without_a_change_adds_no_undo_step(opened, qtbot):
    count = opened.controller.undo_stack.count()
    dialog = opened.edit_workspace_settings()
    assert isinstance(dialog, SettingsDialog)
    click(qtbot, ok_button(dialog))
    assert opened.controller.undo_stack.count() == count
