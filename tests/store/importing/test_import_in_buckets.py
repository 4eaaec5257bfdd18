"""A large raw-events file is counted lead by lead, in buckets (importing.buckets), so that its
memory does not grow with it. The buckets must not show: the same files give the same funnel
counted in one piece or in many buckets, a first file and a weekly file over the leads it
left in memory alike; the progress moves and Cancel is heard while the buckets are counted,
and a problem in a later part still names its row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from okrdesk.store.errors import ImportProblem
from okrdesk.store.funnel.importing import ImportOptions, buckets, import_file, reading
from okrdesk.store.workspace.files import create_workspace

TABLES = (
    "funnel_counts",
    "funnel_cohort_counts",
    "funnel_lead_speed",
    "funnel_spend",
    "funnel_lead_weeks",
)
IDS = tuple(f"{table}.{column}" for table in TABLES for column in ("id", "import_batch_id"))
OPTIONS = ImportOptions(funnel="Inbound", stage_map={"Spam": ""})
MONDAY = dt.datetime(2026, 11, 2, 9)
STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")


def first_file(path: Path, leads: int = 24) -> Path:
    """Five weeks: leads going down the stages, three sources, two variants, revenue in
    cents that binary floats do not hold exactly. A lead's source comes with a later row
    than its first event for some; the lead-to-next-stage hours differ per lead, so that
    speed medians fall between two leads of different buckets."""
    rows = []
    for lead in range(leads):
        start = MONDAY + dt.timedelta(days=lead % 30, hours=lead % 5)
        reached = 2 + lead % 5
        for step in range(reached):
            moment = start + dt.timedelta(hours=step * (3 + lead % 7))
            source = ("google", "linkedin", "newsletter")[lead % 3]
            source = source if step == (1 if lead % 4 == 0 else 0) else ""
            variant = "AB"[lead % 2] if step == 0 else ""
            revenue = f"{999 + lead * 7}.{(lead * 13) % 100:02d}" if STAGES[step] == "Deal" else ""
            rows.append(
                f"L{lead},{moment:%Y-%m-%d %H:%M},{STAGES[step]},{source},{variant},{revenue}"
            )
    rows.insert(3, "L1,2026-11-02 07:00,Spam,,A,")
    return _write(path, "lead_id,timestamp,stage,source,variant,revenue", rows)


def weekly_file(path: Path) -> Path:
    """A later week's export without a revenue column: leads of the first file go further
    (one of them again in a week the first file had), new leads come in."""
    rows = [
        "L4,2026-11-30 10:00,SQL,,",
        "L4,2026-12-01 10:00,Deal,,",
        "L7,2026-11-30 11:00,Lead,,",
        "L9,2026-12-02 12:00,MQL,,",
        "L30,2026-12-01 08:00,Visit,,B",
        "L30,2026-12-01 09:30,Form submitted,linkedin,",
        "L30,2026-12-02 09:30,Lead,,",
        "L30,2026-12-03 10:00,MQL,,",
        "L31,2026-11-30 09:00,Visit,google,A",
    ]
    return _write(path, "lead_id,timestamp,stage,source,variant", rows)


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def in_buckets(monkeypatch, size: int = 5, every_file: bool = True) -> list[int]:
    """Events files counted in buckets of about `size` events, every one or (not
    `every_file`) those buckets are for; the parts spilled."""
    if every_file:
        monkeypatch.setattr(buckets, "WHOLE_BUCKETS", 0)
    monkeypatch.setattr(buckets, "BUCKET_EVENTS", size)
    spilled: list[int] = []
    spill = buckets.spill

    def counting(into, part, week_start):
        spilled.append(into.buckets)
        spill(into, part, week_start)

    monkeypatch.setattr(buckets, "spill", counting)
    return spilled


def funnel_after(tmp_path, content, name, files):
    workspace = create_workspace(tmp_path / f"{name}.okrdesk", name)
    try:
        results = [import_file(workspace, path, OPTIONS) for path in files]
        tables = content(workspace, drop_columns=IDS)
    finally:
        workspace.close()
    return results, {table: sorted(tables[table], key=repr) for table in TABLES}


def test_a_file_counted_in_buckets_gives_the_funnel_of_one_count(tmp_path, content, monkeypatch):
    files = [first_file(tmp_path / "first.csv"), weekly_file(tmp_path / "week.csv")]
    whole, whole_tables = funnel_after(tmp_path, content, "whole", files)
    spilled = in_buckets(monkeypatch)
    monkeypatch.setattr(buckets, "MEMORY_ROWS", 4)  # the memory read in parts, too
    split, split_tables = funnel_after(tmp_path, content, "split", files)
    assert spilled == [20, 2]  # a hundred rows in buckets of five, then nine rows
    assert [r.batch_id for r in split] == [r.batch_id for r in whole]
    for counted_whole, counted_split in zip(whole, split, strict=True):
        assert counted_split == counted_whole
    assert split[1].recounted == whole[1].recounted > 0
    assert split_tables == whole_tables
    assert all(split_tables[table] for table in TABLES)
    speed = split_tables["funnel_lead_speed"]
    assert any(leads % 2 == 0 for *_rest, leads in speed)  # a median between two leads


def test_a_file_of_more_than_two_buckets_is_counted_in_buckets(tmp_path, content, monkeypatch):
    """Not only a huge file: one of a million events peaks at half the memory in buckets."""
    files = [first_file(tmp_path / "first.csv"), weekly_file(tmp_path / "week.csv")]
    whole, whole_tables = funnel_after(tmp_path, content, "whole", files)
    spilled = in_buckets(monkeypatch, size=40, every_file=False)
    split, split_tables = funnel_after(tmp_path, content, "split", files)
    assert spilled == [3]  # a hundred events in buckets of 40; the nine of the week whole
    assert split == whole
    assert split_tables == whole_tables


def test_a_bucket_without_the_files_leads_in_a_week_still_gives_that_week_up(
    tmp_path, content, monkeypatch
):
    """A weekly file replaces its weeks of every lead, also of leads it no longer carries:
    a bucket whose leads of the file have no event in one of the file's weeks still drops
    its remembered leads' rows of that week, and recounts their other weeks."""
    sources = ("google", "linkedin", "newsletter")
    remembered = [
        f"A{lead},2026-11-{day:02d} {9 + lead % 5:02d}:00,{stage},{sources[lead % 3]},"
        for lead in range(12)
        for day, stage in ((3, "Visit"), (4, "Form submitted"), (10, "Lead"))
    ]
    first = _write(tmp_path / "first.csv", "lead_id,timestamp,stage,source,variant", remembered)
    later = [
        "Z,2026-11-02 10:00,Visit,google,",
        "Z,2026-11-03 10:00,Form submitted,,",
        "Z,2026-11-16 10:00,Lead,,",
        "Z,2026-11-17 10:00,MQL,,",
    ]
    week = _write(tmp_path / "week.csv", "lead_id,timestamp,stage,source,variant", later)
    files = [first, week]
    whole, whole_tables = funnel_after(tmp_path, content, "whole", files)
    spilled = in_buckets(monkeypatch, size=1)
    split, split_tables = funnel_after(tmp_path, content, "split", files)
    assert len(spilled) == 2 and min(spilled) > 1  # each file in buckets, Z in one of them
    assert split == whole
    assert whole[1].recounted == 1  # the week of the leads' Lead stage, 9 November
    assert split_tables == whole_tables


