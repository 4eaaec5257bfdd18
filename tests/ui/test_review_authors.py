"""The review names who made each key result's latest check-in and who decided an experiment,
on the screen and in the Markdown report; rows without an author (written before authors
were recorded) name nobody."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from okrdesk.reports import export
from okrdesk.reports.markdown import report_markdown
from okrdesk.ui.review.section import ReviewSection
from tests.helpers import DEMO_DAY, rows

LATEST_BY_OWNER = """
UPDATE checkins SET author_id = (
    SELECT owner_id FROM key_results k WHERE k.id = checkins.key_result_id
) WHERE id IN (
    SELECT c.id FROM checkins c WHERE NOT EXISTS (
        SELECT 1 FROM checkins later WHERE later.key_result_id = c.key_result_id
        AND (later.checked_on > c.checked_on
             OR (later.checked_on = c.checked_on AND later.id > c.id))
    )
)
"""


def _write(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def _authored(path: Path) -> None:
    """Every check-in by a stranger to the key result, except each one's latest, made by its
    owner; every decided experiment decided by its owner."""
    _write(
        path,
        "INSERT INTO people (name, email) VALUES ('Quentin Stranger', '')",
        "UPDATE checkins SET author_id = (SELECT id FROM people WHERE name = 'Quentin Stranger')",
        LATEST_BY_OWNER,
        "UPDATE experiments SET decided_by_id = owner_id WHERE decision IS NOT NULL",
    )


def _anonymous(path: Path) -> None:
    _write(
        path,
        "UPDATE checkins SET author_id = NULL",
        "UPDATE experiments SET decided_by_id = NULL",
    )


def _decision_day(path: Path):
    """The day of the latest experiment decision: its week's review shows it ended."""
    import datetime as dt

    (day,) = rows(path, "SELECT max(decided_on) FROM experiments WHERE decision IS NOT NULL")[0]
    return dt.date.fromisoformat(day)


def _open_review(window, path: Path) -> ReviewSection:
    window.files.open_path(path)
    window.show_section(list(window.sections).index("review"))
    section = window.sections["review"]
    assert isinstance(section, ReviewSection)
    return section


def _column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def _owners(path: Path, titles: list[str]) -> list[str]:
    owner = dict(
        rows(
            path,
            "SELECT k.title, p.name FROM key_results k JOIN people p ON p.id = k.owner_id",
        )
    )
    return [owner.get(title, "") for title in titles]


def test_the_review_screen_names_who_checked_in_and_who_decided(qtbot, window, demo_copy):
    _authored(demo_copy)
    review = _open_review(window, demo_copy)
    variance = review.variance
    behind = _column(variance.behind_model, 0)
    moved = _column(variance.changed_model, 0)
    assert behind and moved
    assert variance.behind_model.headerData(5, Qt.Orientation.Horizontal) == "Checked in by"
    assert _column(variance.behind_model, 5) == _owners(demo_copy, behind)
    assert _column(variance.changed_model, 5) == _owners(demo_copy, moved)
    assert "Quentin Stranger" not in _column(variance.changed_model, 5)
    assert any(_owners(demo_copy, moved))

    decided = rows(
        demo_copy,
        "SELECT e.code, p.name FROM experiments e JOIN people p ON p.id = e.decided_by_id",
    )
    review.set_week(_decision_day(demo_copy))
    model = review.experiments.model
    stages = dict(zip(_column(model, 0), _column(model, 2), strict=True))
    shown = [(code, name) for code, name in decided if code in stages]
    assert shown, "the demo's review week shows a decided experiment"
    for code, name in shown:
        assert stages[code].endswith(f" by {name}")


def test_the_review_screen_names_nobody_for_old_rows(qtbot, window, demo_copy):
    _anonymous(demo_copy)
    review = _open_review(window, demo_copy)
    assert set(_column(review.variance.behind_model, 5)) == {""}
    assert set(_column(review.variance.changed_model, 5)) == {""}
    review.set_week(_decision_day(demo_copy))
    assert any(stage.startswith("Ended, ") for stage in _column(review.experiments.model, 2))
    assert not any(" by " in stage for stage in _column(review.experiments.model, 2))


@pytest.mark.parametrize("authored", [True, False])
def test_the_markdown_report_names_who_checked_in(demo_copy, authored):
    (_authored if authored else _anonymous)(demo_copy)
    data = export.load_report_input(demo_copy, None, "en_US", DEMO_DAY)
    markdown = report_markdown(data.review, data.fmt)
    decision_week = export.load_report_input(demo_copy, _decision_day(demo_copy), "en_US", DEMO_DAY)
    decided = [e for e in decision_week.review.experiments if e.decision]
    decisions = report_markdown(decision_week.review, decision_week.fmt)
    behind = data.review.behind[0]
    row = next(line for line in markdown.splitlines() if line.startswith(f"| {behind.title} |"))
    owner = _owners(demo_copy, [behind.title])[0]
    assert decided
    if authored:
        assert f"| {behind.owner} | {owner} |" in row
        assert f" by {decided[0].decided_by}." in decisions
        assert decided[0].decided_by
    else:
        assert f"| {behind.owner} |  |" in row or f"| {behind.owner} | |" in row
        assert "Quentin Stranger" not in markdown
        lines = decisions.splitlines()
        assert any(line.startswith("**Decision:**") for line in lines)
        assert not any(line.startswith("**Decision:**") and " by " in line for line in lines)
