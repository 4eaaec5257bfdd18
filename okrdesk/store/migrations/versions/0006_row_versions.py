"""row versions: a counter on every row people edit, and who changed it last and when

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A save against a row whose version moved since the screen read it is refused as a conflict
(okrdesk.store.versions) instead of overwriting someone else's change. Existing rows start at
version 1 with nobody and no time as their last change.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Who changed them last, and when: the rows a conflict names a person for.
SIGNED = ("objectives", "key_results", "experiments")
VERSIONED = (
    *SIGNED,
    "teams",
    "people",
    "checkins",
    "initiatives",
    "kpis",
    "kpi_values",
    "funnels",
    "funnel_stages",
    "experiment_tasks",
)


def upgrade() -> None:
    # ADD COLUMN with a constant default needs no rebuild; a new foreign key does on SQLite
    # (batch mode rebuilds only there, and only the three signed tables).
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    for table in SIGNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("changed_by_id", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_changed_by_id_people"),
                "people",
                ["changed_by_id"],
                ["id"],
                ondelete="SET NULL",
            )


def downgrade() -> None:
    for table in SIGNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_changed_by_id_people"), type_="foreignkey"
            )
            batch_op.drop_column("changed_at")
            batch_op.drop_column("changed_by_id")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
