"""Refusals of values and of the system reach a Polish user in Polish, through the real .qm:
a check-in's rule, a refusal of several values with each field named, a folder that is not
there."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.domain.okr_rules import Problem
from okrdesk.reports.text import shown
from okrdesk.store.errors import InvalidValuesError, said
from tests.helpers import DEMO_DAY

MQLS = "Grow MQLs per month from 240 to 360"


@pytest.fixture
def polish(monkeypatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    monkeypatch.setenv("OKRDESK_TODAY", DEMO_DAY.isoformat())


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.okrdesk"
    shutil.copyfile(demo_file, target)
    return target


def test_a_check_in_rule_is_said_in_polish(polish, demo, capsys):
    assert main(["checkin", str(demo), MQLS, "300", "--confidence", "11"]) == 2
    err = capsys.readouterr().err
    assert err == f'okrdesk: {demo}: "{MQLS}": pewność musi wynosić od 0 do 10, a nie 11\n'


def test_a_refusal_of_several_values_names_each_field_in_polish(polish, demo, capsys):
    assert main(["check", str(demo)]) == 0  # speaks Polish, as every command does
    capsys.readouterr()
    from okrdesk.domain.checkin_rules import confidence_problems, day_problems

    day = dt.date(2026, 11, 20)
    problems = confidence_problems(12) + day_problems(day, day, day, day, closed=True)
    line = shown(said(InvalidValuesError(problems)))
    assert line == (
        "pewność: pewność musi wynosić od 0 do 10, a nie 12; dzień: " + shown(problems[1].message)
    )
    assert "the cycle" not in line and "confidence" not in line
    assert shown(said(InvalidValuesError([Problem("mystery", "x", "?")]))) == "mystery: ?"


def test_what_the_system_refuses_is_said_in_polish(polish, demo, tmp_path, capsys):
    funnel = "Inbound B2B"
    out = tmp_path / "missing" / "counts.csv"
    assert main(["export", str(demo), "--funnel", funnel, "--out", str(out)]) == 2
    assert capsys.readouterr().err == f"okrdesk: {out}: nie ma takiego pliku ani folderu\n"
    under_a_file = demo / "counts.csv"
    assert main(["export", str(demo), "--funnel", funnel, "--out", str(under_a_file)]) == 2
    assert capsys.readouterr().err == f"okrdesk: {under_a_file}: część ścieżki nie jest folderem\n"
