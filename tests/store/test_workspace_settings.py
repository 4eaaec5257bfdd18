"""Workspace settings on real files: read, update, put back; bad values refused unwritten."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from okrdesk.store.errors import InvalidSettingsError
from okrdesk.store.okr.queries import status_thresholds
from okrdesk.store.workspace.files import Workspace, open_workspace
from okrdesk.store.workspace.settings import (
    CURRENCIES,
    SettingsValues,
    read_settings,
    restore_settings,
    update_settings,
    validate_settings,
)
from tests.helpers import EDIT_MARKS

DEFAULTS = SettingsValues("Acme Sales")


@pytest.fixture
def ws(tmp_path: Path, new_workspace_file) -> Iterator[Workspace]:
    workspace = open_workspace(new_workspace_file(tmp_path / "acme.okrdesk", "Acme Sales"))
    yield workspace
    workspace.close()


def save(ws: Workspace, values: SettingsValues) -> SettingsValues:
    with ws.session() as session, session.begin():
        return update_settings(session, values)


def test_a_new_workspace_has_design_md_defaults(ws):
    with ws.engine.connect() as connection:
        assert read_settings(connection) == DEFAULTS


def test_update_returns_the_previous_values_and_restore_puts_them_back(ws, content):
    before = content(ws, EDIT_MARKS)  # the version moves on, never back
    changed = SettingsValues("Acme Polska", "PLN", 6, 0.15, 0.3, 5, 3, 7, 42)
    assert save(ws, changed) == DEFAULTS
    with ws.engine.connect() as connection:
        assert read_settings(connection) == changed
        thresholds = status_thresholds(connection)
    assert (thresholds.at_risk_gap, thresholds.off_track_gap, thresholds.stale_days) == (
        0.15,
        0.3,
        7,
    )
    assert ws.name == "Acme Polska"
    with ws.session() as session, session.begin():
        assert restore_settings(session, DEFAULTS) == changed
    assert content(ws, EDIT_MARKS) == before


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": "  "}, "name", "name_required"),
        ({"name": "x" * 201}, "name", "name_too_long"),
        ({"currency": "JPY"}, "currency", "currency_unknown"),
        ({"week_start": 7}, "week_start", "week_start_range"),
        ({"at_risk_gap": 0.0}, "at_risk_gap", "gap_range"),
        ({"off_track_gap": 1.2}, "off_track_gap", "gap_range"),
        ({"at_risk_gap": float("nan")}, "at_risk_gap", "gap_range"),
        ({"off_track_gap": 0.2}, "off_track_gap", "gap_order"),
        ({"at_risk_gap": 0.5}, "off_track_gap", "gap_order"),
        ({"at_risk_confidence": 11}, "at_risk_confidence", "confidence_range"),
        ({"off_track_confidence": -1}, "off_track_confidence", "confidence_range"),
        ({"off_track_confidence": 4}, "off_track_confidence", "confidence_order"),
        ({"stale_days": 0}, "stale_days", "days_positive"),
        ({"conversion_window_days": -3}, "conversion_window_days", "days_positive"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(ws, content, changes, field, code):
    values = dataclasses.replace(DEFAULTS, **changes)
    assert [(p.field, p.code) for p in validate_settings(values)] == [(field, code)]
    before = content(ws)
    with pytest.raises(InvalidSettingsError) as error:
        save(ws, values)
    assert [p.code for p in error.value.problems] == [code]
    assert content(ws) == before


def test_every_listed_currency_is_accepted():
    for currency in CURRENCIES:
        assert validate_settings(dataclasses.replace(DEFAULTS, currency=currency)) == []


def test_the_workspace_s_own_currency_stays_allowed_outside_the_list(ws):
    ws.engine.dispose()
    with sqlite3.connect(ws.path) as connection:
        connection.execute("UPDATE workspace_settings SET currency = 'JPY'")
    renamed = dataclasses.replace(DEFAULTS, name="Acme Tokyo", currency="JPY")
    assert save(ws, renamed).currency == "JPY"
    with pytest.raises(InvalidSettingsError):
        save(ws, dataclasses.replace(renamed, currency="AUD"))


def test_restore_puts_back_settings_the_checks_would_refuse(ws):
    """Undo returns to what was stored, even when another tool wrote thresholds out of order."""
    ws.engine.dispose()
    with sqlite3.connect(ws.path) as connection:
        connection.execute("UPDATE workspace_settings SET off_track_gap = 0.1")
    odd = save(ws, DEFAULTS)
    assert odd.off_track_gap == 0.1
    with ws.session() as session, session.begin():
        restore_settings(session, odd)
    with ws.engine.connect() as connection:
        assert read_settings(connection).off_track_gap == 0.1


def test_a_file_without_settings_raises_lookup_error(ws):
    ws.engine.dispose()
    with sqlite3.connect(ws.path) as connection:
        connection.execute("DELETE FROM workspace_settings")
    with ws.engine.connect() as connection, pytest.raises(LookupError):
        read_settings(connection)
