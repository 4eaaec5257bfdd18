"""The import wizard end to end on files the tests write: mapping, dates, stages, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QWizard

from okrdesk.store.funnel.data import load_counts, load_spend
from okrdesk.store.funnel.definitions import list_funnels, list_stages
from okrdesk.store.funnel.importing import import_history
from okrdesk.ui.funnel.import_wizard import ImportWizard
from tests.helpers import choose_in, iso, query, rows, shown_section, stage_names, stored

POLISH = (
    "Tydzień;Źródło;Etap;Liczba;Koszt\n"
    "04.01.2027;google_ads;Visit;1 200;1 234,50\n"
    "04.01.2027;google_ads;Lead;35;1 234,50\n"
    "11.01.2027;google_ads;Visit;1 310;980,25\n"
    "11.01.2027;google_ads;Lead;41;980,25\n"
)
AMBIGUOUS = (
    "week,stage,count\n"
    "01/02/2027,Visit,100\n"
    "02/03/2027,Visit,110\n"
    "01/02/2027,Demo call,5\n"
    "02/03/2027,Demo call,6\n"
)
NEGATIVE = "week,stage,count\n2027-01-04,Visit,100\n2027-01-04,Lead,-3\n"


def count_of(path, week: str, stage: str, segment: str = "") -> int | None:
    counts = stored(path, load_counts)
    chosen = counts[
        (counts["week"].map(iso) == week)
        & (counts["stage"] == stage)
        & ((segment == "") | (counts["segment"] == segment))
    ]
    return int(chosen["count"].sum()) if len(chosen) else None


def funnel_names(path) -> list[str]:
    return [funnel.name for funnel in query(path, list_funnels)]


def everything(path) -> dict[str, list]:
    tables = ("funnel_counts", "funnel_spend", "funnel_stages", "funnels", "import_batches")
    return {table: rows(path, f"SELECT * FROM {table} ORDER BY id") for table in tables}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def opened(window, demo_copy):
    window.files.open_path(demo_copy)
    return window


def run_to_the_end(qtbot, wizard: ImportWizard) -> None:
    wizard.next()  # columns
    wizard.next()  # dates and stages
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # import
    qtbot.waitUntil(
        lambda: wizard.result is not None or wizard.run_page.back_button.isVisibleTo(wizard),
        timeout=30_000,
    )


def click_date_format(check_page, date_format: str) -> None:
    """Click the check page's button that reads the dates in `date_format`."""
    (button,) = [
        b for b in check_page.date_buttons.buttons() if b.property("date_format") == date_format
    ]
    button.click()


def test_a_polish_csv_is_mapped_previewed_imported_and_undone(qtbot, opened, demo_copy, tmp_path):
    path = write(tmp_path, "eksport.csv", POLISH, "cp1250")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    assert wizard.file_page.isComplete()
    assert wizard.file_page.separator_combo.currentData() == ";"
    assert wizard.file_page.encoding_combo.currentText() == "Windows-1250"
    wizard.next()
    combos = wizard.columns_page.mapping_combos
    guessed = {column: combo.currentData() for column, combo in combos.items()}
    assert guessed == {
        "Tydzień": "week",
        "Źródło": "source",
        "Etap": "stage",
        "Liczba": "count",
        "Koszt": "spend",
    }
    preview = wizard.columns_page.preview_model
    assert preview.rowCount() == 4
    assert preview.index(0, 3).data() == "1 200"
    # Leaving out the counts stops the wizard and says what is missing.
    choose_in(wizard.columns_page.mapping_combos["Liczba"], "")
    assert not wizard.columns_page.isComplete()
    assert "Count" in wizard.columns_page.missing_label.text()
    choose_in(wizard.columns_page.mapping_combos["Liczba"], "count")
    assert wizard.columns_page.isComplete()
    wizard.back()
    run_to_the_end(qtbot, wizard)

    summary = wizard.run_page.status_label.text()
    assert "Imported 4 rows of eksport.csv" in summary
    assert "4 Jan 2027 to 11 Jan 2027 (2 weeks)" in summary
    assert "nothing was replaced" in summary
    assert count_of(demo_copy, "2027-01-04", "Visit", "google_ads") == 1200
    assert count_of(demo_copy, "2027-01-11", "Lead", "google_ads") == 41
    spend = stored(demo_copy, load_spend)
    assert list(spend.loc[spend["week"].map(iso) == "2027-01-04", "spend"]) == [1234.5]
    assert shown_section(opened) == "funnel"

    opened.undo_action.trigger()
    assert count_of(demo_copy, "2027-01-04", "Visit") is None
    spend = stored(demo_copy, load_spend)
    assert not (spend["week"].map(iso) > "2027-01-01").any()
    opened.redo_action.trigger()
    assert count_of(demo_copy, "2027-01-04", "Visit", "google_ads") == 1200


