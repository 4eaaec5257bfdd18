"""Each variant of an experiment in the report: its arm row, its verdict and its numbers."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from okrdesk.reports import export
from tests.helpers import DEMO_DAY

ARMS = (("control", 1, 1000, 250), ("B", 0, 1000, 293), ("C", 0, 1000, 340), ("D", 0, 1000, 240))


def three_variants(db: Path) -> None:
    """EXP-0004, running in the reviewed week, gets a control and three variants."""
    with sqlite3.connect(db) as connection:
        (exp,) = connection.execute("SELECT id FROM experiments WHERE code = 'EXP-0004'").fetchone()
        connection.execute("UPDATE experiments SET control_share = 0.25 WHERE id = ?", (exp,))
        connection.execute("DELETE FROM experiment_arms WHERE experiment_id = ?", (exp,))
        connection.executemany(
            "INSERT INTO experiment_arms (experiment_id, name, is_control, visitors, conversions)"
            " VALUES (?, ?, ?, ?, ?)",
            [(exp, *arm) for arm in ARMS],
        )


def write(path: Path, out: Path) -> str:
    export.write_report(out, export.load_report_input(path, None, "en_US", DEMO_DAY))
    return out.read_text(encoding="utf-8")


def test_markdown_shows_every_variant_with_its_verdict(demo_copy, tmp_path):
    three_variants(demo_copy)
    text = write(demo_copy, tmp_path / "review.md").split("### EXP-0004")[1].split("\n## ")[0]
    for name, _control, visitors, conversions in ARMS[1:]:
        assert f"| {name} | {visitors:,} | {conversions:,} | {conversions / 10:.0f}% |" in text
    assert "**Verdict for B:** Leading, not conclusive — difference +4.3 pts" in text
    assert "**Verdict for C:** Variant wins — difference +9.0 pts" in text
    assert "**Verdict for D:** Trailing, not conclusive — difference -1.0 pts" in text
    assert "p = 0.031 (z-test)" in text
    assert "Holm-corrected over 3 variants" in text
    # The relative lift with its interval: 29.3 / 25 - 1 = +17 % (a share of 10 % or more is whole).
    assert "relative lift +17% (+" in text


def test_html_shows_every_variant_with_its_verdict(demo_copy, tmp_path):
    three_variants(demo_copy)
    text = html.unescape(write(demo_copy, tmp_path / "review.html"))
    section = text.split("<h3>EXP-0004")[1]
    for name in ("B", "C", "D"):
        assert f"<b>Verdict for {name}:</b>" in section
    assert "Leading, not conclusive" in section and "Variant wins" in section
    assert "the variant is leading, not conclusive" in text  # the brief says so too
