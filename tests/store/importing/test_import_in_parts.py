"""A raw-events file is read and checked in parts (reading.read_chunks), so that a large file
never sits in memory whole as text, and its lead memory is written in parts. The parts must not
show: the same file gives the same funnel in one part or many, a problem in a later part names
its row in the file; the progress moves and Cancel is heard while the file is read and while
the rows are written."""

from __future__ import annotations

import datetime as dt

import pytest

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import ImportOptions, import_file, preview, reading, writing
from okrdesk.store.workspace.files import create_workspace

TABLES = (
    "funnel_counts",
    "funnel_cohort_counts",
    "funnel_lead_speed",
    "funnel_spend",
    "funnel_lead_weeks",
)
OPTIONS = ImportOptions(funnel="Inbound", stage_map={"Spam": ""})
FIRST_DAY = dt.datetime(2026, 11, 16, 9)


def write_events(path, leads=9):
    """Stage by stage, leads interleaved in time: each lead's events fall in several parts.
    Sources come with the first event only; a "Spam" row, left out, early and late."""
    rows = []
    for step, stage in enumerate(("Visit", "Lead", "MQL", "SQL", "Deal")):
        for lead in range(leads - step * 2):
            moment = FIRST_DAY + dt.timedelta(days=(lead + step * 3) % 25, hours=step)
            source = ("google", "linkedin", "newsletter")[lead % 3] if step == 0 else ""
            revenue = f"{1000 + lead * 10}.50" if stage == "Deal" else ""
            variant = "AB"[lead % 2]
            rows.append(f"L{lead},{moment:%Y-%m-%d %H:%M},{stage},{source},{variant},{revenue}")
    rows.insert(1, "L0,2026-11-16 08:00,Spam,,A,")
    rows.append("L3,2026-11-20 08:00,Spam,,B,")
    path.write_text("lead_id,timestamp,stage,source,variant,revenue\n" + "\n".join(rows) + "\n")
    return path


def imported(tmp_path, name, content, path):
    workspace = create_workspace(tmp_path / f"{name}.okrdesk", name)
    try:
        result = import_file(workspace, path, OPTIONS)
        tables = content(workspace)
    finally:
        workspace.close()
    return result, {table: tables[table] for table in TABLES}


def test_a_file_read_in_many_parts_gives_the_funnel_of_one_part(tmp_path, content, monkeypatch):
    path = write_events(tmp_path / "events.csv")
    whole, whole_tables = imported(tmp_path, "whole", content, path)
    monkeypatch.setattr(reading, "CHUNK_ROWS", 4)
    parts, parts_tables = imported(tmp_path, "parts", content, path)
    assert parts == whole
    assert (parts.rows, parts.skipped_rows, parts.skipped_stages) == (25, 2, ("Spam",))
    assert parts_tables == whole_tables
    assert len(parts_tables["funnel_lead_weeks"]) > 9  # leads in several weeks, each once a week


def test_a_problem_in_a_later_part_names_its_row(tmp_path, monkeypatch):
    path = write_events(tmp_path / "events.csv")
    lines = path.read_text().splitlines()
    lines[20] = "," + lines[20].split(",", 1)[1]  # row 21 of the file: no lead id
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(reading, "CHUNK_ROWS", 4)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Parts")
    try:
        with pytest.raises(ImportProblem) as raised:
            import_file(workspace, path, OPTIONS)
    finally:
        workspace.close()
    assert str(raised.value).endswith('events.csv, row 21, column "lead_id": the lead id is empty')


def test_the_progress_moves_while_the_file_is_read(tmp_path, monkeypatch):
    path = write_events(tmp_path / "events.csv")
    monkeypatch.setattr(reading, "CHUNK_ROWS", 4)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Parts")
    seen: list[tuple[int, int]] = []
    try:
        import_file(workspace, path, OPTIONS, progress=lambda *done: seen.append(done))
    finally:
        workspace.close()
    total = seen[0][1]
    done = [done for done, _total in seen]
    # Steps 1 to 3 of 6 are reading: 28 rows in parts of 4, the bar moves at each part.
    assert len({d for d in done if total / 6 < d < total / 2}) >= 6
    assert done == sorted(done) and done[-1] == total


def test_cancel_while_the_file_is_read_writes_nothing(tmp_path, content, monkeypatch):
    path = write_events(tmp_path / "events.csv")
    monkeypatch.setattr(reading, "CHUNK_ROWS", 4)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Parts")
    seen: list[tuple[int, int]] = []
    try:
        before = content(workspace)
        result = import_file(
            workspace,
            path,
            OPTIONS,
            progress=lambda *done: seen.append(done),
            cancelled=lambda: len(seen) == 4,  # the third part read
        )
        assert result is None
        assert len(seen) == 4 and seen[-1][0] < seen[-1][1] / 2
        assert content(workspace) == before
    finally:
        workspace.close()


def test_a_preview_lists_a_stage_name_found_only_in_a_later_part(tmp_path, monkeypatch):
    path = write_events(tmp_path / "events.csv")
    path.write_text(path.read_text() + "L1,2026-11-30 10:00,Webinar,,A,\n")
    monkeypatch.setattr(reading, "CHUNK_ROWS", 4)
    shown = preview(path, OPTIONS)
    assert shown.unknown_stages == ("Webinar",)
    assert shown.date_format == "ISO8601"


def test_the_progress_moves_while_the_rows_are_written_and_cancel_there_writes_nothing(
    tmp_path, content, monkeypatch
):
    path = write_events(tmp_path / "events.csv")
    monkeypatch.setattr(writing, "INSERT_CHUNK", 3)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Parts")
    seen: list[tuple[int, int]] = []

    def writing_rows() -> bool:  # a report between step 4 and step 5 of 6
        done, total = seen[-1]
        return 4 * total < 6 * done < 5 * total

    try:
        before = content(workspace)
        result = import_file(
            workspace, path, OPTIONS, progress=lambda *d: seen.append(d), cancelled=writing_rows
        )
        assert result is None
        assert content(workspace) == before
        seen.clear()
        import_file(workspace, path, OPTIONS, progress=lambda *done: seen.append(done))
    finally:
        workspace.close()
    total = seen[0][1]
    # 12 lead-weeks or more, in parts of 3: the bar moves at each.
    assert len({done for done, _total in seen if 4 * total < 6 * done < 5 * total}) >= 4
