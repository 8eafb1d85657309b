"""Destruction through sync: a device requests it, the regional store executes it, and the
person is gone from the store's database and from every device's decrypted pages."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from casedesk.domain.vocabulary import CaseStatus
from casedesk.regional import cli as regional_cli
from casedesk.regional.models import OpLog, Record
from casedesk.services import cases, retention
from casedesk.services.cases import CaseQuery
from casedesk.store.models import Casus, Persoon, Vernietigingsverzoek
from casedesk.store.retention import scrub
from casedesk.store.search import search_casus_rowids
from tests.integration.conftest import OOST_1, OOST_4, Device, DeviceFactory, new_case
from tests.integration.regional import RunningStore
from tests.privacy.pages import decrypted_pages, occurs

BSN = "444555666"
TRACES = ("Wolterbeek", "wolterbeek", "Zorgen over schoolverzuim", BSN)


def _device_pages(d: Device) -> list[bytes]:
    scrub(d.store.engine)
    return decrypted_pages(d.store.profile.database, d.store.profile.data_key())


def _server_text(regional: RunningStore) -> str:
    """What the store holds: for SQLite the file's bytes, for PostgreSQL every column of
    every row of its tables (its pages are not readable from a client)."""
    if regional.engine.dialect.name == "sqlite":
        path = Path(regional.engine.url.database or "")
        parts = [path.read_bytes()]
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            parts.append(wal.read_bytes())
        return b"".join(parts).decode("utf-8", "replace")
    with regional.engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars()
        return "\n".join(
            str(row) for t in list(tables)
            for row in conn.execute(text(f'SELECT * FROM "{t}"')))


def _opening_list(d: Device) -> list[str]:
    """The case list the way it opens (the team's cases in name order, decision 0098), with
    closed cases too: the casus here is closed, as a destruction needs."""
    query = CaseQuery(status=frozenset(CaseStatus))
    with d.store.session() as s:
        page = cases.list_cases(s, query, today=date.today(), me=d.store.me, limit=500,
                                count=False)
        return [r.casus_id for r in page.rows]


def test_destroyed_casus_leaves_the_store_and_every_device(
    device: DeviceFactory, regional: RunningStore, capsys: pytest.CaptureFixture[str]
) -> None:
    regisseur, coach = device(OOST_1), device(OOST_4)
    casus_id = new_case(regisseur, "Gezin Wolterbeek")
    with regisseur.store.session() as s:
        daan = s.scalar(select(Persoon).where(Persoon.voornaam == "Daan"))
        assert daan is not None
        daan.bsn = BSN  # through the unit of work: an outbox op, synced
        casus = s.get(Casus, casus_id)
        assert casus is not None
        casus.status, casus.gesloten_op = "gesloten", date(2003, 5, 1)
    regisseur.sync()
    coach.sync()
    assert all(occurs(_device_pages(coach), t) for t in TRACES)  # a real control
    assert BSN in _server_text(regional)
    assert casus_id in _opening_list(coach)  # received into the team's list order too
    # The copy an upgrade makes before migrating (store/schema.ensure_schema), on the coach's
    # laptop: it holds the family too.
    coach.store.engine.dispose()
    backups = coach.store.profile.backups
    backups.mkdir(exist_ok=True)
    backup = backups / "casedesk.db.0006.20260101T000000.bak"
    shutil.copy2(coach.store.profile.database, backup)

    with regisseur.store.session() as s:
        assert retention.destroy(s, casus_id).status == "aangevraagd"
    regisseur.sync()
    assert regional_cli.main(["destruction-requests", "--db", regional.db_url]) == 0
    assert casus_id in capsys.readouterr().out
    assert regional_cli.main(["destroy", casus_id, "--db", regional.db_url,
                              "--by", OOST_1]) == 0

    for d in (regisseur, coach):
        report = d.sync()
        assert report.purged >= 5
        assert [t for t in TRACES if occurs(_device_pages(d), t)] == []
        with d.store.session() as s:
            assert s.get(Casus, casus_id) is None
            assert s.scalar(select(Persoon.id)) is None
            assert search_casus_rowids(s, "Wolterbeek") == []
            request = s.scalar(select(Vernietigingsverzoek))
            assert request is not None and request.status == "uitgevoerd"
    assert not backup.exists()  # the purge took the upgrade backup with it
    assert casus_id not in _opening_list(coach)
    server = _server_text(regional)
    assert [t for t in TRACES if t in server] == []
    with regional.engine.connect() as conn:
        rows = conn.execute(select(Record.data, Record.vernietigd_op).where(
            Record.casus_id == casus_id, Record.entity != "vernietigingsverzoek")).all()
        assert rows and all(data == "{}" and gone is not None for data, gone in rows)
        assert conn.execute(select(OpLog.op_id)).first() is not None  # history kept, as ids


def test_a_late_change_to_a_destroyed_casus_is_refused(
    device: DeviceFactory, regional: RunningStore
) -> None:
    regisseur = device(OOST_1)
    casus_id = new_case(regisseur, "Gezin Wolterbeek")
    regisseur.sync()
    assert regional_cli.main(["destroy", casus_id, "--db", regional.db_url]) == 0
    with regisseur.store.session() as s:  # made offline, before the device heard of it
        casus = s.get(Casus, casus_id)
        assert casus is not None
        casus.aanleiding = "Wolterbeek belde opnieuw."
    report = regisseur.sync()
    assert report.rejected
    with regisseur.store.session() as s:
        assert s.get(Casus, casus_id) is None
    assert "Wolterbeek" not in _server_text(regional)
