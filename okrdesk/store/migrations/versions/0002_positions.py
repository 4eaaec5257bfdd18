"""manual order of objectives and key results

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("objectives", "key_results")


def upgrade() -> None:
    for table in TABLES:
        # Batch mode rebuilds the table on SQLite: the caller has foreign keys off meanwhile.
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("position", sa.Integer(), nullable=False, server_default="0")
            )
            batch_op.create_check_constraint("position_positive", "position >= 0")
    # Keep the order users saw before: creation order within the parent.
    op.execute(
        "UPDATE objectives SET position = (SELECT COUNT(*) FROM objectives AS o "
        "WHERE o.cycle_id = objectives.cycle_id AND o.id < objectives.id)"
    )
    op.execute(
        "UPDATE key_results SET position = (SELECT COUNT(*) FROM key_results AS k "
        "WHERE k.objective_id = key_results.objective_id AND k.id < key_results.id)"
    )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint("position_positive", type_="check")
            batch_op.drop_column("position")
