"""A destroyed casus leaves nothing of the family in the laptop's database file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from casedesk.errors import RuleViolation
from casedesk.services import plan, retention
from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, Casus, Persoon, Setting, Vernietigingsverzoek
from casedesk.store.retention import scrub
from casedesk.store.search import search_casus_rowids
from tests.conftest import NOW
from tests.privacy.pages import decrypted_pages, occurs
from tests.unit.services.casus_setup import make_casus

BSN = "111222333"
TRACES = ("Çelik", "celik", "Anaïs", "Oma Ria", "Veel verzuim", BSN)


def _closed_casus(store: Store, closed: date) -> str:
    setup = make_casus(store, NOW.date())
    with store.session(setup.regisseur) as s:
        s.execute(update(Persoon).where(Persoon.id == setup.members["Noë"]).values(bsn=BSN))
        s.execute(update(Casus).where(Casus.id == setup.casus_id).values(
            status="gesloten", gesloten_op=closed))
        plan.save_draft(s, setup.casus_id, {}, {"notitie": "Anaïs belt terug"})
    return setup.casus_id


def _pages(store: Store) -> list[bytes]:
    scrub(store.engine)
    return decrypted_pages(store.profile.database, store.profile.data_key())


def test_destroyed_casus_leaves_no_trace_in_the_decrypted_pages(store: Store) -> None:
    casus_id = _closed_casus(store, date(2005, 3, 1))
    before = _pages(store)
    assert all(occurs(before, t) for t in TRACES)  # the scan sees plaintext: a real control

    with store.session() as s:
        due = retention.due_cases(s)
        assert [d.casus_id for d in due] == [casus_id]
        assert due[0].vernietigen_na == date(2025, 3, 1)
        done = retention.destroy(s, casus_id)
    assert done.status == "uitgevoerd" and done.rows >= 7

    after = _pages(store)
    assert [t for t in TRACES if occurs(after, t)] == []
    with store.session() as s:
        assert search_casus_rowids(s, "Celik") == []
        assert s.scalar(select(Persoon.id)) is None
        assert s.scalar(select(Setting).where(Setting.key.contains(casus_id))) is None
        stub = s.scalar(select(AuditEntry).where(AuditEntry.action == "destroy"))
        assert stub is not None and stub.entity_id == casus_id
        assert set(stub.detail) == {"reden", "rows", "huishouden"}
        request = s.scalar(select(Vernietigingsverzoek))
        assert request is not None and request.status == "uitgevoerd"
        assert retention.due_cases(s) == []
        assert audit.verify_chain(s).intact


def test_a_casus_within_its_term_is_not_destroyed(store: Store) -> None:
    casus_id = _closed_casus(store, date(2020, 1, 1))
    with store.session() as s:
        assert retention.due_cases(s) == []
        with pytest.raises(RuleViolation):
            retention.destroy(s, casus_id)


def test_a_synced_profile_files_a_request_instead(store: Store) -> None:
    casus_id = _closed_casus(store, date(2001, 1, 1))
    store.set_setting("sync.server", "https://regio.example")
    with store.session() as s:
        done = retention.destroy(s, casus_id)
        assert done.status == "aangevraagd"
        assert s.get(Casus, casus_id) is not None
        assert [d.verzoek for d in retention.due_cases(s)] == ["aangevraagd"]
