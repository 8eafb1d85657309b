"""A store with the region installed and one household: what most store tests start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from casedesk.region import Region, load_region
from casedesk.services import reference
from casedesk.store.database import Store
from casedesk.store.models import Casus, Huishouden, NetwerkContact, Persoon, Professional


@dataclass(frozen=True)
class Household:
    region: Region
    huishouden_id: str
    casus_id: str
    ouder_id: str
    kind_id: str


@pytest.fixture
def household(store: Store) -> Household:
    region = load_region()
    gemeente = next(g for g in region.gemeenten if g.naam == "Wijchen")
    team = next(t for t in region.teams if t.gemeente_id == gemeente.id)
    with store.session() as s:
        reference.install_region(s, region)
    with store.session() as s:
        regisseur = Professional(naam="Sanne de Vries", gebruikersnaam="sanne", team_id=team.id)
        h = Huishouden(
            naam="Gezin Öztürk",
            gemeente_id=gemeente.id,
            team_id=team.id,
            straat="Molenweg 12",
            postcode="6602 AB",
            woonplaats="Wijchen",
        )
        s.add_all([regisseur, h])
        s.flush()
        ouder = Persoon(
            huishouden_id=h.id,
            voornaam="Ayşe",
            achternaam="Öztürk",
            geboortedatum=date(1985, 3, 14),
            bsn="111222333",
            rol="ouder",
            gezag=True,
        )
        kind = Persoon(
            huishouden_id=h.id,
            voornaam="Elif",
            achternaam="Öztürk",
            geboortedatum=date(2012, 2, 29),
            bsn="123456782",
            rol="jeugdige",
        )
        casus = Casus(
            huishouden_id=h.id,
            team_id=team.id,
            gemeente_id=gemeente.id,
            casusregisseur_id=regisseur.id,
            verwijzer="huisarts",
            status="open",
            stap="vraaganalyse",
            regime="lokaal_vrijwillig",
            geopend_op=date(2026, 9, 1),
        )
        s.add_all([ouder, kind, casus])
        s.flush()
        return Household(region, h.id, casus.id, ouder.id, kind.id)


SURNAME = "Wiśniewski-Kartosentrum"
FIRST_NAME = "Bartholomeus"
BSN = "123456782"
STREET = "Zwanenveldstraatje"


def write_person(store: Store) -> None:
    """One household with a person whose name and BSN are easy to look for in raw bytes."""
    region = load_region()
    team = region.teams[0]
    with store.session() as s:
        reference.install_region(s, region)
    with store.session() as s:
        h = Huishouden(
            naam=f"Gezin {SURNAME}",
            gemeente_id=team.gemeente_id,
            team_id=team.id,
            straat=f"{STREET} 4",
        )
        s.add(h)
        s.flush()
        s.add(
            Persoon(
                huishouden_id=h.id,
                voornaam=FIRST_NAME,
                achternaam=SURNAME,
                bsn=BSN,
                geboortedatum=date(2009, 12, 24),
                rol="jeugdige",
            )
        )
        s.add(NetwerkContact(huishouden_id=h.id, naam=f"Oma {SURNAME}", relatie="oma", soort="x"))
