"""The encrypted engine: SQLCipher through ``sqlcipher3``, keyed with a raw 256-bit key.

The key never appears in a URL (URLs end up in logs and tracebacks): a ``creator`` opens each
connection and keys it before SQLAlchemy sees it. A raw ``x'…'`` key skips SQLCipher's KDF, so a
connection opens in well under a millisecond (research/feasibility.md §3).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from casedesk.errors import CorruptDatabaseError, DiskFullError, WrongKeyError

KEY_BYTES = 32


def open_engine(path: Path, key: bytes, *, plain: bool = False) -> Engine:
    """An engine over the encrypted file at ``path``; raises ``WrongKeyError`` on a bad key.

    ``plain=True`` opens an unencrypted SQLite file instead (only for the benchmark's
    encrypted/plain comparison).
    """
    if len(key) != KEY_BYTES and not plain:
        raise ValueError("the data key must be 32 bytes")
    pragma_key = f"PRAGMA key = \"x'{key.hex()}'\""
    driver: Any = sqlite3 if plain else sqlcipher3.dbapi2

    def connect() -> Any:
        conn = driver.connect(str(path), check_same_thread=False, timeout=30)
        if not plain:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(pragma_key)
            conn.execute("PRAGMA cipher_memory_security = OFF")
        return conn

    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=driver,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # no field values in SQL logs or error messages (AVG)
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    verify_key(engine)
    return engine


def _configure_connection(dbapi_conn: Any, _record: Any) -> None:
    # The pysqlite driver's own transaction handling breaks SAVEPOINT and DDL in transactions;
    # we issue BEGIN ourselves (SQLAlchemy's documented recipe for SQLite).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in (
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA secure_delete = ON",  # deleted personal data is overwritten, not left in free pages
        "PRAGMA busy_timeout = 30000",
        # 16 MiB of decrypted pages per connection (the default is 2 MiB): every page a write
        # touches beyond the cache costs a decrypt and an encrypt, and bulk loads of random-id
        # rows touch many.
        "PRAGMA cache_size = -16384",
    ):
        cur.execute(pragma)
    cur.close()


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")
    # Foreign keys are checked at commit: the unit of work (and sync, applying pulled rows)
    # may insert a child before its parent within one transaction.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def verify_key(engine: Engine) -> None:
    """The key is only checked at the first read: do one now and classify what goes wrong."""
    with translate_errors(), engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()


def is_not_a_database(error: BaseException) -> bool:
    return "file is not a database" in str(error) or "not a database" in str(error)


@contextmanager
def translate_errors() -> Iterator[None]:
    """Map driver errors on open and write to the typed errors people get explained."""
    try:
        yield
    except exc.DatabaseError as error:
        message = str(error.orig) if error.orig is not None else str(error)
        if is_not_a_database(error):
            raise WrongKeyError(
                "the key or passphrase does not open this database (or the file is not one)"
            ) from None
        if "database or disk is full" in message:
            raise DiskFullError("the disk is full; nothing was saved of the last change") from None
        if "malformed" in message or "corrupt" in message:
            raise CorruptDatabaseError(f"the database file is damaged: {message}") from None
        raise
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFullError("the disk is full; nothing was saved of the last change") from None
        raise
