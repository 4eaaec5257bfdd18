"""Revision 0008: check-ins indexed by day and experiments by start and by status, on a file and
on a server, and gone again on the way back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.files import create_workspace, open_workspace
from tests.helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS

INDEXES = {"ix_checkins_checked_on", "ix_experiments_start_date", "ix_experiments_status"}


def _indexes(connection, table: str) -> dict[str, list[str]]:
    return {
        index["name"]: index["column_names"] for index in inspect(connection).get_indexes(table)
    }


def test_revision_0008_adds_the_history_indexes_and_goes_back(new_address) -> None:
    create_workspace(new_address, "Team", revision="0007").close()
    workspace = open_workspace(new_address)  # migrated to head: 0008 or later
    try:
        with workspace.engine.connect() as connection:
            assert _indexes(connection, "checkins")["ix_checkins_checked_on"] == ["checked_on"]
            experiments = _indexes(connection, "experiments")
            assert experiments["ix_experiments_start_date"] == ["start_date"]
            assert experiments["ix_experiments_status"] == ["status"]
        with workspace.engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        with workspace.engine.connect() as connection:
            names = {*_indexes(connection, "checkins"), *_indexes(connection, "experiments")}
            assert not names & INDEXES
        with workspace.engine.begin() as connection:
            migrate.upgrade(connection)
    finally:
        workspace.close()
