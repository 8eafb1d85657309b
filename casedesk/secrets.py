"""The one door to the OS keyring.

The data key of a profile lives in the OS keyring (Windows Credential Manager, macOS Keychain,
Secret Service on Linux). Where no keyring works (a headless machine, a locked keyring), callers
fall back to a passphrase; this module only says whether the keyring can be used.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "casedesk"


class KeyringUnavailable(Exception):
    pass


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    # The chainer wraps the real backends; with none behind it, it cannot store anything.
    backends = getattr(backend, "backends", None)
    return backends is None or bool(backends)


def get_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(str(error)) from None


def set_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(str(error)) from None


def delete_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(str(error)) from None
