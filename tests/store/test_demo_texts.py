"""Every number the demo's texts quote is the one its own data gives.

Each rate, lift, p-value and count in the experiments' learnings and the weekly review briefs
is read back from the text and checked against a figure computed here, with the textbook
pooled z-test, from the same workspace's arms and funnel rows; a check-in comment quotes its
own check-in; other texts quote no percentages (a hypothesis predicts, it does not quote).
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from sqlalchemy import text

NUMBER = r"(\d[\d ]*(?:\.\d+)?)"
PERCENT = re.compile(r"([+−-]?)" + NUMBER + " %")
P_VALUE = re.compile(r"p ([=<]) (\d\.\d+)")
COUNT_PAIR = re.compile(r"(\d+) (?:of|against) (\d+)")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def z_test(x1: int, n1: int, x2: int, n2: int) -> float:
    pooled = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return math.erfc(abs(z) / math.sqrt(2))


def decimals(quoted: str) -> int:
    return len(quoted.split(".")[1]) if "." in quoted else 0


def agrees(quoted: str, truth: float) -> bool:
    """The quoted figure is the true one rounded as far as it is written."""
    return float(quoted.replace(" ", "")) == round(truth, decimals(quoted))


def percents(words: str) -> list[tuple[str, str]]:
    return [(sign, number) for sign, number in PERCENT.findall(words)]


def arms_figures(connection, code: str) -> tuple[list[float], list[float], set[int]]:
    """An experiment's rates and signed relative lift in percent, its p-value, and its counts
    (conversions and SQLs per arm), from its arm rows."""
    (control_n, control_x, control_sqls), (variant_n, variant_x, variant_sqls) = connection.execute(
        text(
            "SELECT a.visitors, a.conversions, a.sql_count FROM experiment_arms a "
            "JOIN experiments e ON e.id = a.experiment_id WHERE e.code = :code "
            "ORDER BY a.is_control DESC"
        ),
        {"code": code},
    ).all()
    control, variant = control_x / control_n, variant_x / variant_n
    rates = [100 * control, 100 * variant, 100 * (variant / control - 1)]
    p = z_test(control_x, control_n, variant_x, variant_n)
    return rates, [p], {control_x, variant_x, control_sqls, variant_sqls}


def check_quotes(words: str, rates: list[float], p_values: list[float], counts: set[int]) -> int:
    """Every percentage, p-value and count pair in `words` is one of the given figures;
    returns how many were read."""
    read = 0
    for sign, number in percents(words):
        signed = -float(number) if sign in ("−", "-") else float(number)
        assert any(
            agrees(number, abs(r)) and (not sign or math.copysign(1, signed) == math.copysign(1, r))
            for r in rates
        ), (number, rates, words)
        read += 1
    for relation, number in P_VALUE.findall(words):
        assert any(
            (p < float(number)) if relation == "<" else agrees(number, p) for p in p_values
        ), (number, p_values, words)
        read += 1
    for pair in COUNT_PAIR.findall(words):
        assert {int(n) for n in pair} <= counts, (pair, counts, words)
        read += 1
    return read


def test_learnings_quote_their_arms(ws):
    with ws.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT code, learnings FROM experiments WHERE learnings != ''")
        ).all()
        assert [code for code, _ in rows] == ["EXP-0001", "EXP-0002"]
        for code, learnings in rows:
            assert check_quotes(learnings, *arms_figures(connection, code)) >= 1
    assert "(+45.3 %)" in rows[1][1]  # was "+46 %" where 66/2140 → 97/2165 is +45.3 %


def week_totals(connection, week: dt.date) -> tuple[list[int], float]:
    counts = [
        int(n)
        for (n,) in connection.execute(
            text(
                "SELECT SUM(c.count) FROM funnel_counts c JOIN funnel_stages s "
                "ON s.id = c.stage_id WHERE c.week_start = :week GROUP BY s.position "
                "ORDER BY s.position"
            ),
            {"week": week.isoformat()},
        )
    ]
    (revenue,) = connection.execute(
        text("SELECT SUM(revenue) FROM funnel_spend WHERE week_start = :week"),
        {"week": week.isoformat()},
    ).one()
    return counts, revenue


def test_review_briefs_quote_their_week_and_experiment(ws):
    from okrdesk.store.review.data import load_review

    with ws.engine.connect() as connection:
        briefs = connection.execute(
            text("SELECT week_start, brief FROM weekly_reviews ORDER BY week_start")
        ).all()
        assert len(briefs) == 2
        for meeting, brief in briefs:
            reviewed = dt.date.fromisoformat(str(meeting)) - dt.timedelta(weeks=1)
            funnel_line, experiment_line, _krs = brief.split("\n")
            counts, revenue = week_totals(connection, reviewed)
            match = re.match(
                r"Week of (\d+) (\w+): "
                + NUMBER
                + r" visits, visit→form "
                + NUMBER
                + r" %, lead→MQL "
                + NUMBER
                + r" %, (\d+) deals worth "
                + NUMBER
                + r" €\. (.*)",
                funnel_line,
            )
            assert match, funnel_line
            day, month, visits, form_rate, mql_rate, deals, money, moves = match.groups()
            assert (int(day), MONTHS.index(month) + 1) == (reviewed.day, reviewed.month)
            assert int(visits.replace(" ", "")) == counts[0]
            assert agrees(form_rate, 100 * counts[1] / counts[0])
            assert agrees(mql_rate, 100 * counts[3] / counts[2])
            assert int(deals) == counts[5]
            assert agrees(money, revenue)

            review = load_review(connection, reviewed)
            steps = review.significant_steps
            if not steps:
                assert moves == "No step moved beyond noise."
            rates = [100 * r for s in steps for r in (s.previous_rate, s.rate)]
            p_values = [s.p_value for s in steps]
            assert check_quotes(moves, rates, p_values, set()) == 3 * len(steps)
            for s in steps:
                assert f"{s.from_stage} → {s.to_stage}" in moves

            code = re.match(r"(EXP-\d{4}) ", experiment_line)[1]
            assert check_quotes(experiment_line, *arms_figures(connection, code)) >= 2


def test_check_in_comments_quote_their_own_value(ws):
    with ws.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.comment, c.value FROM checkins c JOIN key_results k "
                "ON k.id = c.key_result_id WHERE k.unit = 'percent' AND c.comment LIKE '%\\%%' "
                "ESCAPE '\\'"
            )
        ).all()
        others = connection.execute(
            text(
                "SELECT c.comment FROM checkins c JOIN key_results k "
                "ON k.id = c.key_result_id WHERE k.unit != 'percent'"
            )
        ).all()
    assert rows
    for comment, value in rows:
        for _sign, number in percents(comment):
            assert agrees(number, value), (comment, value)
    assert [comment for (comment,) in others if percents(comment)] == []


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("objectives", "retrospective"),
        ("objectives", "description"),
        ("key_results", "grade_note"),
        ("checkins", "blockers"),
        ("weekly_reviews", "decisions"),
        ("weekly_reviews", "notes"),
    ],
)
def test_other_texts_quote_no_percentage_the_data_cannot_back(ws, table, column):
    with ws.engine.connect() as connection:
        texts = [value for (value,) in connection.execute(text(f"SELECT {column} FROM {table}"))]
    assert texts
    assert [t for t in texts if t and percents(t)] == []
