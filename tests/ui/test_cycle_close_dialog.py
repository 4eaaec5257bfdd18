"""Closing a cycle on the OKR screen: grades, retrospective, carry-over, undo and reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

from okrdesk.domain import okr
from okrdesk.store.okr.cycle_close import carry_over_candidates, cycle_row, grading_rows
from okrdesk.store.okr.initiatives import key_result_initiatives
from okrdesk.store.okr.queries import CycleInfo, KeyResultRow, cycle_objectives, list_cycles
from okrdesk.ui.okr.close.carry_dialog import ID_ROLE, CarryOverDialog, NewCycle
from okrdesk.ui.okr.close.close_dialog import CloseCycleDialog
from okrdesk.ui.okr.close.grades_model import NOTE, SCORE
from tests.helpers import query, visible

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def okrs(okrs):
    """The OKRs section (tests/ui/conftest.py) on the demo's current, open quarter."""
    assert not okrs.selected_cycle().closed
    return okrs


def cycles(path: Path) -> dict[int, CycleInfo]:
    """The file's cycles by id, as the store's query reads them."""
    return {cycle.id: cycle for cycle in query(path, list_cycles)}


def current_cycle(path: Path) -> int:
    (open_cycle,) = [cycle.id for cycle in cycles(path).values() if not cycle.closed]
    return open_cycle


def grades(path: Path, cycle_id: int) -> dict[int, tuple[float | None, str]]:
    """(grade, note) of each key result of the cycle by id, as the close dialog reads them."""
    return {r.key_result_id: (r.grade, r.note) for r in query(path, grading_rows, cycle_id)}


def objective_grades(path: Path, cycle_id: int) -> dict[int, float | None]:
    return {o.id: o.grade for o in query(path, cycle_objectives, cycle_id)}


def key_results(path: Path, cycle_id: int) -> dict[int, KeyResultRow]:
    """The cycle's key results by id, as the OKR screen reads them."""
    return {kr.id: kr for o in query(path, cycle_objectives, cycle_id) for kr in o.key_results}


def every_key_result(path: Path) -> set[int]:
    return {kr for cycle_id in cycles(path) for kr in key_results(path, cycle_id)}


def open_initiatives(path: Path, kr_id: int) -> list:
    return [i for i in query(path, key_result_initiatives, kr_id) if not i.done]


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a cell as a user would: F2, replace the text, Enter."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    kind = QDoubleSpinBox if column == SCORE else QLineEdit
    # Offscreen, focus does not follow; an editor closed before is hidden, awaiting deletion.
    (editor,) = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
    (editor.lineEdit() if column == SCORE else editor).selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits on its next turn of the event loop, then deletes the editor.
    qtbot.waitUntil(
        lambda: (
            not table.isPersistentEditorOpen(table.currentIndex())
            and not [w for w in table.viewport().findChildren(kind) if w.isVisible()]
        )
    )


