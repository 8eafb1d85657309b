"""Fixtures for client ↔ regional store tests: a real store per test (SQLite and, when
``CASEDESK_TEST_PG`` names a PostgreSQL server, PostgreSQL), served by uvicorn on loopback, and
devices with their own encrypted profiles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from casedesk.clock import fixed_clock
from casedesk.region import stable_id
from casedesk.store.database import Store, create_store
from casedesk.store.models import Casus, Doel, Huishouden, Persoon, StapLog, Team
from casedesk.sync import account
from casedesk.sync.client import SyncClient, SyncReport
from tests.conftest import NOW
from tests.integration.regional import (
    Databases,
    RunningStore,
    ServerClock,
    module_databases,
    serve,
)

PG_ENV = "CASEDESK_TEST_PG"
PASSWORD = "demo"  # every demo account's password
OOST_1 = "sociaal-wijkteam-nijmegen-oost-1"  # casusregisseur, team Nijmegen-Oost
OOST_4 = "sociaal-wijkteam-nijmegen-oost-4"  # gezinscoach, same team
WIJCHEN_1 = "lokaal-team-wijchen-1"  # casusregisseur, another team
SECRETARIS_OPH = "secretaris-oph"  # member of the OPH table only
TEAM_OOST = stable_id("team", "Sociaal wijkteam Nijmegen-Oost")
TEAM_WIJCHEN = stable_id("team", "Lokaal team Wijchen")


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Databases]:
    backend: str = request.param
    pg_url = os.environ.get(PG_ENV)
    if backend == "postgresql" and not pg_url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server for this run (.ci/run starts one)")
    with module_databases(backend, pg_url, tmp_path_factory.mktemp(backend)) as dbs:
        yield dbs


@pytest.fixture
def store_db(databases: Databases) -> Iterator[str]:
    url = databases.fresh()
    yield url
    databases.drop(url)


@pytest.fixture
def regional(store_db: str) -> Iterator[RunningStore]:
    with serve(store_db, clock=ServerClock()) as running:
        yield running


@dataclass
class Device:
    """One laptop: an encrypted profile logged in to the regional store."""

    store: Store
    client: SyncClient

    def sync(self) -> SyncReport:
        return self.client.round()

    @property
    def me(self) -> str:
        return self.store.me


DeviceFactory = Callable[..., Device]


@pytest.fixture
def device(tmp_path: Path, regional: RunningStore) -> Iterator[DeviceFactory]:
    made: list[Device] = []

    def make(username: str, *, server: str | None = None, ca_bundle: str | None = None,
             passphrase: str | None = None) -> Device:
        store = create_store(tmp_path / f"{username}-{len(made)}", passphrase,
                             clock=fixed_clock(NOW))
        client = SyncClient(store)
        client.login(server or regional.url, username, PASSWORD, ca_bundle=ca_bundle)
        made.append(Device(store, client))
        return made[-1]

    yield make
    for d in made:
        d.store.close()


def new_case(device: Device, naam: str = "Gezin Jansen", team_id: str | None = None) -> str:
    """A household with two members, a casus held by the device's user, and one goal."""
    with device.store.session() as s:
        team = s.get(Team, team_id or account.get(s, account.LOGIN_TEAM))
        assert team is not None
        h = Huishouden(naam=naam, gemeente_id=team.gemeente_id, team_id=team.id,
                       straat="Dorpsstraat 1", postcode="6511AA", woonplaats="Nijmegen")
        s.add(h)
        s.flush()
        s.add_all([
            Persoon(huishouden_id=h.id, voornaam="Sanne", achternaam=naam.split()[-1],
                    rol="ouder", gezag=True, geboortedatum=date(1988, 4, 1)),
            Persoon(huishouden_id=h.id, voornaam="Daan", achternaam=naam.split()[-1],
                    rol="jeugdige", geboortedatum=date(2014, 9, 12)),
        ])
        c = Casus(huishouden_id=h.id, team_id=team.id, gemeente_id=team.gemeente_id,
                  casusregisseur_id=device.me, verwijzer="school", status="open",
                  stap="vraaganalyse", regime="lokaal_vrijwillig", geopend_op=date(2026, 10, 1),
                  aanleiding="Zorgen over schoolverzuim.")
        s.add(c)
        s.flush()
        s.add(Doel(casus_id=c.id, omschrijving="Daan gaat weer elke dag naar school."))
        s.add(StapLog(casus_id=c.id, soort="geopend", naar="vraaganalyse", door=device.me,
                      op=NOW))
        return c.id
