"""The regional store under load on PostgreSQL: twenty devices of five teams push and pull at
the same time, straight through the wire format.

No answer is a 5xx (or any refusal: every op is valid); every op is taken exactly once; the
revisions handed out are contiguous per push and never shared; and a device that pulled while
others were committing, and then catches up from its own cursor, holds every row of its team at
its latest revision — the change log skipped nothing. Latency is printed, not asserted.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from casedesk.region import load_region
from casedesk.regional.database import counter_value, transaction
from casedesk.regional.demo import slug
from casedesk.regional.models import OpLog, Record
from casedesk.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.conftest import NOW
from tests.integration.conftest import PASSWORD, PG_ENV
from tests.integration.regional import Databases, RunningStore, module_databases
from tests.reliability.conftest import rounds

TEAMS = 5
DEVICES_PER_TEAM = 4
GOALS = 2


@pytest.fixture(scope="module", params=[pytest.param("postgresql", marks=pytest.mark.postgres)])
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """Only PostgreSQL: SQLite serialises every request, there is no concurrency to test."""
    pg_url = os.environ.get(PG_ENV)
    if not pg_url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server for this run (.ci/run starts one)")
    with module_databases("postgresql", pg_url, tmp_path_factory.mktemp("load")) as dbs:
        yield dbs


@dataclass
class Worker:
    username: str
    team_id: str
    gemeente_id: str
    http: httpx.Client = field(init=False)
    me: str = ""
    auth: dict[str, str] = field(default_factory=dict)
    cursor: str = ""
    cursors: list[int] = field(default_factory=list)  # the log position of every page
    held: dict[str, int] = field(default_factory=dict)  # row id -> revision pulled
    sent: list[dict[str, Any]] = field(default_factory=list)
    answers: list[list[dict[str, Any]]] = field(default_factory=list)  # one list per push
    statuses: list[int] = field(default_factory=list)
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def call(self, kind: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        answer = self.http.post(path, json=body, headers=self.auth)
        self.latency[kind].append(time.perf_counter() - started)
        self.statuses.append(answer.status_code)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def login(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=120.0,
                                 headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
        answer = self.call("login", "/auth/login", {
            "username": self.username, "password": PASSWORD, "device_id": str(uuid.uuid4())})
        self.auth = {"Authorization": f"Bearer {answer['access_token']}"}
        self.me = answer["account"]["id"]

    def push(self, *ops: dict[str, Any]) -> None:
        self.sent += ops
        self.answers.append(self.call("push", "/sync/push", {"ops": list(ops)})["results"])

    def pull(self) -> None:
        more = True
        while more:
            page = self.call("pull", "/sync/pull", {"cursor": self.cursor})
            for row in page["rows"]:
                self.held[row["id"]] = row["rev"]
            for ref in page["purge"]:
                self.held.pop(ref["id"], None)
            self.cursor, more = page["cursor"], page["more"]
            self.cursors.append(int(self.cursor.partition(".")[0]))

    def work(self, iteration: int) -> None:
        household, casus = str(uuid.uuid4()), str(uuid.uuid4())
        self.push(
            _op("huishouden", household, "insert", naam=f"Gezin Last {iteration}",
                team_id=self.team_id, gemeente_id=self.gemeente_id),
            _op("casus", casus, "insert", huishouden_id=household, team_id=self.team_id,
                gemeente_id=self.gemeente_id, casusregisseur_id=self.me, status="open",
                stap="vraaganalyse", regime="lokaal_vrijwillig", aanleiding="Begin"),
            *(_op("doel", str(uuid.uuid4()), "insert", casus_id=casus,
                  omschrijving=f"Doel {n}") for n in range(GOALS)),
        )
        rev = self.answers[-1][1]["rev"]
        self.push(_op("casus", casus, "update", base_rev=rev, basis={"aanleiding": "Begin"},
                      aanleiding=f"Bijgewerkt door {self.me} ({iteration})"))
        self.pull()


def _op(entity: str, entity_id: str, kind: str, *, base_rev: int = 0,
        basis: dict[str, Any] | None = None, **nieuw: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id, "kind": kind,
            "base_rev": base_rev, "nieuw": nieuw, "basis": basis or {}, "at": NOW.isoformat()}


def _workers() -> list[Worker]:
    region = load_region()
    workers = []
    for team in region.teams[:TEAMS]:
        for n in range(DEVICES_PER_TEAM):
            user = f"{slug(team.naam)}-{1 if n % 2 == 0 else 4}"  # the two accounts per team
            workers.append(Worker(user, team.id, team.gemeente_id))
    return workers


def test_many_devices_at_once(regional: RunningStore) -> None:
    workers = _workers()
    with transaction(regional.engine) as s:
        counter_before = counter_value(s)
    iterations = rounds(3)
    began: list[float] = []  # after every device logged in (argon2id: ~0.4 s per login)
    start = threading.Barrier(len(workers), action=lambda: began.append(time.perf_counter()))

    def run(worker: Worker) -> None:
        worker.login(regional.url)
        start.wait()
        for i in range(iterations):
            worker.work(i)

    with ThreadPoolExecutor(max_workers=len(workers)) as pool:
        list(pool.map(run, workers))
    elapsed = time.perf_counter() - began[0]
    for worker in workers:  # catch up from each device's own cursor, after the storm
        worker.pull()
        worker.http.close()

    _print_latency(workers, elapsed)
    statuses = [s for w in workers for s in w.statuses]
    assert set(statuses) == {200}

    sent = {op["op_id"]: op for w in workers for op in w.sent}
    results = [r for w in workers for answer in w.answers for r in answer]
    assert len(sent) == len(results) == len(workers) * iterations * (GOALS + 3)
    assert {r["op_id"] for r in results} == set(sent)
    assert {r["status"] for r in results} == {"applied"}

    # Revisions: each push took a contiguous run while it held the counter; no two share one.
    runs = sorted([r["rev"] for r in answer] for w in workers for answer in w.answers)
    for taken in runs:
        assert taken == list(range(taken[0], taken[0] + len(taken)))
    flat = [rev for taken in runs for rev in taken]
    assert len(flat) == len(set(flat))

    with transaction(regional.engine) as s:
        counter_after = counter_value(s)
        logged = dict(s.execute(select(OpLog.op_id, OpLog.rev)
                                .where(OpLog.op_id.in_(list(sent)))).all())
        stored = s.execute(
            select(Record.entity, Record.id, Record.rev, Record.team_id, Record.casus_id)
            .where(Record.id.in_({op["entity_id"] for op in sent.values()}))).all()
        root_team = {row_id: team for _, row_id, _, team, _ in stored if team}
        rows = {row_id: (entity, rev, team or root_team[casus_id or ""])
                for entity, row_id, rev, team, casus_id in stored}
        max_rev = s.scalar(select(func.max(Record.rev)))
    assert counter_after - counter_before == len(flat)  # no revision handed out unused
    assert max_rev == counter_after
    assert logged == {r["op_id"]: r["rev"] for r in results}  # each op logged once, as answered
    inserts = {op["entity_id"] for op in sent.values() if op["kind"] == "insert"}
    assert set(rows) == inserts

    for worker in workers:
        assert worker.cursors == sorted(worker.cursors)  # the log position never goes back
        team_rows = {row_id: rev for row_id, (_, rev, team) in rows.items()
                     if team == worker.team_id}
        assert worker.cursors[-1] >= max(team_rows.values())
        held = {row_id: rev for row_id, rev in worker.held.items() if row_id in rows}
        assert held == team_rows  # every row of its team, at its latest revision


def _print_latency(workers: list[Worker], elapsed: float) -> None:
    requests = sum(len(w.statuses) - 1 for w in workers)
    print(f"\n{len(workers)} devices, {requests} requests after login in {elapsed:.1f} s")
    for kind in ("login", "push", "pull"):
        times = sorted(t for w in workers for t in w.latency[kind])
        if times:
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"  {kind:5} n={len(times):4}  median {statistics.median(times) * 1000:6.0f} ms"
                  f"  p95 {p95 * 1000:6.0f} ms  max {times[-1] * 1000:6.0f} ms")
