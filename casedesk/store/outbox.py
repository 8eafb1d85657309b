"""Writing the outbox: every change to a synced row records an op in the same transaction.

A ``before_flush`` hook sees each new, changed or tombstoned synced object, stamps
``updated_at``/``updated_by``, and records the op with the new field values *and the base values
they replaced* — what the server needs for a three-way merge per field. Because it hooks the
session, no service can forget it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from casedesk.store.models import OutboxEntry, Synced, new_id
from casedesk.wire import SYNC_COLUMNS, encode

# Set on ``session.info`` to apply pulled server changes without echoing them back.
APPLYING_REMOTE = "applying_remote"


def _field_names(obj: Any) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in SYNC_COLUMNS]


def record_changes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    now, actor, device = session.info["now"](), session.info["actor"], session.info["device"]
    for obj in list(session.new):
        if isinstance(obj, Synced):
            obj.updated_at, obj.updated_by = now, actor
            obj.id = obj.id or new_id()
            values = {name: encode(getattr(obj, name)) for name in _field_names(obj)}
            _add(session, obj, "insert", values, {}, now, actor, device)
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
        _add(session, obj, "delete" if tombstoned else "update", new, base, now, actor, device)


def _add(
    session: Session,
    obj: Any,
    kind: str,
    new: dict[str, Any],
    base: dict[str, Any],
    now: Any,
    actor: str,
    device: str,
) -> None:
    session.add(
        OutboxEntry(
            entity=obj.__tablename__,
            entity_id=obj.id,
            kind=kind,
            base_rev=obj.rev or 0,
            nieuw=new,
            basis=base,
            device=device,
            author=actor,
            at=now,
        )
    )
