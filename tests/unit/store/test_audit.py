"""The audit log: append-only by trigger, and a hash chain that shows where it was tampered with."""

from __future__ import annotations

from itertools import pairwise

import pytest
from sqlalchemy import exc, select, text

from casedesk.services.cases import case_detail
from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry
from tests.unit.store.conftest import Household


def _record_five(store: Store) -> list[int]:
    with store.session("prof-1") as s:
        for i in range(5):
            audit.record(s, "view", "casus", f"casus-{i}", {"n": i, "reden": "inzage"})
        return list(s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))


def _verify(store: Store) -> audit.ChainReport:
    with store.session() as s:
        return audit.verify_chain(s)


def _tamper(store: Store, sql: str, **params: object) -> None:
    """What someone with the key and a SQLite shell could do: drop the guard, then edit."""
    with store.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        conn.execute(text(sql), params)


def test_an_untouched_chain_verifies(store: Store) -> None:
    seqs = _record_five(store)
    report = _verify(store)
    assert report.intact and report.entries == len(seqs) == 5


def test_an_empty_log_verifies(store: Store) -> None:
    assert _verify(store) == audit.ChainReport(0, None)


def test_each_entry_carries_the_previous_hash(store: Store) -> None:
    _record_five(store)
    with store.session() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
    assert len({e.hash for e in entries}) == 5
    assert (entries[2].actor, entries[2].action, entries[2].detail) == (
        "prof-1",
        "view",
        {"n": 2, "reden": "inzage"},
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log",
    ],
)
def test_the_triggers_refuse_updates_and_deletes(store: Store, sql: str) -> None:
    _record_five(store)
    with pytest.raises(exc.DatabaseError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text(sql))
    assert _verify(store).intact


def test_orm_changes_are_refused_too(store: Store) -> None:
    _record_five(store)
    with pytest.raises(exc.DatabaseError, match="append-only"), store.session() as s:
        entry = s.get(AuditEntry, 3)
        assert entry is not None
        entry.detail = {"n": 99}


@pytest.mark.parametrize(
    ("sql", "first_break"),
    [
        ("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3", 3),
        ('UPDATE audit_log SET detail = \'{"n": 2, "reden": "x"}\' WHERE seq = 3', 3),
        ("UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE seq = 1", 1),
        ("UPDATE audit_log SET entity_id = 'casus-9' WHERE seq = 5", 5),
        ("DELETE FROM audit_log WHERE seq = 3", 4),  # the next entry no longer fits
        ("DELETE FROM audit_log WHERE seq = 1", 2),
    ],
)
def test_tampering_is_found_at_the_right_entry(store: Store, sql: str, first_break: int) -> None:
    _record_five(store)
    _tamper(store, sql)
    report = _verify(store)
    assert not report.intact
    assert report.first_break == first_break


def test_a_rewritten_hash_breaks_the_chain_at_the_next_entry(store: Store) -> None:
    """Changing an entry and fixing its own hash is not enough: the next entry points back."""
    _record_five(store)
    with store.session() as s:
        entry = s.get(AuditEntry, 3)
        assert entry is not None
        forged = audit._digest(
            entry.prev_hash, entry.at, "someone-else", entry.action, entry.entity,
            entry.entity_id, entry.detail,
        )  # fmt: skip
    _tamper(store, "UPDATE audit_log SET actor = 'someone-else', hash = :h WHERE seq = 3", h=forged)
    assert _verify(store).first_break == 4


def test_removing_the_last_entries_is_not_a_break(store: Store) -> None:
    """A chain cannot see its own tail cut off; the count in the report is what shows it."""
    _record_five(store)
    _tamper(store, "DELETE FROM audit_log WHERE seq >= 4")
    assert _verify(store) == audit.ChainReport(3, None)


def test_entries_hold_ids_and_codes_not_names(store: Store, household: Household) -> None:
    with store.session() as s:
        case_detail(s, household.casus_id, today=store.clock().date())
    with store.session() as s:
        rows = s.execute(text("SELECT * FROM audit_log")).all()
    assert rows and household.casus_id in repr(rows)
    assert "Öztürk" not in repr(rows) and "Ayşe" not in repr(rows)
