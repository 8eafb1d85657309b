"""Property tests for the store's three-way merge per field (``_Pusher._update`` in
casedesk/regional/push.py), through the real API: for generated base, mine and theirs values of
several fields of one casus, "theirs" is pushed first and "mine" second, both based on the same
revision.

- a field only one side changed ends with that side's value (no lost update);
- both sides changed it differently: one conflict for that field, naming base, mine and theirs,
  and the store keeps theirs;
- both made the same change: no conflict;
- the answer is ``applied`` when nothing else had changed, ``merged`` when it had, ``conflict``
  when any field clashed; the row gets a new revision only when something of mine was taken;
- the same push sent again gets the same answer and changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from casedesk.region import load_region, stable_id
from casedesk.regional.database import transaction
from casedesk.regional.models import Record
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, OOST_4, TEAM_OOST
from tests.integration.raw import Raw
from tests.integration.regional import RunningStore
from tests.reliability.conftest import rounds

FIELDS = ("aanleiding", "eigen_kracht", "ernst", "afschaal_voorwaarden")
values = st.sampled_from(["", "a", "b", "c"])  # few values, so sides often agree
triples = st.tuples(values, values, values)  # base, mine, theirs
cases = st.fixed_dictionaries({name: triples for name in FIELDS})


@dataclass
class Shared:
    regional: RunningStore
    mine: Raw
    theirs: Raw
    casus_id: str

    def row(self) -> tuple[int, dict[str, Any]]:
        with transaction(self.regional.engine) as s:
            rev, data = s.execute(select(Record.rev, Record.data).where(
                Record.entity == "casus", Record.id == self.casus_id)).one()
        return rev, json.loads(data)


def _op(entity: str, entity_id: str, kind: str, base_rev: int, nieuw: dict[str, Any],
        basis: dict[str, Any]) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id, "kind": kind,
            "base_rev": base_rev, "nieuw": nieuw, "basis": basis, "at": NOW.isoformat()}


@pytest.fixture
def shared(regional: RunningStore) -> Iterator[Shared]:
    mine, theirs = Raw(regional.url, OOST_1), Raw(regional.url, OOST_4)
    team = next(t for t in load_region().teams if t.id == TEAM_OOST)
    household, casus = str(uuid.uuid4()), str(uuid.uuid4())
    answers = mine.push(
        _op("huishouden", household, "insert", 0, {
            "naam": "Gezin Samenvoegen", "team_id": team.id, "gemeente_id": team.gemeente_id},
            {}),
        _op("casus", casus, "insert", 0, {
            "huishouden_id": household, "team_id": team.id, "gemeente_id": team.gemeente_id,
            "casusregisseur_id": stable_id("professional", OOST_1), "status": "open",
            "stap": "vraaganalyse", "regime": "lokaal_vrijwillig",
            **dict.fromkeys(FIELDS, "")}, {}),
    )
    assert [a["status"] for a in answers] == ["applied", "applied"]
    yield Shared(regional, mine, theirs, casus)
    mine.close()
    theirs.close()


@settings(max_examples=rounds(40), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases)
def test_three_way_merge_per_field(shared: Shared, case: dict[str, tuple[str, str, str]]) -> None:
    # The row starts at the base values.
    rev, data = shared.row()
    reset = {f: base for f, (base, _, _) in case.items() if data[f] != base}
    if reset:
        (answer,) = shared.mine.push(_op("casus", shared.casus_id, "update", rev, reset,
                                         {f: data[f] for f in reset}))
        assert answer["status"] == "applied"
    base_rev, _ = shared.row()

    theirs = {f: t for f, (base, _, t) in case.items() if t != base}
    if theirs:
        (answer,) = shared.theirs.push(_op("casus", shared.casus_id, "update", base_rev, theirs,
                                           {f: case[f][0] for f in theirs}))
        assert answer["status"] == "applied"
    before_mine, _ = shared.row()

    mine = {f: m for f, (base, m, _) in case.items() if m != base}
    if not mine:
        return
    push = _op("casus", shared.casus_id, "update", base_rev, mine,
               {f: case[f][0] for f in mine})
    (answer,) = shared.mine.push(push)

    clashing = {f for f in mine if case[f][2] not in (case[f][0], case[f][1])}
    taken = {f for f in mine if case[f][2] == case[f][0]}
    expected = {f: (m if f in mine and f not in clashing else t)
                for f, (_, m, t) in case.items()}
    rev_after, data_after = shared.row()
    assert {f: data_after[f] for f in FIELDS} == expected
    assert {c["field"] for c in answer["conflicts"]} == clashing
    for conflict in answer["conflicts"]:
        base, my_value, their_value = case[conflict["field"]]
        assert (conflict["basis"], conflict["mijn"], conflict["hun"]) == (
            base, my_value, their_value)
    status = "conflict" if clashing else ("merged" if theirs else "applied")
    assert answer["status"] == status
    assert (rev_after > before_mine) == bool(taken)
    assert answer["rev"] == rev_after

    (again,) = shared.mine.push(push)  # a retry: answered from the op log, nothing redone
    assert again == answer
    assert shared.row() == (rev_after, data_after)
