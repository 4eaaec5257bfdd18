"""File → Import history…: the list of imports, and undoing one (asked first, undoable)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from okrdesk.store.bindings import import_file
from okrdesk.store.funnel.importing import ImportOptions, import_history
from okrdesk.ui.common.formatting import format_date
from okrdesk.ui.funnel.import_history import FILE, ROWS, SHA, UNDONE, WEEKS, ImportHistoryDialog
from tests.helpers import DEMO_DAY, answer_next_question, query, rows

STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")


def click_file(qtbot, dialog: ImportHistoryDialog, file_name: str) -> None:
    """Click the row of the import history that shows `file_name`."""
    model = dialog.table.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, FILE).data() == file_name]
    cell = dialog.table.visualRect(model.index(row, FILE)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def last_full_week() -> dt.date:
    today = DEMO_DAY
    return today - dt.timedelta(days=today.weekday(), weeks=1)


@pytest.fixture
def imported(window, demo_copy, tmp_path) -> Path:
    """The demo with one more import: last full week again, for every source at once."""
    week = last_full_week()
    counts = (6000, 190, 150, 75, 30, 6)
    lines = ["week,stage,count"] + [
        f"{week.isoformat()},{stage},{count}" for stage, count in zip(STAGES, counts, strict=True)
    ]
    path = tmp_path / "ga-export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.files.open_path(demo_copy)
    result = import_file(window.controller.workspace, path, ImportOptions(funnel="Inbound B2B"))
    assert result is not None
    return demo_copy


def sums(path: Path) -> list[tuple]:
    return rows(
        path,
        "SELECT week_start, stage_id, segment, SUM(count) FROM funnel_counts "
        "GROUP BY week_start, stage_id, segment ORDER BY 1, 2, 3",
    )


def test_the_history_lists_every_import_newest_first(qtbot, window, imported):
    dialog = ImportHistoryDialog(window, window.controller)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, FILE).data() == "ga-export.csv"
    assert model.index(1, FILE).data().startswith("hubspot_export_")
    ((sha, count),) = [
        (record.sha256, record.rows)
        for record in query(imported, import_history)
        if record.file_name == "ga-export.csv"
    ]
    assert model.index(0, SHA).data() == sha[:12]
    assert model.index(0, SHA).data(3) == sha  # the whole digest in the tooltip
    assert model.index(0, ROWS).data() == str(count)
    assert model.index(0, WEEKS).data() == format_date(last_full_week())
    assert format_date(last_full_week()) in model.index(1, WEEKS).data()
    assert model.index(0, UNDONE).data() == ""
    assert not dialog.undo_button.isEnabled()  # nothing chosen yet


def test_undo_an_import_asks_first_and_edit_undo_puts_it_back(qtbot, window, imported):
    with_import = sums(imported)
    dialog = ImportHistoryDialog(window, window.controller)
    qtbot.addWidget(dialog)
    dialog.show()
    click_file(qtbot, dialog, "ga-export.csv")
    assert dialog.undo_button.isEnabled()

    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    assert not dialog.undo_selected()
    assert "ga-export.csv" in seen[0]
    assert "The key results' history keeps the 1 automatic check-in it wrote." in seen[0]
    assert sums(imported) == with_import

    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    assert dialog.undo_selected()
    assert sums(imported) != with_import
    undone_at = next(
        record.undone_at
        for record in query(imported, import_history)
        if record.file_name == "ga-export.csv"
    )
    assert undone_at is not None
    assert dialog.model.index(0, UNDONE).data() != ""
    assert not dialog.undo_button.isEnabled()

    window.controller.undo_stack.undo()
    assert sums(imported) == with_import
    assert dialog.model.index(0, UNDONE).data() == ""
    assert dialog.undo_button.isEnabled()


def test_an_earlier_import_under_a_later_one_is_refused_with_a_message(qtbot, window, imported):
    before = sums(imported)
    depth = window.controller.undo_stack.count()
    dialog = ImportHistoryDialog(window, window.controller)
    qtbot.addWidget(dialog)
    dialog.show()
    click_file(qtbot, dialog, dialog.model.index(1, FILE).data())  # the demo's import
    answer_next_question(QMessageBox.StandardButton.Yes, [])
    assert not dialog.undo_selected()
    boxes = [w for w in dialog.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "ga-export.csv" in boxes[0].text()
    boxes[0].close()
    assert sums(imported) == before
    assert window.controller.undo_stack.count() == depth


def test_an_empty_workspace_says_nothing_was_imported(qtbot, window, empty_file):
    window.files.open_path(empty_file)
    dialog = ImportHistoryDialog(window, window.controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()


def test_file_menu_opens_the_history(qtbot, window, demo_copy):
    assert not window.import_history_action.isEnabled()  # no workspace yet
    window.files.open_path(demo_copy)
    assert window.import_history_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_history_action in file_menu.actions()
    window.import_history_action.trigger()
    dialog = next(w for w in window.findChildren(ImportHistoryDialog) if w.isVisible())
    assert dialog.model.rowCount() == 1
    dialog.close()
