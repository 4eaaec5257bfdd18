"""Raw event files: aggregated on import into activity, cohort, speed-to-lead and revenue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from okrdesk.store.funnel.importing import ImportOptions, import_file, preview, undo_import
from okrdesk.store.schema import FunnelCohortCount, FunnelLeadSpeed, FunnelSpend, FunnelStage
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

RUSSIAN_EVENTS = """ID лида;Дата и время;Этап;Источник;Вариант;Выручка
L-1;16.11.2026 10:00;Визит;Яндекс;A;
L-1;16.11.2026 10:05;Лид;;;
L-1;16.11.2026 14:05;MQL;;;
L-1;20.11.2026 12:00;Сделка;;;12 500,00
L-2;17.11.2026 08:00;Визит;Рассылка;B;
L-2;18.11.2026 09:00;Лид;;;
L-2;19.11.2026 09:00;MQL;;;
"""


def cohort_of(ws):
    with ws.session() as session:
        rows = session.execute(
            select(FunnelCohortCount.cohort_week, FunnelStage.name, FunnelCohortCount.segment,
                   FunnelCohortCount.count, FunnelCohortCount.window_days)
            .join(FunnelStage, FunnelStage.id == FunnelCohortCount.stage_id)
        )  # fmt: skip
        return {(w.isoformat(), stage, segment): (n, days) for w, stage, segment, n, days in rows}


def test_events_in_cp1251_with_russian_headers(empty_ws, write_file, stored_counts):
    path = write_file("events.csv", RUSSIAN_EVENTS, "cp1251")
    options = ImportOptions(funnel="Inbound")
    shown = preview(path, options, empty_ws)
    assert (shown.encoding, shown.shape, shown.date_format) == ("cp1251", "events", "%d.%m.%Y")
    assert shown.mapping == {
        "ID лида": "lead_id",
        "Дата и время": "timestamp",
        "Этап": "stage",
        "Источник": "source",
        "Вариант": "variant",
        "Выручка": "revenue",
    }
    result = import_file(empty_ws, path, options)
    assert (result.shape, result.rows, result.weeks) == ("events", 7, 1)
    assert result.first_week == dt.date(2026, 11, 16)
    counts = stored_counts(empty_ws, result.funnel_id)
    assert counts == {
        ("2026-11-16", "Visit", "Яндекс", "A"): 1,
        ("2026-11-16", "Lead", "Яндекс", "A"): 1,
        ("2026-11-16", "MQL", "Яндекс", "A"): 1,
        ("2026-11-16", "Deal", "Яндекс", "A"): 1,
        ("2026-11-16", "Visit", "Рассылка", "B"): 1,
        ("2026-11-16", "Lead", "Рассылка", "B"): 1,
        ("2026-11-16", "MQL", "Рассылка", "B"): 1,
        # Nobody reached these stages, where the stage before had people: 0, not missing.
        ("2026-11-16", "Form submitted", "Рассылка", "B"): 0,
        ("2026-11-16", "Form submitted", "Яндекс", "A"): 0,
        ("2026-11-16", "SQL", "Рассылка", "B"): 0,
        ("2026-11-16", "SQL", "Яндекс", "A"): 0,
    }
    cohort = cohort_of(empty_ws)
    assert cohort[("2026-11-16", "Deal", "Яндекс")] == (1, 28)
    assert cohort[("2026-11-16", "Form submitted", "Рассылка")] == (1, 28)  # passed through
    with empty_ws.session() as session:
        speed = session.execute(
            select(FunnelLeadSpeed.segment, FunnelLeadSpeed.median_hours, FunnelLeadSpeed.leads)
        ).all()
        revenue = session.execute(select(FunnelSpend.segment, FunnelSpend.revenue)).all()
    assert sorted(speed) == [("Рассылка", 24.0, 1), ("Яндекс", 4.0, 1)]
    assert revenue == [("Яндекс", 12500.0)]

    with empty_ws.session() as session, session.begin():
        undo_import(session, result.batch_id)
    assert stored_counts(empty_ws, result.funnel_id) == {}
    assert cohort_of(empty_ws) == {}
