"""Sync benchmark: initial sync of a large team, incremental rounds, many concurrent clients.

    .venv/bin/python bench/bench_sync.py [--cases 5000] [--changes 100] [--rounds 5]
                                         [--clients 50] [--pg URL] [--skip-concurrent]

1. Initial sync of a team with ``--cases`` cases over loopback (the store served by
   ``casedesk-regional serve`` in its own process): cases/s, and the ratio to a bare bulk insert
   of the same rows into the encrypted store (Core executemany, one transaction: the limit any
   sync could reach). Target: ratio >= 0.3.
2. Incremental rounds: one laptop changes ``--changes`` rows and syncs; a colleague's laptop
   pulls them. Target: median under 1 s.
3. ``--clients`` laptops (threads, each with its own encrypted profile) editing their teams'
   cases and syncing at once against PostgreSQL: ops/s, p95 round latency, and a check that no
   op is lost or applied twice and every laptop ends equal to the store.

Parts 1-2 use PostgreSQL when ``--pg`` (or ``CASEDESK_TEST_PG``) names a server, else an
embedded SQLite store; part 3 needs PostgreSQL. Each run makes a fresh database and drops it.
Data: the client's own demo generator (``casedesk demo``) for a few hundred households of one
team, cloned with fresh ids up to ``--cases``. Wall and CPU time are both printed: on a shared
2-core machine wall time includes waiting for the CPU.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import httpx
import keyring
from argon2 import PasswordHasher
from common import Figure, Figures, header
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from casedesk.clock import fixed_clock
from casedesk.region import load_region, stable_id
from casedesk.regional import demo as regional_demo
from casedesk.regional.accounts import NewAccount, create_account
from casedesk.regional.batch import put_rows
from casedesk.regional.database import initialise, open_engine, transaction
from casedesk.regional.models import Device, OpLog, Record
from casedesk.services import demo as demo_service
from casedesk.services import reference
from casedesk.store.database import Store, create_store
from casedesk.store.models import SYNCED_MODELS, Bijdrage, Casus, Doel, OutboxEntry
from casedesk.sync.client import SyncClient
from casedesk.wire import SYNC_COLUMNS, encode
from tests.memkeyring import MemoryKeyring

TODAY = date(2026, 11, 2)
NOW = datetime(2026, 11, 2, 10, 0)
PASSWORD = "bench"
REGION = load_region()
HOME_TEAM = stable_id("team", "Sociaal wijkteam Nijmegen-Oost")
REFERENCE = ("gemeente", "team", "tafel", "professional")
CLONE_NS = uuid.UUID("6a1f6f0e-0b8e-4a57-9d1e-3c4f1f7b2a10")

Row = tuple[str, str, dict[str, Any]]


FIGURES = Figures()


def timed() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - start[0], time.process_time() - start[1]


# --- data ---------------------------------------------------------------------------------


def demo_rows(folder: Path, households: int) -> tuple[list[Row], list[Row], int]:
    """Case rows and zittingen of one team made by the client's demo generator."""
    store = create_store(folder / f"source-{uuid.uuid4().hex[:6]}", clock=fixed_clock(NOW))
    with store.session() as s:
        reference.install_region(s, REGION)
    demo_service.generate(store.session, REGION, households=households, seed=3, today=TODAY,
                          teams=[HOME_TEAM], home_team=HOME_TEAM)
    cases: list[Row] = []
    shared: list[Row] = []
    with store.session() as s:
        for entity, model in SYNCED_MODELS.items():
            if entity in REFERENCE:
                continue
            columns = [c for c in model.__table__.columns if c.key not in SYNC_COLUMNS]
            for row in s.execute(select(model.__table__)).mappings():
                data = {c.key: encode(row[c.key]) for c in columns}
                (shared if entity == "zitting" else cases).append((entity, row["id"], data))
        n_cases = int(s.scalar(select(func.count()).select_from(Casus)) or 0)
    store.close()
    return cases, shared, n_cases


def clone(rows: list[Row], copy: int, overrides: dict[str, Any] | None = None) -> list[Row]:
    """The rows again with fresh ids (references inside them follow)."""
    own = {row_id for _, row_id, _ in rows}

    def fresh(value: Any) -> Any:
        if isinstance(value, str) and value in own:
            return str(uuid.uuid5(CLONE_NS, f"{copy}:{value}"))
        return value

    out: list[Row] = []
    for entity, row_id, data in rows:
        new = {k: fresh(v) for k, v in data.items()}
        if overrides and entity in ("huishouden", "casus"):
            new.update({k: v for k, v in overrides.items() if k in new})
        out.append((entity, fresh(row_id), new))
    return out


