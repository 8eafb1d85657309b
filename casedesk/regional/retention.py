"""Destroying a casus on the regional store: its records keep their ids, lose their data.

Each record of the casus (and of its household, when no other living casus has it) gets an
empty ``data``, ``deleted_at`` and ``vernietigd_op``, and a new revision: every device that
holds it receives it in the change log, as a purge (``pull.py``). Keeping the ids as a tombstone
is what lets the log reach devices that are offline today. The op log's answers to the rows'
ops are stripped of conflict values (they may quote the data); its field names stay.

Destruction requests (``vernietigingsverzoek`` rows, pushed by devices) are the stub: they hold
ids, dates and a reason code, and are marked ``uitgevoerd`` here.
See docs/decisions/0095-retention-and-destruction.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from casedesk.regional.batch import Revisions
from casedesk.regional.database import is_postgres
from casedesk.regional.models import OpLog, Record
from casedesk.wire import OpResult, OpStatus, RejectReason

REQUEST = "vernietigingsverzoek"
REQUESTED, EXECUTED = "aangevraagd", "uitgevoerd"


@dataclass(frozen=True)
class Request:
    id: str
    casus_id: str
    reden: str
    status: str
    aangevraagd_door: str
    aangevraagd_op: str


def requests(session: Session, pending_only: bool = False) -> list[Request]:
    rows = session.execute(select(Record.id, Record.casus_id, Record.data).where(
        Record.entity == REQUEST, Record.deleted_at.is_(None)).order_by(Record.rev))
    found = []
    for row_id, casus_id, data in rows:
        d = json.loads(data)
        if pending_only and d.get("status") != REQUESTED:
            continue
        found.append(Request(row_id, casus_id or "", d.get("reden", ""), d.get("status", ""),
                             d.get("aangevraagd_door", ""), d.get("aangevraagd_op", "")))
    return found


def destroy_casus(session: Session, casus_id: str, actor: str, now: datetime) -> int:
    """Purge the casus's records; returns how many records were emptied (0: unknown casus)."""
    revisions = Revisions(session)
    casus = session.get(Record, ("casus", casus_id))
    if casus is None or casus.vernietigd_op is not None:
        revisions.close()
        return 0
    ids = list(session.scalars(select(Record.id).where(
        Record.casus_id == casus_id, Record.entity != REQUEST, Record.vernietigd_op.is_(None))))
    household = casus.huishouden_id
    others = session.scalar(select(Record.id).where(
        Record.entity == "casus", Record.huishouden_id == household, Record.id != casus_id,
        Record.vernietigd_op.is_(None)).limit(1))
    if household and others is None:
        ids += session.scalars(select(Record.id).where(
            Record.huishouden_id == household, Record.casus_id.is_(None),
            Record.vernietigd_op.is_(None)))
    for row_id in ids:
        session.execute(update(Record).where(Record.id == row_id).values(
            data="{}", deleted_at=now, vernietigd_op=now, unique_key=None,
            rev=revisions.next(), updated_at=now, updated_by=actor))
    _strip_op_log(session, ids)
    for request in session.scalars(select(Record).where(
            Record.entity == REQUEST, Record.casus_id == casus_id)):
        data = json.loads(request.data)
        if data.get("status") == EXECUTED:
            continue
        data |= {"status": EXECUTED, "uitgevoerd_door": actor,
                 "uitgevoerd_op": now.isoformat(timespec="microseconds")}
        request.data, request.rev = json.dumps(data, sort_keys=True), revisions.next()
        request.updated_at, request.updated_by = now, actor
    revisions.close()
    return len(ids)


def _strip_op_log(session: Session, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(select(OpLog.op_id, OpLog.status, OpLog.rev).where(
            OpLog.entity_id.in_(chunk)))
        for op_id, status, rev in rows.all():
            kept = cast(OpStatus, status if status != "conflict" else "rejected")
            reason = RejectReason.FORBIDDEN.value if kept == "rejected" else ""
            result = OpResult(op_id=op_id, status=kept, rev=rev, reason=reason)
            session.execute(update(OpLog).where(OpLog.op_id == op_id).values(
                result=result.model_dump_json()))


def scrub(engine: Engine) -> None:
    """After the destruction committed: rewrite the SQLite file so no freed page keeps old
    bytes (earlier versions of the rows, freed before secure_delete), and empty the WAL.
    PostgreSQL: VACUUM the tables so the dead row versions are reclaimed."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        if is_postgres(engine):
            raw.autocommit = True  # VACUUM runs outside a transaction
            cur = raw.cursor()
            cur.execute("VACUUM FULL record")
            cur.execute("VACUUM FULL op_log")
            cur.close()
            raw.autocommit = False
        else:
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
