"""What `okrdesk` imports before Qt (okrdesk.launch): once PySide6 is imported, every module
imported after it costs more (shiboken's import hook reads its source), so a command imports the
store and domain modules it uses first. A screen or a command that starts using another store
module fails here until okrdesk.launch.COMMAND_MODULES names it."""

from __future__ import annotations

import pytest

from tests import cli_fixtures
from tests.helpers import imported_modules_in_order

demo_day = cli_fixtures.demo_day
demo = cli_fixtures.demo


def after_qt(modules: list[str]) -> list[str]:
    """The store and domain modules whose import ended after PySide6.QtCore's."""
    qt = modules.index("PySide6.QtCore")
    return [name for name in modules[qt:] if name.startswith(("okrdesk.store", "okrdesk.domain"))]


def test_the_window_imports_the_store_of_its_first_screen_before_qt(demo, sandbox_env):
    _, modules = imported_modules_in_order(["open", str(demo), "--exit-when-ready"], sandbox_env)
    assert "okrdesk.ui.main_window" in modules
    assert after_qt(modules) == []


@pytest.mark.parametrize("out", ["review.pdf", "review.md"])
def test_the_report_imports_the_store_before_qt(demo, tmp_path, sandbox_env, out):
    command = ["report", str(demo), "--week", "2026-W47", "--out", str(tmp_path / out)]
    said, modules = imported_modules_in_order(command, sandbox_env)
    assert "2026-11-16" in said
    assert after_qt(modules) == []


def test_an_import_imports_the_store_before_qt(demo, tmp_path, sandbox_env):
    csv = tmp_path / "week47.csv"
    csv.write_text("week,stage,count\n2026-W47,Visit,1234\n", encoding="utf-8")
    command = ["import", str(demo), str(csv), "--funnel", "Inbound"]
    said, modules = imported_modules_in_order(command, sandbox_env)
    assert "Imported 1 row of week47.csv" in said
    assert after_qt(modules) == []
