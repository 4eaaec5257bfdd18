"""The data grid: typed counts, pasted blocks and their undo, on a copy of the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from okrdesk.store.funnel.data import load_counts
from okrdesk.store.funnel.definitions import list_funnels
from okrdesk.store.funnel.grid import read_grid, set_counts
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from okrdesk.ui.common.formatting import format_date
from tests.helpers import choose_in, query, rows, run, visible

FUNNEL = 3  # the funnel's row in the navigation


def stored_count(path, segment: str, week, stage: str):
    """The count without an experiment arm stored for the stage named `stage`, or None."""
    found = []
    for funnel in query(path, list_funnels):
        grid = query(path, read_grid, funnel.id, segment, "")
        for row in grid.stages:
            if row.name == stage and (week, row.id) in grid.counts:
                found.append(grid.counts[(week, row.id)])
    return found[0] if found else None


@pytest.fixture
def section(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(FUNNEL)
    section = window.sections["funnel"]
    section.tabs.setCurrentWidget(section.grid_panel)
    return section


@pytest.fixture
def segment(demo_copy) -> str:
    return min(
        segment
        for funnel in query(demo_copy, list_funnels)
        for segment in query(demo_copy, load_counts, funnel.id)["segment"]
    )


@pytest.fixture
def polish():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    QLocale.setDefault(previous)


def cell_text(panel, row: int, column: int) -> str:
    return panel.model.index(row, column).data()


def type_count(qtbot, panel, row: int, column: int, text: str) -> None:
    """Type `text` over a cell of the grid and press Return, as a user does (the editor's
    data is committed a turn of the event loop later)."""
    index = panel.model.index(row, column)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_all_sources_is_read_only_and_says_how_to_edit(section):
    panel = section.grid_panel
    assert section.filters.segment() is None
    index = panel.model.index(0, 0)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "choose one source" in panel.note_label.text()
    assert not panel.add_week_button.isEnabled()
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Visit"


def test_a_typed_count_is_stored_and_undone(qtbot, window, section, segment, demo_copy):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    week = panel.model.weeks[-1]
    before = stored_count(demo_copy, segment, week, "Lead")
    row = len(panel.model.weeks) - 1
    type_count(qtbot, panel, row, 2, "4321")
    qtbot.waitUntil(lambda: stored_count(demo_copy, segment, week, "Lead") == 4321)
    assert cell_text(panel, row, 2) == QLocale().toString(4321)
    window.undo_action.trigger()
    assert stored_count(demo_copy, segment, week, "Lead") == before
    assert cell_text(panel, row, 2) == QLocale().toString(before)


def test_a_negative_or_non_numeric_count_is_refused_with_a_message(section, segment, demo_copy):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    week = panel.model.weeks[0]
    before = stored_count(demo_copy, segment, week, "Visit")
    for text, reason in (("-5", "negative"), ("lots", "not a number"), ("2.5", "not a whole")):
        assert not panel.model.setData(panel.model.index(0, 0), text)
        assert panel.error_label.isVisibleTo(panel)
        assert reason in panel.error_label.text()
        assert "Visit" in panel.error_label.text()
    assert stored_count(demo_copy, segment, week, "Visit") == before


def test_a_pasted_block_fills_from_the_selected_cell_as_one_step(
    window, section, segment, demo_copy
):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    weeks = panel.model.weeks
    panel.view.setCurrentIndex(panel.model.index(1, 2))
    steps = window.controller.undo_stack.count()
    before = [
        stored_count(demo_copy, segment, weeks[r], s) for r in (1, 2) for s in ("Lead", "MQL")
    ]
    assert panel.paste_text("11\t12\r\n13\t14\r\n")
    assert window.controller.undo_stack.count() == steps + 1
    after = [stored_count(demo_copy, segment, weeks[r], s) for r in (1, 2) for s in ("Lead", "MQL")]
    assert after == [11, 12, 13, 14]
    assert cell_text(panel, 2, 3) == "14"
    window.undo_action.trigger()
    assert [
        stored_count(demo_copy, segment, weeks[r], s) for r in (1, 2) for s in ("Lead", "MQL")
    ] == before


def test_a_header_row_places_the_columns_under_the_stages_it_names(
    polish, section, segment, demo_copy
):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    weeks = panel.model.weeks
    panel.view.setCurrentIndex(panel.model.index(0, 0))  # the header decides the columns
    assert panel.paste_text("Tydzień\tSQL\tDeal\n2026-05-25\t1\u00a0234\t12,0\nW2\t7\t\n")
    assert stored_count(demo_copy, segment, weeks[0], "SQL") == 1234
    assert stored_count(demo_copy, segment, weeks[0], "Deal") == 12
    assert stored_count(demo_copy, segment, weeks[1], "SQL") == 7
    assert cell_text(panel, 0, 4) == QLocale().toString(1234)


def test_a_paste_with_a_bad_cell_names_it_and_changes_nothing(window, section, segment, demo_copy):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    before = rows(demo_copy, "SELECT * FROM funnel_counts ORDER BY id")
    steps = window.controller.undo_stack.count()
    assert not panel.paste_text("Visit\tForm submitted\n100\t7\n200\tabc\n")
    message = panel.error_label.text()
    assert "Row 3, column 2" in message and "“abc” is not a number" in message
    assert "Nothing was pasted" in message
    assert not panel.paste_text("-1\n")
    assert "negative" in panel.error_label.text()
    too_long = "\n".join("1" for _ in range(len(panel.model.weeks) + 1))
    assert not panel.paste_text(too_long)
    assert "Add weeks first" in panel.error_label.text()
    assert rows(demo_copy, "SELECT * FROM funnel_counts ORDER BY id") == before
    assert window.controller.undo_stack.count() == steps


def test_an_added_week_takes_counts(qtbot, window, section, segment, demo_copy):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    last = panel.model.weeks[-1]
    count = panel.model.rowCount()
    qtbot.mouseClick(panel.add_week_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == count + 1
    new_week = panel.model.weeks[-1]
    assert (new_week - last).days == 7
    assert panel.model.headerData(count, Qt.Orientation.Vertical)
    assert panel.paste_text("500\t20\n")
    assert stored_count(demo_copy, segment, new_week, "Visit") == 500
    assert stored_count(demo_copy, segment, new_week, "Form submitted") == 20
    window.undo_action.trigger()
    assert stored_count(demo_copy, segment, new_week, "Visit") is None
    assert panel.model.rowCount() == count + 1  # the empty week stays until another funnel


def test_copy_gives_tab_separated_plain_numbers(section, segment):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    selection = panel.view.selectionModel()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.view.selectionModel().select(panel.model.index(0, 1), selection.SelectionFlag.Select)
    text = panel.copy()
    assert text == f"{panel.model.count(0, 0)}\t{panel.model.count(0, 1)}\n"


@pytest.mark.parametrize("choice", ["keep", "apply"])
def test_a_count_anna_changed_since_the_grid_showed_it_shows_theirs_and_yours(
    qtbot, window, section, segment, demo_copy, anna, choice
):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    row = len(panel.model.weeks) - 1
    week, stage_id = panel.model.cell(row, 2)
    before = stored_count(demo_copy, segment, week, "Lead")
    run(anna, set_counts, panel.funnel_id, segment, "", {(week, stage_id): 77})
    # Typed before this window heard of her change (no event loop ran in between).
    assert panel.model.setData(panel.model.index(row, 2), "4321")

    dialog = visible(ConflictDialog)
    assert "changed “" in dialog.header.text() and "after you opened it" in dialog.header.text()
    model = dialog.table.model()
    assert [model.index(0, column).data() for column in range(3)] == [
        f"Lead · {format_date(week)}",
        "77",
        QLocale().toString(4321),
    ]
    assert stored_count(demo_copy, segment, week, "Lead") == 77
    if choice == "keep":
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        assert stored_count(demo_copy, segment, week, "Lead") == 77
        assert not window.undo_action.isEnabled()
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert stored_count(demo_copy, segment, week, "Lead") == 4321
        window.undo_action.trigger()  # back to hers, not to what I first saw
        assert stored_count(demo_copy, segment, week, "Lead") == 77 != before


def test_undoing_a_count_over_annas_later_change_is_refused(
    window, section, segment, demo_copy, anna
):
    choose_in(section.filters.source_combo, segment)
    panel = section.grid_panel
    row = len(panel.model.weeks) - 1
    week, stage_id = panel.model.cell(row, 2)
    assert panel.model.setData(panel.model.index(row, 2), "4321")
    run(anna, set_counts, panel.funnel_id, segment, "", {(week, stage_id): 77})
    window.undo_action.trigger()
    box = visible(QMessageBox)
    assert "nothing was undone" in box.text()
    assert stored_count(demo_copy, segment, week, "Lead") == 77
    box.close()
