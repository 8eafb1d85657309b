"""Alembic environment of the local (client) database.

The application runs migrations in-process on its own keyed connection, passed in through
``config.attributes["connection"]``; there is no URL with a key anywhere.
"""

from __future__ import annotations

from alembic import context

from casedesk.store.models import Base

config = context.config
connection = config.attributes["connection"]


def _not_search_index(name: str | None, type_: str, _parent: object) -> bool:
    """The FTS5 tables are made by raw SQL in the migration; autogenerate cannot see them."""
    return not (type_ == "table" and name is not None and name.startswith("zoekindex"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,  # for autogenerate and the drift test only
    render_as_batch=True,
    include_name=_not_search_index,
)
with context.begin_transaction():
    context.run_migrations()
