"""Two devices of one team share their work through the regional store."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from casedesk.store.models import (
    Casus,
    Doel,
    OutboxEntry,
    Persoon,
    Professional,
    StapLog,
    Team,
)
from casedesk.sync import account
from casedesk.sync.status import sync_status
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, OOST_4, TEAM_OOST, DeviceFactory, new_case
from tests.integration.regional import START


def test_login_brings_the_region_and_me(device: DeviceFactory) -> None:
    laptop = device(OOST_1)
    with laptop.store.session() as s:
        me = s.get(Professional, laptop.me)
        assert me is not None and me.gebruikersnaam == OOST_1 and me.team_id == TEAM_OOST
        assert s.scalar(select(func.count()).select_from(Team)) == 10
        assert account.get(s, account.LOGIN_TEAM) == TEAM_OOST
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        status = sync_status(s)
    assert status.logged_in and status.username == OOST_1 and status.last_synced is None


def test_a_case_made_on_one_laptop_reaches_a_colleague(device: DeviceFactory) -> None:
    mine, theirs = device(OOST_1), device(OOST_4)
    casus_id = new_case(mine)

    pushed = mine.sync()
    assert pushed.pushed == 6 and pushed.applied == 6 and not pushed.rejected
    with mine.store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.get(Casus, casus_id).rev > 0  # type: ignore[union-attr]

    pulled = theirs.sync()
    assert pulled.pulled >= 6 and pulled.changes.cases
    with theirs.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None and casus.aanleiding == "Zorgen over schoolverzuim."
        assert casus.casusregisseur_id == mine.me
        members = s.scalars(select(Persoon).where(
            Persoon.huishouden_id == casus.huishouden_id).order_by(Persoon.voornaam)).all()
        assert [(p.voornaam, p.geboortedatum, p.gezag) for p in members] == [
            ("Daan", date(2014, 9, 12), False), ("Sanne", date(1988, 4, 1), True)]
        assert casus.geopend_op == date(2026, 10, 1) and casus.breedte == {}
        log = s.scalar(select(StapLog).where(StapLog.casus_id == casus_id))
        assert log is not None and log.op == NOW and log.updated_at == START  # the store's time
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert sync_status(s).last_synced is not None

    again = theirs.sync()
    assert again.pulled == 0 and again.pushed == 0


def test_an_edit_travels_back(device: DeviceFactory) -> None:
    mine, theirs = device(OOST_1), device(OOST_4)
    casus_id = new_case(mine)
    mine.sync()
    theirs.sync()
    with theirs.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        doel.eindsituatie = "Een volle schoolweek, vier weken achter elkaar."
    assert theirs.sync().applied == 1
    mine.sync()
    with mine.store.session() as s:
        doel = s.scalar(select(Doel).where(Doel.casus_id == casus_id))
        assert doel is not None
        assert doel.eindsituatie == "Een volle schoolweek, vier weken achter elkaar."
