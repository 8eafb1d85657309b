"""The door the desktop client opens: a profile's store behind plain calls.

The UI may not import the store layer (import-linter), so it holds a ``Backend``: it opens a
profile and runs a service function in one unit of work, ``backend.call(fn, *args)`` meaning
``fn(session, *args)`` committed. The UI calls it only from its database worker thread, and
``login`` / ``sync_round`` from a sync thread: their local steps take the same gate as
``call``, their network waits do not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from casedesk.clock import Clock, system_clock
from casedesk.errors import PassphraseRequired, ProfileError, WrongKeyError
from casedesk.store.database import Store, open_store
from casedesk.store.profile import Profile, default_profile_dir
from casedesk.sync.client import Progress, SyncClient, SyncReport
from casedesk.sync.errors import DeviceWiped
from casedesk.wire import AccountInfo

P = ParamSpec("P")
T = TypeVar("T")


class _Gate:
    """One local unit of work at a time (SQLite's deferred transactions fail, rather than
    wait, when another writer commits between a transaction's first read and first write).
    Closed for good once the device is wiped: nothing may recreate the erased database."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.closed = False

    def __enter__(self) -> _Gate:
        self._lock.acquire()
        if self.closed:
            self._lock.release()
            raise ProfileError("this profile was erased: the device was revoked")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if isinstance(error, DeviceWiped):
            self.closed = True
        self._lock.release()


class Backend:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._gate = _Gate()

    @staticmethod
    def default_profile() -> Path:
        return default_profile_dir()

    @staticmethod
    def profile_exists(path: Path) -> bool:
        return Profile.exists(path)

    @staticmethod
    def needs_passphrase(path: Path) -> bool:
        return Profile.load(path).needs_passphrase

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, *,
             clock: Clock = system_clock) -> Backend:
        return cls(open_store(path, passphrase, clock=clock))

    @property
    def me(self) -> str:
        return self._store.me

    @property
    def profile_path(self) -> Path:
        return self._store.profile.path

    @property
    def has_passphrase(self) -> bool:
        """Whether this profile's key is wrapped under a passphrase (else it is in the keyring)."""
        return self._store.profile.needs_passphrase

    def verify_passphrase(self, text: str) -> bool:
        """Whether ``text`` unwraps this profile's data key (argon2id: slow, run it off the GUI
        thread). A keyring profile has no passphrase, so nothing verifies."""
        if not self.has_passphrase or not text:
            return False
        try:
            self._store.profile.data_key(text)
        except (WrongKeyError, PassphraseRequired):
            return False
        return True

    def now(self) -> Any:
        return self._store.clock()

    def today(self) -> date:
        return self._store.clock().date()

    def call(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args,
             **kwargs: P.kwargs) -> T:
        with self._gate, self._store.session() as session:
            return fn(session, *args, **kwargs)

    def login(self, server: str, username: str, password: str,
              ca_bundle: str | None = None) -> AccountInfo:
        """``casedesk login``: register this device with the regional store (network: run it
        off the GUI thread)."""
        return SyncClient(self._store, guard=self._gate).login(
            server, username, password, ca_bundle=ca_bundle)

    def sync_round(self, progress: Progress | None = None) -> SyncReport:
        """One sync round (network: run it off the GUI thread). Raises the typed errors of
        ``casedesk.sync.errors``; after ``DeviceWiped`` every call refuses."""
        return SyncClient(self._store, guard=self._gate).round(progress)

    @property
    def wiped(self) -> bool:
        return self._gate.closed

    def store(self) -> Store:
        """For core code that needs the store itself (sync, export); never for widgets."""
        return self._store

    def close(self) -> None:
        self._store.close()
