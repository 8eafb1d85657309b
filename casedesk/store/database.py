"""Opening a profile's store, and the unit of work every service runs in.

``Store.session()`` is the only place sessions are made: it stamps who acts, on which device
and when (read by the outbox and audit hooks), commits or rolls back, and translates disk-full
and corruption errors. Services take the session as a parameter and never commit themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from casedesk.clock import Clock, system_clock
from casedesk.errors import CorruptDatabaseError, WrongKeyError
from casedesk.store import outbox, search
from casedesk.store.engine import open_engine, translate_errors
from casedesk.store.models import Setting, new_id
from casedesk.store.profile import Profile
from casedesk.store.schema import ensure_schema

SYSTEM_ACTOR = "system"


def _touched_households(session: Session, _context: Any, _instances: Any) -> None:
    """After each flush, refresh the search rows of every household the flush touched."""
    households = session.info.setdefault("touched_households", set())
    households |= search.households_of((*session.new, *session.dirty, *session.deleted))


def _reindex(session: Session, _context: Any) -> None:
    households = session.info.pop("touched_households", None)
    if households:
        search.reindex_households(session, households)


@dataclass
class Store:
    profile: Profile
    engine: Engine
    clock: Clock = system_clock
    device_id: str = ""
    me: str = SYSTEM_ACTOR  # the professional id of this profile's user, once known
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", outbox.record_changes)
        event.listen(self._factory, "before_flush", _touched_households)
        event.listen(self._factory, "after_flush_postexec", _reindex)

    @contextmanager
    def session(self, actor: str | None = None) -> Iterator[Session]:
        with translate_errors(), self._factory() as session:
            session.info.update(now=self.clock, actor=actor or self.me, device=self.device_id,
                                backups=self.profile.backups)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.session() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.session() as s:
            s.merge(Setting(key=key, value=value))

    def close(self) -> None:
        self._refresh_statistics()
        self.engine.dispose()

    def _refresh_statistics(self) -> None:
        """Let SQLite refresh the planner's statistics where a table has grown much (after a
        demo, a first sync, months of use). Without them it joins the case list's household
        names through the table instead of the covering index. Cheap when nothing changed; a
        missing file (a wiped profile) is not recreated, and a failure only costs speed."""
        if not self.profile.database.exists():
            return
        try:
            with self.engine.begin() as conn:  # ANALYZE writes sqlite_stat1: commit it
                conn.exec_driver_sql("PRAGMA optimize=0x10002")
                # SQLCipher is built with STAT4: ANALYZE also keeps ~24 sampled keys per
                # index, which every new connection reads and decodes (~3 ms at 10k
                # households, more than opening an empty profile costs); the row counts in
                # sqlite_stat1 are what the lists' plans need (decision 0044).
                if conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'"
                ).first():
                    conn.exec_driver_sql("DELETE FROM sqlite_stat4")
        except DBAPIError:
            pass


def open_store(path: Path, passphrase: str | None = None, *, clock: Clock = system_clock) -> Store:
    """Open the profile at ``path``, migrating its database to this build's schema."""
    profile = Profile.load(path)
    return open_with_key(profile, profile.data_key(passphrase), clock=clock)


def create_store(
    path: Path, passphrase: str | None = None, *, clock: Clock = system_clock
) -> Store:
    profile, key = Profile.create(path, passphrase)
    return open_with_key(profile, key, clock=clock, new=True)


def open_with_key(
    profile: Profile, key: bytes, *, clock: Clock = system_clock, new: bool = False
) -> Store:
    """Open the profile's database with its data key; ``new`` only right after creating it."""
    if not new:
        _require_database(profile)
    try:
        engine = open_engine(profile.database, key)
    except WrongKeyError:
        if profile.key_matches(key) and profile.database.exists():
            # The key is the profile's own, yet the file does not open: it is damaged.
            raise CorruptDatabaseError(
                f"the database file {profile.database} is damaged; restore it from "
                f"{profile.backups} or from the regional store"
            ) from None
        raise
    with translate_errors():
        ensure_schema(engine, profile.database, profile.backups, clock())
    store = Store(profile, engine, clock)
    with store.session(SYSTEM_ACTOR) as s:
        device = s.scalar(select(Setting.value).where(Setting.key == "device_id"))
        if device is None:
            device = new_id()
            s.add(Setting(key="device_id", value=device))
        me = s.scalar(select(Setting.value).where(Setting.key == "me"))
    store.device_id, store.me = device, me or SYSTEM_ACTOR
    return store


def _require_database(profile: Profile) -> None:
    """An existing profile whose database is gone or empty must not quietly open as a new,
    empty one: that hides the loss of every case on this device."""
    path = profile.database
    if not path.exists() or path.stat().st_size == 0:
        state = "missing" if not path.exists() else "empty"
        raise CorruptDatabaseError(
            f"the database file {path} is {state}; restore it from {profile.backups} "
            "or from the regional store"
        )
