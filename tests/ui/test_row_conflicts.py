"""No lost update on the screens beside the OKRs: a person, a KPI and a funnel stage saved over
Anna's change show theirs beside yours (labels in words, teams by name) and let the user keep
theirs or apply theirs, then mine; an undo over her later change is refused in words; a row
she deleted is a plain refusal. Anna is a second workspace (its own engine) on the same file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from okrdesk.store import people
from okrdesk.store.funnel import definitions
from okrdesk.store.okr import kpis
from okrdesk.store.people import PersonValues
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from tests.helpers import click_ok, query, rows, run, visible

PERSON = "SELECT email, team_id FROM people WHERE id = ?"


def _table(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    model = dialog.table.model()
    return {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }


def _no_conflict_dialog() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]


def _message_box() -> QMessageBox:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )


@pytest.fixture
def people_dialog(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    dialog = window.manage_people()
    qtbot.waitExposed(dialog)
    return dialog


def _edit_email(dialog, row: int, email: str):
    """My editor of the person in `row`, opened (the person read), with `email` typed."""
    dialog.people_view.selectRow(row)
    person = dialog.selected_person()
    editor = dialog.edit_person()
    editor.email_edit.setText(email)
    return person, editor


def _other_team(demo_copy, person) -> tuple[int, str]:
    return next(
        (t.id, t.name) for t in query(demo_copy, people.list_teams) if t.id != person.team_id
    )


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_person_saved_over_annas_change_shows_theirs_and_yours(
    qtbot, people_dialog, demo_copy, anna, choice
):
    person, editor = _edit_email(people_dialog, 0, "mine@example.com")
    team, team_name = _other_team(demo_copy, person)
    theirs = PersonValues(person.name, person.email, team)
    run(anna, people.update_person, person.id, theirs)
    click_ok(editor)

    dialog = visible(ConflictDialog)
    assert person.name in dialog.header.text()
    table = _table(dialog)
    assert table["Team"] == (team_name, person.team_name or "—")  # names, not ids
    assert table["E-mail"] == (person.email or "—", "mine@example.com")
    assert rows(demo_copy, PERSON, person.id) == [(person.email, team)]
    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, PERSON, person.id) == [(person.email, team)]
        assert not people_dialog.controller.undo_stack.canUndo()
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # Her team, then my e-mail: nothing of either is lost.
        assert rows(demo_copy, PERSON, person.id) == [("mine@example.com", team)]
        people_dialog.controller.undo_stack.undo()
        assert rows(demo_copy, PERSON, person.id) == [(person.email, team)]


def test_undoing_a_person_edit_over_annas_later_change_is_refused(people_dialog, demo_copy, anna):
    person, editor = _edit_email(people_dialog, 0, "mine@example.com")
    click_ok(editor)
    assert rows(demo_copy, PERSON, person.id) == [("mine@example.com", person.team_id)]
    team, _ = _other_team(demo_copy, person)
    later = PersonValues(person.name, "mine@example.com", team)
    run(anna, people.update_person, person.id, later)

    refused: list[object] = []
    stack = people_dialog.controller.undo_stack
    stack.store_refused.connect(lambda _title, error: refused.append(error))
    stack.undo()

    assert rows(demo_copy, PERSON, person.id) == [("mine@example.com", team)]
    assert len(refused) == 1 and "nothing was undone" in str(refused[0])
    assert "nothing was undone" in _message_box().text()
    assert _no_conflict_dialog()


def test_a_person_anna_deleted_is_a_plain_refusal(people_dialog, demo_copy, anna):
    person, editor = _edit_email(people_dialog, 1, "mine@example.com")
    run(anna, people.delete_person, person.id)
    click_ok(editor)
    assert _no_conflict_dialog()
    assert "was deleted by someone else; nothing was saved" in _message_box().text()
    assert rows(demo_copy, PERSON, person.id) == []


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_kpi_saved_over_annas_change_shows_theirs_and_yours(qtbot, okrs, demo_copy, anna, choice):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    kpi = panel.selected()
    editor = panel.edit_selected()  # my editor read the KPI
    editor.red_spin.setValue(kpi.red_threshold - 1)
    theirs = dataclasses.replace(kpi.values, name="Anna's KPI")
    run(anna, kpis.update_kpi, kpi.id, theirs)
    click_ok(editor)

    dialog = visible(ConflictDialog)
    assert "Anna's KPI" in dialog.header.text()
    table = _table(dialog)
    assert table["Name"] == ("Anna's KPI", kpi.name)
    assert table["Red threshold"][0] != table["Red threshold"][1]
    stored = "SELECT name, red_threshold FROM kpis WHERE id = ?"
    assert rows(demo_copy, stored, kpi.id) == [("Anna's KPI", kpi.red_threshold)]
    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, stored, kpi.id) == [("Anna's KPI", kpi.red_threshold)]
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, stored, kpi.id) == [("Anna's KPI", kpi.red_threshold - 1)]


@pytest.fixture
def funnel_dialog(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("funnel"))
    dialog = window.sections["funnel"].edit_funnels()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_stage_renamed_over_annas_move_shows_theirs_and_yours(
    qtbot, funnel_dialog, demo_copy, anna, choice
):
    stages = funnel_dialog.stages_model.stages
    stage = stages[3]
    funnel_dialog.stages_view.setCurrentIndex(funnel_dialog.stages_model.index(3))
    editor = funnel_dialog.rename_stage()  # my dialog read the stage
    editor.name_edit.setText("Mine")
    run(anna, definitions.move_stage, stage.id, 0)  # Anna moves it first
    click_ok(editor)

    dialog = visible(ConflictDialog)
    assert stage.name in dialog.header.text()
    assert _table(dialog) == {"Name": (stage.name, "Mine")}
    stored = "SELECT name, position FROM funnel_stages WHERE id = ?"
    assert rows(demo_copy, stored, stage.id) == [(stage.name, 0)]
    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, stored, stage.id) == [(stage.name, 0)]
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # Her move, then my name.
        assert rows(demo_copy, stored, stage.id) == [("Mine", 0)]
        assert funnel_dialog.stages_model.stages[0].name == "Mine"


def test_a_kpi_value_anna_recorded_first_for_the_same_day_is_shown_then_mine_applied(
    qtbot, okrs, demo_copy, anna
):
    panel = okrs.kpis
    okrs.side_tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    kpi = panel.selected()
    day = kpi.latest[0] + dt.timedelta(days=7)  # a day without a value, as my dialog read it
    editor = panel.record_value()
    editor.date_edit.setDate(QDate(day))
    editor.value_spin.setValue(42.0)
    run(anna, kpis.record_kpi_value, kpi.id, day, 41.0)
    click_ok(editor)

    dialog = visible(ConflictDialog)
    assert kpi.name in dialog.header.text()
    assert _table(dialog)["Value"][0] != _table(dialog)["Value"][1]
    stored = "SELECT value FROM kpi_values WHERE kpi_id = ? AND measured_on = ?"
    assert rows(demo_copy, stored, kpi.id, day.isoformat()) == [(41.0,)]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert rows(demo_copy, stored, kpi.id, day.isoformat()) == [(42.0,)]
    okrs.controller.undo_stack.undo()
    assert rows(demo_copy, stored, kpi.id, day.isoformat()) == [(41.0,)]  # Anna's again
