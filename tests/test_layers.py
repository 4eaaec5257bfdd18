"""Layer rules import-linter cannot state: reports draw with QtGui, never with widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import okrdesk

REPORTS = Path(okrdesk.__file__).parent / "reports"
FORBIDDEN = ("PySide6.QtWidgets", "pyqtgraph")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_reports_never_import_widgets():
    offenders = {
        f"{path.name}: {module}"
        for path in REPORTS.rglob("*.py")
        for module in imported_modules(path)
        if module.startswith(FORBIDDEN)
    }
    assert offenders == set()


def test_the_scan_sees_widget_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6 import QtWidgets\nimport pyqtgraph as pg\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "pyqtgraph"} <= imported_modules(sample)
