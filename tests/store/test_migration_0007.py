"""Revision 0007: the rest of the rows people edit carry a version, on a file and on a server."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

TABLES = (
    "cycles",
    "weekly_reviews",
    "workspace_settings",
    "experiment_arms",
    "key_result_bindings",
    "funnel_counts",
)
ROWS = (
    "INSERT INTO cycles (id, name, start_date, end_date, what_helped, root_causes, lessons) "
    "VALUES (1, '2026 Q4', '2026-10-01', '2026-12-31', 'Pairing', '', '')",
    "INSERT INTO weekly_reviews (week_start, brief, decisions, notes, created_at, updated_at) "
    "VALUES ('2026-11-30', 'Calm week', '', '', '2026-11-30 09:00:00', '2026-11-30 09:00:00')",
    "INSERT INTO objectives (id, cycle_id, level, title, description, status, retrospective, "
    "position) VALUES (1, 1, 'team', 'Grow', '', 'active', '', 0)",
    "INSERT INTO key_results (id, objective_id, title, kind, unit, start_value, target_value, "
    "weight, grade_note, position, unit_label) "
    "VALUES (1, 1, 'More demos', 'increase', 'number', 0, 10, 1, '', 0, '')",
    "INSERT INTO experiments (id, code, title, hypothesis, variable, control_share, impact, "
    "confidence, ease, status, learnings, created_at) VALUES (1, 'EXP-001', 'Short form', '', "
    "'', 0.5, 5, 5, 5, 'running', '', '2026-11-01 09:00:00')",
    "INSERT INTO experiment_arms (experiment_id, name, is_control, visitors, conversions) "
    "VALUES (1, 'control', true, 100, 10)",
    "INSERT INTO funnels (id, name) VALUES (7, 'Inbound')",
    "INSERT INTO funnel_stages (id, funnel_id, name, position) VALUES (7, 7, 'Lead', 0)",
    "INSERT INTO key_result_bindings (key_result_id, funnel_id, metric, segment) "
    "VALUES (1, 7, 'stage_count', '')",
    "INSERT INTO funnel_counts (stage_id, week_start, segment, variant, count) "
    "VALUES (7, '2026-11-23', '', '', 42)",
)


def _downgrade(connection, revision: str) -> None:
    config = migrate.alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, revision)


def test_revision_0007_starts_old_rows_at_version_1_and_goes_back_and_forth(
    new_address,
) -> None:
    create_workspace(new_address, "Team", revision="0006").close()
    workspace = open_workspace(new_address)  # migrated to head: 0007 or later
    try:
        with workspace.engine.begin() as connection:
            _downgrade(connection, "0006")
        with workspace.engine.begin() as connection:
            assert not any(
                column["name"] == "version"
                for table in TABLES
                for column in inspect(connection).get_columns(table)
            )
            for statement in ROWS:
                connection.execute(text(statement))
            migrate.upgrade(connection, "0007")
        with workspace.engine.begin() as connection:
            for table in TABLES:
                found = connection.execute(text(f"SELECT version FROM {table}")).scalars().all()
                assert found == [1], table
            connection.execute(text("UPDATE cycles SET version = 5"))
            _downgrade(connection, "0006")
        with workspace.engine.connect() as connection:
            # Going back drops the column and keeps every row and every other column.
            assert connection.execute(text("SELECT what_helped FROM cycles")).scalar() == "Pairing"
            assert connection.execute(text("SELECT count FROM funnel_counts")).scalar() == 42
            assert "version" not in {c["name"] for c in inspect(connection).get_columns("cycles")}
            checks = inspect(connection).get_check_constraints("cycles")
            assert "ck_cycles_ends_after_start" in {check["name"] for check in checks}
        with workspace.engine.begin() as connection:
            migrate.upgrade(connection)
    finally:
        workspace.close()
