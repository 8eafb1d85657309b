"""Sync under faults: three laptops of one team edit the same cases (the same casus in different
fields, and the same field) round after round, while a proxy drops, delays, duplicates and
reorders their requests. Then the faults stop and every laptop syncs twice.

Every change a laptop's outbox had acknowledged is then either in the final state — on the
store and on every laptop alike — or knowingly replaced by a later change that was based on it,
or in a conflict its author can see in the conflict inbox (or has decided). None is lost, none
is applied twice, no row is doubled.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from casedesk.errors import KnownError
from casedesk.regional.database import transaction
from casedesk.regional.models import OpLog, Record
from casedesk.services.conflict_inbox import conflict_rows, resolve_conflict
from casedesk.store.models import Casus, Conflict, Doel, OutboxEntry
from casedesk.sync import account
from casedesk.sync.conflicts import Choice
from casedesk.wire import MAX_PUSH_OPS, SYNC_COLUMNS, encode
from tests.integration.conftest import OOST_1, OOST_4, Device, DeviceFactory, new_case
from tests.integration.regional import RunningStore
from tests.reliability.conftest import rounds
from tests.reliability.fault_proxy import FaultProxy

SEED = int(os.environ.get("CASEDESK_RELIABILITY_SEED", "8"))
CASUS_FIELDS = ("aanleiding", "eigen_kracht", "ernst", "afschaal_voorwaarden")
DOEL_FIELDS = ("omschrijving", "eindsituatie")
CASES = 2
EDITS_PER_ROUND = 3


@dataclass(frozen=True)
class MadeOp:
    op_id: str
    client: int
    seq: int  # order of making, across clients
    entity: str
    entity_id: str
    kind: str
    nieuw: dict[str, Any]
    basis: dict[str, Any]


@dataclass
class Laptop:
    index: int
    device: Device
    made: dict[str, MadeOp] = field(default_factory=dict)
    acked: set[str] = field(default_factory=set)
    outcomes: Counter[str] = field(default_factory=Counter)


@pytest.fixture
def faulty(regional: RunningStore) -> Iterator[FaultProxy]:
    proxy = FaultProxy(regional.url, SEED, rate=0.4)
    yield proxy
    proxy.close()


def _edit(laptop: Laptop, rng: random.Random, case_ids: list[str], round_no: int) -> None:
    """A few edits: casus fields and goals of the shared cases, now and then a new goal, and
    one open conflict decided (keep mine, or type another value)."""
    with laptop.device.store.session() as s:
        goals = list(s.scalars(select(Doel).where(Doel.casus_id.in_(case_ids),
                                                  Doel.deleted_at.is_(None))))
        for k in range(EDITS_PER_ROUND):
            value = f"L{laptop.index}-r{round_no}-e{k}"
            roll = rng.random()
            if roll < 0.15:
                s.add(Doel(casus_id=rng.choice(case_ids), omschrijving=value))
            elif roll < 0.55 and goals:
                setattr(rng.choice(goals), rng.choice(DOEL_FIELDS), value)
            else:
                casus = s.get(Casus, rng.choice(case_ids))
                assert casus is not None
                setattr(casus, rng.choice(CASUS_FIELDS), value)
    with laptop.device.store.session() as s:
        open_rows = conflict_rows(s)
        if open_rows and rng.random() < 0.5:
            row = rng.choice(open_rows)
            choice = rng.choice([Choice.MIJN, Choice.ANDERS])
            resolve_conflict(s, row.conflict_id, choice,
                             f"L{laptop.index}-r{round_no}-besluit" if choice is Choice.ANDERS
                             else None)


def _note_outbox(laptop: Laptop, counter: Iterator[int]) -> None:
    with laptop.device.store.session() as s:
        for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)):
            if e.op_id not in laptop.made:
                laptop.made[e.op_id] = MadeOp(e.op_id, laptop.index, next(counter), e.entity,
                                              e.entity_id, e.kind, dict(e.nieuw), dict(e.basis))


def _sync(laptop: Laptop, *, faults: bool = True) -> None:
    try:
        laptop.device.sync()
        laptop.outcomes["ok"] += 1
    except KnownError as error:  # a dropped or refused request: the next round completes it
        if not faults:
            raise
        laptop.outcomes[type(error).__name__] += 1
    with laptop.device.store.session() as s:
        pending = set(s.scalars(select(OutboxEntry.op_id)))
    laptop.acked |= set(laptop.made) - pending


def test_every_acknowledged_change_survives_faults(
    device: DeviceFactory, regional: RunningStore, faulty: FaultProxy
) -> None:
    rng = random.Random(SEED)
    users = (OOST_1, OOST_4, OOST_1)  # the casusregisseur on two laptops, the gezinscoach
    laptops = [Laptop(i, device(user, server=faulty.url)) for i, user in enumerate(users)]
    case_ids = [new_case(laptops[0].device, f"Gezin Storing{n}") for n in range(CASES)]
    counter = iter(range(1_000_000))
    for laptop in laptops:
        _note_outbox(laptop, counter)
        laptop.device.sync()
        _note_outbox(laptop, counter)
        laptop.acked |= set(laptop.made)

    faulty.active = True
    with ThreadPoolExecutor(max_workers=len(laptops)) as pool:
        for round_no in range(rounds(8)):
            for laptop in laptops:
                _edit(laptop, rng, case_ids, round_no)
                _note_outbox(laptop, counter)
            list(pool.map(_sync, laptops))
    faulty.active = False
    faulty.flush_late()
    for _ in range(2):
        for laptop in laptops:
            _sync(laptop, faults=False)

    made = {op_id: op for laptop in laptops for op_id, op in laptop.made.items()}
    print(f"\nfaults {dict(faulty.counts)}; answers {dict(faulty.statuses)}; "
          f"rounds {[dict(lp.outcomes) for lp in laptops]}; ops {len(made)}")
    assert sum(faulty.counts.values()) > 0
    assert not [status for status in faulty.statuses if status >= 500]
    for laptop in laptops:
        assert laptop.acked == set(laptop.made)  # the outbox is empty: all acknowledged

    logged = _op_log(regional, [lp.device.store.device_id for lp in laptops])
    assert set(logged) == set(made)  # each op once in the log, no op the laptops did not make
    assert not [op_id for op_id, (status, _, _) in logged.items() if status == "rejected"]

    server = _server_rows(regional, {op.entity_id for op in made.values()})
    _assert_none_lost(made, logged, server, laptops)
    _assert_no_row_doubled(made, logged, server, case_ids)
    shared = {key: (rev, data) for key, (rev, data, _) in server.items()
              if key[0] in ("casus", "doel")}
    for laptop in laptops:
        assert _local_rows(laptop, case_ids) == shared


def _op_log(regional: RunningStore,
            devices: list[str]) -> dict[str, tuple[str, int | None, set[str]]]:
    """op id -> (status, rev after it, fields that conflicted)."""
    with transaction(regional.engine) as s:
        rows = s.execute(select(OpLog.op_id, OpLog.status, OpLog.rev, OpLog.result)
                         .where(OpLog.device_id.in_(devices))).all()
    return {op_id: (status, rev, {c["field"] for c in json.loads(result)["conflicts"]})
            for op_id, status, rev, result in rows}


ServerRows = dict[tuple[str, str], tuple[int, dict[str, Any], bool]]


def _server_rows(regional: RunningStore, ids: set[str]) -> ServerRows:
    with transaction(regional.engine) as s:
        rows = s.execute(select(Record.entity, Record.id, Record.rev, Record.data,
                                Record.deleted_at).where(Record.id.in_(ids))).all()
    return {(e, i): (rev, json.loads(data), deleted is not None)
            for e, i, rev, data, deleted in rows}


def _local_rows(laptop: Laptop, case_ids: list[str]) -> dict[tuple[str, str], tuple[int, Any]]:
    found: dict[tuple[str, str], tuple[int, Any]] = {}
    with laptop.device.store.session() as s:
        model: Any
        for model, key_column in ((Casus, Casus.id), (Doel, Doel.casus_id)):
            for row in s.scalars(select(model).where(key_column.in_(case_ids))):
                data = {c.key: encode(getattr(row, c.key)) for c in model.__table__.columns
                        if c.key not in SYNC_COLUMNS}
                found[(model.__tablename__, row.id)] = (row.rev, data)
    return found


def _assert_none_lost(made: dict[str, MadeOp], logged: dict[str, tuple[str, int | None, set[str]]],
                      server: ServerRows, laptops: list[Laptop]) -> None:
    # For each row field: the values the store took, and what each later change was based on.
    based_on: dict[tuple[str, str, str], list[tuple[int, Any]]] = defaultdict(list)
    for op in made.values():
        _, rev, conflicted = logged[op.op_id]
        for name in op.nieuw:
            if name not in conflicted and rev is not None:
                based_on[(op.entity, op.entity_id, name)].append((rev, op.basis.get(name)))
    conflicts = {lp.index: _conflicts(lp) for lp in laptops}
    for op in made.values():
        _, rev, conflicted = logged[op.op_id]
        assert rev is not None, op
        _, data, deleted = server[(op.entity, op.entity_id)]
        assert not deleted
        for name, value in op.nieuw.items():
            where = (op.entity, op.entity_id, name)
            if name in conflicted:
                assert _in_inbox(op, name, value, conflicts[op.client], made), (op, name)
                continue
            replaced = any(later > rev and basis == value for later, basis in based_on[where])
            assert data.get(name) == value or replaced, (
                f"lost: {op.entity}.{name}={value!r} of laptop {op.client} (rev {rev}); "
                f"the store holds {data.get(name)!r}")


def _conflicts(laptop: Laptop) -> list[tuple[str, str, Any, bool]]:
    """(entity id, field, mijn, open) of each conflict; every open one is in the inbox."""
    with laptop.device.store.session() as s:
        visible = {row.conflict_id for row in conflict_rows(s)}
        found = []
        for c in s.scalars(select(Conflict)):
            is_open = c.opgelost_op is None
            assert not is_open or c.id in visible
            found.append((c.entity_id, c.field, c.mijn, is_open))
    return found


def _in_inbox(op: MadeOp, name: str, value: Any, conflicts: list[tuple[str, str, Any, bool]],
              made: dict[str, MadeOp]) -> bool:
    """The conflict is in its author's inbox (open, or decided by the person), or the author
    changed the field again later (the inbox then shows the later value)."""
    if any(e == op.entity_id and f == name and mijn == value for e, f, mijn, _ in conflicts):
        return True
    return any(o.client == op.client and o.entity_id == op.entity_id and name in o.nieuw
               and o.seq > op.seq for o in made.values())


def _assert_no_row_doubled(made: dict[str, MadeOp],
                           logged: dict[str, tuple[str, int | None, set[str]]],
                           server: ServerRows, case_ids: list[str]) -> None:
    inserted_goals = {op.entity_id for op in made.values()
                      if op.entity == "doel" and op.kind == "insert"}
    goals = {row_id for entity, row_id in server if entity == "doel"}
    assert goals == inserted_goals
    assert {row_id for entity, row_id in server if entity == "casus"} == set(case_ids)
    # A change applied twice (a duplicate or stale copy taken again) would leave the row at a
    # revision no logged answer names.
    last_rev: dict[str, int] = {}
    for op_id, (_, rev, _) in logged.items():
        if rev is not None:
            row_id = made[op_id].entity_id
            last_rev[row_id] = max(last_rev.get(row_id, 0), rev)
    for (_, row_id), (rev, _, _) in server.items():
        assert rev == last_rev[row_id]


def test_a_decision_overtaken_by_a_newer_change_shows_the_regions_value(
    device: DeviceFactory,
) -> None:
    """Found by the fault test: a conflict answer takes nothing, so the row's revision stays
    where this laptop's pull already was; the row must still come back with the store's value
    instead of showing the rejected one for good."""
    mine, theirs = device(OOST_1), device(OOST_4)
    casus_id = new_case(mine)
    mine.sync()
    theirs.sync()

    def edit(d: Device, value: str) -> None:
        with d.store.session() as s:
            casus = s.get(Casus, casus_id)
            assert casus is not None
            casus.aanleiding = value

    def shown(d: Device) -> str:
        with d.store.session() as s:
            casus = s.get(Casus, casus_id)
            assert casus is not None
            return casus.aanleiding

    edit(mine, "Eerste versie")
    edit(theirs, "Andere versie")
    mine.sync()
    assert theirs.sync().conflicts == 1
    edit(mine, "Tweede versie")
    mine.sync()
    theirs.sync()  # the laptop now holds the store's newest value and revision
    with theirs.store.session() as s:
        (row,) = conflict_rows(s)
        assert row.hun == "Eerste versie"
        resolve_conflict(s, row.conflict_id, Choice.ANDERS, "Besluit")
    assert theirs.sync().conflicts == 1  # decided against a value that was no longer current
    assert shown(theirs) == shown(mine) == "Tweede versie"
    with theirs.store.session() as s:
        (row,) = conflict_rows(s)
        assert (row.mijn, row.hun) == ("Besluit", "Tweede versie")


def test_more_refetches_than_one_pull_takes_wait_for_the_next_round(
    device: DeviceFactory,
) -> None:
    """Conflicts and refusals put rows on the refetch list; a pull takes at most 1000."""
    laptop = device(OOST_1)
    refs = [{"entity": "casus", "id": str(uuid.uuid4())} for _ in range(MAX_PUSH_OPS + 1)]
    with laptop.store.session() as s:
        account.put(s, account.REFETCH, refs)
    laptop.sync()
    with laptop.store.session() as s:
        assert account.get(s, account.REFETCH) == refs[MAX_PUSH_OPS:]
    laptop.sync()
    with laptop.store.session() as s:
        assert account.get(s, account.REFETCH) == []
