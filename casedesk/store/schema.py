"""Bringing a database to the schema of this build, with Alembic, at start-up.

- fresh file: upgrade from nothing to head;
- behind head: copy the (still encrypted) file to ``backups/`` first, then upgrade;
- a revision this build does not know: refuse, the database is newer than the code.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from functools import cache
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from casedesk.errors import DatabaseTooNewError


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("migrations") / "local"))
    config.attributes["connection"] = connection
    return config


@cache
def _revisions(script_location: str) -> tuple[str, frozenset[str]]:
    """The head and every known revision of a migration tree. Reading the tree compiles each
    migration file (no byte-code cache where PYTHONDONTWRITEBYTECODE is set): tens of
    milliseconds, once per process instead of on every open."""
    config = Config()
    config.set_main_option("script_location", script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in script.walk_revisions())


def _tree() -> tuple[str, frozenset[str]]:
    return _revisions(str(alembic_config().get_main_option("script_location")))


def head_revision() -> str:
    return _tree()[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, database: Path, backups: Path, now: datetime) -> bool:
    """Bring the database to head; returns True when it migrated anything."""
    head, known = _tree()
    current = current_revision(engine)
    if current == head:
        return False
    if current is not None:
        if current not in known:
            raise DatabaseTooNewError(
                f"the database has schema {current}, newer than this casedesk ({head}): "
                "install the newer casedesk"
            )
        backups.mkdir(parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%dT%H%M%S")
        engine.dispose()  # checkpoint the WAL into the file before copying it
        shutil.copy2(database, backups / f"{database.name}.{current}.{stamp}.bak")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return True
