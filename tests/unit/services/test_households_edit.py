"""Aanmelding → casus and the household afterwards: registering with validation, one open casus
per household, duplicate warnings, finding households, and editing members and netwerk."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from casedesk.domain.vocabulary import (
    CaseStatus,
    MemberRole,
    NetworkKind,
    Role,
    Step,
    Verwijzer,
)
from casedesk.errors import InvalidInput, NotFound, RuleViolation
from casedesk.region import load_region
from casedesk.services import households as hh
from casedesk.services import reference
from casedesk.store.database import Store
from casedesk.store.models import (
    AuditEntry,
    Casus,
    Huishouden,
    NetwerkContact,
    OutboxEntry,
    Persoon,
    Professional,
)
from tests.conftest import NOW

TODAY = NOW.date()
VALID_BSN = "111222333"
OTHER_BSN = "123456782"


@pytest.fixture
def me(store: Store) -> str:
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
        p = Professional(
            naam="Sanne de Vries",
            gebruikersnaam="sanne",
            team_id=region.teams[0].id,
            rollen=[Role.CASUSREGISSEUR.value],
        )
        s.add(p)
        s.flush()
        reference.set_me(s, p.id)
        store.me = p.id
        return p.id


def household_input(**changes: object) -> hh.HouseholdInput:
    region = load_region()
    team = region.teams[0]
    base = hh.HouseholdInput(
        naam="Gezin Öztürk",
        gemeente_id=team.gemeente_id,
        team_id=team.id,
        straat="Graafseweg 12",
        postcode="6512ab",
        woonplaats="Nijmegen",
        leden=(
            hh.MemberInput(
                "Aylin", "Öztürk", MemberRole.OUDER, gezag=True, geboortedatum=date(1985, 3, 1)
            ),
            hh.MemberInput(
                "Zoë", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2009, 2, 28), bsn=VALID_BSN
            ),
        ),
        netwerk=(hh.NetworkInput("Oma Fatma", "grootmoeder", NetworkKind.INFORMEEL, nabijheid=1),),
    )
    return hh.HouseholdInput(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def register(store: Store, me: str, data: hh.HouseholdInput | None = None) -> hh.Registered:
    with store.session() as s:
        return hh.register_and_open(
            s,
            data or household_input(),
            hh.CaseOpening(me, Verwijzer.HUISARTS, "Via de praktijkondersteuner", "Zorgen"),
            today=TODAY,
        )


def test_an_aanmelding_registers_the_household_and_opens_its_casus_in_one_go(
    store: Store, me: str
) -> None:
    done = register(store, me)
    with store.session() as s:
        household = s.get(Huishouden, done.huishouden_id)
        casus = s.get(Casus, done.casus_id)
        assert household is not None and casus is not None
        assert household.postcode == "6512 AB"  # normalised
        assert casus.huishouden_id == household.id and casus.casusregisseur_id == me
        assert casus.verwijzer == Verwijzer.HUISARTS.value
        assert casus.verwijzer_toelichting == "Via de praktijkondersteuner"
        assert casus.stap == Step.VRAAGANALYSE.value and casus.status == CaseStatus.OPEN.value
        assert casus.volgende_evaluatie == date(2027, 2, 2)  # three months on
        members = s.scalars(select(Persoon).where(Persoon.huishouden_id == household.id)).all()
        assert {m.voornaam for m in members} == {"Aylin", "Zoë"}
        entities = set(s.scalars(select(OutboxEntry.entity)))
        assert {"huishouden", "persoon", "netwerk_contact", "casus", "stap_log"} <= entities
        actions = {tuple(r) for r in s.execute(select(AuditEntry.action, AuditEntry.entity))}
        assert {("create", "huishouden"), ("create", "casus"), ("create", "persoon")} <= actions


def test_bad_input_is_reported_per_field_and_nothing_is_stored(store: Store, me: str) -> None:
    data = household_input(
        naam=" ",
        postcode="65 12",
        leden=(
            hh.MemberInput("", "Öztürk", MemberRole.OUDER, bsn="123456789"),
            hh.MemberInput("Zoë", "", MemberRole.JEUGDIGE, geboortedatum=TODAY + timedelta(days=1)),
            hh.MemberInput("Emre", "Öztürk", MemberRole.OUDER, email="emre.example.nl"),
        ),
        netwerk=(hh.NetworkInput("", "buurvrouw", NetworkKind.INFORMEEL, nabijheid=4),),
    )
    with pytest.raises(InvalidInput) as caught:
        register(store, me, data)
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("naam", "required"),
        ("postcode", "invalid-postcode"),
        ("leden.0.voornaam", "required"),
        ("leden.0.bsn", "invalid-bsn"),
        ("leden.1.achternaam", "required"),
        ("leden.1.geboortedatum", "future-date"),
        ("leden.2.email", "invalid-email"),
        ("netwerk.0.naam", "required"),
        ("netwerk.0.nabijheid", "out-of-range"),
    }
    with store.session() as s:
        assert s.scalar(select(Huishouden.id)) is None


def test_a_household_needs_a_member_gemeente_and_team(store: Store, me: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        register(store, me, household_input(leden=(), gemeente_id="", team_id=""))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("leden", "no-members"),
        ("gemeente_id", "required"),
        ("team_id", "required"),
    }


def test_an_aanmelding_for_a_registered_household(store: Store, me: str) -> None:
    with store.session() as s:
        household = hh.register_household(s, household_input(), today=TODAY)
    with store.session() as s, pytest.raises(InvalidInput) as caught:
        hh.open_case_for(s, household, hh.CaseOpening(me, None), today=TODAY)
    assert [e.field for e in caught.value.errors] == ["verwijzer"]
    with store.session() as s:
        casus_id = hh.open_case_for(
            s, household, hh.CaseOpening(me, Verwijzer.GI, "", "Zorgen"), today=TODAY
        )
        casus = s.get_one(Casus, casus_id)
        assert (casus.huishouden_id, casus.verwijzer) == (household, "gi")


def test_one_open_casus_per_household(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s, pytest.raises(RuleViolation) as caught:
        hh.open_case(
            s, hh.OpenCaseInput(done.huishouden_id, me, Verwijzer.SCHOOL), today=TODAY, actor=me
        )
    assert caught.value.code == "open-case-exists"
    with store.session() as s:
        s.get_one(Casus, done.casus_id).status = CaseStatus.GESLOTEN.value
    with store.session() as s:
        again = hh.open_case(
            s, hh.OpenCaseInput(done.huishouden_id, me, Verwijzer.SCHOOL), today=TODAY, actor=me
        )
    assert again != done.casus_id


def test_likely_duplicates_name_the_reason_and_the_running_casus(store: Store, me: str) -> None:
    done = register(store, me)
    by_bsn = household_input(
        naam="Gezin Yılmaz",
        postcode="",
        leden=(hh.MemberInput("Z.", "Yılmaz", MemberRole.JEUGDIGE, bsn="111 222 333"),),
    )
    by_postcode = household_input(
        naam="Gezin Ozturk", leden=(hh.MemberInput("Kerem", "öztürk", MemberRole.OUDER),)
    )
    by_birth = household_input(
        postcode="",
        leden=(
            hh.MemberInput("zoë", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2009, 2, 28)),
        ),
    )
    other = household_input(
        naam="Gezin Jansen",
        postcode="6500 AA",
        leden=(hh.MemberInput("Piet", "Jansen", MemberRole.OUDER, bsn=OTHER_BSN),),
    )
    with store.session() as s:
        found = {
            name: hh.likely_duplicates(s, data)
            for name, data in (
                ("bsn", by_bsn),
                ("postcode", by_postcode),
                ("birth", by_birth),
                ("other", other),
            )
        }
    assert [(d.huishouden_id, d.reden) for d in found["bsn"]] == [(done.huishouden_id, "bsn")]
    assert [d.reden for d in found["postcode"]] == ["naam-postcode"]
    assert [d.reden for d in found["birth"]] == ["naam-geboortedatum"]
    assert found["bsn"][0].lopende_casus_id == done.casus_id
    assert found["bsn"][0].adres == "Graafseweg 12, 6512 AB Nijmegen"
    assert found["other"] == []


def test_a_removed_member_no_longer_makes_a_duplicate(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        zoe = s.scalar(select(Persoon.id).where(Persoon.voornaam == "Zoë"))
        assert zoe is not None
        hh.remove_member(s, zoe)
    probe = household_input(
        postcode="", leden=(hh.MemberInput("X", "Y", MemberRole.JEUGDIGE, bsn=VALID_BSN),)
    )
    with store.session() as s:
        assert hh.likely_duplicates(s, probe) == []
        detail = hh.household_detail(s, done.huishouden_id, today=TODAY)
    assert [m.voornaam for m in detail.leden] == ["Aylin"]


@pytest.mark.parametrize(
    "text", ["Öztürk", "ozt", "Zoë", "111222333", "28-02-2009", "Graafseweg", "6512"]
)
def test_find_households_by_name_bsn_birth_date_or_address(
    store: Store, me: str, text: str
) -> None:
    done = register(store, me)
    register(
        store,
        me,
        household_input(
            naam="Gezin Jansen",
            postcode="6500 AA",
            straat="Molenweg 1",
            leden=(hh.MemberInput("Piet", "Jansen", MemberRole.OUDER),),
        ),
    )
    with store.session() as s:
        matches = hh.find_households(s, text, today=TODAY)
    assert [m.huishouden_id for m in matches] == [done.huishouden_id]
    match = matches[0]
    assert match.lopende_casus_id == done.casus_id
    assert match.leden == "Aylin (41), Zoë (17)"
    assert match.gemeente


def test_a_household_without_casus_is_found_too(store: Store, me: str) -> None:
    with store.session() as s:
        household = hh.register_household(s, household_input(), today=TODAY)
    with store.session() as s:
        by_name = hh.find_households(s, "öztürk aylin", today=TODAY)
        by_date = hh.find_households(s, "01-03-1985", today=TODAY)
        nothing = hh.find_households(s, "Jansen", today=TODAY)
    assert [m.huishouden_id for m in by_name] == [household]
    assert [m.huishouden_id for m in by_date] == [household]
    assert by_name[0].lopende_casus_id is None
    assert nothing == ()


def test_household_detail_shows_ages_and_the_18th_birthday(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        detail = hh.household_detail(s, done.huishouden_id, today=TODAY)
        viewed = s.scalar(
            select(AuditEntry.action)
            .where(AuditEntry.entity_id == done.huishouden_id)
            .order_by(AuditEntry.seq.desc())
        )
    assert viewed == "view"
    aylin, zoe = detail.leden
    assert (aylin.naam, aylin.leeftijd, aylin.wordt_18_op, aylin.gezag) == (
        "Aylin Öztürk",
        41,
        None,
        True,
    )
    assert (zoe.leeftijd, zoe.wordt_18_op, zoe.bsn) == (17, date(2027, 2, 28), VALID_BSN)
    assert [(c.naam, c.nabijheid, c.soort) for c in detail.netwerk] == [
        ("Oma Fatma", 1, NetworkKind.INFORMEEL)
    ]
    assert detail.postcode == "6512 AB" and detail.gemeente


def test_editing_a_member_validates_and_keeps_the_row_on_error(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        zoe = s.scalar(select(Persoon.id).where(Persoon.voornaam == "Zoë"))
    assert zoe is not None
    bad = hh.MemberInput(
        "Zoë", "Öztürk", MemberRole.JEUGDIGE, bsn="123", geboortedatum=date(2030, 1, 1)
    )
    with store.session() as s, pytest.raises(InvalidInput) as caught:
        hh.update_member(s, zoe, bad, today=TODAY)
    assert {e.field for e in caught.value.errors} == {"bsn", "geboortedatum"}
    good = hh.MemberInput(
        "Zoë",
        "Öztürk-de Wit",
        MemberRole.JEUGDIGE,
        tussenvoegsel="",
        geboortedatum=date(2009, 2, 28),
        bsn="",
        telefoon="06 12345678",
        email="zoe@example.nl",
    )
    with store.session() as s:
        hh.update_member(s, zoe, good, today=TODAY)
    with store.session() as s:
        row = s.get_one(Persoon, zoe)
        assert (row.achternaam, row.bsn, row.email) == ("Öztürk-de Wit", None, "zoe@example.nl")
        op = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == zoe, OutboxEntry.kind == "update")
        ).one()
        assert op.nieuw["achternaam"] == "Öztürk-de Wit" and op.basis["achternaam"] == "Öztürk"
        assert hh.find_households(s, "Wit", today=TODAY)[0].huishouden_id == done.huishouden_id


def test_adding_and_removing_members(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        new = hh.add_member(
            s,
            done.huishouden_id,
            hh.MemberInput("Kerem", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2015, 5, 5)),
            today=TODAY,
        )
    with store.session() as s:
        hh.remove_member(s, new)
    with store.session() as s:
        assert s.get_one(Persoon, new).deleted_at == NOW
        kinds = list(s.scalars(select(OutboxEntry.kind).where(OutboxEntry.entity_id == new)))
        assert kinds == ["insert", "delete"]
        with pytest.raises(NotFound):
            hh.remove_member(s, new)


def test_network_contacts_are_added_edited_moved_and_removed(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        contact = hh.add_network_contact(
            s,
            done.huishouden_id,
            hh.NetworkInput("Huisarts Peters", "huisarts", NetworkKind.PROFESSIONEEL, nabijheid=3),
        )
    with store.session() as s:
        hh.update_network_contact(
            s,
            contact,
            hh.NetworkInput(
                "Dr. Peters",
                "huisarts",
                NetworkKind.PROFESSIONEEL,
                "Praktijk Oost",
                "024 1234567",
                3,
            ),
        )
        hh.move_network_contact(s, contact, 2)
        with pytest.raises(InvalidInput) as caught:
            hh.move_network_contact(s, contact, 0)
        assert caught.value.errors[0].code == "out-of-range"
    with store.session() as s:
        row = s.get_one(NetwerkContact, contact)
        assert (row.naam, row.organisatie, row.nabijheid) == ("Dr. Peters", "Praktijk Oost", 2)
        moves = s.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.entity_id == contact, OutboxEntry.kind == "update")
            .order_by(OutboxEntry.seq)
        ).all()
        assert moves[-1].nieuw == {"nabijheid": 2} and moves[-1].basis == {"nabijheid": 3}
        hh.remove_network_contact(s, contact)
    with store.session() as s:
        detail = hh.household_detail(s, done.huishouden_id, today=TODAY)
    assert [c.naam for c in detail.netwerk] == ["Oma Fatma"]


def test_updating_the_household_normalises_the_postcode(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        hh.update_household(
            s,
            done.huishouden_id,
            hh.HouseholdFields("Gezin Öztürk-Kaya", "Tarweweg 3", "6534am", "Nijmegen", "06 1"),
        )
        with pytest.raises(InvalidInput):
            hh.update_household(s, done.huishouden_id, hh.HouseholdFields("", postcode="x"))
    with store.session() as s:
        row = s.get_one(Huishouden, done.huishouden_id)
        assert (row.naam, row.postcode) == ("Gezin Öztürk-Kaya", "6534 AM")


def test_registration_choices_offer_gemeenten_teams_and_regisseurs(store: Store, me: str) -> None:
    with store.session() as s:
        choices = hh.registration_choices(s, me=me)
    region = load_region()
    assert len(choices.gemeenten) == len(region.gemeenten)
    assert {t.team_id for t in choices.teams} == {t.id for t in region.teams}
    assert [r.professional_id for r in choices.regisseurs] == [me]
    assert choices.my_team_id == region.teams[0].id


def test_the_registration_check_validates_first_then_lists_duplicates(
    store: Store, me: str
) -> None:
    done = register(store, me)
    with store.session() as s:
        with pytest.raises(InvalidInput) as caught:
            hh.registration_check(
                s, household_input(naam=""), hh.CaseOpening("", None), today=TODAY
            )
        assert {e.field for e in caught.value.errors} == {"naam", "verwijzer", "casusregisseur_id"}
        found = hh.registration_check(
            s, household_input(), hh.CaseOpening(me, Verwijzer.ZELF), today=TODAY
        )
    assert [d.huishouden_id for d in found] == [done.huishouden_id]


def test_the_household_of_a_case(store: Store, me: str) -> None:
    done = register(store, me)
    with store.session() as s:
        assert hh.household_of_case(s, done.casus_id) == done.huishouden_id
        with pytest.raises(NotFound):
            hh.household_of_case(s, "no-such-casus")
