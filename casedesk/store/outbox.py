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

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import insert, inspect
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
def _defaults(mapper: Mapper[Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(
        (attr.key, attr.columns[0].default)
        for attr in mapper.column_attrs
        if attr.columns[0].default is not None
    )


def _apply_column_defaults(obj: Any) -> None:
    """Give a new object the values its column defaults would give it at INSERT time.

    Without this, an insert op would carry ``None`` for every field left at its default
    (``straat=""``, ``rollen=[]``) while the row itself holds the default: the server would
    receive something other than what the client stored.
    """
    state = inspect(obj)
    for key, default in _defaults(state.mapper):
        if key in state.dict:
            continue
        if default.is_scalar:
            setattr(obj, key, default.arg)
        elif default.is_callable:
            setattr(obj, key, default.arg(None))


def _op(obj: Any, kind: str, new: dict[str, Any], base: dict[str, Any], info: dict[str, Any]) -> Op:
    return {
        "op_id": new_id(),
        "entity": obj.__tablename__,
        "entity_id": obj.id,
        "kind": kind,
        "base_rev": obj.rev or 0,
        "nieuw": new,
        "basis": base,
        "device": info["device"],
        "author": info["actor"],
        "at": info["at"],
    }


def insert_op(obj: Any, info: dict[str, Any]) -> Op:
    """Complete a new synced object (defaults, who and when) and return its insert op.

    ``info`` holds ``at``, ``actor`` and ``device``.
    """
    _apply_column_defaults(obj)
    obj.updated_at, obj.updated_by = info["at"], info["actor"]
    values = {name: encode(getattr(obj, name)) for name in _field_names(inspect(obj).mapper)}
    return _op(obj, "insert", values, {}, info)


def write_ops(session: Session, ops: list[Op]) -> None:
    if ops:
        session.execute(insert(OutboxEntry), ops)


def op_info(session: Session) -> dict[str, Any]:
    now: datetime = session.info["now"]()
    return {"at": now, "actor": session.info["actor"], "device": session.info["device"]}


def record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    info = op_info(session)
    ops = [insert_op(obj, info) for obj in list(session.new) if isinstance(obj, Synced)]
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        new: dict[str, Any] = {}
        base: dict[str, Any] = {}
        for name in _field_names(state.mapper):
            history = state.attrs[name].history
            if history.has_changes():
                new[name] = encode(getattr(obj, name))
                base[name] = encode(history.deleted[0]) if history.deleted else None
        deleted = state.attrs["deleted_at"].history
        tombstoned = deleted.has_changes() and obj.deleted_at is not None
        if not new and not tombstoned:
            continue
        obj.updated_at, obj.updated_by = info["at"], info["actor"]
        ops.append(_op(obj, "delete" if tombstoned else "update", new, base, info))
    write_ops(session, ops)
