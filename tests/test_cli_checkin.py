"""`okrdesk checkin` as a script runs it: exit codes, the one line it prints, and the check-in
as the store and the weekly report read it afterwards."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.store.okr.queries import key_result_history
from tests.helpers import DEMO_DAY, current_key_results, query, rows
from tests.read_only import read_only

MQLS = "Grow MQLs per month from 240 to 360"
MRR = "Grow MRR from 186 000 € to 230 000 €"
PARTNERS = "Launch the partner programme with 5 signed agencies"
CHURN = "Keep monthly logo churn below 2 %"
CAC_LAST_QUARTER = "Reduce blended CAC from 510 € to 400 €"


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())
    target = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, target)
    return target


def kr_id(path: Path, title: str) -> int:
    return next(kr.id for kr in current_key_results(path).values() if kr.title == title)


def history_on(path: Path, title: str, day: dt.date):
    points = query(path, key_result_history, kr_id(path, title))
    return [point for point in points if point.checked_on == day]


def checkin_count(path: Path) -> int:
    return rows(path, "SELECT count(*) FROM checkins")[0][0]


def test_a_checkin_by_title_is_stored_and_reported(demo, tmp_path, capsys):
    day = DEMO_DAY  # the review of 2026-W47 reads key results as of its meeting, this week
    options = ["--date", day.isoformat(), "--confidence", "7", "--comment", "  webinar week  "]
    code = main(["checkin", str(demo), MQLS, "300", *options])

    assert code == 0
    assert capsys.readouterr().out == f'Checked in "{MQLS}": 300 on 25 Nov 2026\n'
    (point,) = history_on(demo, MQLS, day)
    assert (point.value, point.confidence, point.comment) == (300.0, 7, "webinar week")

    report = tmp_path / "review.md"
    assert main(["report", str(demo), "--week", "2026-W47", "--out", str(report)]) == 0
    moved = [line for line in report.read_text().splitlines() if line.startswith(f"| {MQLS} |")]
    assert moved and "| 300 |" in moved[0]


def test_a_checkin_by_id_is_today_with_the_last_confidence(demo, capsys):
    kr = current_key_results(demo)[kr_id(demo, MRR)]
    assert kr.confidence is not None

    assert main(["checkin", str(demo), str(kr.id), "212000"]) == 0

    line = capsys.readouterr().out.strip()
    assert line.startswith(f'Checked in "{MRR}": ') and line.endswith(" on 25 Nov 2026")
    assert "212" in line
    (point,) = history_on(demo, MRR, DEMO_DAY)
    assert (point.value, point.confidence, point.comment) == (212000.0, kr.confidence, "")


def test_a_yes_no_key_result_takes_1_for_done(demo, capsys):
    assert main(["checkin", str(demo), PARTNERS, "1", "--date", "2026-11-24"]) == 0
    assert capsys.readouterr().out == f'Checked in "{PARTNERS}": Done on 24 Nov 2026\n'
    assert history_on(demo, PARTNERS, dt.date(2026, 11, 24))[0].value == 1.0


def test_a_second_checkin_on_the_same_day_replaces_the_first(demo, capsys):
    before = checkin_count(demo)
    assert main(["checkin", str(demo), CHURN, "1.5", "--date", "2026-11-24"]) == 0
    assert main(["checkin", str(demo), CHURN, "1.25", "--date", "2026-11-24"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f'Checked in "{CHURN}": 1.3% on 24 Nov 2026'
    )
    assert checkin_count(demo) == before + 1
    assert [p.value for p in history_on(demo, CHURN, dt.date(2026, 11, 24))] == [1.25]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([MQLS, "many"], "value many: not a number"),
        ([MQLS, "nan"], "value nan: not a number"),
        ([MQLS, "300", "--date", "20.11.2026"], "--date 20.11.2026: not a date (YYYY-MM-DD)"),
        (
            [MQLS, "300", "--confidence", "high"],
            "--confidence high: not a whole number from 0 to 10",
        ),
        (["Grow MQLs", "300"], '{path}: no key result with the id or title "Grow MQLs"'),
        (["99999", "300"], '{path}: no key result with the id or title "99999"'),
        (
            [MQLS, "300", "--confidence", "11"],
            f'{{path}}: "{MQLS}": the confidence must be from 0 to 10, not 11',
        ),
        (
            [MQLS, "300", "--date", "2026-11-26"],
            f'{{path}}: "{MQLS}": 2026-11-26 is in the future; '
            "a check-in can be dated up to 2026-11-25",
        ),
        (
            [MQLS, "300", "--date", "2026-09-30"],
            f'{{path}}: "{MQLS}": 2026-09-30 is before the cycle, which starts on 2026-10-01',
        ),
        (
            [MQLS, "300.125"],
            f'{{path}}: "{MQLS}": the value 300.125 has more than 2 decimals, '
            "which this key result does not take",
        ),
        (
            [MRR, "212000.5"],
            f'{{path}}: "{MRR}": the value 212000.5 has more than 0 decimals, '
            "which this key result does not take",
        ),
        (
            [MQLS, "2e12"],
            f'{{path}}: "{MQLS}": the value 2000000000000 is beyond ±1e+12',
        ),
        (
            [PARTNERS, "0.5"],
            f'{{path}}: "{PARTNERS}": a yes/no key result takes 1 or 0, not 0.5',
        ),
        (
            [CAC_LAST_QUARTER, "400"],
            f'{{path}}: "{CAC_LAST_QUARTER}": the cycle is closed; it takes no check-ins',
        ),
    ],
)
def test_a_bad_checkin_is_refused_in_one_line_and_nothing_is_written(demo, capsys, args, message):
    before = rows(demo, "SELECT * FROM checkins ORDER BY id")

    assert main(["checkin", str(demo), *args]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"okrdesk: {message.format(path=demo)}\n"
    assert rows(demo, "SELECT * FROM checkins ORDER BY id") == before


def test_an_ambiguous_title_is_refused_naming_the_ids(demo, capsys):
    first, second = kr_id(demo, MQLS), kr_id(demo, MRR)
    with sqlite3.connect(demo) as connection:
        connection.execute("UPDATE key_results SET title = ? WHERE id = ?", (MQLS, second))
    connection.close()
    before = checkin_count(demo)

    assert main(["checkin", str(demo), MQLS, "300"]) == 2

    ids = ", ".join(str(i) for i in sorted((first, second)))
    assert capsys.readouterr().err == (
        f'okrdesk: {demo}: 2 key results are titled "{MQLS}" (ids {ids}); give the id\n'
    )
    assert checkin_count(demo) == before
    assert main(["checkin", str(demo), str(first), "300"]) == 0


def test_a_read_only_workspace_is_refused(demo, capsys):
    before = checkin_count(demo)
    with read_only(demo):
        assert main(["checkin", str(demo), MQLS, "300"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith(f"okrdesk: {demo}: is read-only")
    assert checkin_count(demo) == before


def test_checkin_as_a_command(demo, sandbox_env):
    env = dict(sandbox_env, OKRDESK_TODAY=DEMO_DAY.isoformat(), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "okrdesk",
            "checkin",
            str(demo),
            MQLS,
            "305",
            "--date",
            "2026-11-24",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f'Checked in "{MQLS}": 305 on 24 Nov 2026\n'
    assert history_on(demo, MQLS, dt.date(2026, 11, 24))[0].value == 305.0


def test_a_checkin_says_its_value_in_the_key_results_unit(demo, capsys):
    speed = "Cut median speed-to-lead from 26 h to 4 h"  # the demo's unit label is "h"
    assert main(["checkin", str(demo), speed, "9"]) == 0
    assert capsys.readouterr().out == f'Checked in "{speed}": 9\u00a0h on 25 Nov 2026\n'


# -- --author --------------------------------------------------------------------------------


def authors_on(path: Path, title: str) -> list[object]:
    return [
        row[0]
        for row in rows(
            path,
            "SELECT coalesce(p.name, '') FROM checkins c LEFT JOIN people p ON p.id = c.author_id"
            " WHERE c.key_result_id = ? AND c.checked_on = ?",
            kr_id(path, title),
            DEMO_DAY.isoformat(),
        )
    ]


def test_author_records_the_person_named_exactly_as_people_has_it(demo):
    assert main(["checkin", str(demo), MQLS, "300", "--author", "Zofia Nowak"]) == 0

    assert authors_on(demo, MQLS) == ["Zofia Nowak"]


def test_without_author_the_checkin_has_none(demo):
    assert main(["checkin", str(demo), MQLS, "300"]) == 0

    assert authors_on(demo, MQLS) == [""]


def test_an_unknown_author_exits_2_with_one_line_naming_it(demo, capsys):
    before = checkin_count(demo)

    assert main(["checkin", str(demo), MQLS, "300", "--author", "zofia nowak"]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '--author "zofia nowak": nobody of that name' in err
    assert checkin_count(demo) == before
