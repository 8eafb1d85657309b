"""The wire format shared by the client and the regional store: JSON-safe field values.

Dates and datetimes travel as ISO strings, everything else as JSON primitives. Both sides
decode with the column's kind, so neither needs the other's tables.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

PROTOCOL_VERSION = 1

# Sync columns every synced row has; never part of an op's field changes.
SYNC_COLUMNS = frozenset({"id", "rev", "updated_at", "updated_by", "deleted_at"})


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
