"""Alembic migrations of the workspace schema, run by okrdesk.store.workspace.files at open."""
