"""Core benchmark: an encrypted profile of demo households, measured in one run (issue 2).

    .venv/bin/python bench/bench_core.py [--households 10000] [--runs 7] [--keep DIR]

Prints, each with its target and PASS/MISS:
- ``casedesk demo --households N`` itself (the real command, in a subprocess; target <= 90 s
  at 10k);
- open + first page of the case list, median of ``--runs``, on the full and on an empty
  profile, and their ratio (target <= 1.5x);
- search median and p95 over realistic queries: the FTS match alone, and the case list's
  search as the client runs it (first page of matching cases); target p95 <= 20 ms at 10k;
- bulk write of the same rows into an encrypted and a plain SQLite file (target <= 1.3x);
- peak RSS of the demo command and of this process.
The growth of search from one size to the next is compared by ``bench/report.py``.

With ``--keep DIR`` the demo profile is built in DIR once and reused by later runs (the cost
measured when it was built is reported again). "Open" starts once the data key is known: the
keyring hands it over in about a millisecond; with a passphrase, argon2id costs about 135 ms
once per session, the same for any profile size.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from common import PASSPHRASE, Built, Figure, Figures, demo_profile, header, p95, section
from sqlalchemy import Engine, func, insert, select

from casedesk.clock import fixed_clock
from casedesk.region import load_region
from casedesk.services import reference
from casedesk.services.cases import PAGE_SIZE, CaseQuery, list_cases
from casedesk.store.database import Store, create_store, open_with_key
from casedesk.store.engine import open_engine
from casedesk.store.models import SYNCED_MODELS, Base, Gemeente, Huishouden, OutboxEntry, Persoon
from casedesk.store.profile import Profile
from casedesk.store.schema import ensure_schema
from casedesk.store.search import search_casus_rowids

PAGE = PAGE_SIZE  # the desktop client's page of the case list
TEN_K = 10_000  # the size the targets are set for

Rows = list[tuple[Any, list[dict[str, Any]]]]


def key_of(path: Path) -> bytes:
    return Profile.load(path).data_key(PASSPHRASE)


@contextmanager
def opened(path: Path) -> Iterator[Store]:
    store = open_with_key(Profile.load(path), key_of(path))
    try:
        yield store
    finally:
        store.close()


def build_empty(path: Path) -> Path:
    """A profile as ``casedesk init`` leaves it: the region, no households."""
    if not Profile.exists(path):
        store = create_store(path, PASSPHRASE)
        with store.session() as s:
            reference.install_region(s, load_region())
        store.close()
    return path


def today_of(path: Path) -> date:
    """The demo places its dates around the day it was made; measure on that day."""
    with opened(path) as store, store.session() as s:
        stamp = s.scalar(select(func.max(Huishouden.updated_at)))
    return (stamp or datetime.now()).date()


# --- measurements -----------------------------------------------------------------------------


def open_first_page(paths: list[Path], runs: int) -> list[tuple[list[float], list[float]]]:
    """Open each profile (key known) and read the first page, on a fresh connection each run:
    wall and CPU seconds per profile. The profiles take turns, run by run, so that both see
    the same machine (on a shared one, CPU time drifts with the neighbours too)."""
    known = [(today_of(path), key_of(path)) for path in paths]
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in paths]
    for _ in range(runs):
        for path, (today, key), (wall, cpu) in zip(paths, known, times, strict=True):
            started, used = time.perf_counter(), time.process_time()
            store = open_with_key(Profile.load(path), key, clock=fixed_clock(datetime.now()))
            with store.session() as s:
                # As the client: the page first, its count after it (count_cases, untimed).
                page = list_cases(s, CaseQuery(), today=today, me=store.me, limit=PAGE,
                                  count=False)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
            store.close()
            assert page.total >= len(page.rows)
    return times


def realistic_queries(path: Path) -> list[str]:
    """What people type: surnames, first names, fragments, a name pair, a BSN, a birth date
    in Dutch form, a postcode, a street, a gemeente; taken from the profile itself."""
    with opened(path) as store, store.session() as s:
        people = s.execute(
            select(Persoon.voornaam, Persoon.achternaam, Persoon.bsn, Persoon.geboortedatum)
            .order_by(Persoon.id)
            .limit(400)
        ).all()
        homes = s.execute(select(Huishouden.straat, Huishouden.postcode).limit(50)).all()
        gemeenten = list(s.scalars(select(Gemeente.naam)))
    queries: list[str] = []
    for i, (first, last, bsn, born) in enumerate(people[::10]):
        queries.append(last)
        queries.append(first if i % 2 else f"{first} {last}")
        queries.append(last[:3].lower())
        if bsn:
            queries.append(bsn)
        if born:
            queries.append(born.strftime("%d-%m-%Y"))
    queries += [street.split()[0] for street, _ in homes[:10]]
    queries += [postcode for _, postcode in homes[:10]]
    queries += gemeenten
    return queries


def search_times(
    path: Path, queries: list[str], repeats: int
) -> tuple[list[float], list[float], list[float]]:
    """(FTS match alone, the case list's search incl. its first page, the latter in CPU
    seconds) per query."""
    today = today_of(path)
    match, listed, listed_cpu = [], [], []
    with opened(path) as store, store.session() as s:
        for q in queries:  # warm up: the OS cache and SQLite's page cache, as in a session
            search_casus_rowids(s, q, limit=PAGE)
        for _ in range(repeats):
            for q in queries:
                started = time.perf_counter()
                search_casus_rowids(s, q, limit=PAGE)
                match.append(time.perf_counter() - started)
                started, used = time.perf_counter(), time.process_time()
                list_cases(s, CaseQuery(text=q), today=today, me=store.me, limit=PAGE)
                listed.append(time.perf_counter() - started)
                listed_cpu.append(time.process_time() - used)
    return match, listed, listed_cpu


def copy_rows(path: Path, wanted: int) -> Rows:
    """About ``wanted`` rows: the same share of every synced table and of the outbox, parents
    first; real rows with real widths (text, JSON, dates), as the client writes them."""
    tables = [t for t in Base.metadata.sorted_tables if t.name in SYNCED_MODELS]
    tables.append(OutboxEntry.__table__)
    copied = []
    with opened(path) as store, store.engine.connect() as conn:
        totals = [conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables]
        share = min(1.0, wanted / max(sum(totals), 1))
        for table, total in zip(tables, totals, strict=True):
            rows = conn.execute(select(table).limit(max(1, round(total * share))))
            copied.append((table, [dict(r._mapping) for r in rows]))
    return copied


def timed_write(engine: Engine, rows: Rows) -> tuple[float, float]:
    """One transaction, as a bulk load or a first sync writes. Foreign keys are off on both
    sides: a share of each table leaves some parents out."""
    with engine.connect() as conn:
        # On the driver's connection: outside a transaction, where the pragma takes effect.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        started, used = time.perf_counter(), time.process_time()
        with conn.begin():
            for table, values in rows:
                if values:
                    conn.execute(insert(table), values)
        return time.perf_counter() - started, time.process_time() - used


def write_times(
    folder: Path, key: bytes, rows: Rows, runs: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The same rows into fresh encrypted and plain files with the same schema, alternating:
    (wall, CPU) seconds per run."""
    encrypted: list[tuple[float, float]] = []
    plain: list[tuple[float, float]] = []
    for run in range(runs):
        for is_plain, into in ((False, encrypted), (True, plain)):
            path = folder / f"write-{run}-{'plain' if is_plain else 'encrypted'}.db"
            engine = open_engine(path, key, plain=is_plain)
            ensure_schema(engine, path, folder / "backups", datetime.now())
            into.append(timed_write(engine, rows))
            engine.dispose()
            for leftover in folder.glob(path.name + "*"):
                leftover.unlink()
    return encrypted, plain


