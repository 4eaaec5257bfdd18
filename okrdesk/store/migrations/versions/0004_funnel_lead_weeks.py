"""funnel lead memory: what each lead did week by week, and the weeks an import recounted

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funnel_lead_weeks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("lead_key", sa.String(length=255), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("stage_times", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("source_ms", sa.Integer(), nullable=True),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("variant_ms", sa.Integer(), nullable=True),
        sa.Column("revenue", sa.Float(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "source_ms IS NULL OR source_ms >= 0",
            name=op.f("ck_funnel_lead_weeks_source_ms_positive"),
        ),
        sa.CheckConstraint(
            "variant_ms IS NULL OR variant_ms >= 0",
            name=op.f("ck_funnel_lead_weeks_variant_ms_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_funnel_lead_weeks_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_funnel_lead_weeks_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_lead_weeks")),
        sa.UniqueConstraint(
            "funnel_id",
            "lead_key",
            "week_start",
            name=op.f("uq_funnel_lead_weeks_funnel_id_lead_key_week_start"),
        ),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("touched_first", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("touched_last", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("touched_last")
        batch_op.drop_column("touched_first")

    op.drop_table("funnel_lead_weeks")
