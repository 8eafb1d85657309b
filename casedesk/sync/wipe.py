"""Erasing a revoked device: the local database, its backups, its key, its login."""

from __future__ import annotations

import shutil
from contextlib import suppress

from casedesk.store.database import Store
from casedesk.store.profile import PROFILE_FILE
from casedesk.sync import account


def wipe(store: Store) -> None:
    """After this the profile folder holds nothing of the user's: a new login starts afresh."""
    profile = store.profile
    store.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(FileNotFoundError):
            profile.database.with_name(profile.database.name + suffix).unlink()
    shutil.rmtree(profile.backups, ignore_errors=True)
    account.forget_refresh_token(store)
    profile.forget_key()
    with suppress(FileNotFoundError):
        (profile.path / PROFILE_FILE).unlink()
