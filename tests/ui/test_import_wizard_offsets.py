"""The import wizard says how it read times written with a UTC offset."""

from __future__ import annotations

from tests.ui.test_funnel_import_wizard import count_of, run_to_the_end, write

EVENTS = (
    "lead_id,timestamp,stage\nL-1,2027-01-04T00:30:00+02:00,Visit\nL-2,2027-01-04 09:00:00,Visit\n"
)


def test_the_summary_says_offsets_were_read_as_the_time_written(qtbot, window, demo_copy, tmp_path):
    window.files.open_path(demo_copy)
    path = write(tmp_path, "crm.csv", EVENTS)
    wizard = window.import_file(path)
    qtbot.addWidget(wizard)
    combo = wizard.file_page.funnel_combo
    combo.setCurrentText("Web events")
    combo.lineEdit().editingFinished.emit()
    run_to_the_end(qtbot, wizard)
    summary = wizard.run_page.status_label.text()
    assert "Times with a UTC offset were read as the local time written" in summary
    assert "4 Jan 2027 to 4 Jan 2027 (1 week)" in summary
    assert count_of(demo_copy, "2027-01-04", "Visit") == 2


def test_the_summary_says_which_other_weeks_were_counted_again(qtbot, window, demo_copy, tmp_path):
    window.files.open_path(demo_copy)
    weeks = {
        "w1.csv": "lead_id,timestamp,stage,source\nL-1,2027-01-04 10:00,Visit,ads\n",
        "w2.csv": "lead_id,timestamp,stage,source\nL-1,2027-01-12 10:00,Lead,\n",
    }
    for name, text in weeks.items():
        wizard = window.import_file(write(tmp_path, name, text))
        qtbot.addWidget(wizard)
        combo = wizard.file_page.funnel_combo
        combo.setCurrentText("Web events")
        combo.lineEdit().editingFinished.emit()
        run_to_the_end(qtbot, wizard)
    summary = wizard.run_page.status_label.text()
    assert "Counted again: 1 other week of the same leads." in summary
    assert "No week was there before: nothing was replaced." in summary
