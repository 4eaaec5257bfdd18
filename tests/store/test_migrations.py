"""Opening a file made by an older okrdesk: backed up, migrated to head, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import URL, create_engine, select
from sqlalchemy import inspect as sa_inspect

from okrdesk.store.errors import MigrationError, WorkspaceError
from okrdesk.store.schema import Base, Cycle, Experiment, KeyResult
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.files import (
    _copy_database,
    _migration_failed,
    create_workspace,
    inspect,
    open_workspace,
)
from tests.helpers import EDIT_MARKS

FIRST = "0001"
ADDED_TABLES = (
    "funnel_cohort_counts",
    "funnel_lead_speed",
    "key_result_bindings",
    "funnel_lead_weeks",
    "key_result_changes",
)
ADDED_COLUMNS = (
    "objectives.position",
    "key_results.position",
    "checkins.import_batch_id",
    "experiments.decided_on",
    "experiments.planned_mde",
    "experiments.duration_days",
    "import_batches.replaced",
    "import_batches.touched_first",
    "import_batches.touched_last",
    "workspace_settings.paper_size",
    "workspace_settings.logo_png",
    "key_results.unit_label",
    "key_results.decimals",
    "checkins.author_id",
    "experiments.decided_by_id",
    *EDIT_MARKS,  # revisions 0006 and 0007
)

# Key results are created interleaved across the two objectives, so that "creation order within
# the objective" differs from plain id order.
OBJECTIVES = [(1, "Win the mid-market", None), (2, "Make onboarding self-serve", 1)]
KEY_RESULTS = [
    (1, 1, "Sign 12 mid-market logos"),
    (2, 2, "Time to first value under 10 minutes"),
    (3, 1, "Pipeline of 2 M€"),
    (4, 1, "Win rate above 25 %"),
    (5, 2, "Activation rate from 30 % to 45 %"),
]
CHECKINS = [
    (1, "2026-01-12", 2.0, 6),
    (1, "2026-01-19", 3.0, 7),
    (2, "2026-01-12", 14.5, 5),
    (3, "2026-01-19", 0.8, None),
    (4, "2026-01-19", 21.0, 4),
    (5, "2026-01-12", 31.0, 6),
    (5, "2026-01-19", 33.5, 6),
]


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.isolation_level = None
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def _make_first_revision_file(path: Path) -> None:
    """A workspace at revision 0001 with real rows, written with the SQL of that schema."""
    create_workspace(path, "Sales", revision=FIRST).close()
    connection = _connect(path)
    try:
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO cycles (id, name, start_date, end_date, what_helped, root_causes, "
            "lessons) VALUES (1, '2026 Q1', '2026-01-01', '2026-03-31', '', '', '')"
        )
        for objective_id, title, parent_id in OBJECTIVES:
            connection.execute(
                "INSERT INTO objectives (id, cycle_id, parent_id, level, title, description, "
                "status, retrospective) VALUES (?, 1, ?, 'team', ?, '', 'active', '')",
                (objective_id, parent_id, title),
            )
        for kr_id, objective_id, title in KEY_RESULTS:
            connection.execute(
                "INSERT INTO key_results (id, objective_id, title, kind, unit, start_value, "
                "target_value, weight, grade_note) "
                "VALUES (?, ?, ?, 'increase', 'number', 0, 10, 1, '')",
                (kr_id, objective_id, title),
            )
        for kr_id, day, value, confidence in CHECKINS:
            connection.execute(
                "INSERT INTO checkins (key_result_id, checked_on, value, confidence, comment, "
                "blockers, automatic, created_at) "
                "VALUES (?, ?, ?, ?, 'on track', '', 0, ? || ' 09:00:00.000000')",
                (kr_id, day, value, confidence, day),
            )
        # Rows of other tables that point at key results must keep pointing at them.
        connection.execute(
            "INSERT INTO initiatives (key_result_id, title, done) VALUES (3, 'Partner webinar', 0)"
        )
        connection.execute(
            "INSERT INTO experiments (code, title, hypothesis, variable, key_result_id, "
            "control_share, impact, confidence, ease, status, learnings, created_at) VALUES "
            "('EXP-001', 'Guided setup', '', '', 5, 0.5, 7, 6, 5, 'running', '', "
            "'2026-01-10 12:00:00.000000')"
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _columns(path: Path, table: str) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    finally:
        connection.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "sales.okrdesk"
    _make_first_revision_file(path)
    assert _revision(path) == FIRST
    assert "position" not in _columns(path, "objectives")
    return path


def test_head_is_newer_than_the_first_revision() -> None:
    # Otherwise the tests below would migrate nothing.
    assert migrate.head_revision() != FIRST


def test_an_old_file_is_migrated_to_head_without_losing_a_row(old_file: Path, dump) -> None:
    before = dump(old_file)
    assert len(before["key_results"]) == len(KEY_RESULTS)
    assert len(before["checkins"]) == len(CHECKINS)

    ws = open_workspace(old_file)
    try:
        assert _revision(old_file) == migrate.head_revision()
        assert inspect(old_file).revision == migrate.head_revision()
        # Every row survived, column for column; only the revision and new columns changed.
        after = dump(old_file, drop_columns=ADDED_COLUMNS)
        assert after.pop("alembic_version") == [(migrate.head_revision(),)]
        assert before.pop("alembic_version") == [(FIRST,)]
        for table in ADDED_TABLES:
            assert after.pop(table) == []
        assert after == before
        with ws.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        ws.close()


def test_positions_follow_creation_order(old_file: Path) -> None:
    ws = open_workspace(old_file)
    try:
        with ws.session() as session:
            cycle = session.get(Cycle, 1)
            objectives = sorted(cycle.objectives, key=lambda o: o.position)
            assert [(o.position, o.title) for o in objectives] == [
                (0, "Win the mid-market"),
                (1, "Make onboarding self-serve"),
            ]
            assert objectives[1].parent_id == objectives[0].id
            by_objective = {
                o.id: [(kr.position, kr.title) for kr in o.key_results] for o in objectives
            }
            assert by_objective == {
                1: [
                    (0, "Sign 12 mid-market logos"),
                    (1, "Pipeline of 2 M€"),
                    (2, "Win rate above 25 %"),
                ],
                2: [
                    (0, "Time to first value under 10 minutes"),
                    (1, "Activation rate from 30 % to 45 %"),
                ],
            }
            checkins = {
                kr.id: [(str(c.checked_on), c.value, c.confidence) for c in kr.checkins]
                for kr in session.scalars(select(KeyResult))
            }
            expected: dict[int, list] = {kr_id: [] for kr_id, _, _ in KEY_RESULTS}
            for kr_id, day, value, confidence in CHECKINS:
                expected[kr_id].append((day, value, confidence))
            assert checkins == expected
            experiment = session.scalar(select(Experiment).where(Experiment.code == "EXP-001"))
            assert experiment.key_result_id == 5
    finally:
        ws.close()


def test_the_old_file_is_backed_up_before_it_is_migrated(old_file: Path, dump) -> None:
    before = dump(old_file)
    ws = open_workspace(old_file)
    ws.close()

    backup = ws.backup_path
    assert backup is not None
    assert backup.is_file()
    assert backup != old_file
    assert backup.parent == old_file.parent
    assert backup.read_bytes().startswith(b"SQLite format 3\x00")
    connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert _revision(backup) == FIRST
    assert "position" not in _columns(backup, "objectives")
    assert dump(backup) == before
    # The backup is itself a workspace an older okrdesk (or this one) can open.
    assert inspect(backup).revision == FIRST


def test_a_file_at_head_is_neither_migrated_nor_backed_up_again(old_file: Path) -> None:
    open_workspace(old_file).close()
    backups = sorted(old_file.parent.glob("*.bak"))
    assert len(backups) == 1

    ws = open_workspace(old_file)
    ws.close()
    assert ws.backup_path is None
    assert sorted(old_file.parent.glob("*.bak")) == backups


# A row that the 0001 tables hold but that the tables rebuilt by 0002 refuse: written with CHECK
# constraints switched off, as a file edited by another tool or an older bug could hold it. The
# objectives one fails the first rebuild; the key_results one fails after objectives was rebuilt.
INVALID_ROWS = {
    "objective with a blank title": (
        "INSERT INTO objectives (id, cycle_id, level, title, description, status, "
        "retrospective) VALUES (3, 1, 'team', '   ', '', 'active', '')"
    ),
    "key result with weight 0": (
        "INSERT INTO key_results (id, objective_id, title, kind, unit, start_value, "
        "target_value, weight, grade_note) "
        "VALUES (6, 2, 'Weightless', 'increase', 'number', 0, 1, 0, '')"
    ),
}


def _journal_mode(path: Path, mode: str | None = None) -> str:
    connection = sqlite3.connect(path)
    try:
        pragma = "PRAGMA journal_mode" + (f"={mode}" if mode else "")
        return connection.execute(pragma).fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
@pytest.mark.parametrize("invalid_row", INVALID_ROWS.values(), ids=INVALID_ROWS.keys())
def test_a_migration_that_fails_midway_leaves_the_file_as_it_was(
    old_file: Path, invalid_row: str, journal_mode: str, dump, sha256
) -> None:
    connection = _connect(old_file)
    try:
        connection.execute("PRAGMA ignore_check_constraints=ON")
        connection.execute(invalid_row)
    finally:
        connection.close()
    assert _journal_mode(old_file, journal_mode) == journal_mode
    before = dump(old_file)
    digest = sha256(old_file)

    with pytest.raises(MigrationError) as raised:
        open_workspace(old_file)

    # Byte for byte: not restored from the backup, not switched to another journal mode. The
    # file is as it was, so its backup went again: nothing was left beside the file.
    assert sha256(old_file) == digest
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]
    message = str(raised.value)
    assert isinstance(raised.value, WorkspaceError)
    assert "\n" not in message
    assert message.startswith(f"{old_file}: ")
    assert "CHECK constraint failed" in message
    assert "INSERT" not in message and "SELECT" not in message  # no SQL, only the reason
    assert "left as it was" in message
    assert _journal_mode(old_file) == journal_mode
    assert _revision(old_file) == FIRST
    assert "position" not in _columns(old_file, "objectives")
    assert "position" not in _columns(old_file, "key_results")
    assert dump(old_file) == before  # no half-migrated tables, no _alembic_tmp_ leftovers
    assert inspect(old_file).revision == FIRST
    # Trying again fails the same way and still changes nothing.
    with pytest.raises(MigrationError):
        open_workspace(old_file)
    assert sha256(old_file) == digest


def test_a_file_a_failed_migration_did_change_is_restored_from_its_backup(
    old_file: Path, dump
) -> None:
    # SQLite rolls a failed migration back, so this is the unlikely case: the file changed.
    before = dump(old_file)
    backup = old_file.with_name("sales.okrdesk.0001.bak")
    _copy_database(old_file, backup)
    connection = _connect(old_file)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
        connection.execute("DELETE FROM checkins")
    finally:
        connection.close()

    error = _migration_failed(old_file, FIRST, backup, RuntimeError("disk I/O error"))

    assert isinstance(error, MigrationError)
    assert str(error) == (
        f"{old_file}: could not be upgraded (disk I/O error); it was restored from {backup.name}"
    )
    assert dump(old_file) == before
    assert backup.is_file()


def test_a_file_in_rollback_journal_mode_is_switched_to_wal_once_migrated(old_file: Path) -> None:
    assert _journal_mode(old_file, "delete") == "delete"
    ws = open_workspace(old_file)
    try:
        with ws.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        ws.close()
    assert _revision(old_file) == migrate.head_revision()
    assert _journal_mode(ws.backup_path) == "delete"


def _check_constraints(path: Path) -> dict[str, list[tuple[str, str]]]:
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    try:
        with engine.connect() as connection:
            inspector = sa_inspect(connection)
            return {
                table: sorted(
                    (check["name"], check["sqltext"])
                    for check in inspector.get_check_constraints(table)
                )
                for table in inspector.get_table_names()
            }
    finally:
        engine.dispose()


def test_the_tables_rebuilt_by_a_migration_keep_every_check(old_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.okrdesk"
    create_workspace(fresh, "Fresh").close()
    open_workspace(old_file).close()

    migrated = _check_constraints(old_file)
    assert migrated == _check_constraints(fresh)
    names = {name for checks in migrated.values() for name, _ in checks}
    assert {
        "ck_key_results_increase_target_above_start",
        "ck_key_results_decrease_target_below_start",
        "ck_key_results_title_required",
        "ck_objectives_title_required",
        "ck_experiments_decision_only_when_decided",
    } <= names


def test_revision_0006_starts_every_edited_row_at_version_1_with_nobody_as_its_changer(
    old_file: Path,
) -> None:
    open_workspace(old_file).close()
    connection = sqlite3.connect(f"{old_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table in ("objectives", "key_results", "checkins", "experiments"):
            assert connection.execute(f"SELECT DISTINCT version FROM {table}").fetchall() == [
                (1,)
            ], table
        for table in ("objectives", "key_results", "experiments"):
            changed = f"SELECT COUNT(*) FROM {table} WHERE changed_by_id IS NOT NULL"
            assert connection.execute(changed).fetchone() == (0,), table
            # A deleted person's changes stay, with nobody as their author.
            keys = connection.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            assert ("people", "changed_by_id", "SET NULL") in {(k[2], k[3], k[6]) for k in keys}
    finally:
        connection.close()
