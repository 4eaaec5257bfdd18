"""Every sentence the UI and the command line show is one pyside6-lupdate finds, under the
context it is translated in, with a plural message where it counts."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "okrdesk"


def _helpers(tree: ast.AST) -> set[str]:
    """Functions that only hand their argument to QCoreApplication.translate."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            calls = [
                n
                for n in ast.walk(node)
                if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == "translate"
            ]
            if calls and len(node.body) <= 3:
                names.add(node.name)
    return names


def test_no_literal_is_hidden_from_lupdate_in_a_translating_helper():
    screens_and_command_line = [*(PACKAGE / "ui").rglob("*.py"), *PACKAGE.glob("cli*.py")]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in screens_and_command_line}
    helpers = set().union(*(_helpers(tree) for tree in trees.values())) | {"tr", "_tr"}
    hidden = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in helpers
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]
    assert hidden == [], "write Context.tr(...) or QCoreApplication.translate(...) instead"


def _messages(tmp_path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → is it a plural message, as pyside6-lupdate reads the package."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    target = tmp_path / "found.ts"
    files = [str(path) for path in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run(
        [str(lupdate), *files, "-ts", str(target), "-target-language", "pl"],
        check=True,
        capture_output=True,
    )
    found = {}
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


def test_lupdate_finds_the_screens_and_the_command_lines_sentences(tmp_path):
    found = _messages(tmp_path)

    for sentence in [
        ("Presentation", "Nothing to chart for this week."),
        ("ReviewScreen", "Step"),
        ("TeamDashboard", "No experiment runs this week."),
        ("ManagementDashboard", "No cycle yet."),
        ("KpiPanel", "Value of {name}"),
        ("OkrTemplates", "New objective {title} from a template"),
        ("Cli", "value {text}: not a number"),
        ("Cli", "Demo workspace written to {path}"),
    ]:
        assert found.get(sentence) is False, sentence
    for counted in [
        ("PeopleDialog", "%Ln key result(s)"),
        ("ImportWizard", "Imported %Ln row(s) of {file} into “{funnel}”."),
        ("StatusTexts", "No check-in for %Ln day(s) (more than {limit})."),
        ("Cli", "Wrote %n key result(s) of the cycle {cycle} to {path}"),
    ]:
        assert found.get(counted) is True, counted
