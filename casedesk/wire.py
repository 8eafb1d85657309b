"""The wire format shared by the client and the regional store.

Field values travel JSON-safe: dates and datetimes as ISO strings, everything else as JSON
primitives. Both sides decode with the column's kind, so neither needs the other's tables.

The requests and answers of the sync protocol are pydantic models (they also make the
regional store's OpenAPI document). The protocol is described in
docs/decisions/0010-sync-protocol.md.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Casedesk-Protocol"

# Sync columns every synced row has; never part of an op's field changes.
SYNC_COLUMNS = frozenset({"id", "rev", "updated_at", "updated_by", "deleted_at"})

# Row and op ids are UUIDs (made on the client or uuid5 of a code): never anything that would
# need escaping where the store splices them into JSON.
ID_PATTERN = r"^[0-9A-Za-z-]{1,36}$"
ENTITY_PATTERN = r"^[a-z0-9_]{1,40}$"

MAX_PUSH_OPS = 1000
MAX_PULL_LIMIT = 20_000
DEFAULT_PULL_LIMIT = 5000


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def decode(kind: str, value: Any) -> Any:
    """``kind`` is ``"date"``, ``"datetime"`` or anything else (passed through)."""
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    return value


class ErrorCode(StrEnum):
    """Why the regional store refused a request (the ``code`` of an error answer)."""

    BAD_CREDENTIALS = "bad-credentials"
    TOKEN_EXPIRED = "token-expired"  # the access token is too old: refresh it
    TOKEN_INVALID = "token-invalid"
    SESSION_EXPIRED = "session-expired"  # the refresh token is unknown or expired: log in
    DEVICE_REVOKED = "device-revoked"  # wipe the local database and key
    DEVICE_TAKEN = "device-taken"  # this device id belongs to another account
    PROTOCOL_MISMATCH = "protocol-mismatch"
    INVALID_REQUEST = "invalid-request"
    BUSY = "busy"  # a concurrent request of the same device; retry


class RejectReason(StrEnum):
    """Why one op of a push was refused (the op is dropped from the outbox and reported)."""

    FORBIDDEN = "forbidden"  # outside the user's scope, or a field the user may not change
    MISSING_PARENT = "missing-parent"  # the row it hangs off is not in the regional store
    READ_ONLY = "read-only"  # reference data: administered on the regional store only
    UNKNOWN_ENTITY = "unknown-entity"
    DUPLICATE = "duplicate"  # would break a unique value (e.g. a gebruikersnaam)


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorDetail(WireModel):
    """The body of every 4xx answer: ``{"detail": ErrorDetail}``."""

    code: ErrorCode
    message: str
    wipe: bool = False  # the device must erase its local database and key
    protocol: int = PROTOCOL_VERSION


class VersionInfo(WireModel):
    protocol: int
    server: str
    regio: str


class LoginRequest(WireModel):
    username: str = Field(min_length=1, max_length=60)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str = Field(pattern=ID_PATTERN)
    device_name: str = Field(default="", max_length=120)


class RefreshRequest(WireModel):
    refresh_token: str = Field(min_length=1, max_length=200)
    device_id: str = Field(pattern=ID_PATTERN)


class AccountInfo(WireModel):
    id: str  # also the id of the account's professional row
    username: str
    naam: str
    team_id: str | None
    rollen: list[str]
    tafels: list[str]  # ids of the overlegtafels the account is a member of


class TokenAnswer(WireModel):
    access_token: str
    expires_in: int  # seconds
    refresh_token: str | None = None  # only on login
    account: AccountInfo


OpKind = Literal["insert", "update", "delete"]
OpStatus = Literal["applied", "merged", "conflict", "rejected"]


class Op(WireModel):
    """One outbox entry: the new field values and the base values they replaced."""

    op_id: str = Field(pattern=ID_PATTERN)
    entity: str = Field(pattern=ENTITY_PATTERN)
    entity_id: str = Field(pattern=ID_PATTERN)
    kind: OpKind
    base_rev: int = Field(ge=0)
    nieuw: dict[str, Any] = Field(default_factory=dict)
    basis: dict[str, Any] = Field(default_factory=dict)
    at: str  # ISO datetime of the change on the device


class PushRequest(WireModel):
    ops: list[Op] = Field(max_length=MAX_PUSH_OPS)


class FieldConflict(WireModel):
    field: str
    basis: Any
    mijn: Any
    hun: Any


class OpResult(WireModel):
    """``applied``: taken as is, the row had not changed since ``base_rev``; ``merged``: taken,
    merged with other changes; ``conflict``: the fields in ``conflicts`` kept the server's
    value (the others were taken); ``rejected``: nothing taken, see ``reason``."""

    op_id: str
    status: OpStatus
    rev: int | None = None  # the row's revision after the op
    conflicts: list[FieldConflict] = Field(default_factory=list)
    reason: str = ""


class PushAnswer(WireModel):
    results: list[OpResult]


class RowRef(WireModel):
    entity: str = Field(pattern=ENTITY_PATTERN)
    id: str = Field(pattern=ID_PATTERN)


class Row(WireModel):
    """A row's current state on the regional store."""

    entity: str
    id: str
    rev: int
    data: dict[str, Any]
    updated_at: str | None = None
    updated_by: str | None = None
    deleted_at: str | None = None


class PullRequest(WireModel):
    cursor: str = Field(default="", max_length=60)  # opaque; "" for a new device
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)
    refetch: list[RowRef] = Field(default_factory=list, max_length=MAX_PUSH_OPS)


class PullAnswer(WireModel):
    rows: list[Row]
    purge: list[RowRef]  # rows that left the user's scope: delete them from the device
    cursor: str
    more: bool
    # Every casus the account is explicitly involved in now (``casedesk-regional involve``),
    # in full on every page: the device replaces its list with it (decision 0093).
    involvements: list[str] = Field(default_factory=list)


class ReferenceAnswer(WireModel):
    """The region's reference rows (gemeenten, teams, tafels, professionals)."""

    regio: str
    rows: list[Row]
