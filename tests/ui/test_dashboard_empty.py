"""The home dashboard of a cycle without key results does not praise their check-ins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from okrdesk.store.okr.cycles import create_cycle
from okrdesk.store.workspace.files import create_workspace
from okrdesk.ui.common import clock


def test_a_new_cycle_without_key_results_says_it_has_none(qtbot, window, tmp_path: Path):
    path = tmp_path / "new.okrdesk"
    workspace = create_workspace(path, "Acme Sales")
    today = clock.today()
    with workspace.session() as session, session.begin():
        create_cycle(session, "This quarter", today, today + dt.timedelta(days=90))
    workspace.close()

    window.files.open_path(path)
    window.show_section(0)
    health = window.sections["dashboard"].okr_health
    assert health.isVisibleTo(window) and health.stale_empty.isVisibleTo(window)
    assert "checked in recently" not in health.stale_empty.text()
    assert health.stale_empty.text() == "No key results in this cycle yet: add them in OKRs."
