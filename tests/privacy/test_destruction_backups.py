"""A destruction also removes the pre-upgrade backups, which still hold the destroyed family."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk.services import retention
from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry
from tests.conftest import NOW
from tests.privacy.pages import decrypted_pages, occurs
from tests.privacy.test_destruction_client import TRACES, _closed_casus
from tests.unit.store.test_migrations import open_with_a_later_build


def test_a_destruction_removes_the_backups_that_still_hold_the_casus(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    casus_id = _closed_casus(store, date(2005, 3, 1))
    key = store.profile.data_key()
    later = open_with_a_later_build(store, tmp_path, monkeypatch, NOW)
    try:
        backups = sorted(later.profile.backups.glob("*.bak"))
        assert len(backups) == 1
        assert all(occurs(decrypted_pages(backups[0], key), t) for t in TRACES)  # a control

        with later.session() as s:
            assert retention.destroy(s, casus_id).status == "uitgevoerd"

        left = [b for b in later.profile.backups.iterdir()
                if any(occurs(decrypted_pages(b, key), t) for t in TRACES)]
        assert left == []
        assert not backups[0].exists()
        with later.session() as s:
            entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "delete-backups"))
            assert entry is not None
            assert (entry.entity, entry.entity_id, entry.detail) == ("profile", "-",
                                                                      {"bestanden": 1})
            assert audit.verify_chain(s).intact
    finally:
        later.close()


def test_a_failed_removal_fails_the_destruction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup that cannot be deleted stops the destruction: nothing claims it is gone."""
    casus_id = _closed_casus(store, date(2005, 3, 1))
    store.profile.backups.mkdir()
    stuck = store.profile.backups / "casedesk.db.0001.20260101T000000.bak"
    stuck.write_bytes(b"an old copy")

    def refuse(_self: Path, missing_ok: bool = False) -> None:
        raise PermissionError("read-only backup folder")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(PermissionError), store.session() as s:
        retention.destroy(s, casus_id)
    monkeypatch.undo()
    assert stuck.exists()
    with store.session() as s:
        assert [d.casus_id for d in retention.due_cases(s)] == [casus_id]
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "destroy")) is None
