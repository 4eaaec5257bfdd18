"""The review screen, the presentation and the PDF summary name every variant of a running
experiment with its own verdict: a p = 0.03 lead is "leading", not a win."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale

from okrdesk.domain.verdict import VerdictKind
from okrdesk.domain.words import VERDICT_WORDS
from okrdesk.reports.html import verdict_label as report_verdict
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.pdf import _verdicts_in_short
from okrdesk.store.review.data import default_week, load_review
from okrdesk.store.workspace.files import open_workspace
from okrdesk.ui.present.pages import _experiment_lines
from okrdesk.ui.review.models import ExperimentsModel
from tests.helpers import DEMO_DAY, stored_experiments

ARMS = (("control", 1, 1000, 250), ("B", 0, 1000, 293), ("C", 0, 1000, 340), ("D", 0, 1000, 240))


def running_with_three_variants(db: Path):
    """The review of the last full week, with a running experiment given three variants."""
    workspace = open_workspace(db)
    try:
        with workspace.engine.connect() as connection:
            week = default_week(connection, DEMO_DAY)
            code = next(
                e.code for e in load_review(connection, week).experiments if e.phase == "running"
            )
    finally:
        workspace.close()
    exp = stored_experiments(db)[code].id
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE experiments SET control_share = 0.25 WHERE id = ?", (exp,))
        connection.execute("DELETE FROM experiment_arms WHERE experiment_id = ?", (exp,))
        connection.executemany(
            "INSERT INTO experiment_arms (experiment_id, name, is_control, visitors, conversions)"
            " VALUES (?, ?, ?, ?, ?)",
            [(exp, *arm) for arm in ARMS],
        )
    workspace = open_workspace(db)
    try:
        with workspace.engine.connect() as connection:
            review = load_review(connection, week)
    finally:
        workspace.close()
    return review, next(e for e in review.experiments if e.code == code)


def test_every_variant_has_its_row_and_a_running_lead_is_not_a_win(qapp, demo_copy):
    review, line = running_with_three_variants(demo_copy)
    fmt = LocaleFormat(QLocale("en_US"))
    model = ExperimentsModel(fmt)
    model.set_rows(review.experiments)
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == line.code]
    assert len(rows) == 3
    assert [model.index(r, 4).data().split(":")[0] for r in rows] == ["B", "C", "D"]
    verdicts = [model.index(r, ExperimentsModel.VERDICT_COLUMN).data() for r in rows]
    assert verdicts == ["Leading, not conclusive", "Variant wins", "Trailing, not conclusive"]
    assert model.index(rows[0], 7).data() == "0.031"  # p at one look, yet not a win
    assert model.index(rows[0], 6).data().startswith("+17% (+")  # lift with its interval

    slides = [text for text in _experiment_lines(review, fmt) if line.code in text]
    assert len(slides) == 3
    assert "B: the variant is leading, not conclusive" in slides[0]
    assert "C: the variant wins" in slides[1]
    assert "D: the variant is trailing, not conclusive" in slides[2]

    summary = _verdicts_in_short(line)
    assert "B: the variant is leading, not conclusive" in summary
    assert "C: the variant wins" in summary


def test_the_report_and_the_screen_name_every_verdict_with_the_same_word(qapp, demo_copy):
    _review, line = running_with_three_variants(demo_copy)
    fmt = LocaleFormat(QLocale("en_US"))
    variant = replace(line.variants[0], low_power=False)
    for kind in VerdictKind:
        judged = replace(variant, verdict=kind.value)
        model = ExperimentsModel(fmt)
        model.set_rows([replace(line, variants=(judged,))])
        screen = model.index(0, ExperimentsModel.VERDICT_COLUMN).data()
        assert screen == report_verdict(line, judged, fmt) == VERDICT_WORDS[kind].label
