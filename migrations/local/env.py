"""Alembic environment of the local (client) database.

The application runs migrations in-process on its own keyed connection, passed in through
``config.attributes["connection"]``; there is no URL with a key anywhere.
"""

from __future__ import annotations

from alembic import context

from casedesk.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,  # for autogenerate and the drift test only
    render_as_batch=True,
    include_name=lambda name, type_, _parent: not (type_ == "table" and name.startswith("zoekindex")),
)
with context.begin_transaction():
    context.run_migrations()
