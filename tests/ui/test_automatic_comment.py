"""An import's automatic check-in comment is stored in one form and read in the user's language;
editing the check-in without touching the comment keeps the stored form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okrdesk.ui.common.formatting import format_checkin_comment
from okrdesk.ui.okr.checkin_dialog import CheckInDialog
from tests.helpers import rows
from tests.qm_files import installed
from tests.ui.test_kr_binding import FORM_KR, kr_index

POLISH = {
    ("Labels", "Automatic: from import {file}, week {week}"):
        "Automatycznie: z importu {file}, {week}",
    ("Numbers", "{year}-W{week}"): "tydz. {week}/{year}",
}  # fmt: skip
STORED = "Automatic: from import crm-export.csv, week 2026-W47"


@pytest.fixture
def polish(tmp_path):
    with installed(tmp_path, "pl_PL", POLISH) as translator:
        yield translator


def test_the_stored_comment_reads_in_polish_with_a_polish_week(polish):
    shown = format_checkin_comment(STORED)
    assert shown == "Automatycznie: z importu crm-export.csv, tydz. 47/2026"


def test_a_comment_a_person_wrote_is_shown_as_written(polish):
    assert format_checkin_comment("Automatic: whatever") == "Automatic: whatever"
    assert format_checkin_comment("Automatic: from import a.csv, week 2026-W54") == (
        "Automatic: from import a.csv, week 2026-W54"  # no such week: not okrdesk's form
    )


def test_the_history_shows_the_import_comment_in_polish(okrs, polish):
    okrs.tree.setCurrentIndex(kr_index(okrs, FORM_KR))
    newest = okrs.history.model.index(0, 3).data()
    assert newest.startswith("Automatycznie: z importu hubspot_export_")
    assert "tydz. " in newest
    assert "Automatic" not in newest


def test_editing_an_automatic_check_in_keeps_its_stored_comment(okrs, qtbot, demo_copy, polish):
    okrs.tree.setCurrentIndex(kr_index(okrs, FORM_KR))
    ((key_result,),) = rows(demo_copy, "SELECT id FROM key_results WHERE title = ?", FORM_KR)
    query = "SELECT checked_on, comment FROM checkins WHERE key_result_id = ?"
    before = rows(demo_copy, query + " AND automatic = 1", key_result)
    table = okrs.history.table
    table.setFocus()
    table.setCurrentIndex(okrs.history.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = next(d for d in okrs.findChildren(CheckInDialog) if d.isVisible())
    assert dialog.comment_edit.text().startswith("Automatycznie: z importu")
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    newest = rows(demo_copy, query + " ORDER BY checked_on DESC LIMIT 1", key_result)
    assert newest == before[-1:]  # confirmed by a person, the import's words stay as stored
    assert before[-1][1].startswith("Automatic: from import hubspot_export_")