def parents_first(rows: list[Row]) -> list[Row]:
    order = list(SYNCED_MODELS)
    return sorted(rows, key=lambda r: order.index(r[0]))


# --- the store ----------------------------------------------------------------------------


@contextmanager
def database(pg_url: str | None, folder: Path) -> Iterator[str]:
    if not pg_url:
        yield f"sqlite+pysqlite:///{folder / 'regional.db'}"
        return
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def prepare_store(url: str, rows: list[Row], shared: list[Row],
                  users: list[tuple[str, str]]) -> None:
    """Region, bench accounts (a cheap argon2id hash: logins are not what is measured)."""
    engine = open_engine(url)
    try:
        initialise(engine, REGION.naam)
        cheap = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
        with transaction(engine) as s:
            regional_demo.install_region(s, REGION, NOW)
            for username, team in users:
                create_account(s, NewAccount(username, username, team, ("casusregisseur",),
                                             account_id=stable_id("professional", username)),
                               cheap, NOW)
        started = timed()
        with transaction(engine) as s:
            put_rows(s, shared + parents_first(rows), "bench", NOW)
        wall, _ = since(started)
        print(f"  store: {len(rows) + len(shared)} rows loaded in {wall:.1f} s")
    finally:
        engine.dispose()


def cpu_seconds(pid: int) -> float:
    """CPU time a process used so far (Linux /proc), to tell work from waiting for a core."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


SERVER_PID: list[int] = []


@contextmanager
def served(url: str, folder: Path) -> Iterator[str]:
    port = free_port()
    log = (folder / f"serve-{port}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "casedesk.regional.cli", "serve", "--db", url,
         "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    SERVER_PID[:] = [process.pid]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/version").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("casedesk-regional serve did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def laptop(folder: Path, name: str, server: str, username: str) -> tuple[Store, SyncClient]:
    store = create_store(folder / name, clock=fixed_clock(NOW))
    client = SyncClient(store)
    client.login(server, username, PASSWORD)
    return store, client


# --- part 1 and 2 -------------------------------------------------------------------------


def bulk_insert_time(source: Store, folder: Path) -> tuple[float, float, int]:
    """Copy every synced row of ``source`` into a fresh encrypted store the fastest way."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with source.session() as s:
        for entity, model in SYNCED_MODELS.items():
            tables[entity] = [dict(r) for r in s.execute(select(model.__table__)).mappings()]
    target = create_store(folder / "bulk", clock=fixed_clock(NOW))
    try:
        started = timed()
        with target.engine.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            with conn.begin():
                for entity, rows in tables.items():
                    if rows:
                        conn.execute(insert(SYNCED_MODELS[entity].__table__), rows)
        wall, cpu = since(started)
        return wall, cpu, sum(len(r) for r in tables.values())
    finally:
        target.close()


def change_rows(store: Store, count: int, seed: int) -> None:
    """``count`` changes across cases: updates of casus and doel fields and new bijdragen."""
    rng = random.Random(seed)
    with store.session() as s:
        cases = rng.sample(list(s.scalars(select(Casus))), count)
        doelen = rng.sample(list(s.scalars(select(Doel))), count)
        for i in range(count):
            if i % 3 == 0:
                cases[i].ernst = f"Zorg {seed}-{i}"
            elif i % 3 == 1:
                doelen[i].eindsituatie = f"Eindsituatie {seed}-{i}"
            else:
                s.add(Bijdrage(casus_id=cases[i].id, auteur="bench",
                               tekst=f"Notitie {seed}-{i}", bron="notitie", op=NOW))