def test_ambiguous_dates_are_asked_and_an_unknown_stage_becomes_a_new_one(
    qtbot, opened, demo_copy, tmp_path
):
    path = write(tmp_path, "crm.csv", AMBIGUOUS)
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert set(wizard.preview.ambiguous_dates) == {"%d/%m/%Y", "%m/%d/%Y"}
    assert not check.isComplete()  # never guessed: the user must choose
    texts = [button.text() for button in check.date_buttons.buttons()]
    assert any("dd/mm/yyyy" in t and "1 Feb 2027" in t for t in texts)
    assert list(check.stage_combos) == ["Demo call"]
    assert check.stage_combos["Demo call"].currentText() == "Add as a new stage"
    click_date_format(check, "%d/%m/%Y")
    assert check.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    (funnel,) = query(demo_copy, list_funnels)  # the demo's one funnel
    stages = [stage.name for stage in query(demo_copy, list_stages, funnel.id)]
    assert stages[-1] == "Demo call"
    assert count_of(demo_copy, "2027-02-01", "Visit") == 100
    assert count_of(demo_copy, "2027-03-01", "Demo call") == 6  # 2 March is in that week
    opened.undo_action.trigger()
    stages = stage_names(demo_copy)
    assert "Demo call" not in stages
    assert count_of(demo_copy, "2027-02-01", "Visit") is None


