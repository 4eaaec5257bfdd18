"""No lost update on the screens: a save over someone else's change shows theirs beside yours
and lets the user keep theirs or apply theirs, then theirs-then-mine; an undo over someone
else's later change is refused in words. The other person is a second workspace (its own
engine) on the same file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store.okr import commands
from okrdesk.store.okr.checkins import CheckInValues, SeenDay, stored_checkin, write_checkin
from okrdesk.store.workspace.files import Workspace, open_workspace
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from okrdesk.ui.okr.editors import KeyResultEditor
from okrdesk.ui.okr.nodes import KeyResultNode
from tests.helpers import click_ok, experiment_id, read, rows, run, visible


@pytest.fixture
def anna(demo_copy) -> Iterator[tuple[Workspace, int, str]]:
    """Anna's okrdesk on the same file: her workspace, her person id and name."""
    second = open_workspace(demo_copy)
    person, name = rows(demo_copy, "SELECT id, name FROM people ORDER BY id")[0]
    yield second, person, name
    second.close()


def _first_key_result(okrs) -> KeyResultNode:
    return next(n for n in okrs.key_result_nodes() if n.row_data.kind == "increase")


def _anna_edits(anna, node: KeyResultNode, **changes) -> None:
    workspace, person, _ = anna
    row = node.row_data
    seen = KeyResultValues(**{f: getattr(row, f) for f in KeyResultValues.__dataclass_fields__})
    values = dataclasses.replace(seen, **changes)
    run(workspace, commands.edit_key_result, row.id, values, person, seen_version=row.version)


def _conflict_dialog() -> ConflictDialog:
    return visible(ConflictDialog)


def _table(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    model = dialog.table.model()
    return {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }


def _edit_target(okrs, node: KeyResultNode, target: float) -> KeyResultEditor:
    dialog, apply = okrs.editing.editor_for(node, okrs)
    dialog.accepted.connect(lambda: apply(dialog.values()))
    dialog.show()
    dialog.target_spin.setValue(target)
    return dialog


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_key_result_edit_over_annas_change_shows_theirs_and_yours(
    okrs, qtbot, demo_copy, anna, choice
):
    node = _first_key_result(okrs)
    row = node.row_data
    editor = _edit_target(okrs, node, row.target_value + 50)  # my screen read the row
    _anna_edits(anna, node, title="Anna's title")  # Anna saves first
    click_ok(editor)

    dialog = _conflict_dialog()
    name = anna[2]
    assert name in dialog.header.text() and "Anna's title" in dialog.header.text()
    table = _table(dialog)
    assert table["Title"] == ("Anna's title", row.title)
    assert table["Target"][0] != table["Target"][1]
    stored = "SELECT title, target_value FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, row.id) == [("Anna's title", row.target_value)]

    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert rows(demo_copy, stored, row.id) == [("Anna's title", row.target_value)]
        assert not okrs.controller.undo_stack.canUndo()
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # Theirs (her title), then mine (my target): nothing of either is lost.
        assert rows(demo_copy, stored, row.id) == [("Anna's title", row.target_value + 50)]
        okrs.controller.undo_stack.undo()
        assert rows(demo_copy, stored, row.id) == [("Anna's title", row.target_value)]


def test_undo_over_annas_later_change_is_refused_and_does_nothing(okrs, demo_copy, anna):
    node = _first_key_result(okrs)
    row = node.row_data
    click_ok(_edit_target(okrs, node, row.target_value + 50))
    stored = "SELECT title, target_value FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, row.id) == [(row.title, row.target_value + 50)]
    mine = next(n for n in okrs.key_result_nodes() if n.row_data.id == row.id)
    _anna_edits(anna, mine, title="Anna's later title")

    refused: list[str] = []
    okrs.controller.undo_stack.store_refused.connect(lambda _title, error: refused.append(error))
    okrs.controller.undo_stack.undo()

    assert rows(demo_copy, stored, row.id) == [("Anna's later title", row.target_value + 50)]
    assert len(refused) == 1 and "nothing was undone" in str(refused[0])
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert anna[2] in box.text() and "nothing was undone" in box.text()


def test_a_check_in_over_annas_check_in_of_the_same_day_shows_both(okrs, qtbot, demo_copy, anna):
    dialog = okrs.start_checkin()
    assert isinstance(dialog, CheckInDialog)
    node = dialog.current()
    kr = node.row_data.id
    day = dialog.day()
    seen = dialog.seen_day(CheckInValues(kr, day, 0.0))
    workspace, person, name = anna
    run(workspace, write_checkin, CheckInValues(kr, day, 1234.0, 3, "Anna's"), day, person, seen)

    dialog.value_spin.setValue(4321.0)
    dialog.comment_edit.setText("Mine")
    dialog.save_and_next()

    conflict = _conflict_dialog()
    assert name in conflict.header.text()
    table = _table(conflict)
    assert table["Comment"] == ("Anna's", "Mine")
    stored = "SELECT value, comment FROM checkins WHERE key_result_id = ? AND checked_on = ?"
    assert rows(demo_copy, stored, kr, day.isoformat()) == [(1234.0, "Anna's")]
    qtbot.mouseClick(conflict.apply_button, Qt.MouseButton.LeftButton)
    assert rows(demo_copy, stored, kr, day.isoformat()) == [(4321.0, "Mine")]


def test_check_ins_of_different_key_results_by_two_people_both_land(okrs, demo_copy, anna):
    dialog = okrs.start_checkin()
    first = dialog.current().row_data.id
    other = next(n.row_data.id for n in okrs.key_result_nodes() if n.row_data.id != first)
    day = dialog.day()
    workspace, person, _ = anna
    with workspace.session() as session:
        seen = SeenDay.of(stored_checkin(session, other, day))  # Anna's dialog read her day
    run(workspace, write_checkin, CheckInValues(other, day, 77.0), day, person, seen)
    dialog.value_spin.setValue(88.0)
    dialog.save_and_next()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]
    stored = "SELECT value FROM checkins WHERE key_result_id = ? AND checked_on = ?"
    assert rows(demo_copy, stored, first, day.isoformat()) == [(88.0,)]
    assert rows(demo_copy, stored, other, day.isoformat()) == [(77.0,)]


