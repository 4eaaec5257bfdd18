"""`okrdesk import` as a user runs it: what it prints, exit codes, the file left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrdesk.cli import main
from tests.helpers import imported_modules


@pytest.fixture
def workspace_file(tmp_path: Path, new_workspace_file) -> Path:
    return new_workspace_file(tmp_path / "team.okrdesk", "Team")


def test_import_prints_what_was_imported(workspace_file, write_file, capsys):
    csv = write_file("week47.csv", "Tydzień;Etap;Liczba\n2026-W47;Wizyta;1 234\n2026-W47;Lead;56\n")
    assert main(["import", str(workspace_file), str(csv), "--funnel", "Inbound"]) == 0
    out = capsys.readouterr().out
    assert 'Imported 2 rows of week47.csv as counts into the funnel "Inbound"' in out
    # A new workspace's empty default funnel becomes "Inbound": no second funnel.
    assert "the new workspace's empty default funnel, renamed" in out
    assert "Weeks 2026-11-16 to 2026-11-16: 1 week." in out
    assert main(["import", str(workspace_file), str(csv), "--funnel", "Outbound"]) == 0
    assert "created with the default stages" in capsys.readouterr().out


def test_bad_input_exits_2_with_one_line_and_leaves_the_file(
    workspace_file, write_file, capsys, sha256
):
    csv = write_file("bad.csv", "week,stage,count\n2026-11-16,Visit,-5\n")
    before = sha256(workspace_file)
    assert main(["import", str(workspace_file), str(csv), "--funnel", "Inbound"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == 'okrdesk: bad.csv, row 2, column "count": "-5" is negative'
    assert sha256(workspace_file) == before


def test_ambiguous_dates_ask_for_a_date_format(workspace_file, write_file, capsys, sha256):
    csv = write_file("us.csv", "week,stage,count\n03/04/2026,Visit,10\n04/05/2026,Visit,12\n")
    before = sha256(workspace_file)
    args = ["import", str(workspace_file), str(csv), "--funnel", "Inbound"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "(pass --date-format with one of these: %d/%m/%Y, %m/%d/%Y)" in err
    assert 'us.csv, row 2, column "week"' in err
    assert sha256(workspace_file) == before
    assert main([*args, "--date-format", "%m/%d/%Y"]) == 0
    assert "Weeks 2026-03-02 to 2026-03-30: 2 weeks." in capsys.readouterr().out


def test_columns_and_stages_mapped_on_the_command_line(workspace_file, write_file, capsys):
    csv = write_file("crm.csv", "Kiedy,Co,Ile\n2026-11-16,Zasięg,900\n2026-11-16,Leady,30\n")
    args = ["import", str(workspace_file), str(csv), "--funnel", "Inbound", "--shape", "counts"]
    args += ["--map", "Kiedy=week", "--map", "Co=stage", "--map", "Ile=count"]
    assert main(args) == 2
    assert '"Zasięg" is not a stage of the funnel "Inbound"' in capsys.readouterr().err
    assert main([*args, "--stage", "Zasięg=Visit"]) == 0
    assert "Imported 2 rows of crm.csv as counts" in capsys.readouterr().out


def test_an_xlsx_sheet_chosen_on_the_command_line(workspace_file, tmp_path, capsys, sha256):
    import openpyxl

    path = tmp_path / "export.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Summary"
    events = workbook.create_sheet("Events")
    for row in (
        ["Lead ID", "Timestamp", "Stage"],
        ["L1", "2026-11-16 10:00", "Visit"],
        ["L1", "2026-11-17 11:00", "Lead"],
    ):
        events.append(row)
    workbook.save(path)
    before = sha256(workspace_file)
    args = ["import", str(workspace_file), str(path), "--funnel", "Inbound"]
    assert main([*args, "--sheet", "Leads"]) == 2
    assert 'has no sheet "Leads"; its sheets are "Summary", "Events"' in capsys.readouterr().err
    assert sha256(workspace_file) == before
    assert main([*args, "--sheet", "Events"]) == 0
    assert "Imported 2 rows of export.xlsx as events" in capsys.readouterr().out


def test_the_import_command_speaks_without_loading_qt_gui(workspace_file, write_file, sandbox_env):
    """A command-line import paints nothing: QtCore alone speaks the user's language, without
    Qt's GUI libraries and a GUI application (some 20 ms and 15 MB of the command); nor are
    the spreadsheet and chart libraries loaded for a CSV."""
    csv = write_file("week47.csv", "week,stage,count\n2026-W47,Visit,1234\n2026-W47,Lead,56\n")
    env = {
        name: value for name, value in sandbox_env.items() if name not in ("LC_ALL", "LC_MESSAGES")
    }
    env["LANG"] = "pl_PL.UTF-8"
    out, imported = imported_modules(
        ["import", str(workspace_file), str(csv), "--funnel", "Inbound"], env
    )
    assert "Zaimportowano 2 wiersze z week47.csv" in out
    assert "okrdesk.store.funnel.importing" in imported
    assert not {"PySide6.QtGui", "PySide6.QtWidgets", "openpyxl", "pyqtgraph"} & imported
