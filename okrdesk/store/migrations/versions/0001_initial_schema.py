"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cycles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("what_helped", sa.Text(), nullable=False),
        sa.Column("root_causes", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.CheckConstraint("end_date > start_date", name=op.f("ck_cycles_ends_after_start")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycles")),
        sa.UniqueConstraint("name", name=op.f("uq_cycles_name")),
    )
    op.create_table(
        "funnels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnels")),
        sa.UniqueConstraint("name", name=op.f("uq_funnels_name")),
    )
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "workspace_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("week_start", sa.Integer(), nullable=False),
        sa.Column("at_risk_gap", sa.Float(), nullable=False),
        sa.Column("off_track_gap", sa.Float(), nullable=False),
        sa.Column("at_risk_confidence", sa.Integer(), nullable=False),
        sa.Column("off_track_confidence", sa.Integer(), nullable=False),
        sa.Column("stale_days", sa.Integer(), nullable=False),
        sa.Column("conversion_window_days", sa.Integer(), nullable=False),
        sa.Column("next_experiment_number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "at_risk_confidence BETWEEN 0 AND 10",
            name=op.f("ck_workspace_settings_at_risk_confidence_range"),
        ),
        sa.CheckConstraint(
            "at_risk_gap > 0 AND at_risk_gap <= 1",
            name=op.f("ck_workspace_settings_at_risk_gap_range"),
        ),
        sa.CheckConstraint(
            "conversion_window_days > 0",
            name=op.f("ck_workspace_settings_conversion_window_positive"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_workspace_settings_single_row")),
        sa.CheckConstraint(
            "next_experiment_number > 0",
            name=op.f("ck_workspace_settings_next_experiment_positive"),
        ),
        sa.CheckConstraint(
            "off_track_confidence BETWEEN 0 AND 10",
            name=op.f("ck_workspace_settings_off_track_conf_range"),
        ),
        sa.CheckConstraint(
            "off_track_gap > 0 AND off_track_gap <= 1",
            name=op.f("ck_workspace_settings_off_track_gap_range"),
        ),
        sa.CheckConstraint(
            "stale_days > 0", name=op.f("ck_workspace_settings_stale_days_positive")
        ),
        sa.CheckConstraint(
            "week_start BETWEEN 0 AND 6", name=op.f("ck_workspace_settings_week_start_weekday")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_settings")),
    )
    op.create_table(
        "funnel_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_funnel_stages_position_positive")),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_funnel_stages_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_stages")),
        sa.UniqueConstraint("funnel_id", "name", name=op.f("uq_funnel_stages_funnel_id_name")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("first_week", sa.Date(), nullable=False),
        sa.Column("last_week", sa.Date(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('weekly_counts', 'raw_events')", name=op.f("ck_import_batches_kind_known")
        ),
        sa.CheckConstraint("last_week >= first_week", name=op.f("ck_import_batches_week_range")),
        sa.CheckConstraint("row_count >= 0", name=op.f("ck_import_batches_rows_positive")),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_import_batches_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        sa.Column("green_threshold", sa.Float(), nullable=False),
        sa.Column("red_threshold", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "unit IN ('number', 'percent', 'currency')", name=op.f("ck_kpis_unit_known")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_kpis_team_id_teams"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpis")),
        sa.UniqueConstraint("name", name=op.f("uq_kpis_name")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_people_team_id_teams"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("name", name=op.f("uq_people_name")),
    )
    op.create_table(
        "funnel_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("segment", sa.String(length=100), nullable=False),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("count >= 0", name=op.f("ck_funnel_counts_count_positive")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_funnel_counts_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_funnel_counts_stage_id_funnel_stages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_counts")),
        sa.UniqueConstraint(
            "stage_id",
            "week_start",
            "segment",
            "variant",
            name=op.f("uq_funnel_counts_stage_id_week_start_segment_variant"),
        ),
    )
    with op.batch_alter_table("funnel_counts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funnel_counts_week_start"), ["week_start"], unique=False
        )

    op.create_table(
        "funnel_spend",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funnel_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("segment", sa.String(length=100), nullable=False),
        sa.Column("variant", sa.String(length=100), nullable=False),
        sa.Column("spend", sa.Float(), nullable=False),
        sa.Column("revenue", sa.Float(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("revenue >= 0", name=op.f("ck_funnel_spend_revenue_positive")),
        sa.CheckConstraint("spend >= 0", name=op.f("ck_funnel_spend_spend_positive")),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_funnel_spend_funnel_id_funnels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_funnel_spend_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_spend")),
        sa.UniqueConstraint(
            "funnel_id",
            "week_start",
            "segment",
            "variant",
            name=op.f("uq_funnel_spend_funnel_id_week_start_segment_variant"),
        ),
    )
    op.create_table(
        "kpi_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpis.id"], name=op.f("fk_kpi_values_kpi_id_kpis"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_values")),
        sa.UniqueConstraint("kpi_id", "measured_on", name=op.f("uq_kpi_values_kpi_id_measured_on")),
    )
    with op.batch_alter_table("kpi_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_values_kpi_id"), ["kpi_id"], unique=False)

    op.create_table(
        "objectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("grade", sa.Float(), nullable=True),
        sa.Column("retrospective", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level IN ('company', 'team', 'individual')", name=op.f("ck_objectives_level_known")
        ),
        sa.CheckConstraint(
            "status IN ('active', 'done', 'cancelled')", name=op.f("ck_objectives_status_known")
        ),
        sa.CheckConstraint(
            "grade IS NULL OR grade BETWEEN 0 AND 1", name=op.f("ck_objectives_grade_range")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_objectives_title_required")),
        sa.CheckConstraint(
            "parent_id IS NULL OR parent_id <> id", name=op.f("ck_objectives_not_own_parent")
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["objectives.id"],
            name=op.f("fk_objectives_carried_from_id_objectives"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_objectives_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_objectives_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["objectives.id"],
            name=op.f("fk_objectives_parent_id_objectives"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_objectives_team_id_teams"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objectives")),
    )
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objectives_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_objectives_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "key_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("start_value", sa.Float(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("grade", sa.Float(), nullable=True),
        sa.Column("grade_note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('increase', 'decrease', 'stay_above', 'stay_below', 'binary')",
            name=op.f("ck_key_results_kind_known"),
        ),
        sa.CheckConstraint(
            "unit IN ('number', 'percent', 'currency')", name=op.f("ck_key_results_unit_known")
        ),
        sa.CheckConstraint(
            "budget IS NULL OR budget >= 0", name=op.f("ck_key_results_budget_positive")
        ),
        sa.CheckConstraint("cost IS NULL OR cost >= 0", name=op.f("ck_key_results_cost_positive")),
        sa.CheckConstraint(
            "grade IS NULL OR grade BETWEEN 0 AND 1", name=op.f("ck_key_results_grade_range")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_key_results_title_required")),
        sa.CheckConstraint("weight > 0", name=op.f("ck_key_results_weight_positive")),
        sa.CheckConstraint(
            "kind <> 'increase' OR target_value > start_value",
            name=op.f("ck_key_results_increase_target_above_start"),
        ),
        sa.CheckConstraint(
            "kind <> 'decrease' OR target_value < start_value",
            name=op.f("ck_key_results_decrease_target_below_start"),
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["key_results.id"],
            name=op.f("fk_key_results_carried_from_id_key_results"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["objectives.id"],
            name=op.f("fk_key_results_objective_id_objectives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_key_results_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_results")),
    )
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_key_results_objective_id"), ["objective_id"], unique=False
        )

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("blockers", sa.Text(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 0 AND 10", name=op.f("ck_checkins_confidence")
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_checkins_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint(
            "key_result_id", "checked_on", name=op.f("uq_checkins_key_result_id_checked_on")
        ),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkins_key_result_id"), ["key_result_id"], unique=False
        )

    op.create_table(
        "experiments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("hypothesis", sa.Text(), nullable=False),
        sa.Column("variable", sa.String(length=300), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=True),
        sa.Column("funnel_id", sa.Integer(), nullable=True),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=True),
        sa.Column("control_share", sa.Float(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("ease", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("learnings", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "decision IS NULL OR decision IN ('scale', 'roll_back', 'iterate', 'inconclusive')",
            name=op.f("ck_experiments_decision_known"),
        ),
        sa.CheckConstraint(
            "decision IS NULL OR status = 'decided'",
            name=op.f("ck_experiments_decision_only_when_decided"),
        ),
        sa.CheckConstraint(
            "status IN ('idea', 'planned', 'running', 'analysing', 'decided')",
            name=op.f("ck_experiments_status_known"),
        ),
        sa.CheckConstraint(
            "confidence BETWEEN 1 AND 10", name=op.f("ck_experiments_confidence_range")
        ),
        sa.CheckConstraint(
            "control_share > 0 AND control_share < 1", name=op.f("ck_experiments_split_range")
        ),
        sa.CheckConstraint("ease BETWEEN 1 AND 10", name=op.f("ck_experiments_ease_range")),
        sa.CheckConstraint("impact BETWEEN 1 AND 10", name=op.f("ck_experiments_impact_range")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_experiments_title_required")),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_experiments_from_stage_id_funnel_stages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["funnel_id"],
            ["funnels.id"],
            name=op.f("fk_experiments_funnel_id_funnels"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_experiments_key_result_id_key_results"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_experiments_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"],
            ["funnel_stages.id"],
            name=op.f("fk_experiments_to_stage_id_funnel_stages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiments")),
        sa.UniqueConstraint("code", name=op.f("uq_experiments_code")),
    )
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_result_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_initiatives_title_required")),
        sa.ForeignKeyConstraint(
            ["key_result_id"],
            ["key_results.id"],
            name=op.f("fk_initiatives_key_result_id_key_results"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_initiatives_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
    )
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiatives_key_result_id"), ["key_result_id"], unique=False
        )

    op.create_table(
        "experiment_arms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_control", sa.Boolean(), nullable=False),
        sa.Column("visitors", sa.Integer(), nullable=False),
        sa.Column("conversions", sa.Integer(), nullable=False),
        sa.Column("sql_count", sa.Integer(), nullable=True),
        sa.Column("avg_deal_value", sa.Float(), nullable=True),
        sa.CheckConstraint(
            "avg_deal_value IS NULL OR avg_deal_value >= 0",
            name=op.f("ck_experiment_arms_avg_deal_value_positive"),
        ),
        sa.CheckConstraint(
            "conversions >= 0 AND conversions <= visitors",
            name=op.f("ck_experiment_arms_conversions_range"),
        ),
        sa.CheckConstraint(
            "sql_count IS NULL OR sql_count >= 0",
            name=op.f("ck_experiment_arms_sql_count_positive"),
        ),
        sa.CheckConstraint("visitors >= 0", name=op.f("ck_experiment_arms_visitors_positive")),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiments.id"],
            name=op.f("fk_experiment_arms_experiment_id_experiments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiment_arms")),
        sa.UniqueConstraint(
            "experiment_id", "name", name=op.f("uq_experiment_arms_experiment_id_name")
        ),
    )
    op.create_table(
        "experiment_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("day BETWEEN 1 AND 7", name=op.f("ck_experiment_tasks_day_range")),
        sa.CheckConstraint(
            "length(trim(title)) > 0", name=op.f("ck_experiment_tasks_title_required")
        ),
        sa.CheckConstraint("position >= 0", name=op.f("ck_experiment_tasks_position_positive")),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiments.id"],
            name=op.f("fk_experiment_tasks_experiment_id_experiments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_experiment_tasks_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiment_tasks")),
    )
    with op.batch_alter_table("experiment_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_experiment_tasks_experiment_id"), ["experiment_id"], unique=False
        )

    op.create_table(
        "weekly_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("brief", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_experiment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["next_experiment_id"],
            ["experiments.id"],
            name=op.f("fk_weekly_reviews_next_experiment_id_experiments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_reviews")),
        sa.UniqueConstraint("week_start", name=op.f("uq_weekly_reviews_week_start")),
    )


def downgrade() -> None:
    op.drop_table("weekly_reviews")
    with op.batch_alter_table("experiment_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_experiment_tasks_experiment_id"))

    op.drop_table("experiment_tasks")
    op.drop_table("experiment_arms")
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiatives_key_result_id"))

    op.drop_table("initiatives")
    op.drop_table("experiments")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_key_result_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("key_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_results_objective_id"))

    op.drop_table("key_results")
    with op.batch_alter_table("objectives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_objectives_parent_id"))
        batch_op.drop_index(batch_op.f("ix_objectives_cycle_id"))

    op.drop_table("objectives")
    with op.batch_alter_table("kpi_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_values_kpi_id"))

    op.drop_table("kpi_values")
    op.drop_table("funnel_spend")
    with op.batch_alter_table("funnel_counts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funnel_counts_week_start"))

    op.drop_table("funnel_counts")
    op.drop_table("people")
    op.drop_table("kpis")
    op.drop_table("import_batches")
    op.drop_table("funnel_stages")
    op.drop_table("workspace_settings")
    op.drop_table("teams")
    op.drop_table("funnels")
    op.drop_table("cycles")
