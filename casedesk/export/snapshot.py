"""The JSON form of a gezinsplan, frozen in ``PlanVersie.inhoud`` when the family agrees.

One format for both directions: ``to_json`` turns the document dataclasses into JSON values
(dates as ISO strings, enums as their stored codes, tuples as lists); ``from_json`` reads them
back by the dataclasses' type hints. A snapshot is ``{"formaat": 1, <GezinsplanInhoud fields>}``.
Old snapshots stay readable because fields are only ever added with a default: a key missing
from an old snapshot takes the default, and a key this build does not know is ignored.
"""

from __future__ import annotations

import types
from dataclasses import MISSING, fields, is_dataclass
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from casedesk.errors import ValidationError
from casedesk.export.documents import GezinsplanInhoud

SNAPSHOT_FORMAT = 1
T = TypeVar("T")


def to_json(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    return value


def from_json(kind: type[T], data: Any) -> T:
    """Rebuild a ``kind`` from ``to_json`` output; ValueError/TypeError/KeyError when it does
    not fit."""
    result: T = _decode(kind, data)
    return result


def _decode(kind: Any, data: Any) -> Any:
    origin = get_origin(kind)
    if origin is Union or origin is types.UnionType:
        options = [a for a in get_args(kind) if a is not type(None)]
        if data is None:
            return None
        if len(options) != 1:
            raise TypeError(f"cannot decode the union {kind}")
        return _decode(options[0], data)
    if origin is tuple:
        args = get_args(kind)
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in data)
        return tuple(_decode(a, item) for a, item in zip(args, data, strict=True))
    if is_dataclass(kind):
        return _decode_dataclass(kind, data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if kind is time:
        return time.fromisoformat(data)
    if kind is bool or kind is str:
        if not isinstance(data, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")
        return data
    if kind is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise TypeError(f"expected int, got {type(data).__name__}")
        return data
    raise TypeError(f"cannot decode {kind}")


@cache
def _hints(kind: Any) -> dict[str, Any]:
    """Resolving string annotations is slow; a bulk export decodes hundreds of snapshots."""
    return get_type_hints(kind)


def _decode_dataclass(kind: Any, data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {kind.__name__}")
    hints = _hints(kind)
    values: dict[str, Any] = {}
    for f in fields(kind):
        if f.name in data:
            values[f.name] = _decode(hints[f.name], data[f.name])
        elif f.default is MISSING and f.default_factory is MISSING:
            raise KeyError(f"{kind.__name__}.{f.name}")
    return kind(**values)


def gezinsplan_to_snapshot(inhoud: GezinsplanInhoud) -> dict[str, Any]:
    snapshot: dict[str, Any] = {"formaat": SNAPSHOT_FORMAT}
    snapshot.update(to_json(inhoud))
    return snapshot


def gezinsplan_from_snapshot(snapshot: dict[str, Any]) -> GezinsplanInhoud:
    """Read a frozen plan version; a snapshot that does not fit is refused with a clear error."""
    made_with = snapshot.get("formaat")
    if isinstance(made_with, int) and made_with > SNAPSHOT_FORMAT:
        raise ValidationError(
            "inhoud", "snapshot-too-new",
            f"this plan version was frozen in snapshot format {made_with!r}; "
            f"this build reads up to format {SNAPSHOT_FORMAT}",
        )
    try:
        if made_with is None:
            raise KeyError("formaat")
        return from_json(GezinsplanInhoud, snapshot)
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(
            "inhoud", "snapshot-unreadable", f"the frozen plan version cannot be read: {error}"
        ) from None
