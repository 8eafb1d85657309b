"""Full-text search over cases: names by fragment and without diacritics, BSN, birth dates in
Dutch or ISO form, gemeente and address; the index follows every change."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from casedesk.store.database import Store
from casedesk.store.models import Casus, Huishouden, Persoon, Professional
from casedesk.store.search import fts_query, rebuild, search_casus_rowids
from tests.conftest import NOW
from tests.unit.store.conftest import Household


def _found(store: Store, query: str) -> set[str]:
    """The casus ids a query finds."""
    with store.session() as s:
        rowids = search_casus_rowids(s, query)
        if not rowids:
            return set()
        marks = ", ".join(str(r) for r in rowids)
        return set(s.scalars(text(f"SELECT id FROM casus WHERE rowid IN ({marks})")))


@pytest.fixture
def other(store: Store, household: Household) -> str:
    """A second household elsewhere, so every query also has something not to find."""
    nijmegen = next(g for g in household.region.gemeenten if g.naam == "Nijmegen")
    team = next(t for t in household.region.teams if t.gemeente_id == nijmegen.id)
    with store.session() as s:
        regisseur = Professional(naam="Joris Bakker", gebruikersnaam="joris", team_id=team.id)
        s.add(regisseur)
        h = Huishouden(
            naam="Gezin van den Berg",
            gemeente_id=nijmegen.id,
            team_id=team.id,
            straat="Graafseweg 101",
            postcode="6512 CD",
            woonplaats="Nijmegen",
        )
        s.add(h)
        s.flush()
        s.add(
            Persoon(
                huishouden_id=h.id,
                voornaam="Sem",
                tussenvoegsel="van den",
                achternaam="Berg",
                geboortedatum=date(2010, 3, 12),
                bsn="999999990",
                rol="jeugdige",
            )
        )
        c = Casus(
            huishouden_id=h.id,
            team_id=team.id,
            gemeente_id=nijmegen.id,
            casusregisseur_id=regisseur.id,
            verwijzer="zelf",
            status="open",
            stap="resultaat",
            regime="lokaal_vrijwillig",
            geopend_op=date(2026, 1, 5),
        )
        s.add(c)
        s.flush()
        return c.id


@pytest.mark.parametrize(
    "query",
    [
        "Öztürk",
        "ozturk",
        "OZTURK",
        "Özt",  # a fragment: prefixes match
        "oz",
        "Ayşe",
        "ayse",
        "elif ozturk",  # every word must match, in any order
        "ozturk elif",
        "Gezin Öztürk",
        "123456782",
        "1234567",  # the start of a BSN
        "2012-02-29",
        "29-02-2012",
        "29-2-2012",
        "29/02/2012",
        "29.02.2012",
        "Wijchen",
        "wijch",
        "Molenweg",
        "Molenweg 12",
        "6602 AB",
        "6602AB",
        "6602ab",
    ],
)
def test_the_household_is_found(store: Store, household: Household, other: str, query: str) -> None:
    assert _found(store, query) == {household.casus_id}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("van den berg", "other"),
        ("Sem Berg", "other"),
        ("12-03-2010", "other"),
        ("Nijmegen", "other"),
        ("gezin", "both"),
        ("Zzyzx", "none"),
        ("Öztürk Nijmegen", "none"),  # all words must match the same casus
        ("123456783", "none"),
    ],
)
def test_queries_find_only_what_matches(
    store: Store, household: Household, other: str, query: str, who: str
) -> None:
    expected = {
        "other": {other},
        "both": {other, household.casus_id},
        "none": set(),
    }[who]
    assert _found(store, query) == expected


@pytest.mark.parametrize(
    "query", ["", "   ", "---", '"', "*", "(", "AND", "NOT ozturk", "NEAR(", "a:b", "^x", "'"]
)
def test_odd_input_never_breaks_the_query(store: Store, household: Household, query: str) -> None:
    _found(store, query)  # no exception is the point


def test_only_punctuation_searches_nothing() -> None:
    assert fts_query("  -- ,, ") is None


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.text(max_size=30))
def test_any_text_is_a_valid_query(store: Store, household: Household, query: str) -> None:
    _found(store, query)


def test_a_renamed_member_is_found_by_the_new_name_only(store: Store, household: Household) -> None:
    with store.session() as s:
        kind = s.get(Persoon, household.kind_id)
        assert kind is not None
        kind.voornaam = "Zeynep"
    assert _found(store, "Zeynep") == {household.casus_id}
    assert _found(store, "Elif") == set()


def test_a_new_member_and_a_new_address_are_found(store: Store, household: Household) -> None:
    with store.session() as s:
        s.add(Persoon(huishouden_id=household.huishouden_id, voornaam="Mees",
                      achternaam="Kartosen", rol="overig"))  # fmt: skip
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None
        h.straat = "Tarweweg 7"
    assert _found(store, "Kartosen") == {household.casus_id}
    assert _found(store, "Tarweweg") == {household.casus_id}
    assert _found(store, "Molenweg") == set()


def test_a_deleted_member_vanishes_from_the_results(store: Store, household: Household) -> None:
    with store.session() as s:
        kind = s.get(Persoon, household.kind_id)
        assert kind is not None
        kind.deleted_at = NOW
    assert _found(store, "Elif") == set()
    assert _found(store, "123456782") == set()
    assert _found(store, "Ayşe") == {household.casus_id}


def test_a_deleted_casus_vanishes_from_the_results(store: Store, household: Household) -> None:
    with store.session() as s:
        casus = s.get(Casus, household.casus_id)
        assert casus is not None
        casus.deleted_at = NOW
    assert _found(store, "Öztürk") == set()


def test_each_casus_of_a_household_is_found(store: Store, household: Household) -> None:
    with store.session() as s:
        old = s.get(Casus, household.casus_id)
        assert old is not None
        second = Casus(huishouden_id=old.huishouden_id, team_id=old.team_id,
                       gemeente_id=old.gemeente_id, casusregisseur_id=old.casusregisseur_id,
                       verwijzer="gi",
                       status="gesloten", stap="toetsing", regime="gi_maatregel",
                       geopend_op=date(2022, 1, 1))  # fmt: skip
        s.add(second)
        s.flush()
        second_id = second.id
    assert _found(store, "ozturk") == {household.casus_id, second_id}


def test_rebuild_recreates_the_same_index(store: Store, household: Household, other: str) -> None:
    with store.session() as s:
        before = sorted(s.execute(text("SELECT rowid, * FROM zoekindex")).all())
        rebuild(s)
        assert sorted(s.execute(text("SELECT rowid, * FROM zoekindex")).all()) == before
