"""A key result's unit label and decimals in the report's and the review screen's values."""

from __future__ import annotations

import datetime as dt
import html
import sqlite3

from okrdesk.reports import export
from okrdesk.reports.html import report_html
from okrdesk.reports.markdown import report_markdown

DEMO_DAY = dt.date(2026, 11, 25)  # the day the report_demo fixture builds the demo for


def _label_changed_key_results(path) -> list[str]:
    """Give every key result of the number unit the label "tickets" and two decimals."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(
                "UPDATE key_results SET unit_label = 'tickets', decimals = 2 "
                "WHERE unit = 'number' AND kind <> 'binary'"
            )
        return [
            row[0]
            for row in connection.execute(
                "SELECT title FROM key_results WHERE unit_label = 'tickets'"
            )
        ]
    finally:
        connection.close()


def test_changed_key_results_show_their_unit_and_decimals(demo_copy):
    titles = _label_changed_key_results(demo_copy)
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    labelled = [k for k in data.review.changed_key_results if k.title in titles]
    assert labelled, "the demo's review week moves a number key result"
    line = labelled[0]
    now = f"{data.fmt.number(line.current, 2)}\u00a0tickets"
    markdown = report_markdown(data.review, data.fmt)
    page = html.unescape(report_html(data.review, data.fmt, [], lambda chart: ""))
    assert now in markdown
    assert now in page
    change = data.fmt.kr_change(line.change, line.kind, line.unit)
    assert f"{change}\u00a0tickets" in markdown


def test_the_review_screen_shows_the_unit(demo_copy):
    from okrdesk.ui.review.models import ChangedKeyResultsModel

    _label_changed_key_results(demo_copy)
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    model = ChangedKeyResultsModel(data.fmt)
    model.set_rows(list(data.review.changed_key_results))
    shown = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any(text.endswith("\u00a0tickets") for text in shown)
