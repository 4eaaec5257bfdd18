"""Alembic migrations of the workspace schema, run by okrdesk.store.workspace at open."""
