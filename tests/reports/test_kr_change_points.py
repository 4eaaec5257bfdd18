"""A percent key result moves in percentage points: 3.3 % → 3.4 % reads "+0.1 pts", never
"+0.1 %", in the review screen's table and in the Markdown and HTML reports."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import delete, select

from okrdesk.reports import export
from okrdesk.reports.locale_format import locale_format
from okrdesk.store.okr.checkins import CheckInValues, record_checkin
from okrdesk.store.review.data import load_review
from okrdesk.store.schema import CheckIn, KeyResult
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.review.models import ChangedKeyResultsModel
from tests.helpers import DEMO_DAY

WEEK = dt.date(2026, 11, 16)
FORM_RATE = "Raise visit→form conversion from 2.8 % to 4.0 %"


def move_form_rate(path: Path, before: float, now: float) -> None:
    """The percent KR's last value before WEEK is `before`, its value in WEEK is `now`."""
    ws = open_workspace(path)
    try:
        with ws.session() as session, session.begin():
            kr_id = session.scalar(select(KeyResult.id).where(KeyResult.title == FORM_RATE))
            session.execute(
                delete(CheckIn).where(
                    CheckIn.key_result_id == kr_id, CheckIn.checked_on >= WEEK - dt.timedelta(3)
                )
            )
            record_checkin(session, CheckInValues(kr_id, WEEK - dt.timedelta(3), before, 7))
            record_checkin(session, CheckInValues(kr_id, WEEK + dt.timedelta(2), now, 7))
    finally:
        ws.close()


def report(path: Path, out: Path, locale: str = "en_US") -> str:
    export.write_report(out, export.load_report_input(path, WEEK, locale, DEMO_DAY))
    return out.read_text(encoding="utf-8")


def test_a_percent_change_reads_in_points_in_both_reports(demo_copy, tmp_path):
    move_form_rate(demo_copy, 3.3, 3.4)
    markdown = report(demo_copy, tmp_path / "review.md")
    row = next(line for line in markdown.splitlines() if line.startswith(f"| {FORM_RATE}"))
    assert [cell.strip() for cell in row.split("|")[2:5]] == ["3.3%", "3.4%", "+0.1 pts"]
    html = report(demo_copy, tmp_path / "review.html")
    assert re.search(r"<td[^>]*>\+0\.1 pts</td>", html)
    assert "+0.1%" not in markdown + html and "+0.1 %" not in markdown + html


def test_a_fall_in_whole_points_and_the_review_table_say_pt(demo_copy):
    move_form_rate(demo_copy, 3.5, 2.5)
    ws = open_workspace(demo_copy)
    try:
        with ws.engine.connect() as connection:
            review = load_review(connection, WEEK)
    finally:
        ws.close()
    line = next(k for k in review.key_results if k.title == FORM_RATE)
    assert locale_format("en_US").kr_change(line.change, line.kind, line.unit) == "-1.0 pts"
    model = ChangedKeyResultsModel(locale_format("en_US"))
    model.set_rows(list(review.changed_key_results))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == FORM_RATE)
    assert model.index(row, 3).data() == "-1.0 pts"
    # other units keep their own: a currency move stays an amount
    assert locale_format("en_US").kr_change(1400, "increase", "currency") == "+€1,400"
