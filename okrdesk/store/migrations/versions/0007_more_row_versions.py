"""more row versions: cycles, weekly reviews, settings, experiment arms, bindings, funnel counts

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

The rest of the rows people edit on a screen carry a version too (a cycle's retrospective and
close, a review meeting's words, the workspace settings, an experiment's arms, a key result's
funnel binding, a count typed in the funnel's data grid), so that a save against a row someone
else changed since is refused (okrdesk.store.versions). Existing rows start at version 1.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = (
    "cycles",
    "weekly_reviews",
    "workspace_settings",
    "experiment_arms",
    "key_result_bindings",
    "funnel_counts",
)


def upgrade() -> None:
    # ADD COLUMN with a constant default needs no table rebuild on either engine.
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # SQLite drops a column only by rebuilding the table: batch mode does that there alone.
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
