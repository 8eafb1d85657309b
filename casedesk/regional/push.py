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
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from casedesk.regional.access import Viewer, Visibility
from casedesk.regional.batch import Revisions, RowBatch, RowState
from casedesk.regional.models import Involvement, OpLog
from casedesk.regional.scopes import RULES, SCOPE_FIELDS, ParentScope, derive_scope
from casedesk.wire import SYNC_COLUMNS, FieldConflict, Op, OpResult, OpStatus, RejectReason


def push(session: Session, viewer: Viewer, ops: list[Op], now: datetime) -> list[OpResult]:
    revisions = Revisions(session)  # serialises pushes region-wide until commit
    known, taken_ids = _known_results(session, viewer, [op.op_id for op in ops])
    ids = {op.entity_id for op in ops}
    for op in ops:
        rule = RULES.get(op.entity)
        if rule and rule.parent_field and isinstance(op.nieuw.get(rule.parent_field), str):
            ids.add(op.nieuw[rule.parent_field])
    pusher = _Pusher(session, viewer, RowBatch(session, revisions, ids), now)
    results: list[OpResult] = []
    log: list[dict[str, Any]] = []
    for op in ops:
        if op.op_id in known:
            results.append(known[op.op_id])
            continue
        if op.op_id in taken_ids:
            results.append(_reject(op, RejectReason.FORBIDDEN))
            continue
        result = pusher.apply(op)
        known[op.op_id] = result
        results.append(result)
        log.append({
            "op_id": op.op_id, "device_id": viewer.device_id, "account_id": viewer.account_id,
            "entity": op.entity, "entity_id": op.entity_id, "kind": op.kind,
            "status": result.status, "rev": result.rev, "result": result.model_dump_json(),
            "fields": json.dumps(sorted(op.nieuw)), "op_at": op.at, "received_at": now,
        })
    pusher.batch.flush()
    if log:
        session.execute(insert(cast(Table, OpLog.__table__)), log)
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


