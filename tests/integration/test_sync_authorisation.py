"""Authorisation on every row, on the server: a user of another team can neither pull nor push
a team's cases, through any endpoint; a table member sees only the table's aanmeldingen."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from casedesk.region import stable_id
from casedesk.store.models import (
    Aanmelding,
    Casus,
    Doel,
    Huishouden,
    OutboxEntry,
    Persoon,
    Toestemming,
)
from casedesk.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.conftest import NOW
from tests.integration.conftest import (
    OOST_1,
    SECRETARIS_OPH,
    TEAM_OOST,
    TEAM_WIJCHEN,
    WIJCHEN_1,
    Device,
    DeviceFactory,
    new_case,
)
from tests.integration.raw import Raw
from tests.integration.regional import RunningStore

OPH = stable_id("tafel", "OPH")
MDA = stable_id("tafel", "MDA")


def op(entity: str, entity_id: str, kind: str = "update", base_rev: int = 0,
       **nieuw: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id, "kind": kind,
            "base_rev": base_rev, "nieuw": nieuw, "basis": {}, "at": NOW.isoformat()}


def _ids_of_case(d: Device, casus_id: str) -> dict[str, str]:
    with d.store.session() as s:
        casus = s.get(Casus, casus_id)
        assert casus is not None
        person = s.scalar(select(Persoon.id).where(Persoon.huishouden_id == casus.huishouden_id))
        doel = s.scalar(select(Doel.id).where(Doel.casus_id == casus_id))
        assert person and doel
        return {"casus": casus_id, "huishouden": casus.huishouden_id, "persoon": person,
                "doel": doel}


@pytest.fixture
def two_teams(device: DeviceFactory) -> tuple[Device, Device, dict[str, str]]:
    oost, wijchen = device(OOST_1), device(WIJCHEN_1)
    casus_id = new_case(oost, "Gezin Bakker")
    oost.sync()
    new_case(wijchen, "Gezin Visser")
    wijchen.sync()
    return oost, wijchen, _ids_of_case(oost, casus_id)


def test_another_team_never_receives_the_case(
    two_teams: tuple[Device, Device, dict[str, str]],
) -> None:
    oost, wijchen, ids = two_teams
    wijchen.sync()
    with wijchen.store.session() as s:
        assert s.get(Casus, ids["casus"]) is None
        assert s.get(Huishouden, ids["huishouden"]) is None
        assert s.get(Persoon, ids["persoon"]) is None
        assert s.get(Doel, ids["doel"]) is None
        assert s.scalar(select(func.count()).select_from(Casus)) == 1  # its own
        (team,) = s.scalars(select(Casus.team_id))
        assert team == TEAM_WIJCHEN
    with oost.store.session() as s:
        assert set(s.scalars(select(Casus.team_id))) == {TEAM_OOST}


def test_no_endpoint_gives_another_team_the_case(
    two_teams: tuple[Device, Device, dict[str, str]], regional: RunningStore
) -> None:
    _, _, ids = two_teams
    intruder = Raw(regional.url, WIJCHEN_1)
    try:
        pulled = {row["id"] for row in intruder.pull_all()}
        assert not pulled & set(ids.values())
        refetched = intruder.http.post("/sync/pull", headers=intruder.auth, json={
            "refetch": [{"entity": e, "id": i} for e, i in ids.items()]}).json()
        assert not {row["id"] for row in refetched["rows"]} & set(ids.values())
        reference = intruder.http.get("/reference", headers=intruder.auth).json()
        assert {row["entity"] for row in reference["rows"]} <= {
            "gemeente", "team", "tafel", "professional"}
    finally:
        intruder.close()


def test_no_push_changes_another_teams_case(
    two_teams: tuple[Device, Device, dict[str, str]], regional: RunningStore
) -> None:
    oost, _, ids = two_teams
    with oost.store.session() as s:
        casus = s.get(Casus, ids["casus"])
        assert casus is not None
        rev, household_rev = casus.rev, s.get(Huishouden, ids["huishouden"]).rev  # type: ignore[union-attr]
    intruder = Raw(regional.url, WIJCHEN_1)
    try:
        results = intruder.push(
            op("casus", ids["casus"], base_rev=rev, aanleiding="overschreven"),
            op("casus", ids["casus"], base_rev=rev, team_id=TEAM_WIJCHEN),
            op("casus", ids["casus"], kind="delete", base_rev=rev),
            op("huishouden", ids["huishouden"], base_rev=household_rev, straat="Elders 1"),
            op("persoon", ids["persoon"], base_rev=rev, achternaam="X"),
            op("persoon", str(uuid.uuid4()), kind="insert", huishouden_id=ids["huishouden"],
               voornaam="Indringer", achternaam="X", rol="overig"),
            op("doel", str(uuid.uuid4()), kind="insert", casus_id=ids["casus"],
               omschrijving="Niet van jou"),
            op("aanmelding", str(uuid.uuid4()), kind="insert", casus_id=ids["casus"],
               tafel_id=OPH, status="ingediend"),
            op("casus", str(uuid.uuid4()), kind="insert", huishouden_id=ids["huishouden"],
               team_id=TEAM_OOST, status="open"),
            op("huishouden", str(uuid.uuid4()), kind="insert", naam="Gezin Nep",
               team_id=TEAM_OOST),
            op("professional", str(uuid.uuid4()), kind="insert", naam="Nep",
               gebruikersnaam="nep", team_id=TEAM_OOST),
            op("team", TEAM_WIJCHEN, naam="Hernoemd"),
            op("zitting", str(uuid.uuid4()), kind="insert", tafel_id=OPH,
               start="2026-11-10T09:00:00"),
            op("geheim", str(uuid.uuid4()), kind="insert"),
        )
        assert [r["status"] for r in results] == ["rejected"] * len(results)
        assert {r["reason"] for r in results} <= {"forbidden", "read-only", "unknown-entity",
                                                  "missing-parent"}
        assert all(r["conflicts"] == [] and r["rev"] is None for r in results)
    finally:
        intruder.close()
    oost.sync()
    with oost.store.session() as s:
        casus = s.get(Casus, ids["casus"])
        assert casus is not None and casus.aanleiding == "Zorgen over schoolverzuim."
        assert casus.deleted_at is None and casus.team_id == TEAM_OOST
        assert s.scalar(select(func.count()).select_from(Persoon).where(
            Persoon.huishouden_id == ids["huishouden"])) == 2


def test_replaying_another_accounts_op_id_reveals_nothing(
    two_teams: tuple[Device, Device, dict[str, str]], regional: RunningStore
) -> None:
    oost, _, ids = two_teams
    with oost.store.session() as s:
        doel = s.get(Doel, ids["doel"])
        assert doel is not None
        doel.omschrijving = "Nieuw doel"
    with oost.store.session() as s:
        op_id = s.scalar(select(OutboxEntry.op_id))
    oost.sync()
    intruder = Raw(regional.url, WIJCHEN_1)
    try:
        replay = op("doel", ids["doel"], omschrijving="Nieuw doel")
        replay["op_id"] = op_id
        (result,) = intruder.push(replay)
        assert result == {"op_id": op_id, "status": "rejected", "rev": None, "conflicts": [],
                          "reason": "forbidden"}
    finally:
        intruder.close()


def test_requests_without_a_valid_token_are_refused(regional: RunningStore) -> None:
    with httpx.Client(base_url=regional.url,
                      headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}) as http:
        for method, path, body in (("POST", "/sync/pull", {}), ("POST", "/sync/push",
                                   {"ops": []}), ("GET", "/reference", None)):
            for auth in ({}, {"Authorization": "Bearer forged.token"}):
                answer = http.request(method, path, json=body, headers=auth)
                assert answer.status_code == 401
                assert answer.json()["detail"]["code"] == "token-invalid"
        answer = http.post("/auth/refresh", json={"refresh_token": "x", "device_id": "y"})
        assert answer.status_code == 401 and answer.json()["detail"]["code"] == "session-expired"
        answer = http.post("/auth/login", json={"username": OOST_1})
        assert answer.status_code == 400 and answer.json()["detail"]["code"] == "invalid-request"
    with httpx.Client(base_url=regional.url) as http:
        answer = http.post("/sync/pull", json={})
        assert answer.status_code == 426
        assert answer.json()["detail"]["code"] == "protocol-mismatch"
        assert http.get("/version").json()["protocol"] == PROTOCOL_VERSION
        assert "/sync/push" in http.get("/openapi.json").json()["paths"]


def _aanmelding(casus_id: str, tafel_id: str, status: str) -> Aanmelding:
    return Aanmelding(tafel_id=tafel_id, casus_id=casus_id, status=status,
                      vraag="Welke passende hulp is mogelijk zonder uithuisplaatsing?",
                      samenvatting="Gezin met zorgen over schoolverzuim.")


def test_a_table_member_receives_only_that_tables_aanmeldingen(
    device: DeviceFactory,
) -> None:
    oost = device(OOST_1)
    casus_id = new_case(oost)
    with oost.store.session() as s:
        submitted = _aanmelding(casus_id, OPH, "ingediend")
        draft = _aanmelding(casus_id, OPH, "concept")
        other_table = _aanmelding(casus_id, MDA, "ingediend")
        consents = {ontvanger: Toestemming(
            casus_id=casus_id, doel="bespreken aan tafel", ontvanger=ontvanger,
            gegeven_door="ouders", gegeven_op=date(2026, 10, 20)) for ontvanger in (
                "OPH", "MDA", "huisarts")}
        s.add_all([submitted, draft, other_table, *consents.values()])
    oost.sync()

    secretary = device(SECRETARIS_OPH)
    report = secretary.sync()
    assert not report.rejected
    with secretary.store.session() as s:
        assert set(s.scalars(select(Aanmelding.id))) == {submitted.id}
        # the consent given for sharing with this table, no other
        assert set(s.scalars(select(Toestemming.id))) == {consents["OPH"].id}
        assert s.scalar(select(func.count()).select_from(Casus)) == 0
        assert s.scalar(select(func.count()).select_from(Huishouden)) == 0
        assert s.scalar(select(func.count()).select_from(Doel)) == 0
        row = s.get(Aanmelding, submitted.id)
        assert row is not None
        row.status = "ontvankelijk"  # the table's own field
    assert secretary.sync().applied == 1
    oost.sync()
    with oost.store.session() as s:
        assert s.get(Aanmelding, submitted.id).status == "ontvankelijk"  # type: ignore[union-attr]

    with secretary.store.session() as s:
        row = s.get(Aanmelding, submitted.id)
        assert row is not None
        row.samenvatting = "Iets anders dan de casusregisseur schreef."
    report = secretary.sync()
    assert [(r.entity, r.reason) for r in report.rejected] == [("aanmelding", "forbidden")]
    with secretary.store.session() as s:  # refetched: back to what the region holds
        assert s.get(Aanmelding, submitted.id).samenvatting == (  # type: ignore[union-attr]
            "Gezin met zorgen over schoolverzuim.")

    with oost.store.session() as s:
        s.get(Aanmelding, draft.id).status = "ingediend"  # type: ignore[union-attr]
    oost.sync()
    secretary.sync()
    with secretary.store.session() as s:
        assert set(s.scalars(select(Aanmelding.id))) == {submitted.id, draft.id}


def test_rows_never_move_to_another_household(device: DeviceFactory) -> None:
    laptop = device(WIJCHEN_1)
    first, second = new_case(laptop, "Gezin Smit"), new_case(laptop, "Gezin de Wit")
    laptop.sync()
    with laptop.store.session() as s:
        target = s.get(Casus, second).huishouden_id  # type: ignore[union-attr]
        person = s.scalar(select(Persoon).join(Casus, Casus.huishouden_id == Persoon.huishouden_id)
                          .where(Casus.id == first))
        assert person is not None
        person.huishouden_id = target
    report = laptop.sync()
    assert [(r.entity, r.reason) for r in report.rejected] == [("persoon", "forbidden")]
    with laptop.store.session() as s:  # refetched: the person is back where the region has it
        assert s.get(Persoon, person.id).huishouden_id != target  # type: ignore[union-attr]


def test_ids_that_are_not_uuids_are_refused(regional: RunningStore) -> None:
    someone = Raw(regional.url, OOST_1)
    try:
        bad = op("doel", 'x","rev":99,"data":{}}', kind="insert")
        answer = someone.http.post("/sync/push", json={"ops": [bad]}, headers=someone.auth)
        assert answer.status_code == 400
        assert answer.json()["detail"]["code"] == "invalid-request"
    finally:
        someone.close()
