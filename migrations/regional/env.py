"""Alembic environment of the regional store.

The regional store runs its migrations in-process on its own connection, passed in through
``config.attributes["connection"]`` (``casedesk.regional.database.migrate``).
"""

from __future__ import annotations

from alembic import context

from casedesk.regional.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,  # for autogenerate and the drift test only
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
