"""The Alembic tree builds exactly the models, and start-up migration is safe: a backup before
any upgrade, and a database newer than the code is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import UniqueConstraint, text

from casedesk.clock import fixed_clock
from casedesk.errors import DatabaseTooNewError
from casedesk.store import schema
from casedesk.store.database import Store, open_store
from casedesk.store.engine import open_engine
from casedesk.store.models import Base
from tests.conftest import NOW


def _not_fts(name: str | None, type_: str, _parent: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("zoekindex"))


def test_upgrade_head_on_an_empty_database_equals_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == schema.head_revision()


def test_the_schema_holds_the_search_index_and_the_audit_triggers(store: Store) -> None:
    with store.engine.connect() as conn:
        names = set(conn.scalars(text("SELECT name FROM sqlite_master")))
    assert {"zoekindex", "audit_log_no_update", "audit_log_no_delete"} <= names


def test_every_foreign_key_column_is_indexed() -> None:
    """Unindexed child keys make SQLite scan the child table whenever a parent row comes in
    with deferred violations pending: bulk loads turned quadratic."""
    unindexed = []
    for table in Base.metadata.sorted_tables:
        keyed = [*table.indexes, *(c for c in table.constraints if isinstance(c, UniqueConstraint))]
        leading = [next(iter(k.columns)) for k in keyed]
        indexed = {column.name for column in leading}
        unindexed += [
            f"{table.name}.{fk.parent.name}"
            for fk in table.foreign_keys
            if fk.parent.name not in indexed
        ]
    assert unindexed == []


def _stamp(store: Store, revision: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_newer_than_the_code_is_refused_and_left_untouched(
    store: Store, tmp_path: Path
) -> None:
    _stamp(store, "9999_from_the_future")
    store.close()
    database = store.profile.database
    before = _digest(database)

    with pytest.raises(DatabaseTooNewError, match="9999_from_the_future"):
        open_store(store.profile.path, clock=fixed_clock(NOW))

    assert _digest(database) == before
    assert not store.profile.backups.exists()


def _scripts_with_a_newer_revision(tmp_path: Path) -> Path:
    """A copy of the real migration tree plus one more revision on top of today's head."""
    scripts = tmp_path / "scripts"
    real = Path(str(schema.alembic_config().get_main_option("script_location")))
    shutil.copytree(real, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.head_revision()
    (scripts / "versions" / "9000_next.py").write_text(
        f'''"""a later release adds a table"""
from alembic import op
import sqlalchemy as sa

revision = "9000"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("later")
''',
        encoding="utf-8",
    )
    return scripts


def open_with_a_later_build(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, now: datetime
) -> Store:
    """Close the store and reopen its profile with one migration more: the start-up upgrade
    backs the file up first."""
    store.close()
    scripts = _scripts_with_a_newer_revision(tmp_path)
    real_config = schema.alembic_config

    def later_build_config(connection: Any = None) -> Any:
        config = real_config(connection)
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(schema, "alembic_config", later_build_config)
    return open_store(store.profile.path, clock=fixed_clock(now))


def test_an_upgrade_copies_the_encrypted_file_to_backups_first(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile of today's build opened by a later build (one revision more): the old file is
    kept, still encrypted and still at its old revision, before the upgrade runs."""
    with store.session() as s:
        s.execute(text("INSERT INTO setting(key, value) VALUES ('marker', '\"before\"')"))
    today_head = schema.head_revision()
    key = store.profile.data_key()
    later = open_with_a_later_build(store, tmp_path, monkeypatch, datetime(2027, 1, 5, 8, 0))
    assert schema.current_revision(later.engine) == "9000"
    later.close()

    backups = list(store.profile.backups.iterdir())
    assert [b.name for b in backups] == [f"casedesk.db.{today_head}.20270105T080000.bak"]
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    backup = open_engine(backups[0], key)
    with backup.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == today_head
        assert conn.scalar(text("SELECT value FROM setting WHERE key = 'marker'")) == '"before"'
    backup.dispose()


def test_an_up_to_date_database_is_neither_migrated_nor_backed_up(store: Store) -> None:
    assert not schema.ensure_schema(
        store.engine, store.profile.database, store.profile.backups, NOW
    )
    assert not store.profile.backups.exists()


def test_downgrade_to_base_and_upgrade_again_round_trips(store: Store) -> None:
    with store.engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "base")
    with store.engine.connect() as conn:
        tables = set(conn.scalars(text(  # sqlite_stat*: SQLite's own planner statistics
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")))
    assert tables <= {"alembic_version"}
    with store.engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "head")
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
        assert compare_metadata(context, Base.metadata) == []