def test_an_unknown_stage_can_be_mapped_to_a_stage_of_the_funnel(
    qtbot, opened, demo_copy, tmp_path
):
    path = write(tmp_path, "crm.csv", AMBIGUOUS.replace("Demo call", "Signed"))
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    click_date_format(wizard.check_page, "%m/%d/%Y")
    combo = wizard.check_page.stage_combos["Signed"]
    combo.setCurrentIndex(combo.findData("Deal"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    # mm/dd: 2 Jan 2027 is in the week of Monday 28 Dec 2026.
    assert count_of(demo_copy, "2026-12-28", "Deal") == 5
    assert "Signed" not in stage_names(demo_copy)


def test_a_bad_row_names_file_row_and_column_and_writes_nothing(qtbot, opened, demo_copy, tmp_path):
    before = everything(demo_copy)
    path = write(tmp_path, "bad.csv", NEGATIVE)
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    steps = opened.controller.undo_stack.count()
    run_to_the_end(qtbot, wizard)
    assert wizard.result is None
    shown = wizard.run_page.error_label.text()
    assert "File: bad.csv" in shown
    assert "Row: 3" in shown
    assert "Column: count" in shown
    assert "Nothing was imported" in wizard.run_page.status_label.text()
    assert not wizard.run_page.isComplete()
    assert everything(demo_copy) == before
    assert opened.controller.undo_stack.count() == steps
    wizard.run_page.back_button.click()
    assert wizard.currentPage() is wizard.check_page


def test_cancel_writes_nothing(qtbot, opened, demo_copy, tmp_path):
    before = everything(demo_copy)
    path = write(tmp_path, "eksport.csv", POLISH, "cp1250")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.run_page.task.cancel()
    qtbot.waitUntil(lambda: "Cancelled" in wizard.run_page.status_label.text(), timeout=30_000)
    assert wizard.result is None
    assert everything(demo_copy) == before


def test_a_file_dropped_on_the_window_opens_the_wizard_on_it(qtbot, opened, tmp_path):
    path = write(tmp_path, "eksport.csv", POLISH, "cp1250")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    opened.dropEvent(event)
    wizard = opened.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.path == path
    assert wizard.file_page.path_edit.text() == str(path)
    assert wizard.file_page.isComplete()
    wizard.close()


def test_file_import_is_ctrl_i(opened):
    assert opened.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert opened.import_action.isEnabled()
    opened.import_action.trigger()
    wizard = opened.findChild(ImportWizard)
    assert wizard is not None and not wizard.file_page.isComplete()
    wizard.close()


def test_a_wide_xlsx_sheet_with_a_column_for_a_new_stage(qtbot, opened, demo_copy, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing to import here"])
    sheet = book.create_sheet("Weekly")
    sheet.append(["Week", "Visit", "Lead", "Spotkanie"])
    sheet.append(["2027-01-04", 900, 30, 4])
    sheet.append(["2027-01-11", 950, 33, 6])
    path = tmp_path / "weekly.xlsx"
    book.save(path)

    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    sheets = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert sheets == ["Notes", "Weekly"]
    if page.sheet_combo.currentText() != "Weekly":
        page.sheet_combo.setCurrentText("Weekly")
        page.sheet_combo.activated.emit(1)
    assert wizard.preview.sheet == "Weekly"
    wizard.next()
    combos = wizard.columns_page.mapping_combos
    assert combos["Visit"].currentText() == "Count of stage “Visit”"
    wizard.next()
    assert list(wizard.check_page.stage_combos) == ["Spotkanie"]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert count_of(demo_copy, "2027-01-11", "Spotkanie") == 6
    assert count_of(demo_copy, "2027-01-04", "Visit") == 900
    opened.undo_action.trigger()
    assert "Spotkanie" not in stage_names(demo_copy)


def test_importing_weeks_already_there_replaces_them_and_says_so(
    qtbot, opened, demo_copy, tmp_path
):
    week = iso(stored(demo_copy, load_counts)["week"].max())
    path = write(tmp_path, "again.csv", f"week,source,stage,count\n{week},ads,Visit,7\n")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    run_to_the_end(qtbot, wizard)
    assert "Replaced what these weeks held before" in wizard.run_page.status_label.text()
    assert count_of(demo_copy, week, "Visit") == 7  # replaced, never added on top


def test_a_large_file_is_previewed_in_the_background(
    qtbot, opened, demo_copy, tmp_path, monkeypatch
):
    from okrdesk.ui.funnel import import_wizard

    monkeypatch.setattr(import_wizard, "LARGE_FILE", 100)
    lines = [f"2027-01-04,src{n},Visit,{n}" for n in range(50)]
    path = write(tmp_path, "big.csv", "week,source,stage,count\n" + "\n".join(lines) + "\n")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    assert wizard.reading and not wizard.file_page.isComplete()
    assert wizard.file_page.summary_label.text() == "Reading the file…"
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=30_000)
    assert wizard.preview.mapping["count"] == "count"
    wizard.next()
    choose_in(wizard.columns_page.mapping_combos["source"], "")  # a change reads the file again
    assert not wizard.columns_page.isComplete()
    qtbot.waitUntil(wizard.columns_page.isComplete, timeout=30_000)
    assert "source" not in wizard.preview.mapping


def test_importing_into_a_new_funnel_creates_it_and_undo_takes_it_away(
    qtbot, opened, demo_copy, tmp_path
):
    path = write(tmp_path, "outbound.csv", "week,stage,count\n2027-01-04,Visit,40\n")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    combo = wizard.file_page.funnel_combo
    combo.setCurrentText("Outbound")
    combo.lineEdit().editingFinished.emit()
    assert "will be created" in wizard.file_page.summary_label.text()
    run_to_the_end(qtbot, wizard)
    assert wizard.result is not None and wizard.result.funnel_created
    assert funnel_names(demo_copy)[-1] == "Outbound"
    section = opened.sections["funnel"]
    assert section.filters.funnel_combo.currentText() == "Outbound"
    opened.undo_action.trigger()
    assert "Outbound" not in funnel_names(demo_copy)
    assert section.filters.funnel_combo.currentText() == "Inbound B2B"


@pytest.mark.parametrize(
    ("encoding", "shown", "header", "separator"),
    [
        ("utf-8-sig", "UTF-8 with BOM", "Hét\tSzakasz\tForrás\tDarab", "\t"),
        ("utf-16", "UTF-16", "Неделя,Этап,Источник,Количество", ","),
        ("cp1251", "Windows-1251", "Неделя;Этап;Источник;Количество", ";"),
    ],
)
def test_the_file_page_shows_what_was_detected_and_the_columns_are_guessed(
    qtbot, opened, tmp_path, encoding, shown, header, separator
):
    line = separator.join(["2027-01-04", "Visit", "ads", "12"])
    path = write(tmp_path, "export.csv", f"{header}\n{line}\n", encoding)
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    assert wizard.file_page.encoding_combo.currentText() == shown
    assert wizard.file_page.separator_combo.currentData() == separator
    wizard.next()
    fields = [c.currentData() for c in wizard.columns_page.mapping_combos.values()]
    assert fields == ["week", "stage", "source", "count"]
    wizard.close()


def test_a_cancel_that_comes_after_the_commit_still_writes_nothing(opened, demo_copy, tmp_path):
    from okrdesk.store.funnel.importing.model import ImportOptions
    from okrdesk.ui.funnel.import_command import ImportJob

    before = everything(demo_copy)
    path = write(tmp_path, "crm.csv", AMBIGUOUS)
    options = ImportOptions(funnel="Inbound B2B", date_format="%d/%m/%Y")
    job = ImportJob(opened.controller.workspace, path, options, ["Demo call"])
    result, added = job(lambda _done, _total: None, lambda: False)
    assert result.rows == 4 and len(added.stage_ids) == 1
    job.take_back_outcome()
    after = everything(demo_copy)
    # The import had committed: it is undone, and the history keeps it marked so.
    (undone_at,) = [
        record.undone_at
        for record in query(demo_copy, import_history)
        if record.id == result.batch_id
    ]
    assert undone_at is not None
    assert {k: v for k, v in after.items() if k != "import_batches"} == {
        k: v for k, v in before.items() if k != "import_batches"
    }


def test_undo_of_an_import_undone_elsewhere_says_why_and_leaves_the_stack(
    qtbot, opened, demo_copy, tmp_path
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from okrdesk.store.funnel.importing.writing import undo_import

    path = write(tmp_path, "eksport.csv", POLISH, "cp1250")
    wizard = opened.import_file(path)
    qtbot.addWidget(wizard)
    run_to_the_end(qtbot, wizard)
    with opened.controller.workspace.session() as session, session.begin():
        undo_import(session, wizard.result.batch_id)  # as the import history does
    after = everything(demo_copy)
    steps = opened.controller.undo_stack.count()
    opened.undo_action.trigger()
    boxes = [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox)]
    assert any("undone already" in box.text() for box in boxes)
    assert all(box.parent() is opened for box in boxes)
    for box in boxes:
        box.close()
    assert opened.controller.undo_stack.count() == steps - 1
    assert everything(demo_copy) == after