def test_close_grades_and_retrospective_then_undo_restores_exactly(okrs, qtbot, window, demo_copy):
    cycle_id = current_cycle(demo_copy)
    before_krs = grades(demo_copy, cycle_id)
    before_objectives = objective_grades(demo_copy, cycle_id)
    qtbot.mouseClick(okrs.close_cycle_button, Qt.MouseButton.LeftButton)
    dialog = visible(CloseCycleDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    entries = dialog.model.entries
    assert [e.row.key_result_id for e in entries] and {e.row.key_result_id for e in entries} == {
        *before_krs
    }
    assert all(e.grade == okr.score(e.row.progress) for e in entries)

    edit_cell(qtbot, dialog.table, 0, SCORE, "0.3")
    edit_cell(qtbot, dialog.table, 0, NOTE, "Lost a month to the hiring freeze")
    assert entries[0].grade == 0.3
    background = dialog.model.index(0, SCORE).data(Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#fecaca"  # red
    qtbot.keyClicks(dialog.what_helped_edit, "Weekly check-ins")
    qtbot.keyClicks(dialog.root_causes_edit, "Paid search budget cut")
    qtbot.keyClicks(dialog.lessons_edit, "Set targets from the funnel")
    dialog.carry_check.setChecked(False)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    closed = query(demo_copy, cycle_row, cycle_id)
    assert closed["closed_at"] is not None
    assert (closed["what_helped"], closed["root_causes"], closed["lessons"]) == (
        "Weekly check-ins",
        "Paid search budget cut",
        "Set targets from the funnel",
    )
    graded = grades(demo_copy, cycle_id)
    first = entries[0].row.key_result_id
    assert graded[first] == (0.3, "Lost a month to the hiring freeze")
    assert all(graded[e.row.key_result_id][0] == e.row.proposed for e in entries[1:])
    assert okrs.selected_cycle().closed
    assert not okrs.editing.new_objective_action.isEnabled()
    assert not okrs.checkin_button.isEnabled()
    assert okrs.reopen_cycle_button.isVisibleTo(okrs)
    assert not okrs.close_cycle_button.isVisibleTo(okrs)

    window.undo_action.trigger()  # offscreen, the window is not active again after a dialog
    reopened = query(demo_copy, cycle_row, cycle_id)
    assert (reopened["closed_at"], reopened["lessons"]) == (None, "")
    assert grades(demo_copy, cycle_id) == before_krs
    assert objective_grades(demo_copy, cycle_id) == before_objectives
    assert not okrs.selected_cycle().closed
    assert okrs.editing.new_objective_action.isEnabled()


def test_reopen_is_undoable_with_ctrl_z(okrs, qtbot, window, demo_copy):
    okrs.cycle_combo.setCurrentIndex(okrs.cycle_combo.count() - 1)  # the closed quarter
    cycle_id = okrs.selected_cycle().id
    closed_at = query(demo_copy, cycle_row, cycle_id)["closed_at"]
    assert closed_at is not None
    qtbot.mouseClick(okrs.reopen_cycle_button, Qt.MouseButton.LeftButton)
    assert not cycles(demo_copy)[cycle_id].closed
    assert okrs.editing.new_objective_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert query(demo_copy, cycle_row, cycle_id)["closed_at"] == closed_at
    assert not okrs.editing.new_objective_action.isEnabled()


def test_carry_two_key_results_into_a_new_quarter_and_undo(okrs, qtbot, window, demo_copy):
    cycle_id = current_cycle(demo_copy)
    okrs.cycle_close.close_cycle()
    close_dialog = visible(CloseCycleDialog)
    assert close_dialog.carry_check.isChecked()
    qtbot.mouseClick(close_dialog.close_button, Qt.MouseButton.LeftButton)

    dialog = visible(CarryOverDialog)
    assert isinstance(dialog.target_combo.currentData(), NewCycle)
    items = dialog.key_result_items()
    offered = {item.data(ID_ROLE) for item in items}
    assert all(item.checkState() == Qt.CheckState.Checked for item in items)
    # A key result that reached its target is not offered.
    progress = {e.row.key_result_id: e.row.progress for e in close_dialog.model.entries}
    finished = {kr for kr, value in progress.items() if value >= 1}
    assert finished and not finished & offered

    with_initiatives = {kr for kr in offered if open_initiatives(demo_copy, kr)}
    keep = [i for i in items if i.data(ID_ROLE) in with_initiatives][:1]
    keep += [i for i in items if i not in keep][:1]
    for item in items:
        if item not in keep:
            item.setCheckState(Qt.CheckState.Unchecked)
    chosen = [item.data(ID_ROLE) for item in keep]
    assert dialog.values().key_result_ids == tuple(i.data(ID_ROLE) for i in items if i in keep)
    qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)

    assert len(cycles(demo_copy)) == 3
    start = cycles(demo_copy)[cycle_id].start_date
    (new_cycle,) = [c.id for c in cycles(demo_copy).values() if c.start_date > start]
    carried = {c.key_result_id for c in query(demo_copy, carry_over_candidates, cycle_id)} - {
        c.key_result_id for c in query(demo_copy, carry_over_candidates, cycle_id, new_cycle)
    }
    assert carried == set(chosen)
    old, new = key_results(demo_copy, cycle_id), key_results(demo_copy, new_cycle)
    assert sorted(kr.title for kr in new.values()) == sorted(old[kr].title for kr in chosen)
    for copy in new.values():
        (source,) = [old[kr] for kr in chosen if old[kr].title == copy.title]
        assert copy.start_value == (0.0 if source.kind == "binary" else source.current)
        assert copy.target_value == source.target_value
    new_ids = list(new)
    assert any(open_initiatives(demo_copy, kr) for kr in new_ids)

    window.undo_action.trigger()  # offscreen, the window is not active again after a dialog
    assert len(cycles(demo_copy)) == 2
    assert not every_key_result(demo_copy) & set(new_ids)
    window.redo_action.trigger()
    assert len(cycles(demo_copy)) == 3
    assert every_key_result(demo_copy) >= set(new_ids)


def test_a_score_still_being_typed_counts_when_closing(okrs, qtbot, demo_copy):
    cycle_id = current_cycle(demo_copy)
    okrs.cycle_close.close_cycle()
    dialog = visible(CloseCycleDialog)
    dialog.carry_check.setChecked(False)
    table = dialog.table
    table.setCurrentIndex(table.model().index(1, SCORE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (editor,) = [w for w in table.viewport().findChildren(QDoubleSpinBox) if w.isVisible()]
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "0.9")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    kr_id = dialog.model.entries[1].row.key_result_id
    assert grades(demo_copy, cycle_id)[kr_id][0] == 0.9
    assert cycles(demo_copy)[cycle_id].closed
