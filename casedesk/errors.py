"""Typed errors of the core, classified by what a front end should do with them.

The core never formats messages for people in Dutch: each error carries a stable ``code`` and
the facts; ``ui/`` and the CLI turn those into words. ``str(error)`` is an English one-liner for
logs and the CLI.
"""

from __future__ import annotations


class CasedeskError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"


class KnownError(CasedeskError):
    """An expected condition of the environment: show a friendly message, not a traceback."""


class WrongKeyError(KnownError):
    code = "wrong-key"


class DatabaseTooNewError(KnownError):
    code = "database-too-new"


class CorruptDatabaseError(KnownError):
    code = "corrupt-database"


class DiskFullError(KnownError):
    code = "disk-full"


class ProfileError(KnownError):
    """The profile folder is missing, not initialised, or already exists."""

    code = "profile"


class PassphraseRequired(KnownError):
    """No OS keyring holds the key and no passphrase was given."""

    code = "passphrase-required"


class OfflineError(KnownError):
    code = "offline"


class ValidationError(CasedeskError):
    """Bad input from a person: shown next to the field it concerns.

    ``field`` names the input (e.g. ``"bsn"``); ``code`` says what is wrong with it.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


class RuleViolation(CasedeskError):
    """A domain rule refuses the operation (e.g. only the regiehouder advances a step)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class NotFound(CasedeskError):
    code = "not-found"


class AccessDenied(CasedeskError):
    code = "access-denied"


class InvalidInput(CasedeskError):
    """Several fields are wrong at once; the UI shows each message next to its field."""

    code = "invalid-input"

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e}" for e in errors))
        self.errors = errors
