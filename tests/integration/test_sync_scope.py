"""Scope changes reach the devices: an involvement brings a whole casus, losing it purges every
row of it; a case handed to another team leaves the old team's laptops; a revoked device wipes
its database and key on next contact."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from casedesk.regional import accounts
from casedesk.regional.database import transaction
from casedesk.store.models import Casus, Doel, Huishouden, OutboxEntry, Persoon, StapLog
from casedesk.store.profile import Profile
from casedesk.store.search import search_casus_rowids
from casedesk.sync.client import SyncClient
from casedesk.sync.errors import DeviceWiped
from tests.integration.conftest import (
    OOST_1,
    OOST_4,
    PASSWORD,
    TEAM_WIJCHEN,
    WIJCHEN_1,
    Device,
    DeviceFactory,
    new_case,
)
from tests.integration.raw import Raw
from tests.integration.regional import RunningStore
from tests.memkeyring import MemoryKeyring


def _case_rows(d: Device, casus_id: str, household_id: str) -> int:
    with d.store.session() as s:
        return sum(
            int(s.scalar(query) or 0)
            for query in (
                select(func.count()).select_from(Casus).where(Casus.id == casus_id),
                select(func.count()).select_from(Huishouden).where(Huishouden.id == household_id),
                select(func.count()).select_from(Persoon).where(
                    Persoon.huishouden_id == household_id),
                select(func.count()).select_from(Doel).where(Doel.casus_id == casus_id),
                select(func.count()).select_from(StapLog).where(StapLog.casus_id == casus_id),
            )
        )


def test_an_involvement_brings_the_case_and_losing_it_purges_it(
    device: DeviceFactory, regional: RunningStore
) -> None:
    oost, wijchen = device(OOST_1), device(WIJCHEN_1)
    casus_id = new_case(oost, "Gezin Öztürk")
    oost.sync()
    with oost.store.session() as s:
        household_id = s.get(Casus, casus_id).huishouden_id  # type: ignore[union-attr]
    wijchen.sync()
    assert _case_rows(wijchen, casus_id, household_id) == 0

    with transaction(regional.engine) as s:
        accounts.set_involvement(s, casus_id, WIJCHEN_1, present=True)
    report = wijchen.sync()
    assert report.pulled == 6 and report.changes.cases
    assert _case_rows(wijchen, casus_id, household_id) == 6
    with wijchen.store.session() as s:
        assert search_casus_rowids(s, "Ozturk")  # indexed for search like any case
        s.get(Doel, s.scalar(select(Doel.id).where(Doel.casus_id == casus_id))).eindsituatie = (  # type: ignore[union-attr]
            "Samen met school een plan.")
    assert wijchen.sync().applied == 1  # an involved professional may work on it

    with transaction(regional.engine) as s:
        accounts.set_involvement(s, casus_id, WIJCHEN_1, present=False)
    report = wijchen.sync()
    assert report.purged == 6
    assert _case_rows(wijchen, casus_id, household_id) == 0
    with wijchen.store.session() as s:
        assert search_casus_rowids(s, "Ozturk") == []
    assert wijchen.sync().purged == 0
    oost.sync()
    assert _case_rows(oost, casus_id, household_id) == 6


def test_a_case_handed_to_another_team_leaves_the_old_teams_laptops(
    device: DeviceFactory,
) -> None:
    regisseur, colleague, wijchen = device(OOST_1), device(OOST_4), device(WIJCHEN_1)
    casus_id = new_case(regisseur, "Gezin Kramer")
    regisseur.sync()
    colleague.sync()
    wijchen.sync()
    with regisseur.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        household_id = casus.huishouden_id
        casus.team_id = TEAM_WIJCHEN
        s.get(Huishouden, household_id).team_id = TEAM_WIJCHEN  # type: ignore[union-attr]
    assert regisseur.sync().applied == 2

    assert colleague.sync().purged == 6
    assert _case_rows(colleague, casus_id, household_id) == 0
    assert wijchen.sync().pulled == 6
    assert _case_rows(wijchen, casus_id, household_id) == 6
    # Its casusregisseur keeps it until the regie changes hands.
    regisseur.sync()
    assert _case_rows(regisseur, casus_id, household_id) == 6


def test_a_revoked_device_wipes_its_database_and_key(
    device: DeviceFactory, regional: RunningStore, memory_keyring: MemoryKeyring
) -> None:
    laptop = device(OOST_1)
    new_case(laptop)
    laptop.sync()
    profile = laptop.store.profile
    assert profile.database.exists() and memory_keyring.store

    with transaction(regional.engine) as s:
        accounts.revoke_device(s, laptop.store.device_id, regional.clock())
    with pytest.raises(DeviceWiped, match="erased"):
        laptop.sync()
    assert not profile.database.exists()
    assert not list(profile.path.glob("casedesk.db*"))
    assert not Profile.exists(profile.path)
    assert not [name for (_, name) in memory_keyring.store if profile.profile_id in name]


def test_a_revoked_device_wipes_even_when_it_only_logs_in(
    device: DeviceFactory, regional: RunningStore
) -> None:
    laptop = device(OOST_1)
    with transaction(regional.engine) as s:
        accounts.revoke_device(s, laptop.store.device_id, regional.clock())
    with pytest.raises(DeviceWiped):
        SyncClient(laptop.store).login(regional.url, OOST_1, PASSWORD)
    assert not laptop.store.profile.database.exists()


def test_unsynced_work_on_a_case_that_leaves_scope_is_reported(
    device: DeviceFactory, regional: RunningStore
) -> None:
    oost, wijchen = device(OOST_1), device(WIJCHEN_1)
    casus_id = new_case(oost)
    oost.sync()
    with transaction(regional.engine) as s:
        accounts.set_involvement(s, casus_id, WIJCHEN_1, present=True)
    wijchen.sync()
    with wijchen.store.session() as s:
        s.get(Casus, casus_id).ernst = "Zorgelijk"  # type: ignore[union-attr]
    with transaction(regional.engine) as s:
        accounts.set_involvement(s, casus_id, WIJCHEN_1, present=False)
    report = wijchen.sync()
    assert [(r.entity, r.entity_id, r.reason) for r in report.rejected] == [
        ("casus", casus_id, "forbidden")]
    assert report.purged == 6
    with wijchen.store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_a_purge_whose_page_was_not_applied_is_sent_again(
    device: DeviceFactory, regional: RunningStore
) -> None:
    """Cursors confirm pages: a device that asked for the next page while still applying a
    purge (and then failed) comes back with its last stored cursor and gets the purge again."""
    oost = device(OOST_1)
    casus_id = new_case(oost)
    oost.sync()
    reader = Raw(regional.url, WIJCHEN_1)
    try:
        with transaction(regional.engine) as s:
            accounts.set_involvement(s, casus_id, WIJCHEN_1, present=True)
        stored = reader.until_current()
        with transaction(regional.engine) as s:
            accounts.set_involvement(s, casus_id, WIJCHEN_1, present=False)

        purging = reader.page(stored)
        assert len(purging["purge"]) == 6
        after = reader.page(purging["cursor"])  # asked ahead, then the device failed
        assert after["purge"] == []
        again = reader.page(stored)  # it comes back with what it had stored
        assert {p["id"] for p in again["purge"]} == {p["id"] for p in purging["purge"]}
        settled = reader.page(reader.page(again["cursor"])["cursor"])
        assert settled["purge"] == [] and settled["rows"] == []
    finally:
        reader.close()
