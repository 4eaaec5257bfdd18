"""A stage that falls to nobody is the loudest alert: missing means 0 where the stage before
had people, in the stored counts, the dashboard's alerts, the team dashboard and the review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from okrdesk.store.funnel.alerts import significant_drops
from okrdesk.store.funnel.export import export_rows
from okrdesk.store.funnel.importing import ImportOptions, import_file
from okrdesk.store.review.dashboard import team_data
from okrdesk.store.review.data import funnel_steps
from okrdesk.store.workspace.files import open_workspace
from tests.helpers import DEMO_DAY

BEFORE, LAST = dt.date(2026, 11, 9), dt.date(2026, 11, 16)


@pytest.fixture
def workspace(tmp_path: Path, new_workspace_file):
    workspace = open_workspace(new_workspace_file(tmp_path / "zero.okrdesk", "Zero"))
    yield workspace
    workspace.close()


def _events_file(tmp_path: Path) -> Path:
    """1,000 visitors a week; 100 sent the form the week before, nobody last week."""
    lines = ["lead_id,timestamp,stage,source"]
    for n in range(1000):
        lines.append(f"a{n},2026-11-10 10:00,Visit,ads")
        if n < 100:
            lines.append(f"a{n},2026-11-10 10:05,Form submitted,")
        lines.append(f"b{n},2026-11-17 10:00,Visit,ads")
    path = tmp_path / "events.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _form_alert(workspace):
    with workspace.engine.connect() as connection:
        alerts = significant_drops(connection, DEMO_DAY)
    return [a for a in alerts if (a.from_stage, a.to_stage) == ("Visit", "Form submitted")]


def test_an_events_import_writes_the_zero_and_every_screen_shows_the_drop(
    workspace, tmp_path, stored_counts
):
    result = import_file(workspace, _events_file(tmp_path), ImportOptions(funnel="Web"))
    counts = stored_counts(workspace, result.funnel_id)
    assert counts[(LAST.isoformat(), "Visit", "ads", "")] == 1000
    assert counts[(LAST.isoformat(), "Form submitted", "ads", "")] == 0  # written, not missing

    (alert,) = _form_alert(workspace)
    assert (alert.previous_to_count, alert.previous_from_count) == (100, 1000)
    assert (alert.to_count, alert.from_count) == (0, 1000)
    assert (alert.previous_rate, alert.rate) == (0.1, 0.0)
    assert alert.p_value < 1e-20

    with workspace.engine.connect() as connection:
        steps = funnel_steps(connection, LAST)
        team = team_data(connection, DEMO_DAY)
        exported = export_rows(connection, result.funnel_id)
    (step,) = [s for s in steps if s.to_stage == "Form submitted"]
    assert step.significant and step.rate == 0.0 and step.p_value < 1e-20
    (source,) = team.sources
    assert (source.segment, source.from_count, source.to_count) == ("ads", 1000, 0)
    assert exported[7][:5] == [LAST, "ads", None, "Form submitted", 0]


def test_a_counts_file_without_the_row_alerts_too(workspace, tmp_path):
    path = tmp_path / "weekly.csv"
    path.write_text(
        "week,stage,count\n"
        "2026-11-09,Visit,1000\n2026-11-09,Form submitted,100\n"
        "2026-11-16,Visit,1000\n",  # nobody sent the form, so the CRM wrote no row
        encoding="utf-8",
    )
    import_file(workspace, path, ImportOptions(funnel="Web"))
    (alert,) = _form_alert(workspace)
    assert (alert.to_count, alert.from_count, alert.rate) == (0, 1000, 0.0)


def test_a_week_without_data_still_alerts_nothing(workspace, tmp_path):
    path = tmp_path / "weekly.csv"
    path.write_text("week,stage,count\n2026-11-09,Visit,1000\n2026-11-09,Form submitted,100\n")
    import_file(workspace, path, ImportOptions(funnel="Web"))
    assert _form_alert(workspace) == []
