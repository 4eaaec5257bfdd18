"""The workspace settings dialog over settings someone else saved since it opened: theirs
beside yours, and theirs then mine keeps both changes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from okrdesk.store.workspace.settings import read_settings, settings_version, update_settings
from okrdesk.ui.common.conflict_dialog import ConflictDialog
from tests.helpers import click_ok, query, read, run, visible


def test_settings_saved_over_annas_show_theirs_and_apply_keeps_both(qtbot, window, demo_copy, anna):
    window.files.open_path(demo_copy)
    dialog = window.edit_workspace_settings()  # my dialog read the settings
    seen = read(anna, read_settings)
    version = read(anna, settings_version)
    run(anna, update_settings, dataclasses.replace(seen, stale_days=21), version)
    dialog.at_risk_confidence_spin.setValue(9)
    click_ok(dialog)

    conflict = visible(ConflictDialog)
    model = conflict.table.model()
    lines = {
        model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    }
    assert lines["Needs an update after (days)"] == ("21", str(seen.stale_days))
    assert lines["At risk at confidence"] == (str(seen.at_risk_confidence), "9")
    qtbot.mouseClick(conflict.apply_button, Qt.MouseButton.LeftButton)
    stored = query(demo_copy, read_settings)
    assert (stored.stale_days, stored.at_risk_confidence) == (21, 9)
