"""Profiles and their data key: in the OS keyring, or wrapped under a passphrase when there is
no keyring. The key never lands on disk in plaintext, and every way of not having the right key
is a typed error with a clear message."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from casedesk.clock import fixed_clock
from casedesk.errors import CorruptDatabaseError, PassphraseRequired, ProfileError, WrongKeyError
from casedesk.store.database import Store, create_store, open_store
from casedesk.store.models import Persoon
from casedesk.store.profile import KeyMode, Profile
from tests.conftest import NOW
from tests.memkeyring import MemoryKeyring
from tests.unit.store.conftest import write_person

CLOCK = fixed_clock(NOW)


def _profile_json(path: Path) -> dict[str, object]:
    return json.loads((path / "profile.json").read_text(encoding="utf-8"))


def _assert_key_nowhere_on_disk(folder: Path, key: bytes) -> None:
    needles = [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
    ]
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for file in files:
        data = file.read_bytes()
        for needle in needles:
            assert needle not in data, f"the data key is readable in {file.name}"


# --- with an OS keyring ------------------------------------------------------------------------


def test_a_new_profile_keeps_its_key_in_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = create_store(tmp_path / "p", clock=CLOCK)
    store.close()
    profile = Profile.load(tmp_path / "p")
    assert profile.key_mode is KeyMode.KEYRING and not profile.needs_passphrase
    assert _profile_json(tmp_path / "p")["wrapped"] is None
    [(service, name)] = memory_keyring.store
    assert (service, name) == ("casedesk", f"db-key:{profile.profile_id}")
    key = profile.data_key()
    assert len(key) == 32 and memory_keyring.store[(service, name)] == key.hex()


def test_a_keyring_profile_reopens_with_its_data(tmp_path: Path) -> None:
    store = create_store(tmp_path / "p", clock=CLOCK)
    with store.session() as s:
        s.execute(Persoon.__table__.select())  # the schema is there
    device = store.device_id
    store.close()
    again = open_store(tmp_path / "p", clock=CLOCK)
    assert again.device_id == device
    again.close()


def test_two_profiles_have_different_keys(tmp_path: Path) -> None:
    a, b = create_store(tmp_path / "a"), create_store(tmp_path / "b")
    assert a.profile.data_key() != b.profile.data_key()
    a.close()
    b.close()


def test_a_lost_keyring_entry_is_a_clear_error(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    create_store(tmp_path / "p", clock=CLOCK).close()
    memory_keyring.store.clear()
    with pytest.raises(WrongKeyError, match="keyring holds no key"):
        open_store(tmp_path / "p", clock=CLOCK)


def test_a_key_from_another_profile_is_refused(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    a = create_store(tmp_path / "a", clock=CLOCK)
    b = create_store(tmp_path / "b", clock=CLOCK)
    a.close()
    b.close()
    memory_keyring.store[("casedesk", a.profile.keyring_name)] = b.profile.data_key().hex()
    with pytest.raises(WrongKeyError, match="does not belong to this profile"):
        open_store(tmp_path / "a", clock=CLOCK)


def test_a_keyring_profile_on_a_machine_without_keyring_is_a_clear_error(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    create_store(tmp_path / "p", clock=CLOCK).close()
    request.getfixturevalue("no_keyring")
    with pytest.raises(WrongKeyError, match="keyring"):
        open_store(tmp_path / "p", clock=CLOCK)


# --- with a passphrase -------------------------------------------------------------------------


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_passphrase_wraps_the_key(tmp_path: Path) -> None:
    store = create_store(tmp_path / "p", "correct horse ë", clock=CLOCK)
    key = store.profile.data_key("correct horse ë")
    store.close()
    data = _profile_json(tmp_path / "p")
    assert data["key_mode"] == "passphrase"
    wrapped = data["wrapped"]
    assert isinstance(wrapped, dict)
    assert wrapped["kdf"] == "argon2id"
    assert set(wrapped) >= {"salt", "nonce", "ciphertext", "time_cost", "memory_cost"}
    again = open_store(tmp_path / "p", "correct horse ë", clock=CLOCK)
    assert again.profile.data_key("correct horse ë") == key
    again.close()


@pytest.mark.usefixtures("no_keyring")
def test_a_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    create_store(tmp_path / "p", "geheim", clock=CLOCK).close()
    with pytest.raises(WrongKeyError, match="passphrase is not right"):
        open_store(tmp_path / "p", "Geheim", clock=CLOCK)


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("missing", [None, ""])
def test_a_passphrase_profile_without_a_passphrase_asks_for_one(
    tmp_path: Path, missing: str | None
) -> None:
    create_store(tmp_path / "p", "geheim", clock=CLOCK).close()
    with pytest.raises(PassphraseRequired):
        open_store(tmp_path / "p", missing, clock=CLOCK)


@pytest.mark.usefixtures("no_keyring")
def test_without_keyring_or_passphrase_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(PassphraseRequired, match="no OS keyring"):
        create_store(tmp_path / "p", clock=CLOCK)
    assert not (tmp_path / "p").exists()


def test_a_passphrase_may_be_chosen_even_with_a_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    create_store(tmp_path / "p", "geheim", clock=CLOCK).close()
    assert Profile.load(tmp_path / "p").key_mode is KeyMode.PASSPHRASE
    assert memory_keyring.store == {}


@pytest.mark.usefixtures("no_keyring")
def test_a_forgotten_key_is_a_clear_error(tmp_path: Path) -> None:
    store = create_store(tmp_path / "p", "geheim", clock=CLOCK)
    store.close()
    store.profile.forget_key()
    with pytest.raises(WrongKeyError, match="no key"):
        open_store(tmp_path / "p", "geheim", clock=CLOCK)


@pytest.mark.usefixtures("no_keyring")
def test_changing_the_passphrase(tmp_path: Path) -> None:
    store = create_store(tmp_path / "p", "oud", clock=CLOCK)
    key = store.profile.data_key("oud")
    store.profile.change_passphrase(key, "nieuw")
    store.close()
    with pytest.raises(WrongKeyError):
        open_store(tmp_path / "p", "oud", clock=CLOCK)
    open_store(tmp_path / "p", "nieuw", clock=CLOCK).close()



def test_a_passphrase_replaces_the_keyring_copy_of_the_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = create_store(tmp_path / "p", clock=CLOCK)
    key = store.profile.data_key()
    store.profile.change_passphrase(key, "nieuw")
    store.close()
    assert memory_keyring.store == {}
    assert Profile.load(tmp_path / "p").needs_passphrase
    open_store(tmp_path / "p", "nieuw", clock=CLOCK).close()


@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_a_profile_whose_database_is_gone_does_not_open_as_a_new_one(
    tmp_path: Path, damage: str
) -> None:
    create_store(tmp_path / "p", clock=CLOCK).close()
    database = Profile.load(tmp_path / "p").database
    if damage == "missing":
        database.unlink()
    else:
        database.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError, match=f"is {damage}; restore it from"):
        open_store(tmp_path / "p", clock=CLOCK)
    assert not database.exists() or database.stat().st_size == 0

# --- the key never on disk ---------------------------------------------------------------------


def test_the_keyring_key_is_nowhere_in_the_profile_folder(store: Store) -> None:
    write_person(store)
    key = store.profile.data_key()
    _assert_key_nowhere_on_disk(store.profile.path, key)  # while open: -wal and -shm too
    store.close()
    _assert_key_nowhere_on_disk(store.profile.path, key)


@pytest.mark.usefixtures("no_keyring")
def test_the_wrapped_key_is_nowhere_in_the_profile_folder(tmp_path: Path) -> None:
    store = create_store(tmp_path / "p", "geheim", clock=CLOCK)
    write_person(store)
    key = store.profile.data_key("geheim")
    _assert_key_nowhere_on_disk(tmp_path / "p", key)
    store.close()
    _assert_key_nowhere_on_disk(tmp_path / "p", key)


# --- the profile file --------------------------------------------------------------------------


def test_no_profile_folder_is_a_profile_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no profile in"):
        open_store(tmp_path / "nowhere", clock=CLOCK)


def test_a_profile_is_never_created_twice(store: Store) -> None:
    with pytest.raises(ProfileError, match="already exists"):
        create_store(store.profile.path, clock=CLOCK)


@pytest.mark.parametrize(
    "content", ["{not json", '{"format": 99}', "", '{"format": 1}', '["a list"]']
)
def test_a_damaged_profile_file_is_a_profile_error(tmp_path: Path, content: str) -> None:
    create_store(tmp_path / "p", clock=CLOCK).close()
    (tmp_path / "p" / "profile.json").write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError):
        open_store(tmp_path / "p", clock=CLOCK)


def test_the_profile_folder_is_private(store: Store) -> None:
    assert store.profile.path.stat().st_mode & 0o077 == 0
