"""funnel views, key result bindings, experiment plan, report settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funnel_cohort_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("cohort_week", sa.Date(), nullable=False),
        sa.Column("segment", sa.String(length=100), nullable=False),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("count >= 0", name=op.f("ck_funnel_cohort_counts_count_positive")),
        sa.CheckConstraint("window_days > 0", name=op.f("ck_funnel_cohort_counts_window_positive")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_funnel_cohort_counts_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_funnel_cohort_counts_stage_id_funnel_stages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_cohort_counts")),
        sa.UniqueConstraint(
            "stage_id",
            "cohort_week",
            "segment",
            "variant",
            name=op.f("uq_funnel_cohort_counts_stage_id_cohort_week_segment_variant"),
        ),
    )
    with op.batch_alter_table("funnel_cohort_counts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funnel_cohort_counts_cohort_week"), ["cohort_week"], unique=False
        )

    op.create_table(
        "funnel_lead_speed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("segment", sa.String(length=100), nullable=False),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("median_hours", sa.Float(), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("leads >= 0", name=op.f("ck_funnel_lead_speed_leads_positive")),
        sa.CheckConstraint("median_hours >= 0", name=op.f("ck_funnel_lead_speed_median_positive")),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_funnel_lead_speed_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_funnel_lead_speed_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_lead_speed")),
        sa.UniqueConstraint(
            "funnel_id",
            "week_start",
            "segment",
            "variant",
            name=op.f("uq_funnel_lead_speed_funnel_id_week_start_segment_variant"),
        ),
    )
    op.create_table(
        "key_result_bindings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=30), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=True),
        sa.Column("segment", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "metric IN ('step_rate', 'overall_rate', 'stage_count', 'cost_per_lead', 'cac', "
            "'roi', 'revenue', 'spend')",
            name=op.f("ck_key_result_bindings_metric_known"),
        ),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_key_result_bindings_from_stage_id_funnel_stages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_key_result_bindings_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_key_result_bindings_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_key_result_bindings_to_stage_id_funnel_stages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_result_bindings")),
        sa.UniqueConstraint("key_result_id", name=op.f("uq_key_result_bindings_key_result_id")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_checkins_import_batch_id_import_batches"),
            "import_batches",
            ["import_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("experiments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("planned_mde", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("duration_days", sa.Integer(), nullable=False, server_default="7")
        )
        batch_op.create_check_constraint(
            "planned_mde_positive", "planned_mde IS NULL OR planned_mde > 0"
        )
        batch_op.create_check_constraint("duration_range", "duration_days BETWEEN 1 AND 28")

    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced", sa.Text(), nullable=False, server_default=""))

    with op.batch_alter_table("workspace_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("paper_size", sa.String(length=10), nullable=False, server_default="A4")
        )
        batch_op.create_check_constraint("paper_size_known", "paper_size IN ('A4', 'Letter')")
        batch_op.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workspace_settings", schema=None) as batch_op:
        batch_op.drop_constraint("paper_size_known", type_="check")
        batch_op.drop_column("logo_png")
        batch_op.drop_column("paper_size")

    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("replaced")

    with op.batch_alter_table("experiments", schema=None) as batch_op:
        batch_op.drop_constraint("duration_range", type_="check")
        batch_op.drop_constraint("planned_mde_positive", type_="check")
        batch_op.drop_column("duration_days")
        batch_op.drop_column("planned_mde")
        batch_op.drop_column("decided_on")

    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_checkins_import_batch_id_import_batches"), type_="foreignkey"
        )
        batch_op.drop_column("import_batch_id")

    op.drop_table("key_result_bindings")
    op.drop_table("funnel_lead_speed")
    with op.batch_alter_table("funnel_cohort_counts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funnel_cohort_counts_cohort_week"))

    op.drop_table("funnel_cohort_counts")
