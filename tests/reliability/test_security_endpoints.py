"""Every endpoint of the regional API, enumerated from the app's routes, tried as a user of
another team, with an expired access token and from a revoked device: each is refused. A new
endpoint fails ``test_every_endpoint_has_a_probe`` until it gets probes here."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select

from casedesk.regional import accounts
from casedesk.regional.app import create_app
from casedesk.regional.database import transaction
from casedesk.regional.models import Record
from casedesk.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, PASSWORD, WIJCHEN_1, DeviceFactory, new_case
from tests.integration.regional import RunningStore

PUBLIC = {"/version", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


class Caller:
    """One account on one device, talking HTTP."""

    def __init__(self, url: str, username: str) -> None:
        self.username = username
        self.http = httpx.Client(base_url=url, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
        self.device_id = str(uuid.uuid4())
        answer = self.http.post("/auth/login", json={
            "username": username, "password": PASSWORD, "device_id": self.device_id})
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["access_token"]
        self.refresh_token = answer.json()["refresh_token"]

    def call(self, method: str, path: str, body: Any = None) -> httpx.Response:
        return self.http.request(method, path, json=body,
                                 headers={"Authorization": f"Bearer {self.token}"})


Probe = Callable[[Caller, dict[str, str]], httpx.Response]


def _update(casus_id: str) -> dict[str, Any]:
    return {"ops": [{"op_id": str(uuid.uuid4()), "entity": "casus", "entity_id": casus_id,
                     "kind": "update", "base_rev": 1, "nieuw": {"aanleiding": "overgenomen"},
                     "basis": {}, "at": NOW.isoformat()}]}


# What each endpoint is asked by a caller; ``victim`` holds the other team's device and casus.
PROBES: dict[tuple[str, str], Probe] = {
    ("POST", "/auth/refresh"): lambda c, v: c.http.post("/auth/refresh", json={
        "refresh_token": c.refresh_token, "device_id": v["device_id"]}),
    # After refresh: a login makes the device's refresh token new.
    ("POST", "/auth/login"): lambda c, v: c.http.post("/auth/login", json={
        "username": c.username, "password": PASSWORD, "device_id": v["device_id"]}),
    ("GET", "/reference"): lambda c, v: c.call("GET", "/reference"),
    ("POST", "/sync/push"): lambda c, v: c.call("POST", "/sync/push", _update(v["casus"])),
    ("POST", "/sync/pull"): lambda c, v: c.call("POST", "/sync/pull", {
        "refetch": [{"entity": "casus", "id": v["casus"]}]}),
}


def _routes(regional: RunningStore) -> set[tuple[str, str]]:
    app = create_app(regional.engine)
    return {(method, route.path) for route in app.routes if isinstance(route, APIRoute)
            for method in route.methods if route.path not in PUBLIC}


@pytest.fixture
def caller(regional: RunningStore) -> Iterator[Callable[[str], Caller]]:
    made: list[Caller] = []

    def make(username: str) -> Caller:
        made.append(Caller(regional.url, username))
        return made[-1]

    yield make
    for c in made:
        c.http.close()


@pytest.fixture
def victim(device: DeviceFactory) -> dict[str, str]:
    oost = device(OOST_1)
    casus_id = new_case(oost, "Gezin Bakker")
    oost.sync()
    return {"casus": casus_id, "device_id": oost.store.device_id}


def _casus_row(regional: RunningStore, casus_id: str) -> dict[str, Any]:
    with transaction(regional.engine) as s:
        data = s.scalars(select(Record.data).where(Record.entity == "casus",
                                                   Record.id == casus_id)).one()
    return dict(json.loads(data) if isinstance(data, str) else data)


def test_every_endpoint_has_a_probe(regional: RunningStore) -> None:
    assert _routes(regional) == set(PROBES)


def test_a_user_of_another_team_gets_nothing_from_any_endpoint(
    regional: RunningStore, victim: dict[str, str], caller: Callable[[str], Caller]
) -> None:
    intruder = caller(WIJCHEN_1)
    before = _casus_row(regional, victim["casus"])
    for (method, path), probe in PROBES.items():
        answer = probe(intruder, victim)
        if path in ("/auth/login", "/auth/refresh"):  # another account's device
            assert answer.status_code in (401, 409), (path, answer.text)
        elif path == "/sync/push":
            assert answer.json()["results"][0]["status"] == "rejected", answer.text
        else:
            # A refetched row out of reach comes back as a purge of the id the caller sent
            # (as for an id that does not exist): never as a row.
            assert answer.status_code == 200, (method, path, answer.text)
            rows = {row["id"] for row in answer.json()["rows"]}
            assert victim["casus"] not in rows, (method, path)
    assert _casus_row(regional, victim["casus"]) == before


@pytest.mark.parametrize("trouble", ["expired", "revoked"])
def test_an_expired_token_or_a_revoked_device_is_refused_everywhere(
    regional: RunningStore, victim: dict[str, str], trouble: str,
    caller: Callable[[str], Caller],
) -> None:
    laptop = caller(OOST_1)
    own = {"casus": victim["casus"], "device_id": laptop.device_id}
    if trouble == "expired":
        regional.clock.advance(seconds=accounts.ACCESS_TTL + 1)
    else:
        with transaction(regional.engine) as s:
            accounts.revoke_device(s, laptop.device_id, regional.clock())
    before = _casus_row(regional, victim["casus"])
    for (method, path), probe in PROBES.items():
        answer = probe(laptop, own)
        if trouble == "expired" and path in ("/auth/login", "/auth/refresh"):
            assert answer.status_code == 200  # that is how an expired access token is renewed
            continue
        assert answer.status_code in (401, 403), (method, path, answer.text)
        code = answer.json()["detail"]["code"]
        assert code == ("token-expired" if trouble == "expired" else "device-revoked")
        assert answer.json()["detail"]["wipe"] is (trouble == "revoked")
    assert _casus_row(regional, victim["casus"]) == before
