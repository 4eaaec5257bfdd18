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


def import_cycles(package: str) -> list[set[str]]:
    """Groups of modules that import each other, directly or through others (any import,
    TYPE_CHECKING and function-level ones too, as grimp and import-linter count them)."""
    import grimp

    graph = grimp.build_graph(package)
    cycles = []
    seen: set[str] = set()
    for module in sorted(graph.modules):
        if module in seen:
            continue
        upstream = graph.find_upstream_modules(module) | {module}
        downstream = graph.find_downstream_modules(module) | {module}
        group = upstream & downstream
        seen |= group
        if len(group) > 1:
            cycles.append(group)
    return cycles


def test_the_command_line_and_the_screens_have_no_import_cycle():
    assert import_cycles("okrdesk") == []