# --- the run ----------------------------------------------------------------------------------


def run(households: int, runs: int, folder: Path, write_rows: int) -> Figures:
    figures = Figures()
    at_10k = households >= TEN_K
    section("building")
    full: Built = demo_profile(folder, households)
    if full.reused:
        print(f"  (profile reused from {full.path}: the cost of its build is shown)")
    figures.add(Figure("core.demo", "casedesk demo --households N", "s",
                       [full.wall_s], ("<=", 90.0), households == TEN_K,
                       extra={"cpu_s": full.cpu_s}))  # fmt: skip
    figures.add(Figure("core.demo_cpu", "casedesk demo, CPU time", "s", [full.cpu_s]))
    figures.add(Figure("core.db_size", "database file", "MB", [full.size_mb]))
    empty = build_empty(folder / "empty")

    section("open + first page of the case list")
    (full_open, full_cpu), (empty_open, empty_cpu) = open_first_page([full.path, empty], runs)
    figures.add(Figure("core.open", "open + first page", "ms", [x * 1000 for x in full_open]))
    figures.add(Figure("core.open_empty", "open + first page, empty profile", "ms",
                       [x * 1000 for x in empty_open]))  # fmt: skip
    # CPU time too: on a shared machine wall time is mostly waiting for a core, and the
    # waiting is not the same for both profiles.
    for key, what, full_t, empty_t in (
        ("open_ratio", "open + first page / empty profile", full_open, empty_open),
        ("open_ratio_cpu", "open + first page / empty profile, CPU time", full_cpu, empty_cpu),
    ):
        ratio = statistics.median(full_t) / statistics.median(empty_t)
        figures.add(Figure(f"core.{key}", what, "x", [ratio], ("<=", 1.5), at_10k))

    section("search")
    queries = realistic_queries(full.path)
    print(f"  {len(queries)} queries, e.g. {', '.join(repr(q) for q in queries[:6])}")
    match, listed, listed_cpu = search_times(full.path, queries, repeats=max(1, min(3, runs)))
    search_10k = households == TEN_K
    for key, what, values in (("fts", "FTS match", match), ("search", "case list search", listed),
                              ("search_cpu", "case list search, CPU time", listed_cpu)):
        figures.add(Figure(f"core.{key}", what, "ms", [x * 1000 for x in values]))
        figures.add(Figure(f"core.{key}_p95", f"{what}, p95", "ms", [p95(values) * 1000],
                           ("<=", 20.0), search_10k))  # fmt: skip

    section("bulk write, encrypted vs plain SQLite")
    rows = copy_rows(full.path, write_rows)
    count = sum(len(v) for _, v in rows)
    encrypted, plain = write_times(folder, key_of(full.path), rows, max(5, min(7, runs)))
    print(f"  {count} rows of every synced table and the outbox")
    figures.add(Figure("core.write_encrypted", "bulk write, encrypted", "s",
                       [wall for wall, _ in encrypted], extra={"rows": count}))
    figures.add(Figure("core.write_plain", "bulk write, plain SQLite", "s",
                       [wall for wall, _ in plain], extra={"rows": count}))
    # The ratio of each run's pair (written one after the other): a drift of the machine
    # between runs moves both sides of a pair alike. CPU time as well: the write's wall time
    # includes fsync, the same for both files and noisy.
    for key, what, at in (("write_ratio", "bulk write, encrypted / plain", 0),
                          ("write_ratio_cpu", "bulk write, encrypted / plain, CPU time", 1)):
        ratios = [e[at] / p[at] for e, p in zip(encrypted, plain, strict=True)]
        figures.add(Figure(f"core.{key}", what, "x", [statistics.median(ratios)], ("<=", 1.3)))

    section("memory")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.add(Figure("core.rss_demo", "peak RSS, casedesk demo", "MB", [full.peak_rss_mb]))
    figures.add(Figure("core.rss_bench", "peak RSS, this bench process", "MB", [own]))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=TEN_K)
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each timing")
    parser.add_argument("--keep", type=Path, help="build profiles here once and reuse them")
    parser.add_argument("--write-rows", type=int, default=100_000,
                        help="rows in the bulk write comparison")  # fmt: skip
    parser.add_argument("--json", type=Path, help="write the figures here for bench/report.py")
    args = parser.parse_args()
    header(f"casedesk core bench: {args.households} households, {args.runs} runs per timing")
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        figures = run(args.households, args.runs, args.keep or Path(tmp), args.write_rows)
    figures.write(args.json)


if __name__ == "__main__":
    main()
