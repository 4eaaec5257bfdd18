"""The okrdesk command as a user runs it: exit codes, messages, files written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage

from okrdesk import __version__
from okrdesk.cli import main
from okrdesk.store.okr.queries import list_cycles
from okrdesk.store.workspace.files import create_workspace
from tests.helpers import query, sha256_of


def deleted_later() -> None:
    """Delete the windows a run left to deleteLater, as its event loop would: here none runs,
    and the next run's style sheet would otherwise restyle every one of them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def okrdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "okrdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.okrdesk"
    create_workspace(path, "Team").close()
    return path


def test_version(sandbox_env):
    result = okrdesk("--version", env=sandbox_env)
    assert result.returncode == 0
    assert result.stdout.strip() == f"okrdesk {__version__}"


def test_check_a_healthy_workspace(workspace_file, capsys):
    assert main(["check", str(workspace_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity check: ok" in out
    assert "(current)" in out
    for label in ("objectives:", "key results:", "check-ins:", "experiments:", "funnel weeks:"):
        assert label in out


def test_check_counts_the_demo(tmp_path, capsys):
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo)]) == 0
    capsys.readouterr()
    assert main(["check", str(demo)]) == 0
    lines = dict(line.split(":", 1) for line in capsys.readouterr().out.splitlines() if ":" in line)
    assert int(lines["funnel weeks"]) == 26
    assert int(lines["key results"]) >= 12
    assert int(lines["experiments"]) >= 5


def test_check_reports_an_older_workspace_without_upgrading_it(tmp_path, capsys):
    old = tmp_path / "old.okrdesk"
    create_workspace(old, "Old", revision="0001").close()
    before = sha256_of(old)
    assert main(["check", str(old)]) == 0
    assert "0001 (older; it is upgraded when opened)" in capsys.readouterr().out
    assert sha256_of(old) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"week;stage;count\n2026-W47;Lead;12\n", "not an okrdesk workspace"),
        (b"", "the file is empty"),
    ],
)
def test_check_refuses_other_files_with_one_line_and_exit_2(tmp_path, capsys, content, reason):
    path = tmp_path / "export.okrdesk"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err and reason in err
    assert path.read_bytes() == content


def test_check_a_missing_file(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere.okrdesk")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_demo_refuses_to_overwrite(workspace_file, capsys):
    before = sha256_of(workspace_file)
    assert main(["demo", str(workspace_file)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert sha256_of(workspace_file) == before


def test_open_exit_when_ready(workspace_file, sandbox_env):
    result = okrdesk("open", str(workspace_file), "--exit-when-ready", env=sandbox_env)
    assert result.returncode == 0, result.stderr


def test_open_exit_when_ready_refuses_a_foreign_file(tmp_path, sandbox_env):
    path = tmp_path / "photo.okrdesk"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = okrdesk("open", str(path), "--exit-when-ready", env=sandbox_env)
    assert result.returncode == 2
    assert "not an okrdesk workspace" in result.stderr


def test_screenshot_writes_every_section_at_1440_by_900(tmp_path, workspace_file, capsys):
    out = tmp_path / "shots"
    assert main(["screenshot", str(workspace_file), str(out)]) == 0
    for name in ("dashboard", "okrs", "experiments", "funnel", "review"):
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1440, 900), name


def test_screenshot_at_a_laptop_size(tmp_path, workspace_file, capsys):
    out = tmp_path / "shots"
    assert main(["screenshot", str(workspace_file), str(out), "--size", "1366x768"]) == 0
    for name in ("dashboard", "okrs", "experiments", "funnel", "review", "management"):
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name


def test_screenshot_on_a_screen_of_the_size_asked(tmp_path, workspace_file, sandbox_env):
    """Without a platform chosen, the offscreen screen gets the size: windows are fitted to
    it as on a real laptop, and full-screen presentation fills it."""
    env = {key: value for key, value in sandbox_env.items() if key != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    out = tmp_path / "shots"
    result = okrdesk("screenshot", str(workspace_file), str(out), "--size", "1280x800", env=env)
    assert result.returncode == 0, result.stderr
    for name in ("okrs", "management", "team", "present"):
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1280, 800), name


def test_screenshot_refuses_a_size_it_cannot_read(tmp_path, workspace_file, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["screenshot", str(workspace_file), str(tmp_path / "shots"), "--size", "big"])
    assert exit_.value.code == 2
    assert "big: give the size as WIDTHxHEIGHT, like 1366x768" in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()


def test_check_a_workspace_whose_name_holds_url_syntax(tmp_path, capsys):
    path = tmp_path / "Bistro Nowak? #1%20.okrdesk"
    create_workspace(path, "Bistro").close()
    before = sha256_of(path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"workspace:       {path}" in out
    assert "integrity check: ok" in out
    assert sha256_of(path) == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_check_a_path_that_cannot_be_read_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "team.okrdesk"
    path.mkdir()
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"okrdesk: {path}: cannot be read (it is a folder)\n"


def test_okrdesk_today_sets_the_day_of_the_demo_and_its_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OKRDESK_TODAY", "2025-03-12")
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo)]) == 0
    assert main(["report", str(demo), "--out", str(tmp_path / "review.md")]) == 0
    assert "Weekly review of 2025-03-03 written" in capsys.readouterr().out
    assert [c.name for c in query(demo, list_cycles) if not c.closed] == ["2025 Q1"]


@pytest.mark.once
def test_okrdesk_today_makes_a_screenshot_of_the_demo_reproducible(tmp_path, monkeypatch):
    """The same day renders the same pictures; the next day moves what depends on today."""
    monkeypatch.setenv("OKRDESK_TODAY", "2025-03-12")
    demo = tmp_path / "demo.okrdesk"
    assert main(["demo", str(demo)]) == 0
    first, again, next_day = tmp_path / "first", tmp_path / "again", tmp_path / "next"
    assert main(["screenshot", str(demo), str(first)]) == 0
    deleted_later()
    assert main(["screenshot", str(demo), str(again)]) == 0
    deleted_later()
    monkeypatch.setenv("OKRDESK_TODAY", "2025-03-13")
    assert main(["screenshot", str(demo), str(next_day)]) == 0
    assert sha256_of(first / "okrs.png") == sha256_of(again / "okrs.png")
    assert sha256_of(first / "okrs.png") != sha256_of(
        next_day / "okrs.png"
    )  # "2 d ago" → "3 d ago"


def test_a_non_utf8_locale_adds_no_qt_warning_before_the_line(sandbox_env, tmp_path):
    env = {**sandbox_env, "LC_ALL": "C"}
    result = okrdesk("check", str(tmp_path / "missing.okrdesk"), env=env)
    assert result.returncode == 2
    assert result.stderr == f"okrdesk: {tmp_path / 'missing.okrdesk'}: no such file\n"
