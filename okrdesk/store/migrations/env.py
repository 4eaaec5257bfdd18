"""Alembic environment: always called with a connection that okrdesk opened and began."""

from alembic import context

from okrdesk.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("okrdesk migrations run only through okrdesk.store.workspace.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
