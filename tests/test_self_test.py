"""`okrdesk self-test` as CI runs it on the frozen build: one line per step, exit 0 or 1."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from okrdesk import __version__
from okrdesk.self_test import _is_blank


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.mark.once
def test_self_test_from_source_passes(sandbox_env, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "okrdesk", "self-test"],
        capture_output=True,
        text=True,
        env=sandbox_env,
        cwd=tmp_path,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"okrdesk {__version__} self-test (from source, {sys.platform})"
    steps = {line.split(":", 1)[0]: line for line in lines[1:-1]}
    assert list(steps) == [
        "bundle",
        "demo workspace",
        "workspace check",
        "screens",
        "icon",
        "translations",
        "report",
        "postgresql driver",
    ]
    names = ("bundle", "demo workspace", "workspace check", "screens", "icon", "translations")
    for name in (*names, "report", "postgresql driver"):
        assert steps[name].startswith(f"{name}: ok, ")
    assert "welcome, dashboard, okrs, experiments, funnel, review" in steps["screens"]
    assert "16, 32, 48, 64, 128, 256, 512 px" in steps["icon"]
    for name in ("okrdesk_en", "okrdesk_pl", "qtbase_pl", "okrdesk_hu", "okrdesk_ru"):
        assert name in steps["translations"]
    assert steps["report"].startswith("report: ok, review.md (")
    assert ", review.pdf (" in steps["report"]
    assert "(binary), libpq " in steps["postgresql driver"]
    assert "postgresql+psycopg" in steps["postgresql driver"]
    assert ", keyring: " in steps["postgresql driver"]
    assert lines[-1].startswith("self-test passed in ")
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [], "the self-test writes only into its own temporary folder"


FAILING_STEPS = """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from okrdesk import self_test
    from okrdesk.store.workspace.health import check_workspace


    def not_a_workspace(run):
        junk = run.folder / "junk.okrdesk"
        junk.write_bytes(b"not a database" * 100)
        check_workspace(junk)
        return "checked"


    def error_in_a_slot(run):
        app = QApplication.instance() or QApplication(sys.argv[:1])
        QTimer.singleShot(0, lambda: 1 / 0)
        app.processEvents()
        return "the window came up"


    self_test.STEPS = [
        ("broken file", not_a_workspace),
        ("window", error_in_a_slot),
        ("demo workspace", self_test._demo),
    ]
    raise SystemExit(self_test.main())
"""


def test_failing_steps_are_named_and_the_exit_code_is_1(sandbox_env):
    result = run_python(FAILING_STEPS, sandbox_env)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("broken file: FAIL, ")
    assert "junk.okrdesk: not an okrdesk workspace" in lines[1]
    assert lines[2].startswith("window: FAIL, error in the window: ZeroDivisionError")
    assert lines[3].startswith("demo workspace: ok, "), "a failure does not stop later steps"
    assert lines[-1].startswith("self-test FAILED (broken file, window) in ")
    assert "ZeroDivisionError" in result.stderr, "the traceback is printed too"


def test_a_flat_screen_counts_as_blank():
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f5f5"))
    assert _is_blank(image)
    image.setPixelColor(160, 100, QColor(Qt.GlobalColor.black))
    for x in range(40, 120):
        for y in range(25, 90):
            image.setPixelColor(x, y, QColor("#1e3a8a"))
    assert not _is_blank(image)
