"""Block (a) is built once and rendered by both formats: the same cells in HTML and Markdown."""

from __future__ import annotations

import datetime as dt
import html

from okrdesk.reports import export
from okrdesk.reports.html import report_html
from okrdesk.reports.markdown import report_markdown
from okrdesk.reports.review_table import ChartSlot, Heading, Table, variance_blocks

DEMO_DAY = dt.date(2026, 11, 25)  # the day the report_demo fixture builds the demo for


def test_every_variance_cell_is_in_both_formats_and_a_significant_change_stands_out(demo_copy):
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    blocks = variance_blocks(data.review, data.fmt)
    markdown = report_markdown(data.review, data.fmt)
    page = html.unescape(report_html(data.review, data.fmt, [], lambda chart: ""))
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [b.text for b in blocks if isinstance(b, Heading)][:3] == [
        "1. Variance: what moved",
        "Cycle progress",
        "Funnel steps, week over week",
    ]
    funnel = tables[0]
    assert funnel.numeric == (1, 2, 3)
    significant = [row[3] for row in funnel.rows if row[5].text == "Yes"]
    assert significant and all(cell.direction == "down" for cell in significant)
    for cell in significant:
        assert f"**{cell.text}**" in markdown
        assert f'<span class="down">{cell.text}</span>' in page
    for table in tables:
        for row in table.rows:
            assert "| " + " | ".join(c.text for c in row).replace("**", "") in markdown.replace(
                "**", ""
            )
            for cell in row:
                assert cell.text in page
    # The cycle's chart has its numbers as a table: Markdown shows it, HTML the chart.
    cycle = next(b for b in blocks if isinstance(b, ChartSlot) and b.name == "cycle")
    assert cycle.numbers is not None and cycle.numbers.rows
    assert "| Objective | Progress | Status |" in markdown
    assert "<th>Objective</th>" not in page
