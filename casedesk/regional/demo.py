"""The region's reference rows, and the demo region's users and table sessions.

Ids are the uuid5 ids of ``casedesk.region``, so a client that installed the region itself
agrees with the store before its first sync. Demo professionals get the user names the client's
``casedesk demo`` uses, so a logged-in demo profile finds its colleagues instead of inventing
them. All demo data is synthetic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from casedesk.domain.tables import session_dates
from casedesk.domain.vocabulary import Role
from casedesk.region import Region, stable_id
from casedesk.regional.accounts import NewAccount, create_account, hash_password
from casedesk.regional.batch import put_rows

DEMO_PASSWORD = "demo"
ADMIN_ACTOR = "beheer"

# Per team, as the client's demo makes them: (username suffix, roles, has an account).
TEAM_MEMBERS: tuple[tuple[int, tuple[Role, ...], bool], ...] = (
    (1, (Role.CASUSREGISSEUR,), True),
    (2, (Role.CASUSREGISSEUR,), False),
    (3, (Role.CASUSREGISSEUR, Role.GEZINSCOACH), False),
    (4, (Role.GEZINSCOACH,), True),
    (5, (Role.TEAMLEIDER,), False),
)
FIRST_NAMES = ("Anouk", "Bram", "Esra", "Jeroen", "Fatima", "Sven", "Noor", "Karim", "Ilse",
               "Ruben", "Priya", "Thijs", "Marieke", "Yusuf", "Lotte", "Hasan")
LAST_NAMES = ("de Bruijn", "Peters", "van Dam", "Yilmaz", "Hendriks", "Kok", "El Amrani",
              "Verbeek", "Mulder", "Janssen", "Bos", "van Leeuwen")


@dataclass(frozen=True)
class DemoUser:
    username: str
    team: str
    rollen: tuple[str, ...]


def slug(text: str) -> str:
    return "".join(ch.lower() if ch.isalnum() else "-" for ch in text).strip("-")


def install_region(session: Session, region: Region, now: datetime) -> int:
    rows: list[tuple[str, str, dict[str, Any]]] = []
    for g in region.gemeenten:
        rows.append(("gemeente", g.id, {
            "code": g.code, "naam": g.naam, "regio": region.naam, "evaluatie_maanden": 3,
            "start18_maanden": 198, "verlengd_tot": 21, "bewaartermijn_jaren": 20,
        }))
    for t in region.teams:
        rows.append(("team", t.id, {"naam": t.naam, "gemeente_id": t.gemeente_id}))
    for tafel in region.tafels:
        rows.append(("tafel", tafel.id, {
            "code": tafel.definition.code, "naam": tafel.definition.name, "definitie": tafel.raw,
        }))
    return put_rows(session, rows, ADMIN_ACTOR, now)


def install_demo(session: Session, region: Region, now: datetime) -> list[DemoUser]:
    """Professionals of every team, accounts for some, the tables' secretaries and sessions."""
    rng = random.Random(7)
    password_hash = hash_password(DEMO_PASSWORD)  # one known password for every demo account
    users: list[DemoUser] = []
    directory: list[tuple[str, str, dict[str, Any]]] = []
    for team in region.teams:
        for number, roles, has_account in TEAM_MEMBERS:
            username = f"{slug(team.naam)}-{number}"
            naam = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            rollen = tuple(r.value for r in roles)
            if has_account:
                create_account(session, NewAccount(
                    username, naam, team.id, rollen, organisatie=team.naam,
                    email=f"{username}@jeugd.rijkvannijmegen.example",
                    account_id=stable_id("professional", username),
                ), password_hash, now)
                users.append(DemoUser(username, team.naam, rollen))
            else:
                directory.append(("professional", stable_id("professional", username), {
                    "naam": naam, "gebruikersnaam": username, "organisatie": team.naam,
                    "team_id": team.id, "rollen": list(rollen), "telefoon": "",
                    "email": f"{username}@jeugd.rijkvannijmegen.example",
                }))
    for tafel in region.tafels:
        username = f"secretaris-{tafel.definition.code.lower()}"
        rollen = (Role.TAFELSECRETARIS.value,)
        create_account(session, NewAccount(
            username, f"Secretariaat {tafel.definition.name}", None, rollen,
            tafels=(tafel.id,), organisatie="Regionaal Expertteam",
            account_id=stable_id("professional", username),
        ), password_hash, now)
        users.append(DemoUser(username, "", rollen))
    directory.append(("professional", stable_id("professional", "privacy"), {
        "naam": "Functionaris Gegevensbescherming", "gebruikersnaam": "privacy",
        "organisatie": "Gemeente Nijmegen", "team_id": None,
        "rollen": [Role.PRIVACY_OFFICER.value], "telefoon": "", "email": "",
    }))
    put_rows(session, directory + _sessions(region, now.date()), ADMIN_ACTOR, now)
    return users


def _sessions(region: Region, today: date) -> list[tuple[str, str, dict[str, Any]]]:
    rows: list[tuple[str, str, dict[str, Any]]] = []
    for tafel in region.tafels:
        table = tafel.definition
        participants = dict(table.participants)
        for moment in session_dates(table, today - timedelta(days=28), today + timedelta(days=42)):
            rows.append(("zitting", stable_id("zitting", f"{table.code}:{moment.isoformat()}"), {
                "tafel_id": tafel.id,
                "start": moment.isoformat(timespec="microseconds"),
                "plaats": "Stadhuis Nijmegen, kamer 2.14",
                "voorzitter": participants.get("voorzitter", ""),
                "secretaris": f"Secretariaat {table.name}",
                "deelnemers": [{"naam": who, "rol": rol, "aanwezig": moment.date() < today}
                               for rol, who in table.participants],
                "slots": table.slots,
            }))
    return rows
