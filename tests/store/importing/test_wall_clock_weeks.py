"""Weeks of raw events are calendar weeks of the wall-clock time the file shows, offset or not."""

from __future__ import annotations

from pathlib import Path

from okrdesk.cli import main
from okrdesk.store.funnel.importing import ImportOptions, import_file
from okrdesk.store.workspace.files import create_workspace

# L-1 is Monday 2 March at 00:30 where it was written (Sunday in UTC); L-3 is Sunday 8 March at
# 23:30 where it was written (Monday in UTC); L-2 has no offset at all.
MIXED = (
    "lead_id,timestamp,stage\n"
    "L-1,2026-03-02T00:30:00+02:00,Visit\n"
    "L-2,2026-03-01 23:00:00,Visit\n"
    "L-3,2026-03-08T23:30:00-05:00,Visit\n"
    "L-4,2026-03-02T00:10:00Z,Visit\n"
)


def test_a_time_with_an_offset_counts_in_the_week_it_shows(empty_ws, write_file, stored_counts):
    path = write_file("crm.csv", MIXED)
    result = import_file(empty_ws, path, ImportOptions(funnel="Inbound"))
    assert stored_counts(empty_ws, result.funnel_id) == {
        ("2026-02-23", "Visit", "", ""): 1,  # L-2
        ("2026-03-02", "Visit", "", ""): 3,  # L-1, L-3, L-4
        ("2026-02-23", "Form submitted", "", ""): 0,
        ("2026-03-02", "Form submitted", "", ""): 0,
    }
    assert result.utc_offsets_dropped


def test_the_command_line_says_how_it_read_the_offsets(tmp_path: Path, write_file, capsys):
    workspace = tmp_path / "team.okrdesk"
    create_workspace(workspace, "Team").close()
    path = write_file("crm.csv", MIXED)
    assert main(["import", str(workspace), str(path), "--funnel", "Inbound"]) == 0
    out = capsys.readouterr().out
    assert "Weeks 2026-02-23 to 2026-03-02: 2 weeks." in out
    assert "Times with a UTC offset were read as the local time written" in out

    plain = write_file("plain.csv", "lead_id,timestamp,stage\nL-9,2026-03-02 00:30,Visit\n")
    assert main(["import", str(workspace), str(plain), "--funnel", "Inbound"]) == 0
    assert "UTC offset" not in capsys.readouterr().out
