"""Pushing the outbox: read entries in order, and settle each with the store's answer.

An entry leaves the outbox only when the store has answered for it, in the same transaction
that records the answer (a conflict for a person, a refusal to report). A push whose answer
is lost is sent again with the same op ids; the store answers those from its op log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from casedesk.store.models import SYNCED_MODELS, Conflict, OutboxEntry
from casedesk.sync import account
from casedesk.wire import FieldConflict, Op, OpResult


@dataclass(frozen=True)
class Rejection:
    entity: str
    entity_id: str
    kind: str
    reason: str


@dataclass
class PushTally:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)


def pending_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def next_batch(session: Session, after_seq: int, size: int) -> list[tuple[int, Op]]:
    entries = session.scalars(
        select(OutboxEntry).where(OutboxEntry.seq > after_seq).order_by(OutboxEntry.seq)
        .limit(size)
    )
    return [
        (
            e.seq,
            Op(op_id=e.op_id, entity=e.entity, entity_id=e.entity_id, kind=e.kind,  # type: ignore[arg-type]
               base_rev=e.base_rev, nieuw=e.nieuw, basis=e.basis,
               at=e.at.isoformat(timespec="microseconds")),
        )
        for e in entries
    ]


def settle(
    session: Session, ops: list[Op], results: list[OpResult], now: datetime, tally: PushTally
) -> None:
    """Record the store's answers and drop the answered entries from the outbox."""
    answered = {r.op_id: r for r in results}
    done = [op for op in ops if op.op_id in answered]
    session.execute(delete(OutboxEntry).where(OutboxEntry.op_id.in_([op.op_id for op in done])))
    still_pending = {
        (entity, entity_id)
        for entity, entity_id in session.execute(select(OutboxEntry.entity, OutboxEntry.entity_id))
    }
    refetch: list[dict[str, str]] = list(account.get(session, account.REFETCH, []))
    for op in done:
        result = answered[op.op_id]
        tally.sent += 1
        tally.entities.add(op.entity)
        if result.status == "applied":
            tally.applied += 1
            if result.rev is not None and (op.entity, op.entity_id) not in still_pending:
                # The store's row is exactly this device's row now: take its revision, so the
                # next pull need not send the row back.
                table: Any = SYNCED_MODELS[op.entity].__table__
                session.execute(update(table).where(table.c.id == op.entity_id)
                                .values(rev=result.rev))
        elif result.status == "merged":
            tally.merged += 1
        elif result.status == "conflict":
            tally.conflicts += 1
            for conflict in result.conflicts:
                _record_conflict(session, op, conflict, now)
            # The row keeps this device's value until the store's comes back; when nothing was
            # taken its revision did not move, and a pull already past it would never send it.
            refetch.append({"entity": op.entity, "id": op.entity_id})
        else:
            tally.rejected.append(Rejection(op.entity, op.entity_id, op.kind, result.reason))
            if op.kind != "insert":
                refetch.append({"entity": op.entity, "id": op.entity_id})
    unique = {(r["entity"], r["id"]): r for r in refetch}
    account.put(session, account.REFETCH, list(unique.values()))


def _record_conflict(session: Session, op: Op, conflict: FieldConflict, now: datetime) -> None:
    """One open conflict per row and field: a newer clash replaces the older one's values."""
    existing = session.scalar(
        select(Conflict).where(
            Conflict.entity == op.entity,
            Conflict.entity_id == op.entity_id,
            Conflict.field == conflict.field,
            Conflict.opgelost_op.is_(None),
        )
    )
    if existing is None:
        session.add(Conflict(entity=op.entity, entity_id=op.entity_id, field=conflict.field,
                             basis=conflict.basis, mijn=conflict.mijn, hun=conflict.hun,
                             ontstaan_op=now, keuze=None))
    else:
        existing.mijn, existing.hun, existing.ontstaan_op = conflict.mijn, conflict.hun, now
