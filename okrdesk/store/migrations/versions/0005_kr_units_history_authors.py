"""key result unit labels and decimals, key result change history, authors

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

Authors are plain references to people (ON DELETE SET NULL), the same on every computer and
on a shared database; rows written before this revision have none (NULL).
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _author_key(batch_op: Any, table: str, column: str) -> None:
    batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
    batch_op.create_foreign_key(
        batch_op.f(f"fk_{table}_{column}_people"), "people", [column], ["id"], ondelete="SET NULL"
    )


def upgrade() -> None:
    # Batch mode rebuilds a table on SQLite only (a new constraint); elsewhere it is ALTER TABLE.
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unit_label", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("decimals", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            "decimals_range", "decimals IS NULL OR decimals BETWEEN 0 AND 4"
        )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        _author_key(batch_op, "checkins", "author_id")
    with op.batch_alter_table("experiments", schema=None) as batch_op:
        _author_key(batch_op, "experiments", "decided_by_id")

    op.create_table(
        "key_result_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "field IN ('kind', 'unit', 'unit_label', 'decimals', 'start_value', 'target_value')",
            name=op.f("ck_key_result_changes_field_known"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_key_result_changes_author_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_key_result_changes_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_result_changes")),
    )
    op.create_index(
        op.f("ix_key_result_changes_key_result_id"),
        "key_result_changes",
        ["key_result_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_key_result_changes_key_result_id"), table_name="key_result_changes")
    op.drop_table("key_result_changes")
    for table, column in (("experiments", "decided_by_id"), ("checkins", "author_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_{column}_people"), type_="foreignkey")
            batch_op.drop_column(column)
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.drop_constraint("decimals_range", type_="check")
        batch_op.drop_column("decimals")
        batch_op.drop_column("unit_label")