def test_cancel_while_the_buckets_are_counted_writes_nothing(tmp_path, content, monkeypatch):
    path = first_file(tmp_path / "first.csv")
    in_buckets(monkeypatch)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Buckets")
    seen: list[tuple[int, int]] = []

    def counting_buckets() -> list[int]:  # reports between step 3 and step 5 of 6
        return [done for done, total in seen if 3 * total < 6 * done < 5 * total]

    try:
        import_file(workspace, weekly_file(tmp_path / "week.csv"), OPTIONS)
        before = content(workspace)
        result = import_file(
            workspace,
            path,
            OPTIONS,
            progress=lambda *done: seen.append(done),
            cancelled=lambda: len(counting_buckets()) == 7,
        )
        assert result is None
        assert content(workspace) == before
        seen.clear()
        assert import_file(workspace, path, OPTIONS, progress=lambda *d: seen.append(d))
    finally:
        workspace.close()
    moved = counting_buckets()
    assert moved == sorted(moved) and len(set(moved)) >= 20


def test_a_problem_in_a_later_part_names_its_row_when_counted_in_buckets(tmp_path, monkeypatch):
    path = first_file(tmp_path / "first.csv")
    lines = path.read_text().splitlines()
    lines[40] = lines[40].split(",", 1)[0] + ",2026-13-45 10:00," + lines[40].split(",", 2)[2]
    path.write_text("\n".join(lines) + "\n")
    spilled = in_buckets(monkeypatch)
    monkeypatch.setattr(reading, "CHUNK_ROWS", 8)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Buckets")
    try:
        with pytest.raises(ImportProblem) as raised:
            import_file(workspace, path, OPTIONS)
    finally:
        workspace.close()
    assert spilled  # the parts before it were spilled already
    assert 'first.csv, row 41, column "timestamp"' in str(raised.value)


@pytest.mark.parametrize("counted_in_buckets", [False, True])
def test_a_lead_id_longer_than_the_memory_keeps_is_refused_with_its_row(
    tmp_path, monkeypatch, counted_in_buckets
):
    path = first_file(tmp_path / "first.csv")
    lines = path.read_text().splitlines()
    lines[30] = "L" + "9" * 300 + "," + lines[30].split(",", 1)[1]
    path.write_text("\n".join(lines) + "\n")
    if counted_in_buckets:
        in_buckets(monkeypatch)
    monkeypatch.setattr(reading, "CHUNK_ROWS", 8)
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Long ids")
    try:
        with pytest.raises(ImportProblem) as raised:
            import_file(workspace, path, OPTIONS)
    finally:
        workspace.close()
    assert 'first.csv, row 31, column "lead_id": is longer than 255 characters' in str(raised.value)


def test_a_full_disk_while_the_memory_is_spilled_is_said_and_writes_nothing(
    tmp_path, content, monkeypatch
):
    workspace = create_workspace(tmp_path / "ws.okrdesk", "Full disk")
    try:
        import_file(workspace, first_file(tmp_path / "first.csv"), OPTIONS)
        before = content(workspace)
        in_buckets(monkeypatch)
        append = buckets._append

        def disk_full(path, *objects):
            if path.name.startswith(buckets.MEMORY):
                raise OSError(28, "No space left on device")
            append(path, *objects)

        monkeypatch.setattr(buckets, "_append", disk_full)
        with pytest.raises(ImportProblem) as raised:
            import_file(workspace, first_file(tmp_path / "again.csv"), OPTIONS)
        assert content(workspace) == before
    finally:
        workspace.close()
    assert "again.csv: cannot be imported (OSError: [Errno 28] No space left on device)" in str(
        raised.value
    )
