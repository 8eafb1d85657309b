"""``audit.record_many`` (a sync round's per-casus entries) continues the same hash chain as
``record``: entries written one by one and in a batch interleave, verify, and a changed batch
entry is found."""

from __future__ import annotations

from sqlalchemy import select, text

from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry


def test_a_batch_continues_the_chain_and_a_change_in_it_is_found(store: Store) -> None:
    with store.session("prof-1") as s:
        audit.record(s, "view", "casus", "casus-0")
        audit.record_many(s, [("sync-received", "casus", f"casus-{i}", {"rows": i})
                              for i in range(1, 4)])
        audit.record_many(s, [])  # nothing received: nothing written
        audit.record(s, "view", "casus", "casus-9")
    with store.session() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        assert [(e.action, e.entity_id, e.detail, e.actor) for e in entries] == [
            ("view", "casus-0", {}, "prof-1"),
            *(("sync-received", f"casus-{i}", {"rows": i}, "prof-1") for i in range(1, 4)),
            ("view", "casus-9", {}, "prof-1"),
        ]
        assert audit.verify_chain(s).intact
        changed = entries[2].seq
    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET detail = '{\"rows\": 7}' WHERE seq = :seq"),
                     {"seq": changed})
    with store.session() as s:
        assert audit.verify_chain(s).first_break == changed
