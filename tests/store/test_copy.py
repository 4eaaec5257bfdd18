"""Copying a workspace (store/workspace/copying.py) and the digests that check it: values both
engines hand back differently are digested alike; an older workspace is copied at its own
revision; rows that refer to later rows of their own table wait for them; a copy that differs
says where."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.copying import (
    CopyMismatchError,
    CopyReport,
    copy_workspace,
    workspace_checks,
)
from okrdesk.store.workspace.digest import TableCheck, TableDigest, normal_value, workspace_digest
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.helpers import dump_tables, rows

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    "same",
    [
        (1, 1.0, Decimal("1.00"), True),
        (0, 0.0, -0.0, Decimal("0E-2"), False),
        (0.1, Decimal("0.1")),
        (1e-07, Decimal("0.0000001")),
        (250000, 250000.0, Decimal("2.5E+5")),
        (1e16, Decimal("1E+16"), 10**16),
        (1.5e300, Decimal("1.5E+300")),
        (float("nan"), Decimal("NaN")),
        (
            dt.datetime(2026, 11, 25, 9, 30),
            dt.datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
            dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        (b"\x89PNG", memoryview(b"\x89PNG"), bytearray(b"\x89PNG")),
    ],
)
def test_what_the_engines_hand_back_differently_is_one_value(same: tuple) -> None:
    assert len({normal_value(value) for value in same}) == 1


def test_different_values_stay_different() -> None:
    values = [
        None,
        "",
        "None",
        "1",
        1,
        1.5,
        dt.date(2026, 11, 25),
        "2026-11-25",
        dt.datetime(2026, 11, 25),
        dt.datetime(2026, 11, 25, 0, 0, 0, 1),
        b"",
        0.30000000000000004,
        0.3,
    ]
    assert len({repr(normal_value(value)) for value in values}) == len(values)


def test_a_digest_does_not_depend_on_the_order_of_rows() -> None:
    table_rows = [(1, "a", 0.5), (2, "b", None), (3, "c", True)]
    forward, backward, fewer = (TableDigest("t", ["id", "x", "y"]) for _ in range(3))
    for row in table_rows:
        forward.add(row)
    for row in reversed(table_rows):
        backward.add(row)
    for row in table_rows[:2]:
        fewer.add(row)
    assert forward.check() == backward.check()
    assert forward.check().rows == 3
    assert fewer.check().digest != forward.check().digest
    renamed = TableDigest("t", ["id", "x", "z"])
    for row in table_rows:
        renamed.add(row)
    assert renamed.check().digest != forward.check().digest


def test_a_copy_that_differs_names_the_tables_and_the_whole_digest_differs(tmp_path) -> None:
    same = TableCheck("cycles", 2, "a" * 64)
    report = CopyReport(
        source=tmp_path / "a.okrdesk",
        destination=tmp_path / "b.okrdesk",
        revision="0005",
        source_checks=[same, TableCheck("checkins", 229, "b" * 64)],
        destination_checks=[same, TableCheck("checkins", 228, "c" * 64)],
    )
    assert not report.matches
    error = CopyMismatchError(report)
    assert str(error) == (
        f"{tmp_path / 'b.okrdesk'}: the copy differs from the source in 1 table (checkins); "
        "nothing was written"
    )
    assert workspace_digest(report.source_checks) != workspace_digest(report.destination_checks)


def test_a_file_is_copied_in_small_batches_into_a_new_folder(demo_file, tmp_path) -> None:
    copy = tmp_path / "a" / "b" / "copy.okrdesk"
    seen: list[tuple[str, int, bool]] = []
    report = copy_workspace(demo_file, copy, batch_rows=7, progress=lambda *t: seen.append(t))
    assert report.matches
    assert dump_tables(copy) == dump_tables(demo_file)
    ((checkins,),) = rows(demo_file, "SELECT count(*) FROM checkins")
    assert [t for t in seen if t[0] == "checkins"][-2:] == [
        ("checkins", checkins, False),
        ("checkins", checkins, True),
    ]
    assert ("checkins", 7, False) in seen
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.okrdesk"]
    open_workspace(copy).close()  # an okrdesk workspace, not just a SQLite file


def _parent_after_child(demo_file: Path, path: Path) -> Path:
    """The demo with its first objective made a child of its last (a parent with a higher id),
    and a logo (bytes)."""
    shutil.copyfile(demo_file, path)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE objectives SET parent_id = (SELECT max(id) FROM objectives) "
            "WHERE id = (SELECT min(id) FROM objectives)"
        )
        connection.execute("UPDATE workspace_settings SET logo_png = ?", (b"\x89PNG\r\n\x00",))
    return path


def test_a_row_waits_for_the_row_of_its_own_table_it_refers_to(
    demo_file, pg_database, tmp_path
) -> None:
    source = _parent_after_child(demo_file, tmp_path / "reordered.okrdesk")
    report = copy_workspace(source, pg_database, batch_rows=1)
    assert report.matches
    back = tmp_path / "back.okrdesk"
    copy_workspace(pg_database, back, batch_rows=1)
    assert dump_tables(back) == dump_tables(source)


def test_an_older_workspace_is_copied_at_its_own_revision(pg_database, tmp_path) -> None:
    old = tmp_path / "old.okrdesk"
    create_workspace(old, "Old team", revision="0003").close()
    with contextlib.closing(sqlite3.connect(old)) as connection, connection:
        connection.execute("INSERT INTO teams (id, name) VALUES (7, 'Sales')")
    report = copy_workspace(old, pg_database)
    assert report.revision == "0003"
    assert workspace_checks(pg_database) == workspace_checks(old)
    opened = open_workspace(pg_database)  # and okrdesk upgrades it when it is opened
    opened.close()
    assert workspace_checks(pg_database)[0] == migrate.head_revision()
    assert rows(opened.path, "SELECT id, name FROM teams") == [(7, "Sales")]
