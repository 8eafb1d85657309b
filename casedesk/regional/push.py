"""Taking a device's pushed ops: idempotent by op id, authorised row by row, merged per field.

Per field of an update: if the server's value still equals the op's base value, the op's new
value is taken; if it already equals the new value, nothing is to do; otherwise it is a
conflict and the server keeps its value (the device records the conflict for a person). A
delete of a row others changed since the device saw it is a conflict too, and so is a change to
a row deleted meanwhile: nothing is resolved silently.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.regional.access import Viewer, Visibility
from casedesk.regional.models import OpLog, Record
from casedesk.regional.records import (
    Revisions,
    is_involved,
    parent_of,
    scope_of,
    unique_taken,
    write,
)
from casedesk.regional.scopes import RULES, derive_scope
from casedesk.wire import SYNC_COLUMNS, FieldConflict, Op, OpResult, OpStatus, RejectReason


def push(session: Session, viewer: Viewer, ops: list[Op], now: datetime) -> list[OpResult]:
    revisions = Revisions(session)  # serialises pushes region-wide until commit
    known, taken_ids = _known_results(session, viewer, [op.op_id for op in ops])
    visibility = Visibility.load(session, viewer)
    results: list[OpResult] = []
    for op in ops:
        if op.op_id in known:
            results.append(known[op.op_id])
            continue
        if op.op_id in taken_ids:
            results.append(_reject(op, RejectReason.FORBIDDEN))
            continue
        result = _apply(session, viewer, visibility, revisions, op, now)
        known[op.op_id] = result
        results.append(result)
        session.add(
            OpLog(
                op_id=op.op_id,
                device_id=viewer.device_id,
                account_id=viewer.account_id,
                entity=op.entity,
                entity_id=op.entity_id,
                kind=op.kind,
                status=result.status,
                rev=result.rev,
                result=result.model_dump_json(),
                fields=json.dumps(sorted(op.nieuw)),
                op_at=op.at,
                received_at=now,
            )
        )
        session.flush()
    revisions.close()
    return results


def _known_results(
    session: Session, viewer: Viewer, op_ids: list[str]
) -> tuple[dict[str, OpResult], set[str]]:
    """Answers already given to this account's ops, and op ids other accounts used."""
    known: dict[str, OpResult] = {}
    taken: set[str] = set()
    query = select(OpLog.op_id, OpLog.account_id, OpLog.result).where(OpLog.op_id.in_(op_ids))
    for op_id, account_id, result in session.execute(query):
        if account_id == viewer.account_id:
            known[op_id] = OpResult.model_validate_json(result)
        else:
            taken.add(op_id)  # never replay (or reveal) another account's answer
    return known, taken


def _reject(op: Op, reason: RejectReason) -> OpResult:
    return OpResult(op_id=op.op_id, status="rejected", reason=reason.value)


