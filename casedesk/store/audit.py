"""The audit log: append-only, hash-chained, holding ids and codes but never names.

Each entry's hash covers its content and the previous entry's hash, so changing or removing
an entry breaks the chain from there on; ``verify_chain`` finds the first break. SQLite
triggers (created by the migration) refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casedesk.store.models import AuditEntry

GENESIS = "0" * 64


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any],
) -> str:
    payload = json.dumps(
        [
            prev_hash,
            at.isoformat(timespec="microseconds"),
            actor,
            action,
            entity,
            entity_id,
            detail,
        ],
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def record(
    session: Session, action: str, entity: str, entity_id: str, detail: dict[str, Any] | None = None
) -> None:
    """Append one entry. ``detail`` must hold ids and codes only: the log outlives the files."""
    detail = detail or {}
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    prev_hash = prev or GENESIS
    at, actor = session.info["now"](), session.info["actor"]
    session.add(
        AuditEntry(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=prev_hash,
            hash=_digest(prev_hash, at, actor, action, entity, entity_id, detail),
        )
    )
    session.flush()


def record_many(
    session: Session, entries: Sequence[tuple[str, str, str, dict[str, Any]]]
) -> None:
    """Append ``(action, entity, entity_id, detail)`` entries in one statement, the chain
    computed here: a sync round writes one per casus, thousands on an initial sync."""
    if not entries:
        return
    prev_hash = session.scalar(
        select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)) or GENESIS
    at, actor = session.info["now"](), session.info["actor"]
    rows: list[dict[str, Any]] = []
    for action, entity, entity_id, detail in entries:
        digest = _digest(prev_hash, at, actor, action, entity, entity_id, detail)
        rows.append({"at": at, "actor": actor, "action": action, "entity": entity,
                     "entity_id": entity_id, "detail": detail, "prev_hash": prev_hash,
                     "hash": digest})
        prev_hash = digest
    session.execute(insert(AuditEntry), rows)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_break: int | None  # seq of the first entry that does not fit

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(session: Session) -> ChainReport:
    prev_hash, count = GENESIS, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        count += 1
        expected = _digest(
            prev_hash,
            entry.at,
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
        )
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return ChainReport(count, entry.seq)
        prev_hash = entry.hash
    return ChainReport(count, None)
