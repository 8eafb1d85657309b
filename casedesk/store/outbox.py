"""Writing the outbox: every change to a synced row records an op in the same transaction.

A ``before_flush`` hook sees each new, changed or tombstoned synced object, stamps
``updated_at``/``updated_by``, and records the op with the new field values *and the base values
they replaced* — what the server needs for a three-way merge per field. Because it hooks the
session, no service can forget it. (``casedesk.store.bulk`` writes new rows without the unit of
work, and records their ops with the same functions.)

The ops of one flush are written with one multi-row INSERT on the flush's own connection: the
same transaction as the change, without an ORM object per op (a bulk load writes hundreds of
thousands of them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, insert, inspect
from sqlalchemy.orm import Mapper, Session

from casedesk.store.models import OutboxEntry, Synced, new_id
from casedesk.wire import SYNC_COLUMNS, encode

# Set on ``session.info`` to apply pulled server changes without echoing them back.
APPLYING_REMOTE = "applying_remote"

Op = dict[str, Any]


@cache
def _field_names(mapper: Mapper[Any]) -> tuple[str, ...]:
    return tuple(c.key for c in mapper.column_attrs if c.key not in SYNC_COLUMNS)


@cache
def _column_keys(mapper: Mapper[Any]) -> tuple[str, ...]:
    return tuple(c.key for c in mapper.column_attrs)


@cache
def _defaults(mapper: Mapper[Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (attr.key, attr.columns[0].default)
        for attr in mapper.column_attrs
        if attr.columns[0].default is not None
    )


def new_row(obj: Any, info: dict[str, Any]) -> dict[str, Any]:
    """Every column value a new synced object is inserted with: what it was given, its column
    defaults for the rest, and who changed it when (``info``: ``at``, ``actor``, ``device``).

    Defaults are computed here, once, so the row and its op agree: an op must carry what the
    row holds (``straat=""``, ``rollen=[]``, the generated id), not ``None``.
    """
    state = inspect(obj)
    given = state.dict
    row = {key: given.get(key) for key in _column_keys(state.mapper)}
    for key, default in _defaults(state.mapper):
        if key not in given:
            row[key] = default.arg if default.is_scalar else default.arg(None)
    row["updated_at"], row["updated_by"] = info["at"], info["actor"]
    return row


def insert_op(entity: str, row: dict[str, Any], fields: Iterable[str], info: dict[str, Any]) -> Op:
    values = {name: encode(row[name]) for name in fields}
    return _op(entity, row["id"], row["rev"], "insert", values, {}, info)


def _op(
    entity: str,
    entity_id: str,
    rev: int | None,
    kind: str,
    new: dict[str, Any],
    base: dict[str, Any],
    info: dict[str, Any],
) -> Op:
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "kind": kind,
        "base_rev": rev or 0,
        "nieuw": new,
        "basis": base,
        "device": info["device"],
        "author": info["actor"],
        "at": info["at"],
    }


def _entity(obj: Any) -> str:
    return str(obj.__tablename__)


def field_names(obj: Any) -> tuple[str, ...]:
    """The fields an op carries: every column but the sync columns."""
    return _field_names(inspect(obj).mapper)


def write_ops(session: Session, ops: list[Op]) -> None:
    if ops:
        session.execute(insert(cast(Table, OutboxEntry.__table__)), ops)


def op_info(session: Session) -> dict[str, Any]:
    now: datetime = session.info["now"]()
    return {"at": now, "actor": session.info["actor"], "device": session.info["device"]}


def record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    info = op_info(session)
    ops: list[Op] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            row = new_row(obj, info)
            given = inspect(obj).dict
            for key in ("updated_at", "updated_by", *(k for k in row if k not in given)):
                setattr(obj, key, row[key])  # the ORM inserts exactly what the op says
            ops.append(insert_op(_entity(obj), row, field_names(obj), info))
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        new: dict[str, Any] = {}
        base: dict[str, Any] = {}
        for name in field_names(obj):
            history = state.attrs[name].history
            if history.has_changes():
                new[name] = encode(getattr(obj, name))
                base[name] = encode(history.deleted[0]) if history.deleted else None
        deleted = state.attrs["deleted_at"].history
        tombstoned = deleted.has_changes() and obj.deleted_at is not None
        if not new and not tombstoned:
            continue
        obj.updated_at, obj.updated_by = info["at"], info["actor"]
        kind = "delete" if tombstoned else "update"
        ops.append(_op(_entity(obj), obj.id, obj.rev, kind, new, base, info))
    write_ops(session, ops)
