"""A profile: one folder holding one encrypted database and how to get its key.

The data key is 32 random bytes. It is kept either in the OS keyring (the normal laptop case) or,
where no keyring works, wrapped with AES-GCM under a key derived from the user's passphrase with
argon2id. ``profile.json`` holds only what is safe to lose to a thief: the wrapped key, the KDF
salt and parameters, and an HMAC check value that tells a wrong key from a damaged file. The
plaintext data key is never written anywhere. See docs/decisions/0002-key-handling.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets as stdlib_secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from platformdirs import user_data_path

from casedesk import secrets
from casedesk.errors import PassphraseRequired, ProfileError, WrongKeyError

PROFILE_FILE = "profile.json"
DATABASE_FILE = "casedesk.db"
FORMAT = 1
# argon2id at 64 MiB, t=3, p=2: about 135 ms here (research/feasibility.md §3).
KDF_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}


class KeyMode(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


def default_profile_dir() -> Path:
    env = os.environ.get("CASEDESK_PROFILE")
    return Path(env) if env else user_data_path("casedesk", appauthor=False) / "default"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _key_check(key: bytes) -> str:
    return hmac.new(key, b"casedesk key check v1", hashlib.sha256).hexdigest()


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, hash_len=32, type=Type.ID, **params)


@dataclass
class Profile:
    path: Path
    profile_id: str
    key_mode: KeyMode
    key_check: str
    wrapped: dict[str, Any] | None

    @property
    def database(self) -> Path:
        return self.path / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.path / "backups"

    @property
    def keyring_name(self) -> str:
        return f"db-key:{self.profile_id}"

    @property
    def needs_passphrase(self) -> bool:
        return self.key_mode is KeyMode.PASSPHRASE

    # --- creation and loading ---------------------------------------------------------------

    @classmethod
    def exists(cls, path: Path) -> bool:
        return (path / PROFILE_FILE).is_file()

    @classmethod
    def create(cls, path: Path, passphrase: str | None = None) -> tuple[Profile, bytes]:
        """Make a new profile and its data key; returns both (the key only lives in memory).

        With a passphrase, or when no keyring works, the key is wrapped under the passphrase;
        otherwise it goes into the OS keyring.
        """
        if cls.exists(path):
            raise ProfileError(f"a profile already exists in {path}")
        key = stdlib_secrets.token_bytes(32)
        profile_id = str(uuid.uuid4())
        profile = cls(path, profile_id, KeyMode.KEYRING, _key_check(key), None)
        if passphrase is None and secrets.keyring_available():
            try:
                secrets.set_secret(profile.keyring_name, key.hex())
            except secrets.KeyringUnavailable as error:
                raise PassphraseRequired(
                    f"the OS keyring refused the key ({error}): give a passphrase instead "
                    "(prompt or CASEDESK_PASSPHRASE)"
                ) from None
        else:
            if not passphrase:
                raise PassphraseRequired(
                    "no OS keyring is available: give a passphrase (prompt or CASEDESK_PASSPHRASE)"
                )
            profile = cls(path, profile_id, KeyMode.PASSPHRASE, _key_check(key), None)
            profile.wrapped = _wrap(key, passphrase)
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, 0o700)
        profile._save()
        return profile, key

    @classmethod
    def load(cls, path: Path) -> Profile:
        try:
            raw = json.loads((path / PROFILE_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ProfileError(
                f"no profile in {path}: create one with 'casedesk init' or 'casedesk demo'"
            ) from None
        except (ValueError, OSError) as error:
            raise ProfileError(f"the profile file in {path} cannot be read: {error}") from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ProfileError(f"the profile in {path} has an unknown format")
        try:
            return cls(
                path,
                str(raw["profile_id"]),
                KeyMode(raw["key_mode"]),
                str(raw["key_check"]),
                raw.get("wrapped"),
            )
        except (KeyError, ValueError) as error:
            raise ProfileError(f"the profile file in {path} is incomplete: {error}") from None

    def _save(self) -> None:
        data = {
            "format": FORMAT,
            "profile_id": self.profile_id,
            "key_mode": self.key_mode.value,
            "key_check": self.key_check,
            "wrapped": self.wrapped,
        }
        tmp = self.path / (PROFILE_FILE + ".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, self.path / PROFILE_FILE)

    # --- the key ----------------------------------------------------------------------------

    def data_key(self, passphrase: str | None = None) -> bytes:
        if self.key_mode is KeyMode.KEYRING:
            try:
                stored = secrets.get_secret(self.keyring_name)
            except secrets.KeyringUnavailable as error:
                raise WrongKeyError(
                    f"the OS keyring cannot be reached ({error}); this profile's key is kept "
                    "there: unlock the keyring or open the profile in your desktop session"
                ) from None
            if stored is None:
                raise WrongKeyError("the OS keyring holds no key for this profile")
            try:
                key = bytes.fromhex(stored)
            except ValueError:
                raise WrongKeyError("the OS keyring holds a damaged key for this profile") from None
        else:
            if self.wrapped is None:
                raise WrongKeyError("this machine holds no key for this profile any more")
            if not passphrase:
                raise PassphraseRequired("this profile is protected with a passphrase")
            key = _unwrap(self.wrapped, passphrase)
        if not hmac.compare_digest(_key_check(key), self.key_check):
            raise WrongKeyError("the key does not belong to this profile")
        return key

    def key_matches(self, key: bytes) -> bool:
        return hmac.compare_digest(_key_check(key), self.key_check)

    def change_passphrase(self, key: bytes, new_passphrase: str) -> None:
        """Protect the key with a (new) passphrase; a keyring copy is removed, so the
        passphrase is then the only way in."""
        was_keyring = self.key_mode is KeyMode.KEYRING
        self.key_mode, self.wrapped = KeyMode.PASSPHRASE, _wrap(key, new_passphrase)
        self._save()
        if was_keyring:
            secrets.delete_secret(self.keyring_name)

    def forget_key(self) -> None:
        """Remove every copy of the key this machine holds (device wipe)."""
        if self.key_mode is KeyMode.KEYRING:
            secrets.delete_secret(self.keyring_name)
        self.wrapped = None
        self._save()


def _wrap(key: bytes, passphrase: str) -> dict[str, Any]:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, KDF_PARAMS)
    return {
        "kdf": "argon2id",
        **KDF_PARAMS,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(kek).encrypt(nonce, key, b"casedesk data key")),
    }


def _unwrap(wrapped: dict[str, Any], passphrase: str) -> bytes:
    params = {k: int(wrapped[k]) for k in KDF_PARAMS}
    kek = _derive(passphrase, _unb64(wrapped["salt"]), params)
    try:
        return AESGCM(kek).decrypt(
            _unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"]), b"casedesk data key"
        )
    except InvalidTag:
        raise WrongKeyError("the passphrase is not right") from None
