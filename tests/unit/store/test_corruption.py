"""A damaged database file: a typed error with a clear message on open or on the first read of
a damaged page, never a raw driver traceback, and the file is left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.clock import fixed_clock
from casedesk.errors import CorruptDatabaseError, KnownError
from casedesk.region import load_region
from casedesk.services import demo, reference
from casedesk.services.cases import CaseQuery, list_cases
from casedesk.store import audit
from casedesk.store.database import create_store, open_store
from tests.conftest import NOW

PASSPHRASE = "corrupt-tests"
CLOCK = fixed_clock(NOW)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed profile with 40 demo households: a file of a few hundred pages."""
    path = tmp_path_factory.mktemp("pristine") / "profile"
    store = create_store(path, PASSPHRASE, clock=CLOCK)
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
    team = region.teams[0].id
    demo.generate(
        store.session, region, households=40, seed=3, today=NOW.date(), teams=[team], home_team=team
    )
    store.close()
    assert not (path / "casedesk.db-wal").exists()
    return path


@pytest.fixture
def profile(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "profile"
    shutil.copytree(pristine, copy)
    return copy


def _use_everything(path: Path) -> str:
    """Open the profile, read what a person's work reads, and run SQLite's integrity check
    (what ``casedesk check`` does); returns the check's first line."""
    store = open_store(path, PASSPHRASE, clock=CLOCK)
    try:
        with store.session() as s:
            list_cases(s, CaseQuery(), today=NOW.date(), me=store.me)
            assert audit.verify_chain(s).intact
            return str(s.execute(text("PRAGMA integrity_check")).scalar()).splitlines()[0]
    finally:
        store.close()


def _damage(path: Path, change: Callable[[bytes], bytes]) -> str:
    database = path / "casedesk.db"
    database.write_bytes(change(database.read_bytes()))
    return hashlib.sha256(database.read_bytes()).hexdigest()


def _middle(data: bytes) -> int:
    return len(data) // 2 // 4096 * 4096


# Damage to a page in the middle may hit a page that reading the cases does not touch (an
# index): then the integrity check finds it. Everything else fails on open, as a typed error.
DAMAGES: dict[str, tuple[Callable[[bytes], bytes], bool]] = {
    "a page in the middle zeroed": (
        lambda d: d[: _middle(d)] + bytes(4096) + d[_middle(d) + 4096 :], False
    ),
    "a few bytes in the middle": (
        lambda d: d[: _middle(d) + 1000] + b"\xa5" * 7 + d[_middle(d) + 1007 :], False
    ),
    "the first page": (lambda d: d[:100] + os.urandom(200) + d[300:], True),
    "the salt": (lambda d: bytes(16) + d[16:], True),
    "truncated to half": (lambda d: d[: _middle(d)], True),
    "truncated mid-page": (lambda d: d[: _middle(d) + 1234], True),
    "truncated to one page": (lambda d: d[:4096], True),
    "all garbage": (lambda d: os.urandom(len(d)), True),
}  # fmt: skip


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_file_is_reported_as_damaged(profile: Path, damage: str) -> None:
    change, fails_on_use = DAMAGES[damage]
    digest = _damage(profile, change)
    try:
        integrity = _use_everything(profile)
    except CorruptDatabaseError as error:
        assert "damaged" in str(error) and "\n" not in str(error)
    else:
        assert not fails_on_use, "the damage went unnoticed on open and on reading"
        assert integrity != "ok"
    assert hashlib.sha256((profile / "casedesk.db").read_bytes()).hexdigest() == digest


def test_the_pristine_copy_passes_the_same_use(profile: Path) -> None:
    assert _use_everything(profile) == "ok"


def test_a_file_that_does_not_open_with_the_profiles_own_key_points_to_the_backups(
    profile: Path,
) -> None:
    _damage(profile, lambda d: os.urandom(len(d)))
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(profile, PASSPHRASE, clock=CLOCK)
    assert str(profile / "backups") in str(caught.value)


def test_another_profiles_database_is_damaged_for_this_profile(
    profile: Path, tmp_path: Path
) -> None:
    other = create_store(tmp_path / "other", PASSPHRASE, clock=CLOCK)
    other.close()
    shutil.copy(other.profile.database, profile / "casedesk.db")
    with pytest.raises(CorruptDatabaseError):
        open_store(profile, PASSPHRASE, clock=CLOCK)


def test_every_store_error_is_a_known_error() -> None:
    assert issubclass(CorruptDatabaseError, KnownError)
