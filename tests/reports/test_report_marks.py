"""pyside6-lupdate finds every sentence of the reports and the domain in a named context: a
message in no context would be translated by nobody (the code asks for it in its context)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import okrdesk

PACKAGE = Path(okrdesk.__file__).parent


# The screens that put the domain's verdicts, plans, rules and stretch scoring into words.
RULE_SCREENS = (
    "ui/experiments/results_text.py",
    "ui/experiments/planner.py",
    "ui/okr/status_text.py",
    "ui/okr/close/stretch_text.py",
)


def _found(tmp_path: Path) -> dict[str, dict[str, bool]]:
    """context → {source: numerus} as lupdate finds them in okrdesk/reports, okrdesk/domain
    and the rule screens."""
    layers = (PACKAGE / "reports", PACKAGE / "domain")
    files = sorted(str(f) for layer in layers for f in layer.glob("*.py"))
    files += [str(PACKAGE / screen) for screen in RULE_SCREENS]
    ts = tmp_path / "marks.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *files, "-ts", str(ts)], check=True
    )
    found: dict[str, dict[str, bool]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        messages = found.setdefault(context.findtext("name") or "", {})
        for message in context.iter("message"):
            messages[message.findtext("source") or ""] = message.get("numerus") == "yes"
    return found


def test_lupdate_finds_the_reports_and_domain_sentences_in_their_contexts(tmp_path):
    found = _found(tmp_path)
    assert not found.get(""), sorted(found.get("", {}))[:5]
    assert "Brief" in found["Report"] and "Page {page} of {total}" in found["Report"]
    assert (
        "Objectives: progress, coloured by status; the dashed line is the expected pace."
        in (found["Report"])
    )
    assert found["Report"]["%n key result(s) off track"] is True
    assert found["ReviewBrief"]["%n on track"] is True
    assert found["ReviewBrief"]["Funnel: %n significant change(s): {named}."] is True
    assert "Make the first week with our product a delight" in found["Templates"]
    assert "Cut median time to first value from 7 days to 3 days" in found["Templates"]


def test_lupdate_finds_the_rule_screens_sentences(tmp_path):
    found = _found(tmp_path)
    assert "Sample ratio mismatch: results unreliable" in found["ExperimentResults"]
    assert found["ExperimentResults"][", Holm-corrected over %Ln variant(s)"] is True
    assert "No objective in the stretch sweet spot (0.6–0.7)." in found["StretchText"]
    assert found["ExperimentPlanner"]["In %Ln day(s) this step cannot show any change."] is True
    assert found["StatusTexts"]["No check-in for %Ln day(s) (more than {limit})."] is True
