"""Importing weeks that are there replaces them; every import is recorded and can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from okrdesk.store.bindings import bindings, import_file
from okrdesk.store.errors import UndoRefused
from okrdesk.store.funnel.importing import ImportOptions, import_history, redo_import, undo_import
from okrdesk.store.schema import CheckIn, FunnelSpend
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

# The demo's last full week, as imported there by 'hubspot_export_2026-W47.csv'.
WEEK = "2026-11-16"
FILE = """Week;Source;Stage;Count;Spend
2026-W47;google_ads;Visit;5 000;1 234,50
2026-W47;google_ads;Lead;100;
"""


def funnel_totals(ws, stored_counts, week=WEEK):
    counts = stored_counts(ws, 1)
    return {key: n for key, n in counts.items() if key[0] == week}


def spend_of(ws, week=dt.date(2026, 11, 16)):
    with ws.session() as session:
        rows = session.execute(
            select(FunnelSpend.segment, FunnelSpend.spend, FunnelSpend.revenue).where(
                FunnelSpend.week_start == week
            )
        )
        return {segment: (spend, revenue) for segment, spend, revenue in rows}


def test_an_imported_week_replaces_the_week_and_undo_puts_it_back(
    ws, write_file, stored_counts, content
):
    before_content = content(ws)
    before = funnel_totals(ws, stored_counts)
    before_spend = spend_of(ws)
    assert len(before) == 30  # 5 sources × 6 stages
    path = write_file("w47.csv", FILE)
    result = import_file(ws, path, ImportOptions(funnel="Inbound B2B"))
    assert not result.funnel_created
    assert result.replaced == 30 + 5  # the week's counts and spend rows
    assert funnel_totals(ws, stored_counts) == {
        (WEEK, "Visit", "google_ads", ""): 5000,
        (WEEK, "Lead", "google_ads", ""): 100,
    }
    # Spend comes from the file; the revenue the week had stays.
    after_spend = spend_of(ws)
    assert after_spend["google_ads"] == (1234.5, before_spend["google_ads"][1])
    assert after_spend["linkedin"] == (0.0, before_spend["linkedin"][1])

    # The same file again replaces, never adds.
    again = import_file(ws, path, ImportOptions(funnel="Inbound B2B"))
    assert funnel_totals(ws, stored_counts)[(WEEK, "Visit", "google_ads", "")] == 5000

    with ws.engine.connect() as connection:
        history = import_history(connection, 1)
    assert [h.id for h in history[:2]] == [again.batch_id, result.batch_id]
    assert history[0].sha256 == history[1].sha256
    assert (history[0].first_week, history[0].last_week) == (dt.date(2026, 11, 16),) * 2

    with ws.session() as session, session.begin(), pytest.raises(UndoRefused, match="later"):
        undo_import(session, result.batch_id)
    with ws.session() as session, session.begin():
        undo_import(session, again.batch_id)
    with ws.session() as session, session.begin():
        undone = undo_import(session, result.batch_id)
    assert funnel_totals(ws, stored_counts) == before
    assert spend_of(ws) == before_spend
    with ws.engine.connect() as connection:
        assert [h.undone for h in import_history(connection, 1)[:2]] == [True, True]

    with ws.session() as session, session.begin():
        redo_import(session, undone)
    assert funnel_totals(ws, stored_counts)[(WEEK, "Visit", "google_ads", "")] == 5000
    with ws.session() as session, session.begin():
        undo_import(session, result.batch_id)
    after = content(ws)
    # Only the history differs: the two imports, recorded and marked undone.
    for table in ("funnel_counts", "funnel_spend"):
        strip = sorted(row[1:] for row in after[table])
        assert strip == sorted(row[1:] for row in before_content[table])


def test_an_undone_import_cannot_be_undone_twice(ws, write_file):
    result = import_file(ws, write_file("w47.csv", FILE), ImportOptions(funnel="Inbound B2B"))
    with ws.session() as session, session.begin():
        undo_import(session, result.batch_id)
    with ws.session() as session, session.begin(), pytest.raises(UndoRefused, match="already"):
        undo_import(session, result.batch_id)


def test_bound_key_results_get_an_automatic_checkin(ws, write_file):
    with ws.session() as session:
        bound = {kr for kr, binding in bindings(session).items() if binding.funnel_id == 1}
    assert bound, "the demo binds key results to its funnel"
    result = import_file(ws, write_file("w47.csv", FILE), ImportOptions(funnel="Inbound B2B"))
    assert result.checkins >= 1
    with ws.session() as session:
        written = session.execute(
            select(CheckIn.key_result_id, CheckIn.comment, CheckIn.automatic).where(
                CheckIn.import_batch_id == result.batch_id
            )
        ).all()
    assert len(written) == result.checkins
    assert {kr for kr, _, _ in written} <= bound
    assert all("w47.csv" in comment and automatic for _, comment, automatic in written)
