"""Numbers that may be meant but look wrong are imported with a warning, never silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from okrdesk.cli import main
from okrdesk.store.funnel.importing import ImportOptions, import_file

TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def workspace_file(tmp_path: Path, new_workspace_file) -> Path:
    return new_workspace_file(tmp_path / "team.okrdesk", "Team")


def test_more_deals_than_visits_is_imported_with_a_warning_line(
    workspace_file, write_file, capsys, stored_counts
):
    csv = write_file("deals.csv", "week,stage,count\n2026-11-16,Visit,100\n2026-11-16,Deal,500\n")
    assert main(["import", str(workspace_file), str(csv), "--funnel", "Inbound"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Imported 2 rows of deals.csv")
    assert lines[5:] == [
        'Warning: week 2026-11-16: 500 at "Deal" but 100 at "Visit" before it; are the stages '
        "in the right columns?"
    ]


def test_the_warning_names_source_and_variant_and_counts_the_steps(empty_ws, write_file):
    csv = write_file(
        "steps.csv",
        "week,source,variant,stage,count\n"
        "2026-11-16,ads,B,Visit,100\n"
        "2026-11-16,ads,B,Lead,30\n"
        "2026-11-16,ads,B,MQL,40\n"  # more MQLs than leads
        "2026-11-23,ads,B,Visit,10\n"
        "2026-11-23,ads,B,Deal,12\n",  # more deals than visits, stages between not given
    )
    result = import_file(empty_ws, csv, ImportOptions(funnel="Inbound"), today=TODAY)
    (warning,) = result.warnings
    assert str(warning.text) == (
        'week 2026-11-16, source "ads", variant "B": 40 at "MQL" but 30 at "Lead" before it '
        "(2 such steps in all); are the stages in the right columns?"
    )


def test_weeks_far_in_the_future_are_imported_with_a_warning(empty_ws, write_file):
    csv = write_file(
        "plan.csv",
        "week,stage,count\n2026-12-07,Visit,5\n2027-01-25,Visit,5\n2027-02-01,Visit,5\n"
        "2027-06-07,Visit,5\n",
    )
    result = import_file(empty_ws, csv, ImportOptions(funnel="Inbound"), today=TODAY)
    assert result.weeks == 4
    (warning,) = result.warnings
    assert str(warning.text) == (
        "2 weeks from 2027-02-01 on, more than 8 weeks after today (2026-12-06); is the year right?"
    )


def test_the_command_line_warns_of_weeks_far_in_the_future(workspace_file, write_file, capsys):
    csv = write_file("later.csv", "week,stage,count\n2099-11-16,Visit,5\n")
    assert main(["import", str(workspace_file), str(csv), "--funnel", "Inbound"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        "Warning: 1 week from 2099-11-16 on, more than 8 weeks after today "
        f"({dt.date.today().isoformat()}); is the year right?"
    )


def test_a_plausible_file_has_no_warning(empty_ws, write_file):
    csv = write_file(
        "fine.csv",
        "week,stage,count\n2026-11-16,Visit,100\n2026-11-16,Lead,30\n2026-11-16,Deal,3\n"
        "2027-01-25,Visit,5\n",
    )
    result = import_file(empty_ws, csv, ImportOptions(funnel="Inbound"), today=TODAY)
    assert result.warnings == ()


def test_raw_events_are_not_checked_for_stage_order(empty_ws, write_file):
    # A deal this week from a visit last week: activity rightly shows a deal and no visit.
    csv = write_file(
        "events.csv",
        "lead_id,timestamp,stage\nL1,2026-11-13 10:00,Visit\nL1,2026-11-17 10:00,Deal\n",
    )
    result = import_file(empty_ws, csv, ImportOptions(funnel="Inbound"), today=TODAY)
    assert result.warnings == ()
