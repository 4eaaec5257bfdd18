"""Weekly files add up to the funnel one file of all their events gives, in any order; undo and
re-importing a week keep it so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from okrdesk.store.errors import UndoRefused
from okrdesk.store.funnel.data import load_counts
from okrdesk.store.funnel.definitions import (
    add_stage,
    create_funnel,
    delete_funnel,
    delete_stage,
    list_stages,
    restore_funnel,
    restore_stage,
)
from okrdesk.store.funnel.export import export_rows
from okrdesk.store.funnel.importing import ImportOptions, import_file, undo_import
from okrdesk.store.schema import FunnelLeadSpeed, FunnelLeadWeek, ImportBatch
from okrdesk.store.workspace.files import create_workspace, open_workspace

STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")
HEADER = "lead_id,timestamp,stage,source,variant\n"
MONDAY = dt.datetime(2026, 11, 2)


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _week(line: str) -> dt.date:
    moment = dt.datetime.fromisoformat(line.split(",")[1])
    return (moment - dt.timedelta(days=moment.weekday())).date()


def _by_week(lines: list[str]) -> dict[dt.date, list[str]]:
    weeks: dict[dt.date, list[str]] = {}
    for line in lines:
        weeks.setdefault(_week(line), []).append(line)
    return weeks


def _state(workspace) -> tuple:
    """What a user gets: the export (activity), the cohort counts and speed-to-lead."""
    with workspace.engine.connect() as connection:
        funnel_id = 1
        exported = export_rows(connection, funnel_id)
        cohort = load_counts(connection, funnel_id, "cohort")
        speed = connection.execute(
            select(FunnelLeadSpeed.week_start, FunnelLeadSpeed.segment, FunnelLeadSpeed.variant,
                   FunnelLeadSpeed.median_hours, FunnelLeadSpeed.leads)
            .order_by(FunnelLeadSpeed.week_start, FunnelLeadSpeed.segment, FunnelLeadSpeed.variant)
        ).all()  # fmt: skip
    return exported, sorted(map(tuple, cohort.itertuples(index=False))), speed


def _import(workspace, path: Path):
    return import_file(workspace, path, ImportOptions(funnel="Inbound", shape="events"))


# -- the property ----------------------------------------------------------------------------

event = st.tuples(
    st.integers(0, 7),  # lead
    st.integers(0, 5 * 7 * 24 * 60 - 1),  # minute after Monday 2 Nov 2026, over five weeks
    st.integers(0, len(STAGES) - 1),
    st.sampled_from(["", "", "ads", "mail"]),
    st.sampled_from(["", "", "A", "B"]),
)


def _lines(events) -> list[str]:
    lines = []
    for lead, minute, stage, source, variant in events:
        moment = MONDAY + dt.timedelta(minutes=minute)
        lines.append(f"L{lead},{moment:%Y-%m-%d %H:%M},{STAGES[stage]},{source},{variant}")
    return lines


@pytest.mark.once
@settings(
    max_examples=20,
    derandomize=True,  # seeded: the same examples every run
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(events=st.lists(event, min_size=1, max_size=30), order=st.randoms(use_true_random=False))
def test_any_split_into_weekly_files_in_any_order_gives_the_whole_file(
    tmp_path_factory, new_workspace_file, events, order
):
    folder = tmp_path_factory.mktemp("split")
    lines = _lines(events)
    whole = open_workspace(new_workspace_file(folder / "whole.okrdesk", "Whole"))
    split = open_workspace(new_workspace_file(folder / "split.okrdesk", "Split"))
    try:
        _import(whole, _write(folder / "all.csv", lines))
        weeks = list(_by_week(lines).items())
        order.shuffle(weeks)
        for week, part in weeks:
            _import(split, _write(folder / f"{week}.csv", part))
        assert _state(split) == _state(whole)
    finally:
        whole.close()
        split.close()


# -- by hand ---------------------------------------------------------------------------------

WEEK_1 = [
    "L1,2026-11-02 10:00,Visit,ads,A",
    "L1,2026-11-02 10:05,Form submitted,,",
    "L2,2026-11-03 09:00,Visit,mail,B",
]
WEEK_2 = [
    "L1,2026-11-10 11:00,Lead,,",  # the CRM writes no source on later events
    "L2,2026-11-11 12:00,Form submitted,,",
    "L3,2026-11-12 08:00,Visit,,",
]


@pytest.fixture
def workspace(tmp_path: Path, new_workspace_file):
    workspace = open_workspace(new_workspace_file(tmp_path / "weekly.okrdesk", "Weekly"))
    yield workspace
    workspace.close()


def test_a_later_file_counts_a_known_lead_under_its_first_source_and_cohort(
    workspace, tmp_path, stored_counts
):
    _import(workspace, _write(tmp_path / "w1.csv", WEEK_1))
    _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))
    counts = stored_counts(workspace, 1)
    assert counts[("2026-11-09", "Lead", "ads", "A")] == 1  # not "no source", not new
    assert counts[("2026-11-09", "Form submitted", "mail", "B")] == 1
    assert counts[("2026-11-09", "Visit", "", "")] == 1  # L3 is new
    with workspace.engine.connect() as connection:
        cohort = load_counts(connection, 1, "cohort")
    entered = cohort[cohort["week"] == "2026-11-02"].set_index(["segment", "stage"])["count"]
    assert entered[("ads", "Lead")] == 1  # reached in week 2, within 28 days of entering
    assert entered[("mail", "Form submitted")] == 1
    with workspace.session() as session:
        remembered = session.scalar(select(func.count()).select_from(FunnelLeadWeek))
    assert remembered == 5  # one row per lead and week, not per event


def test_undo_takes_back_what_an_import_added_to_the_lead_memory(workspace, tmp_path):
    first = _import(workspace, _write(tmp_path / "w1.csv", WEEK_1))
    after_first = _state(workspace)
    second = _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))
    with (
        workspace.session() as session,
        session.begin(),
        pytest.raises(UndoRefused, match=r"w2\.csv"),
    ):
        undo_import(session, first.batch_id)  # week 2 was counted from week 1's leads
    with workspace.session() as session, session.begin():
        undo_import(session, second.batch_id)
    assert _state(workspace) == after_first
    # Week 2 again, after the undo: L1 is still known from week 1, never a new lead.
    _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))
    whole = create_workspace(tmp_path / "whole.okrdesk", "Whole")
    try:
        _import(whole, _write(tmp_path / "all.csv", WEEK_1 + WEEK_2))
        assert _state(workspace) == _state(whole)
    finally:
        whole.close()
    with workspace.session() as session, session.begin():
        undo_import(session, 3)
        undo_import(session, first.batch_id)
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(FunnelLeadWeek)) == 0
    assert _state(workspace)[0] == []


def test_a_week_imported_again_replaces_what_its_leads_did(workspace, tmp_path):
    _import(workspace, _write(tmp_path / "w1.csv", WEEK_1))
    _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))
    corrected = ["L1,2026-11-02 10:00,Visit,mail,B", "L4,2026-11-04 10:00,Visit,ads,"]
    result = _import(workspace, _write(tmp_path / "w1-fixed.csv", corrected))
    assert (result.first_week, result.last_week) == (dt.date(2026, 11, 2), dt.date(2026, 11, 2))
    whole = create_workspace(tmp_path / "whole.okrdesk", "Whole")
    try:
        _import(whole, _write(tmp_path / "all.csv", corrected + WEEK_2))
        assert _state(workspace) == _state(whole)
    finally:
        whole.close()


def test_the_command_line_says_which_weeks_were_counted_again(tmp_path, capsys):
    from okrdesk.cli import main

    path = tmp_path / "team.okrdesk"
    create_workspace(path, "Team").close()
    for name, lines in (("w1.csv", WEEK_1), ("w2.csv", WEEK_2)):
        assert (
            main(["import", str(path), str(_write(tmp_path / name, lines)), "--funnel", "F"]) == 0
        )
    out = capsys.readouterr().out.splitlines()
    assert "Weeks 2026-11-09 to 2026-11-09: 1 week." in out
    assert "0 earlier rows replaced." in out
    assert out[-1].startswith("Counted again: 1 other week of the same leads")


def test_redo_puts_an_undone_import_back_with_its_memory(workspace, tmp_path):
    from okrdesk.store.funnel.importing.writing import redo_import

    _import(workspace, _write(tmp_path / "w1.csv", WEEK_1))
    second = _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))

    def memory():
        with workspace.session() as session:
            return sorted(
                session.execute(
                    select(FunnelLeadWeek.lead_key, FunnelLeadWeek.week_start,
                           FunnelLeadWeek.stage_times, FunnelLeadWeek.source)
                ).all()
            )  # fmt: skip

    imported = (_state(workspace), memory())
    with workspace.session() as session, session.begin():
        undone = undo_import(session, second.batch_id)
    assert len(memory()) == 2  # week 1 of L1 and L2
    with workspace.session() as session, session.begin():
        redo_import(session, undone)
    assert (_state(workspace), memory()) == imported


def _memory(workspace) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return connection.execute(
            select(FunnelLeadWeek.lead_key, FunnelLeadWeek.week_start, FunnelLeadWeek.stage_times)
            .order_by(FunnelLeadWeek.lead_key, FunnelLeadWeek.week_start)
        ).all()  # fmt: skip


def test_a_new_stage_never_inherits_the_touches_of_a_deleted_one(workspace, tmp_path):
    deal = "L1,2026-11-04 16:00,Deal,,"
    _import(workspace, _write(tmp_path / "w1.csv", [*WEEK_1, deal]))
    remembered = _memory(workspace)
    with workspace.session() as session, session.begin():
        (deal_id,) = [s.id for s in list_stages(session, 1) if s.name == "Deal"]
        deleted = delete_stage(session, deal_id)
    with workspace.session() as session, session.begin():
        restore_stage(session, deleted)  # undo puts the stage back into the memory too
    assert _memory(workspace) == remembered
    with workspace.session() as session, session.begin():
        delete_stage(session, deal_id)
        won_id = add_stage(session, 1, "Won")
    assert won_id == deal_id  # SQLite gives the highest id again
    week_2 = [*WEEK_2, "L3,2026-11-12 09:00,Won,,"]
    _import(workspace, _write(tmp_path / "w2.csv", week_2))

    fresh = create_workspace(tmp_path / "fresh.okrdesk", "Fresh", default_funnel=False)
    try:
        with fresh.session() as session, session.begin():
            create_funnel(session, "Inbound", (*STAGES[:-1], "Won"))
        _import(fresh, _write(tmp_path / "fresh-w1.csv", WEEK_1))
        _import(fresh, _write(tmp_path / "fresh-w2.csv", week_2))
        assert _state(workspace) == _state(fresh)
    finally:
        fresh.close()


def test_undoing_a_funnels_deletion_brings_its_lead_memory_back(workspace, tmp_path):
    _import(workspace, _write(tmp_path / "w1.csv", WEEK_1))
    remembered = _memory(workspace)
    with workspace.session() as session, session.begin():
        deleted = delete_funnel(session, 1)
    assert _memory(workspace) == []
    with workspace.session() as session, session.begin():
        restore_funnel(session, deleted)
    assert _memory(workspace) == remembered
    # So a later week counts L1 as the known lead it is, as one file of both weeks would.
    _import(workspace, _write(tmp_path / "w2.csv", WEEK_2))
    whole = create_workspace(tmp_path / "whole.okrdesk", "Whole")
    try:
        _import(whole, _write(tmp_path / "all.csv", WEEK_1 + WEEK_2))
        assert _state(workspace) == _state(whole)
    finally:
        whole.close()


def test_undoing_an_import_after_a_stage_was_deleted_forgets_that_stage(workspace, tmp_path):
    deal = "L1,2026-11-04 16:00,Deal,,"
    _import(workspace, _write(tmp_path / "w1.csv", [*WEEK_1, deal]))
    again = _import(workspace, _write(tmp_path / "w1-again.csv", [*WEEK_1, deal]))
    with workspace.session() as session, session.begin():
        (deal_id,) = [s.id for s in list_stages(session, 1) if s.name == "Deal"]
        kept = session.scalar(select(ImportBatch.replaced).where(ImportBatch.id == 2))
        deleted = delete_stage(session, deal_id)
    with workspace.session() as session, session.begin():
        restore_stage(session, deleted)
        assert session.scalar(select(ImportBatch.replaced).where(ImportBatch.id == 2)) == kept
    with workspace.session() as session, session.begin():
        delete_stage(session, deal_id)
        assert add_stage(session, 1, "Won") == deal_id
    with workspace.session() as session, session.begin():
        undo_import(session, again.batch_id)  # puts back the first file's weeks, without Deal

    # As if the second file had never come: the first file, then Deal deleted and Won added.
    once = create_workspace(tmp_path / "once.okrdesk", "Once", default_funnel=False)
    fresh = create_workspace(tmp_path / "fresh.okrdesk", "Fresh", default_funnel=False)
    try:
        _import(once, _write(tmp_path / "once-w1.csv", [*WEEK_1, deal]))
        with once.session() as session, session.begin():
            delete_stage(session, deal_id)
            add_stage(session, 1, "Won")
        assert _state(workspace) == _state(once)
        # A later week recounts the first from the lead memory: as if Deal had never been.
        with fresh.session() as session, session.begin():
            create_funnel(session, "Inbound", (*STAGES[:-1], "Won"))
        _import(fresh, _write(tmp_path / "fresh-w1.csv", WEEK_1))
        later = [*WEEK_2, "L1,2026-11-12 09:00,Won,,"]
        for target in (workspace, fresh):
            _import(target, _write(tmp_path / "w2.csv", later))
        assert _state(workspace) == _state(fresh)
    finally:
        once.close()
        fresh.close()


def test_an_import_can_be_undone_after_a_stage_it_replaced_was_deleted(workspace, tmp_path):
    counts = "week,stage,count\n2026-11-02,Visit,{visits}\n2026-11-02,Deal,{deals}\n"
    first = tmp_path / "first.csv"
    first.write_text(counts.format(visits=10, deals=3), encoding="utf-8")
    second = tmp_path / "second.csv"
    second.write_text(counts.format(visits=12, deals=4), encoding="utf-8")
    import_file(workspace, first, ImportOptions(funnel="Inbound"))
    result = import_file(workspace, second, ImportOptions(funnel="Inbound"))
    with workspace.session() as session, session.begin():
        (deal_id,) = [s.id for s in list_stages(session, 1) if s.name == "Deal"]
        delete_stage(session, deal_id)
    with workspace.session() as session, session.begin():
        undo_import(session, result.batch_id)  # the first file's Deal count cannot come back
    with workspace.engine.connect() as connection:
        assert [(r[3], r[4]) for r in export_rows(connection, 1) if r[4]] == [("Visit", 10)]
