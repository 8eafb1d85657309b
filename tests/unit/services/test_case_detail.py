"""The case detail: what the case view shows, read from a demo profile, and that reading a
casus is audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select

from casedesk.domain.dates import age_on, birthday
from casedesk.domain.vocabulary import BreadthTopic, MemberRole, Regime
from casedesk.errors import NotFound
from casedesk.services.cases import case_detail
from casedesk.store.models import (
    AuditEntry,
    Casus,
    Doel,
    Huishouden,
    NetwerkContact,
    Persoon,
    Professional,
    StapLog,
)
from tests.unit.services.demo_profile import TODAY, DemoProfile, build


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoProfile]:
    built = build(tmp_path_factory.mktemp("detail") / "profile", households=40, seed=11)
    yield built
    built.store.close()


def _casus(profile: DemoProfile, *where: Any) -> Casus:
    with profile.store.session() as s:
        casus = s.scalars(select(Casus).where(*where).order_by(Casus.id)).first()
        assert casus is not None
        return casus


def test_the_detail_shows_the_household_the_regie_and_the_plan(profile: DemoProfile) -> None:
    casus = _casus(profile, Casus.stap == "toetsing", Casus.status == "open")
    with profile.store.session() as s:
        detail = case_detail(s, casus.id, today=TODAY)
        household = s.get(Huishouden, casus.huishouden_id)
        regisseur = s.get(Professional, casus.casusregisseur_id)
        members = s.scalars(
            select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id)
        ).all()
        network = s.scalar(
            select(func.count())
            .select_from(NetwerkContact)
            .where(NetwerkContact.huishouden_id == casus.huishouden_id)
        )
        goals = s.scalars(select(Doel.omschrijving).where(Doel.casus_id == casus.id)).all()
        history = s.scalar(
            select(func.count()).select_from(StapLog).where(StapLog.casus_id == casus.id)
        )
    assert household is not None and regisseur is not None
    assert (detail.casus_id, detail.huishouden_id, detail.huishouden) == (
        casus.id,
        household.id,
        household.naam,
    )
    assert household.straat in detail.adres and household.postcode in detail.adres
    assert detail.casusregisseur == regisseur.naam
    assert regisseur.telefoon in detail.casusregisseur_contact
    assert detail.stand_in and detail.stand_in != detail.casusregisseur
    assert [t for t, _ in detail.breedte] == list(BreadthTopic)
    assert len(detail.leden) == len(members)
    assert len(detail.netwerk) == network
    assert sorted(g.omschrijving for g in detail.doelen) == sorted(goals) and goals
    assert len(detail.historie) == history and history
    assert [h.op for h in detail.historie] == sorted(h.op for h in detail.historie)


def test_members_come_with_age_and_the_18th_birthday_of_youths(profile: DemoProfile) -> None:
    casus = _casus(profile, Casus.status == "open")
    with profile.store.session() as s:
        detail = case_detail(s, casus.id, today=TODAY)
    born = [m.geboortedatum for m in detail.leden if m.geboortedatum]
    assert born == sorted(born)  # oldest first
    for member in detail.leden:
        if member.geboortedatum is None:
            assert member.leeftijd is None and member.wordt_18_op is None
            continue
        assert member.leeftijd == age_on(member.geboortedatum, TODAY)
        youth = member.rol is MemberRole.JEUGDIGE and member.leeftijd < 18
        expected = birthday(member.geboortedatum, 18) if youth else None
        assert member.wordt_18_op == expected


def test_veilig_thuis_cases_remind_of_missing_afspraken(profile: DemoProfile) -> None:
    with profile.store.session() as s:
        cases = s.scalars(select(Casus).where(Casus.regime == Regime.VEILIG_THUIS.value)).all()
        details = [case_detail(s, c.id, today=TODAY) for c in cases]
    assert details
    for casus, detail in zip(cases, details, strict=True):
        assert detail.regime is Regime.VEILIG_THUIS
        missing = [
            name
            for name, value in (
                ("aanspreekpunt", casus.vt_aanspreekpunt),
                ("planschrijver", casus.vt_planschrijver),
                ("toezicht", casus.vt_toezicht),
            )
            if not value
        ]
        assert detail.regime_reminders == tuple(f"veilig-thuis-{m}-missing" for m in missing)


def test_reading_a_casus_writes_a_view_entry(profile: DemoProfile) -> None:
    casus = _casus(profile, Casus.status == "open")
    with profile.store.session("prof-reader") as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        case_detail(s, casus.id, today=TODAY)
    with profile.store.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).all()
    assert len(entries) == before + 1
    last = entries[0]
    assert (last.action, last.entity, last.entity_id, last.actor) == (
        "view",
        "casus",
        casus.id,
        "prof-reader",
    )
    assert last.at == datetime.combine(TODAY, time())  # the profile's clock


def test_an_unknown_casus_is_not_found_and_not_audited(profile: DemoProfile) -> None:
    with profile.store.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
        with pytest.raises(NotFound):
            case_detail(s, "no-such-casus", today=TODAY)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