def part_initial_and_incremental(args: argparse.Namespace, folder: Path) -> None:
    households = max(20, args.source_households)
    print(f"data: client demo, {households} households of one team ...", flush=True)
    cases, shared, n_source = demo_rows(folder, households)
    copies = max(1, math.ceil(args.cases / max(n_source, 1)))
    rows = [r for k in range(copies) for r in clone(cases, k)]
    n_cases = n_source * copies
    print(f"  {n_source} cases x {copies} copies = {n_cases} cases, {len(rows)} rows")
    backend = "PostgreSQL" if args.pg else "SQLite"
    with database(args.pg, folder) as url:
        users = [("bench-oost-1", HOME_TEAM), ("bench-oost-2", HOME_TEAM)]
        prepare_store(url, rows, shared, users)
        with served(url, folder) as server:
            print(f"\n1. initial sync of a {n_cases}-case team ({backend} store, loopback)")
            first, client_a = laptop(folder, "a", server, "bench-oost-1")
            started, server_cpu = timed(), cpu_seconds(SERVER_PID[0])
            report = client_a.round()
            wall, cpu = since(started)
            server_cpu = cpu_seconds(SERVER_PID[0]) - server_cpu
            bulk, bulk_cpu, n_rows = bulk_insert_time(first, folder)
            print(f"  rows pulled: {report.pulled} (bulk copy: {n_rows} rows)")
            print(f"  sync: {wall:.2f} s wall, {cpu:.2f} s client CPU, {server_cpu:.2f} s store "
                  f"CPU -> "
                  f"{n_cases / wall:.0f} cases/s, {report.pulled / wall:.0f} rows/s")
            print(f"  bare bulk insert of the same rows: {bulk:.2f} s wall, {bulk_cpu:.2f} s CPU "
                  f"-> {n_cases / bulk:.0f} cases/s")
            print(f"  ratio sync/bulk by CPU (client + store process): "
                  f"{bulk_cpu / (cpu + server_cpu):.2f}")
            FIGURES.add(Figure("sync.initial", f"initial sync of {n_cases} cases ({backend})",
                               "cases/s", [n_cases / wall], extra={"rows_per_s":
                                                                   report.pulled / wall}))
            FIGURES.add(Figure("sync.bulk", "bare bulk insert of the same rows", "cases/s",
                               [n_cases / bulk]))
            FIGURES.add(Figure("sync.ratio", "initial sync / bare bulk insert", "x",
                               [bulk / wall], (">=", 0.3)))

            print(f"\n2. incremental rounds, {args.changes} changes, {args.rounds} rounds")
            second, client_b = laptop(folder, "b", server, "bench-oost-2")
            started = timed()
            client_b.round()
            wall_b, _ = since(started)
            print(f"  (second laptop's initial sync: {wall_b:.2f} s wall)")
            pushes: list[float] = []
            pulls: list[float] = []
            for r in range(args.rounds):
                change_rows(first, args.changes, r)
                started = timed()
                pushed = client_a.round()
                pushes.append(since(started)[0])
                started = timed()
                pulled = client_b.round()
                pulls.append(since(started)[0])
                assert pushed.pushed == args.changes and pulled.pulled == args.changes
            FIGURES.add(Figure("sync.push", f"round sending {args.changes} changes", "s",
                               pushes))
            FIGURES.add(Figure("sync.pull", f"round receiving {args.changes} changes", "s",
                               pulls, ("<", 1.0)))
            first.close()
            second.close()


# --- part 3 -------------------------------------------------------------------------------


@dataclass
class Worker:
    name: str
    team: str
    store: Store
    client: SyncClient
    latencies: list[float]
    made: int = 0  # ops this laptop created
    error: str = ""


