"""history indexes: check-ins by day, experiments by start and by status

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Years of history make a workspace's latest check-ins, a week's experiments and the backlog's
ideas reads of every row: these indexes let them read what they show.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_checkins_checked_on", "checkins", "checked_on"),
    ("ix_experiments_start_date", "experiments", "start_date"),
    ("ix_experiments_status", "experiments", "status"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
