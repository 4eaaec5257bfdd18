"""A report in Polish: with a Polish translation installed, its headings, table headers and
counts come out in Polish, the counts in the right one of Polish's three plural forms."""

from __future__ import annotations

import dataclasses

from okrdesk.reports import export
from okrdesk.reports.html import report_html
from okrdesk.reports.markdown import report_markdown
from okrdesk.reports.pdf import cover_summary
from okrdesk.reports.text import Report
from tests.helpers import DEMO_DAY
from tests.qm_files import installed

POLISH = {
    ("Report", "Brief"): "Podsumowanie",
    ("Report", "Key results that moved"): "Kluczowe rezultaty, które się zmieniły",
    ("Report", "Key result"): "Kluczowy rezultat",
    ("Report", "Weekly review: week of {date}"): "Przegląd tygodnia: tydzień od {date}",
    ("ReviewBrief", "%n on track"): ["%n na dobrej drodze"] * 3,
    ("ReviewBrief", "%n at risk"): ["%n zagrożony", "%n zagrożone", "%n zagrożonych"],
    ("Report", "%n key result(s) off track"): [
        "%n kluczowy rezultat poza planem",
        "%n kluczowe rezultaty poza planem",
        "%n kluczowych rezultatów poza planem",
    ],
}


def _review_with_counts(demo_copy, counts):
    data = export.load_report_input(demo_copy, None, "pl_PL", DEMO_DAY)
    cycle = dataclasses.replace(data.review.cycle, status_counts=counts)
    return dataclasses.replace(data.review, cycle=cycle), data.fmt


def test_the_markdown_report_has_polish_headings_and_polish_plural_forms(demo_copy, tmp_path):
    with installed(tmp_path, "pl_PL", POLISH):
        review, fmt = _review_with_counts(demo_copy, {"on_track": 5, "at_risk": 2})
        text = report_markdown(review, fmt)
        html = report_html(review, fmt, (), lambda chart: "")
    for report in (text, html):
        assert "Podsumowanie" in report and "Brief" not in report
        assert "Przegląd tygodnia: tydzień od " in report
        assert "Kluczowe rezultaty, które się zmieniły" in report
        assert "5 na dobrej drodze" in report
        assert "2 zagrożone" in report  # 2–4: the second form
    assert "## Podsumowanie" in text and "| Kluczowy rezultat |" in text


def test_the_pdf_cover_counts_in_polish_plural_forms(demo_copy, tmp_path):
    data = export.load_report_input(demo_copy, None, "pl_PL", DEMO_DAY)
    lines = {}
    with installed(tmp_path, "pl_PL", POLISH):
        for n in (1, 2, 5, 12):
            off = [dataclasses.replace(k, status="off_track") for k in data.review.key_results[:n]]
            review = dataclasses.replace(data.review, key_results=tuple(off))
            lines[n] = cover_summary(review, data.fmt)[0][1]
    assert "1 kluczowy rezultat poza planem" in lines[1]
    assert "2 kluczowe rezultaty poza planem" in lines[2]
    assert "5 kluczowych rezultatów poza planem" in lines[5]
    assert "12 kluczowych rezultatów poza planem" in lines[12]  # 12–14 take the third form


def test_english_counts_without_a_translation():
    assert Report.tr("%n key result(s) off track", None, 1) == "1 key result off track"
    assert Report.tr("%n key result(s) off track", None, 3) == "3 key results off track"