def part_concurrent(args: argparse.Namespace, folder: Path) -> None:
    if not args.pg:
        print("\n3. concurrent clients: skipped (needs PostgreSQL: --pg URL or CASEDESK_TEST_PG)")
        return
    teams = [t.id for t in REGION.teams]
    per_team = max(1, args.clients // len(teams))
    users = [(f"bench-{i}", teams[i % len(teams)]) for i in range(args.clients)]
    print(f"\n3. {args.clients} concurrent laptops, {len(teams)} teams, "
          f"{args.client_rounds} rounds of {args.client_changes} changes each (PostgreSQL)")
    cases, shared, n_source = demo_rows(folder, 20)
    rows: list[Row] = []
    for k, team in enumerate(teams):
        gemeente = next(t.gemeente_id for t in REGION.teams if t.id == team)
        owner = stable_id("professional", f"bench-{k}")
        rows += clone(cases, 1000 + k, {"team_id": team, "gemeente_id": gemeente,
                                        "casusregisseur_id": owner})
    print(f"  {n_source} cases per team, {per_team}+ laptops per team")
    with database(args.pg, folder) as url:
        prepare_store(url, rows, shared, users)
        with served(url, folder) as server:
            run_clients(users, folder, server, url, args)


def run_clients(users: list[tuple[str, str]], folder: Path, server: str, url: str,
                args: argparse.Namespace) -> None:
    """Log every laptop in, then let them all sync at once; check the outcome."""
    workers: list[Worker] = []
    for username, team in users:
        store, client = laptop(folder, username, server, username)
        workers.append(Worker(username, team, store, client, []))
    started, server_cpu = timed(), cpu_seconds(SERVER_PID[0])
    threads = [threading.Thread(target=run_worker, args=(w, args)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall, cpu = since(started)
    server_cpu = cpu_seconds(SERVER_PID[0]) - server_cpu
    print(f"  CPU used: clients {cpu:.1f} s, store {server_cpu:.1f} s (in {wall:.1f} s wall)")
    for w in workers:  # a last round each, one after the other: everything settles
        w.client.round()
    check_concurrent(workers, url, wall)


def run_worker(w: Worker, args: argparse.Namespace) -> None:
    rng = random.Random(w.name)
    try:
        w.client.round()  # initial sync
        for r in range(args.client_rounds):
            with w.store.session() as s:
                cases = list(s.scalars(select(Casus).where(Casus.team_id == w.team)))
                for i in range(args.client_changes):
                    if i % 2:
                        rng.choice(cases).ernst = f"{w.name} ronde {r} wijziging {i}"
                    else:
                        s.add(Bijdrage(casus_id=rng.choice(cases).id, auteur=w.name,
                                       tekst=f"{w.name} ronde {r} notitie {i}", op=NOW))
            with w.store.session() as s:
                w.made += int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
            started = time.perf_counter()
            w.client.round()
            w.latencies.append(time.perf_counter() - started)
            time.sleep(rng.uniform(0, 0.2))
    except Exception as error:
        w.error = f"{type(error).__name__}: {error}"


def check_concurrent(workers: list[Worker], url: str, wall: float) -> None:
    errors = [f"{w.name}: {w.error}" for w in workers if w.error]
    latencies = sorted(x for w in workers for x in w.latencies)
    made = sum(w.made for w in workers)
    engine = open_engine(url)
    try:
        with transaction(engine) as s:
            devices = {w.store.device_id for w in workers}
            logged = s.execute(select(OpLog.op_id, OpLog.status, OpLog.device_id)).all()
            mine = [op for op in logged if op.device_id in devices]
            statuses: dict[str, int] = {}
            for op in mine:
                statuses[op.status] = statuses.get(op.status, 0) + 1
            registered = s.scalar(select(func.count()).select_from(Device))
            server_cases = {
                r.id: json.loads(r.data)["ernst"]
                for r in s.execute(select(Record.id, Record.data).where(Record.entity == "casus"))
            }
    finally:
        engine.dispose()
    pending = 0
    diverged = 0
    for w in workers:
        with w.store.session() as s:
            pending += int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
            for casus_id, ernst in s.execute(select(Casus.id, Casus.ernst)):
                diverged += server_cases.get(casus_id) != ernst
        w.store.close()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    print(f"  {len(latencies)} rounds in {wall:.1f} s: "
          f"{len(latencies) / wall:.1f} rounds/s; {registered} devices; "
          f"round latency p95 {p95:.2f} s")
    clients = len(workers)
    FIGURES.add(Figure("sync.clients_ops", f"{clients} concurrent clients (PostgreSQL)",
                       "ops/s", [made / wall]))
    FIGURES.add(Figure("sync.clients_round", f"{clients} clients: round latency", "s",
                       latencies, extra={"p95_s": p95}))
    FIGURES.add(Figure("sync.clients_lost", f"{clients} clients: ops lost or applied twice", "",
                       [float(abs(made - len(mine)) + len(mine) - len({o.op_id for o in mine}))],
                       ("<=", 0.0)))
    print(f"  ops made {made}, logged by the store {len(mine)}, distinct "
          f"{len({op.op_id for op in mine})}, left in outboxes {pending}; {statuses}")
    print(f"  lost: {made - len(mine)}, applied twice: {len(mine) - len({o.op_id for o in mine})},"
          f" laptops differing from the store: {diverged} rows")
    if errors:
        print("  errors:\n    " + "\n    ".join(errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--source-households", type=int, default=400)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--client-rounds", type=int, default=5)
    parser.add_argument("--client-changes", type=int, default=10)
    parser.add_argument("--pg", default=os.environ.get("CASEDESK_TEST_PG"))
    parser.add_argument("--skip-initial", action="store_true")
    parser.add_argument("--skip-concurrent", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures here for bench/report.py")
    args = parser.parse_args()
    header(f"sync bench: {args.cases} cases, {args.clients} clients")
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_initial:
            part_initial_and_incremental(args, folder)
        if not args.skip_concurrent:
            part_concurrent(args, folder)
    FIGURES.write(args.json)


if __name__ == "__main__":
    main()
