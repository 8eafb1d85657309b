"""The regional store's database: an embedded SQLite file or PostgreSQL, same code for both.

SQLite serialises writers itself; every transaction starts with ``BEGIN IMMEDIATE`` so a
transaction that reads and then writes never fails on a lock upgrade. On PostgreSQL a push
serialises on the change counter's row lock, and a pull reads one ``REPEATABLE READ`` snapshot.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, select, update
from sqlalchemy.orm import Session

from casedesk.errors import KnownError
from casedesk.regional.models import Counter, ServerSetting

COUNTER_ID = 1


class RegionalDatabaseError(KnownError):
    code = "regional-database"


def database_url(text: str) -> URL:
    """A SQLAlchemy URL, or a plain file path meaning an embedded SQLite file."""
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path))
    url = make_url(text)
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def open_engine(url: URL | str, *, pool_size: int = 10) -> Engine:
    url = database_url(url) if isinstance(url, str) else url
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: no field values in SQL logs or error messages (AVG).
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        return create_engine(url, pool_size=pool_size, max_overflow=pool_size * 2,
                             pool_pre_ping=True, hide_parameters=True)
    raise RegionalDatabaseError(f"unsupported database {backend!r}: use SQLite or PostgreSQL")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    for pragma in (
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 30000",
    ):
        dbapi_conn.execute(pragma)


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


# --- schema ------------------------------------------------------------------------------


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("migrations") / "regional"))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def migrate(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def initialise(engine: Engine, regio: str) -> bool:
    """Create or upgrade the schema and the store's own settings; True if it was new."""
    migrate(engine)
    with transaction(engine) as s:
        if s.get(Counter, COUNTER_ID) is not None:
            return False
        s.add(Counter(id=COUNTER_ID, value=0))
        s.add(ServerSetting(key="token_secret", value=secrets.token_hex(32)))
        s.add(ServerSetting(key="regio", value=regio))
    return True


def check_ready(engine: Engine) -> None:
    """Refuse to serve a database that ``init`` has not prepared or that is out of date."""
    current = current_revision(engine)
    if current is None:
        raise RegionalDatabaseError("the database is empty: run 'casedesk-regional init' first")
    if current != head_revision():
        raise RegionalDatabaseError(
            f"the database has schema {current}, this casedesk-regional expects "
            f"{head_revision()}: run 'casedesk-regional init' to upgrade it"
        )


def setting(session: Session, key: str) -> str:
    value = session.scalar(select(ServerSetting.value).where(ServerSetting.key == key))
    if value is None:
        raise RegionalDatabaseError(f"the store has no {key!r}: run 'casedesk-regional init'")
    return value


# --- transactions ------------------------------------------------------------------------


@contextmanager
def transaction(engine: Engine, *, snapshot: bool = False) -> Iterator[Session]:
    """One unit of work; ``snapshot=True`` reads one consistent snapshot throughout."""
    with Session(engine, expire_on_commit=False) as session:
        if snapshot and is_postgres(engine):
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def lock_counter(session: Session) -> int:
    """Take the change counter's lock (held until commit); returns its current value."""
    return int(
        session.scalars(
            select(Counter.value).where(Counter.id == COUNTER_ID).with_for_update()
        ).one()
    )


def store_counter(session: Session, value: int) -> None:
    session.execute(update(Counter).where(Counter.id == COUNTER_ID).values(value=value))


def counter_value(session: Session) -> int:
    return int(session.scalars(select(Counter.value).where(Counter.id == COUNTER_ID)).one())
