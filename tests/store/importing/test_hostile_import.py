"""Bad and hostile import files: `okrdesk import` refuses each with exit code 2 and one exact
line, writes nothing, and never costs more than the bounds allow (see hostile_corpus.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_corpus import Case, cases

from okrdesk.cli import main
from okrdesk.store.workspace.files import create_workspace

ROOT = Path(__file__).resolve().parents[3]
MAX_PEAK_MB = 500
# GNU time reports the peak memory of the child alone; a process's own ru_maxrss would count
# the memory of the pytest process it was forked from.
TIME = Path("/usr/bin/time")


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """The refusals are read as an English user gets them, numbers grouped ("9,007,…")."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A workspace holding one good import, so that "nothing changed" means something."""
    folder = tmp_path_factory.mktemp("seeded")
    path = folder / "team.okrdesk"
    create_workspace(path, "Team").close()
    good = folder / "good.csv"
    good.write_text("week,stage,count\n2026-11-16,Visit,100\n2026-11-16,Lead,10\n")
    assert main(["import", str(path), str(good), "--funnel", "Inbound"]) == 0
    return path


@pytest.fixture
def workspace(seeded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "team.okrdesk"
    shutil.copyfile(seeded, path)
    return path


def _expected(case: Case, path: Path) -> str:
    return "okrdesk: " + case.message.format(name=case.name or path.name) + "\n"


def _export(workspace: Path, out: Path) -> bytes:
    assert main(["export", str(workspace), "--funnel", "Inbound", "--out", str(out)]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.id)
def test_a_bad_file_is_refused_on_one_line_and_nothing_changes(
    case: Case, workspace: Path, tmp_path: Path, capsys, sha256
):
    folder = tmp_path / "in"
    folder.mkdir()
    path = case.build(folder)
    before, file_before = sha256(workspace), sha256(path)
    code = main(["import", str(workspace), str(path), "--funnel", "Inbound", *case.args])
    out, err = capsys.readouterr()
    assert (code, err) == (2, _expected(case, path))
    assert out == ""
    assert len(err) < 400
    assert sha256(workspace) == before
    assert sha256(path) == file_before


def test_nothing_changes_in_what_the_funnel_exports(workspace: Path, tmp_path: Path, capsys):
    before = _export(workspace, tmp_path / "before.csv")
    folder = tmp_path / "in"
    folder.mkdir()
    for case in cases():
        if "bomb" in case.tags:
            continue
        path = case.build(folder)
        assert main(["import", str(workspace), str(path), "--funnel", "Inbound", *case.args]) == 2
    assert _export(workspace, tmp_path / "after.csv") == before
    capsys.readouterr()


def _bombs() -> list[Case]:
    return [case for case in cases() if "bomb" in case.tags or case.id == "xlsx-week-99999999"]


@pytest.mark.skipif(not TIME.exists(), reason="GNU time measures the peak memory")
@pytest.mark.parametrize("case", _bombs(), ids=lambda case: case.id)
def test_a_bomb_is_refused_early_in_little_memory_and_says_nothing_else(
    case: Case, workspace: Path, tmp_path: Path
):
    """In a child process of its own: stderr is the one line (no library warning), and the
    peak memory of the whole process stays under MAX_PEAK_MB."""
    folder = tmp_path / "in"
    folder.mkdir()
    started = time.monotonic()
    path = case.build(folder)
    built = time.monotonic() - started
    argv = ["import", str(workspace), str(path), "--funnel", "Inbound", *case.args]
    figures = tmp_path / "time.txt"
    done = subprocess.run(
        [str(TIME), "-f", "%M %e", "-o", str(figures), sys.executable, "-m", "okrdesk", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LC_MESSAGES": "en_US.UTF-8"},
        check=False,
    )
    assert (done.returncode, done.stderr) == (2, _expected(case, path))
    peak_kb, seconds = figures.read_text().split()[-2:]
    peak_mb = int(peak_kb) / 1024
    assert peak_mb < MAX_PEAK_MB
    print(
        f"{case.id}: built in {built:.1f} s ({path.stat().st_size:,} bytes), refused in "
        f"{float(seconds):.1f} s, peak {peak_mb:.0f} MB"
    )


def test_utf16_without_a_bom_imports_when_its_encoding_is_given(workspace, tmp_path, capsys):
    path = tmp_path / "utf16.csv"
    path.write_bytes("week,stage,count\n2026-11-16,Wizyta,5\n".encode("utf-16-le"))
    args = ["import", str(workspace), str(path), "--funnel", "Inbound"]
    assert main([*args, "--encoding", "utf-16-le"]) == 0
    assert "Imported 1 row of utf16.csv" in capsys.readouterr().out


def test_a_value_reads_the_same_in_the_first_rows_and_further_down(
    workspace, tmp_path, capsys, stored_counts
):
    """Past the first rows a CSV's numbers are read another way (faster): what one way takes
    or refuses, the other does too."""
    from okrdesk.store.workspace.files import open_workspace

    weeks = [f"{dt.date(2024, 1, 1) + dt.timedelta(weeks=i)}" for i in range(30)]
    late = "week,stage,count\n" + "".join(f"{w},Visit,1\n" for w in weeks)
    for name, text in (
        ("first.csv", "week,stage,count\n2026-11-16,Lead,1.5E+03\n"),
        ("late.csv", late + "2026-11-16,Lead,1.5E+03\n"),
    ):
        path = tmp_path / name
        path.write_text(text)
        assert main(["import", str(workspace), str(path), "--funnel", "Inbound"]) == 0
        opened = open_workspace(workspace)
        try:
            assert stored_counts(opened, 1)[("2026-11-16", "Lead", "", "")] == 1500
        finally:
            opened.close()
    capsys.readouterr()
