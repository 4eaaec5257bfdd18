"""The import wizard shows the import's warnings in its summary, and its refusals escaped."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from okrdesk.ui.funnel.import_wizard import ImportWizard


def test_the_summary_warns_of_more_deals_than_visits_and_of_weeks_far_ahead(
    qtbot, window, demo_copy, tmp_path
):
    window.files.open_path(demo_copy)
    path = tmp_path / "odd.csv"
    path.write_text(
        "week,source,stage,count\n2099-11-16,ads,Visit,100\n2099-11-16,ads,Deal,500\n",
        encoding="utf-8",
    )
    wizard: ImportWizard = window.import_file(path)
    qtbot.addWidget(wizard)
    for _page in range(3):
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    lines = wizard.run_page.status_label.text().splitlines()
    assert lines[0].startswith("Imported 2 rows of odd.csv")
    assert (
        "Warning: week of 16 Nov 2099, source “ads”: 500 at “Deal” but 100 at “Visit” before "
        "it; are the stages in the right columns?"
    ) in lines
    assert (
        "Warning: 1 week from 16 Nov 2099 on, more than 8 weeks after today: is the year right?"
    ) in lines
    assert lines[-1] == "Edit → Undo takes the whole import back."


def test_a_refused_file_is_shown_escaped_and_cut_and_nothing_is_imported(
    qtbot, window, demo_copy, tmp_path
):
    window.files.open_path(demo_copy)
    weeks = "".join(f"2026-{m:02d}-0{d},Visit,5\n" for m in range(1, 11) for d in (1, 8))
    path = tmp_path / "crm\x1b[2J.csv"
    path.write_text("week,stage,count\n" + weeks + "0001-01-01,Visit,5\n", encoding="utf-8")
    wizard: ImportWizard = window.import_file(path)
    qtbot.addWidget(wizard)
    for _page in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.back_button.isVisibleTo(wizard), timeout=30_000)
    assert wizard.result is None
    assert wizard.run_page.error_label.text().splitlines() == [
        "File: crm\\x1b[2J.csv",
        "Row: 22",
        "Column: week",
        'Problem: "0001-01-01" is not a date between 2000-01-01 and 2100-12-31',
    ]
