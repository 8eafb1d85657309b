"""Registering a household: every wrong field reported at once and nothing written; likely
duplicates found by BSN, surname and postcode, or name and birth date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from casedesk.domain.vocabulary import MemberRole
from casedesk.errors import InvalidInput, NotFound
from casedesk.region import load_region
from casedesk.services import reference
from casedesk.services.households import (
    HouseholdInput,
    MemberInput,
    likely_duplicates,
    register_household,
)
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, Huishouden, OutboxEntry, Persoon
from tests.conftest import NOW

TODAY = NOW.date()


@pytest.fixture
def region_ids(store: Store) -> tuple[str, str]:
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
    wijchen = next(g for g in region.gemeenten if g.naam == "Wijchen")
    team = next(t for t in region.teams if t.gemeente_id == wijchen.id)
    return wijchen.id, team.id


def _family(region_ids: tuple[str, str]) -> HouseholdInput:
    gemeente, team = region_ids
    return HouseholdInput(
        naam="Gezin Öztürk",
        gemeente_id=gemeente,
        team_id=team,
        straat="Molenweg 12",
        postcode="6602ab",
        woonplaats="Wijchen",
        leden=(
            MemberInput("Ayşe", "Öztürk", MemberRole.OUDER, geboortedatum=date(1985, 3, 14),
                        bsn="111 222 333", gezag=True),
            MemberInput("Elif", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2012, 2, 29),
                        bsn="12345678.2"),
        ),
    )  # fmt: skip


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Huishouden, Persoon, OutboxEntry, AuditEntry)
        )


def test_a_valid_household_is_registered_normalised_and_audited(
    store: Store, region_ids: tuple[str, str]
) -> None:
    with store.session("prof-1") as s:
        household_id = register_household(s, _family(region_ids), today=TODAY)
    with store.session() as s:
        h = s.get(Huishouden, household_id)
        people = s.scalars(select(Persoon).where(Persoon.huishouden_id == household_id)).all()
        audit = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert h is not None and h.postcode == "6602 AB"
    assert sorted(p.bsn or "" for p in people) == ["111222333", "123456782"]
    assert audit is not None and (audit.action, audit.entity_id) == ("create", household_id)


def test_every_wrong_field_is_reported_and_nothing_is_written(
    store: Store, region_ids: tuple[str, str]
) -> None:
    family = _family(region_ids)
    bad = replace(
        family,
        naam="  ",
        leden=(
            replace(family.leden[0], voornaam="", bsn="123456789"),
            replace(family.leden[1], achternaam=" ", geboortedatum=TODAY + timedelta(days=1)),
        ),
    )
    before = _counts(store)
    with pytest.raises(InvalidInput) as caught, store.session() as s:
        register_household(s, bad, today=TODAY)
    fields = [(e.field, e.code) for e in caught.value.errors]
    assert sorted(fields) == sorted(
        [
            ("naam", "required"),
            ("leden.0.voornaam", "required"),
            ("leden.0.bsn", "invalid-bsn"),
            ("leden.1.achternaam", "required"),
            ("leden.1.geboortedatum", "future-date"),
        ]
    )
    assert len(fields) == len(set(fields))
    assert _counts(store) == before


@pytest.mark.parametrize(
    ("member", "field", "code"),
    [
        ({"bsn": "12345678"}, "leden.1.bsn", "invalid-bsn"),
        ({"bsn": "abc"}, "leden.1.bsn", "invalid-bsn"),
        ({"voornaam": "\t"}, "leden.1.voornaam", "required"),
        ({"geboortedatum": date(2026, 11, 3)}, "leden.1.geboortedatum", "future-date"),
    ],
)
def test_one_wrong_field_gives_one_error_next_to_it(
    store: Store, region_ids: tuple[str, str], member: dict[str, object], field: str, code: str
) -> None:
    family = _family(region_ids)
    bad = replace(family, leden=(family.leden[0], replace(family.leden[1], **member)))
    with pytest.raises(InvalidInput) as caught, store.session() as s:
        register_household(s, bad, today=TODAY)
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]


def test_born_today_and_no_bsn_are_fine(store: Store, region_ids: tuple[str, str]) -> None:
    family = _family(region_ids)
    baby = MemberInput("Can", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=TODAY)
    with store.session() as s:
        register_household(s, replace(family, leden=(*family.leden, baby)), today=TODAY)


def test_an_unknown_gemeente_is_not_found(store: Store, region_ids: tuple[str, str]) -> None:
    before = _counts(store)
    with pytest.raises(NotFound), store.session() as s:
        register_household(s, replace(_family(region_ids), gemeente_id="elders"), today=TODAY)
    assert _counts(store) == before


# --- likely duplicates -------------------------------------------------------------------------


@pytest.fixture
def registered(store: Store, region_ids: tuple[str, str]) -> str:
    with store.session() as s:
        return register_household(s, _family(region_ids), today=TODAY)


def _new(region_ids: tuple[str, str], *leden: MemberInput, postcode: str = "") -> HouseholdInput:
    gemeente, team = region_ids
    return HouseholdInput("Gezin X", gemeente, team, postcode=postcode, leden=leden)


def _reasons(store: Store, data: HouseholdInput) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(d.huishouden_id, d.reden) for d in likely_duplicates(s, data)]


def test_a_shared_bsn_is_a_likely_duplicate(
    store: Store, region_ids: tuple[str, str], registered: str
) -> None:
    other = MemberInput("Anna", "Jansen", MemberRole.OUDER, bsn="111.222.333")
    assert _reasons(store, _new(region_ids, other)) == [(registered, "bsn")]


@pytest.mark.parametrize("surname", ["Öztürk", "ÖZTÜRK", "ozturk"])
@pytest.mark.parametrize("postcode", ["6602 AB", "6602ab", " 6602AB "])
def test_the_same_surname_at_the_same_postcode_is_a_likely_duplicate(
    store: Store, region_ids: tuple[str, str], registered: str, surname: str, postcode: str
) -> None:
    other = MemberInput("Mehmet", surname, MemberRole.OUDER)
    assert _reasons(store, _new(region_ids, other, postcode=postcode)) == [
        (registered, "naam-postcode")
    ]


def test_the_same_name_and_birth_date_is_a_likely_duplicate(
    store: Store, region_ids: tuple[str, str], registered: str
) -> None:
    other = MemberInput("elif", "OZTURK", MemberRole.JEUGDIGE, geboortedatum=date(2012, 2, 29))
    assert _reasons(store, _new(region_ids, other, postcode="1234 AB")) == [
        (registered, "naam-geboortedatum")
    ]


def test_one_household_is_reported_once_with_its_first_reason(
    store: Store, region_ids: tuple[str, str], registered: str
) -> None:
    same = _family(region_ids)
    assert _reasons(store, same) == [(registered, "bsn")]


@pytest.mark.parametrize(
    "member",
    [
        MemberInput("Mehmet", "Öztürk", MemberRole.OUDER),  # other postcode
        MemberInput("Elif", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2012, 3, 1)),
        MemberInput("Eline", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2012, 2, 29)),
        MemberInput("Anna", "Jansen", MemberRole.OUDER, bsn="123456789"),  # invalid BSN
    ],
)
def test_near_misses_are_not_duplicates(
    store: Store, region_ids: tuple[str, str], registered: str, member: MemberInput
) -> None:
    assert _reasons(store, _new(region_ids, member, postcode="6541 ZZ")) == []


def test_a_removed_member_no_longer_makes_a_duplicate(
    store: Store, region_ids: tuple[str, str], registered: str
) -> None:
    with store.session() as s:
        for p in s.scalars(select(Persoon).where(Persoon.huishouden_id == registered)):
            p.deleted_at = NOW
    other = MemberInput("Elif", "Öztürk", MemberRole.JEUGDIGE, geboortedatum=date(2012, 2, 29),
                        bsn="123456782")  # fmt: skip
    assert _reasons(store, _new(region_ids, other, postcode="6602 AB")) == []
