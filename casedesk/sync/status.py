"""What the status bar shows about sync: who is logged in where, when the profile last synced,
how much waits in the outbox, open conflicts, and the last failure (offline, …)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.store.models import Conflict, OutboxEntry
from casedesk.sync import account


@dataclass(frozen=True)
class SyncStatus:
    logged_in: bool
    server: str | None
    username: str | None
    naam: str | None
    last_synced: datetime | None
    pending_ops: int
    open_conflicts: int
    last_error_code: str | None  # e.g. "offline": the round failed, work continues locally
    last_error: str | None


def sync_status(session: Session) -> SyncStatus:
    login = account.current_login(session)
    last = account.get(session, account.LAST_SYNCED)
    error = account.get(session, account.LAST_ERROR) or {}
    pending = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
    conflicts = session.scalar(
        select(func.count()).select_from(Conflict).where(Conflict.opgelost_op.is_(None))
    ) or 0
    return SyncStatus(
        logged_in=login is not None,
        server=login.server if login else None,
        username=login.account.username if login else None,
        naam=login.account.naam if login else None,
        last_synced=datetime.fromisoformat(last) if last else None,
        pending_ops=int(pending),
        open_conflicts=int(conflicts),
        last_error_code=error.get("code"),
        last_error=error.get("message"),
    )