def _apply(
    session: Session,
    viewer: Viewer,
    visibility: Visibility,
    revisions: Revisions,
    op: Op,
    now: datetime,
) -> OpResult:
    rule = RULES.get(op.entity)
    if rule is None:
        return _reject(op, RejectReason.UNKNOWN_ENTITY)
    if rule.read_only:
        return _reject(op, RejectReason.READ_ONLY)
    if SYNC_COLUMNS & op.nieuw.keys():
        return _reject(op, RejectReason.FORBIDDEN)
    record = session.get(Record, (op.entity, op.entity_id))
    if record is None:
        return _insert(session, viewer, visibility, revisions, op, now)
    before = scope_of(record)
    fields = set(op.nieuw)
    if not visibility.may_change(op.entity, before, fields, own_row=record.id == viewer.account_id):
        return _reject(op, RejectReason.FORBIDDEN)
    scope_fields = {rule.parent_field, "tafel_id" if op.entity == "aanmelding" else None}
    current: dict[str, Any] = json.loads(record.data)
    if any(f in fields and op.nieuw[f] != current.get(f) for f in scope_fields if f):
        return _reject(op, RejectReason.FORBIDDEN)  # rows never move to another parent
    if op.kind == "delete":
        return _delete(session, viewer, revisions, op, record, now)
    if record.deleted_at is not None:
        # Deleted meanwhile: the change cannot be taken, and is not dropped unseen either.
        conflict = FieldConflict(field="deleted_at", basis=None, mijn=dict(op.nieuw),
                                 hun=record.deleted_at.isoformat(timespec="microseconds"))
        return OpResult(op_id=op.op_id, status="conflict", rev=record.rev, conflicts=[conflict])
    taken: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, mine in op.nieuw.items():
        theirs = current.get(name)
        if theirs == mine:
            continue
        base = op.basis.get(name) if op.kind == "update" else None
        if theirs == base:
            taken[name] = mine
        else:
            conflicts.append(FieldConflict(field=name, basis=base, mijn=mine, hun=theirs))
    merged = record.rev != op.base_rev
    status: OpStatus = "conflict" if conflicts else ("merged" if merged else "applied")
    if not taken:
        return OpResult(op_id=op.op_id, status=status, rev=record.rev, conflicts=conflicts)
    after = current | taken
    if unique_taken(session, op.entity, op.entity_id, after):
        return _reject(op, RejectReason.DUPLICATE)
    record = write(session, record, op.entity, op.entity_id, after, rev=revisions.next(),
                   actor=viewer.account_id, now=now, parent=parent_of(session, op.entity, after))
    _note_root(session, viewer, visibility, record)
    return OpResult(op_id=op.op_id, status=status, rev=record.rev, conflicts=conflicts)


def _insert(
    session: Session,
    viewer: Viewer,
    visibility: Visibility,
    revisions: Revisions,
    op: Op,
    now: datetime,
) -> OpResult:
    if op.kind != "insert":
        # A change to a row the store does not have, or one the viewer may not know exists.
        return _reject(op, RejectReason.FORBIDDEN)
    rule = RULES[op.entity]
    data = dict(op.nieuw)
    parent = parent_of(session, op.entity, data)
    if rule.parent_entity is not None and parent is None:
        return _reject(op, RejectReason.MISSING_PARENT)
    scope = derive_scope(op.entity, op.entity_id, data, parent)
    if not visibility.may_write_into(op.entity, scope):
        return _reject(op, RejectReason.FORBIDDEN)
    if op.entity == "casus" and scope.huishouden_id not in visibility.households:
        return _reject(op, RejectReason.FORBIDDEN)
    if unique_taken(session, op.entity, op.entity_id, data):
        return _reject(op, RejectReason.DUPLICATE)
    record = write(session, None, op.entity, op.entity_id, data, rev=revisions.next(),
                   actor=viewer.account_id, now=now, parent=parent)
    session.flush()
    _note_root(session, viewer, visibility, record)
    return OpResult(op_id=op.op_id, status="applied", rev=record.rev)


def _delete(
    session: Session, viewer: Viewer, revisions: Revisions, op: Op, record: Record, now: datetime
) -> OpResult:
    if record.deleted_at is not None:
        return OpResult(op_id=op.op_id, status="applied", rev=record.rev)
    if record.rev != op.base_rev:
        # Someone changed the row after this device last saw it: deleting it would throw
        # their change away unseen. A person decides.
        conflict = FieldConflict(field="deleted_at", basis=None, mijn=op.at, hun=None)
        return OpResult(op_id=op.op_id, status="conflict", rev=record.rev, conflicts=[conflict])
    record.rev, record.deleted_at = revisions.next(), now
    record.updated_at, record.updated_by = now, viewer.account_id
    return OpResult(op_id=op.op_id, status="applied", rev=record.rev)


def _note_root(session: Session, viewer: Viewer, visibility: Visibility, record: Record) -> None:
    if record.entity in ("casus", "huishouden"):
        session.flush()
        involved = record.entity == "casus" and is_involved(session, record.id, viewer.account_id)
        visibility.note(record.entity, record.id, scope_of(record), involved)