def test_an_experiment_edit_over_annas_change_applies_theirs_then_mine(
    window, qtbot, demo_copy, anna
):
    from okrdesk.store.experiments import records

    window.files.open_path(demo_copy)
    window.show_section(list(window.sections).index("experiments"))
    section = window.sections["experiments"]
    experiment = experiment_id(demo_copy, "EXP-0004")
    editor = section.editing.edit(experiment)  # my editor read the experiment
    workspace, person, name = anna
    row = read(workspace, records.experiment, experiment)
    theirs = dataclasses.replace(row.values, hypothesis="Anna's hypothesis")
    run(workspace, records.save_experiment, experiment, theirs, row.status, row.version, person)

    editor.title_edit.setText("My title")
    click_ok(editor)

    dialog = _conflict_dialog()
    assert name in dialog.header.text()
    assert _table(dialog)["Hypothesis"] == ("Anna's hypothesis", row.values.hypothesis)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert rows(
        demo_copy, "SELECT title, hypothesis FROM experiments WHERE id = ?", experiment
    ) == [("My title", "Anna's hypothesis")]


def test_two_edits_of_my_own_undo_one_after_the_other(okrs, demo_copy):
    node = _first_key_result(okrs)
    row = node.row_data
    click_ok(_edit_target(okrs, node, row.target_value + 50))
    again = next(n for n in okrs.key_result_nodes() if n.row_data.id == row.id)
    click_ok(_edit_target(okrs, again, row.target_value + 70))
    stored = "SELECT target_value FROM key_results WHERE id = ?"
    assert rows(demo_copy, stored, row.id) == [(row.target_value + 70,)]
    okrs.controller.undo_stack.undo()
    okrs.controller.undo_stack.undo()
    assert rows(demo_copy, stored, row.id) == [(row.target_value,)]
    okrs.controller.undo_stack.redo()
    okrs.controller.undo_stack.redo()
    assert rows(demo_copy, stored, row.id) == [(row.target_value + 70,)]
