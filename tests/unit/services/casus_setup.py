"""A small casus in a fresh store for the regie and plan service tests: one household with two
parents and two children, a casusregisseur, a stand-in, a colleague and a teamleider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from casedesk.domain.vocabulary import MemberRole, NetworkKind, Role, Verwijzer
from casedesk.region import load_region
from casedesk.services import households, reference
from casedesk.store.database import Store
from casedesk.store.models import Persoon, Professional


@dataclass(frozen=True)
class CasusSetup:
    casus_id: str
    huishouden_id: str
    regisseur: str
    stand_in: str
    colleague: str
    teamleider: str
    members: dict[str, str]  # first name -> persoon id


def make_casus(store: Store, today: date) -> CasusSetup:
    region = load_region()
    team = region.teams[0]
    with store.session() as s:
        reference.install_region(s, region)
    people = {}
    with store.session() as s:
        for key, naam, rollen in (
            ("regisseur", "Sanne de Vries", [Role.CASUSREGISSEUR.value]),
            ("stand_in", "Özlem Kaya", [Role.CASUSREGISSEUR.value]),
            ("colleague", "Joris Bakker", [Role.GEZINSCOACH.value]),
            ("teamleider", "Marieke Jansen", [Role.TEAMLEIDER.value]),
        ):
            p = Professional(naam=naam, gebruikersnaam=key, team_id=team.id, rollen=rollen)
            s.add(p)
            s.flush()
            people[key] = p.id
    with store.session(people["regisseur"]) as s:
        household = households.register_household(
            s,
            households.HouseholdInput(
                naam="Gezin Çelik-de Wit",
                gemeente_id=team.gemeente_id,
                team_id=team.id,
                leden=(
                    households.MemberInput("Anaïs", "de Wit", MemberRole.OUDER, gezag=True,
                                           geboortedatum=date(1988, 4, 2)),
                    households.MemberInput("Emre", "Çelik", MemberRole.OUDER, gezag=True,
                                           geboortedatum=date(1986, 1, 9)),
                    households.MemberInput("Noë", "Çelik", MemberRole.JEUGDIGE,
                                           geboortedatum=date(2013, 6, 1)),
                    households.MemberInput("Zoë", "Çelik", MemberRole.JEUGDIGE,
                                           geboortedatum=date(2017, 2, 20)),
                ),
                netwerk=(households.NetworkInput("Oma Ria", "grootmoeder",
                                                 NetworkKind.INFORMEEL),),
            ),
            today=today,
        )
        casus = households.open_case(
            s,
            households.OpenCaseInput(household, people["regisseur"], Verwijzer.SCHOOL,
                                     aanleiding="Veel verzuim op school.",
                                     stand_in_id=people["stand_in"]),
            today=today,
            actor=people["regisseur"],
        )
        members = {p.voornaam: p.id for p in s.scalars(
            select(Persoon).where(Persoon.huishouden_id == household))}
    return CasusSetup(casus, household, people["regisseur"], people["stand_in"],
                      people["colleague"], people["teamleider"], members)