class _Pusher:
    def __init__(self, session: Session, viewer: Viewer, batch: RowBatch, now: datetime) -> None:
        self.viewer, self.batch, self.now = viewer, batch, now
        self.visibility = Visibility(session, viewer)
        scopes = [s.scope for s in batch.rows.values()]
        self.visibility.prefetch((s.casus_id for s in scopes), (s.huishouden_id for s in scopes))
        self.explicit = set(session.scalars(select(Involvement.casus_id).where(
            Involvement.account_id == viewer.account_id, Involvement.soort == "expliciet")))

    def apply(self, op: Op) -> OpResult:
        rule = RULES.get(op.entity)
        if rule is None:
            return _reject(op, RejectReason.UNKNOWN_ENTITY)
        if rule.read_only:
            return _reject(op, RejectReason.READ_ONLY)
        if SYNC_COLUMNS & op.nieuw.keys():
            return _reject(op, RejectReason.FORBIDDEN)
        state = self.batch.get(op.entity, op.entity_id)
        if state is not None and state.deleted_at is not None and not state.data:
            # Destroyed (retention.py): a late change may not bring its data back, nor may a
            # conflict quote it into the op log. Refused, the device refetches it as a purge.
            return _reject(op, RejectReason.FORBIDDEN)
        if state is None:
            return self._insert(op)
        fields = set(op.nieuw)
        own_row = state.id == self.viewer.account_id
        if not self.visibility.may_change(op.entity, state.scope, fields, own_row):
            return _reject(op, RejectReason.FORBIDDEN)
        scope_fields = {rule.parent_field, SCOPE_FIELDS.get(op.entity)}
        if any(f in fields and op.nieuw[f] != state.data.get(f) for f in scope_fields if f):
            return _reject(op, RejectReason.FORBIDDEN)  # rows never move to another parent
        if op.kind == "delete":
            return self._delete(op, state)
        if state.deleted_at is not None:
            # Deleted meanwhile: the change cannot be taken, and is not dropped unseen either.
            conflict = FieldConflict(field="deleted_at", basis=None, mijn=dict(op.nieuw),
                                     hun=state.deleted_at.isoformat(timespec="microseconds"))
            return OpResult(op_id=op.op_id, status="conflict", rev=state.rev,
                            conflicts=[conflict])
        return self._update(op, state)

    def _update(self, op: Op, state: RowState) -> OpResult:
        taken: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name, mine in op.nieuw.items():
            theirs = state.data.get(name)
            if theirs == mine:
                continue
            base = op.basis.get(name) if op.kind == "update" else None
            if theirs == base:
                taken[name] = mine
            else:
                conflicts.append(FieldConflict(field=name, basis=base, mijn=mine, hun=theirs))
        status: OpStatus = "conflict" if conflicts else (
            "merged" if state.rev != op.base_rev else "applied")
        if taken:
            after = state.data | taken
            if self.batch.unique_taken(op.entity, op.entity_id, after):
                return _reject(op, RejectReason.DUPLICATE)
            parent = ParentScope(state.scope.huishouden_id, state.scope.casus_id)
            state = self.batch.write(op.entity, op.entity_id, after, actor=self.viewer.account_id,
                                     now=self.now, parent=parent)
            self._note_root(state)
        return OpResult(op_id=op.op_id, status=status, rev=state.rev, conflicts=conflicts)

    def _insert(self, op: Op) -> OpResult:
        if op.kind != "insert":
            # A change to a row the store does not have, or one the viewer may not know exists.
            return _reject(op, RejectReason.FORBIDDEN)
        rule = RULES[op.entity]
        data = dict(op.nieuw)
        parent = self.batch.parent_of(op.entity, data)
        if rule.parent_entity is not None and (parent is None or self._destroyed_parent(op)):
            return _reject(op, RejectReason.MISSING_PARENT)
        scope = derive_scope(op.entity, op.entity_id, data, parent)
        if not self.visibility.may_write_into(op.entity, scope):
            return _reject(op, RejectReason.FORBIDDEN)
        if op.entity == "casus" and not self.visibility.household_visible(scope.huishouden_id):
            return _reject(op, RejectReason.FORBIDDEN)
        if self.batch.unique_taken(op.entity, op.entity_id, data):
            return _reject(op, RejectReason.DUPLICATE)
        state = self.batch.write(op.entity, op.entity_id, data, actor=self.viewer.account_id,
                                 now=self.now, parent=parent)
        self._note_root(state)
        return OpResult(op_id=op.op_id, status="applied", rev=state.rev)

    def _destroyed_parent(self, op: Op) -> bool:
        rule = RULES[op.entity]
        parent_id = op.nieuw.get(rule.parent_field or "")
        if rule.parent_entity is None or not isinstance(parent_id, str):
            return False
        parent = self.batch.get(rule.parent_entity, parent_id)
        return parent is not None and parent.deleted_at is not None and not parent.data

    def _delete(self, op: Op, state: RowState) -> OpResult:
        if state.deleted_at is not None:
            return OpResult(op_id=op.op_id, status="applied", rev=state.rev)
        if state.rev != op.base_rev:
            # Someone changed the row after this device last saw it: deleting it would throw
            # their change away unseen. A person decides.
            conflict = FieldConflict(field="deleted_at", basis=None, mijn=op.at, hun=None)
            return OpResult(op_id=op.op_id, status="conflict", rev=state.rev,
                            conflicts=[conflict])
        self.batch.tombstone(state, actor=self.viewer.account_id, now=self.now)
        return OpResult(op_id=op.op_id, status="applied", rev=state.rev)

    def _note_root(self, state: RowState) -> None:
        if state.entity not in ("casus", "huishouden"):
            return
        me = self.viewer.account_id
        involved = state.entity == "casus" and (
            me in (state.data.get("casusregisseur_id"), state.data.get("stand_in_id"))
            or state.id in self.explicit
        )
        self.visibility.note(state.entity, state.id, state.scope, involved)
