"""Writing the outbox: every change to a synced row records an op in the same transaction.

A ``before_flush`` hook sees each new, changed or tombstoned synced object, stamps
``updated_at``/``updated_by``, and records the op with the new field values *and the base values
they replaced* — what the server needs for a three-way merge per field. Because it hooks the
session, no service can forget it.

The ops of one flush are written with one multi-row INSERT on the flush's own connection: the
same transaction as the change, without an ORM object per op (a bulk load writes hundreds of
thousands of them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from casedesk.store.models import OutboxEntry, Synced, new_id
from casedesk.wire import SYNC_COLUMNS, encode

# Set on ``session.info`` to apply pulled server changes without echoing them back.
APPLYING_REMOTE = "applying_remote"


def _field_names(obj: Any) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in SYNC_COLUMNS]


def _apply_column_defaults(obj: Any) -> None:
    """Give a new object the values its column defaults would give it at INSERT time.

    Without this, an insert op would carry ``None`` for every field left at its default
    (``straat=""``, ``rollen=[]``) while the row itself holds the default: the server would
    receive something other than what the client stored.
    """
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        default = attr.columns[0].default
        if default is None or attr.key in state.dict:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    now, actor, device = session.info["now"](), session.info["actor"], session.info["device"]
    ops: list[dict[str, Any]] = []

    def add(obj: Any, kind: str, new: dict[str, Any], base: dict[str, Any]) -> None:
        ops.append(
            {
                "op_id": new_id(),
                "entity": obj.__tablename__,
                "entity_id": obj.id,
                "kind": kind,
                "base_rev": obj.rev or 0,
                "nieuw": new,
                "basis": base,
                "device": device,
                "author": actor,
                "at": now,
            }
        )

    for obj in list(session.new):
        if isinstance(obj, Synced):
            _apply_column_defaults(obj)
            obj.updated_at, obj.updated_by = now, actor
            values = {name: encode(getattr(obj, name)) for name in _field_names(obj)}
            add(obj, "insert", values, {})
    for obj in list(session.dirty):
        if not isinstance(obj, Synced) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        new: dict[str, Any] = {}
        base: dict[str, Any] = {}
        for name in _field_names(obj):
            history = state.attrs[name].history
            if history.has_changes():
                new[name] = encode(getattr(obj, name))
                base[name] = encode(history.deleted[0]) if history.deleted else None
        deleted = state.attrs["deleted_at"].history
        tombstoned = deleted.has_changes() and obj.deleted_at is not None
        if not new and not tombstoned:
            continue
        obj.updated_at, obj.updated_by = now, actor
        add(obj, "delete" if tombstoned else "update", new, base)
    if ops:
        session.execute(insert(OutboxEntry), ops)
