"""Core benchmark: an encrypted profile with 10,000 demo households, measured in one run.

    .venv/bin/python bench/bench_core.py [--households 10000] [--runs 7]
                                         [--compare 1000,10000,100000] [--keep DIR]

Prints, each with its target and PASS/MISS:
- ``casedesk demo --households N`` itself (the real command, in a subprocess);
- open + first page of the case list, median of ``--runs``, on the full and on an empty
  profile, and their ratio (target <= 1.5x);
- search median and p95 over realistic queries: the FTS match alone, and the case list's
  search as the client runs it (first page of matching cases); target p95 <= 20 ms;
- bulk write of the same rows into an encrypted and a plain SQLite file (target <= 1.3x);
- peak RSS of the demo command and of this process.
With ``--compare`` the profile sizes given are built too and the search times compared: the
growth from one size to the next must stay below the growth of the data (sublinear).

"Open" starts once the data key is known: the keyring hands it over in about a millisecond;
with a passphrase, argon2id costs about 135 ms once per session, the same for any profile size.
Times are wall-clock on whatever else the machine is doing; the load average is printed first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, func, insert, select  # noqa: E402

from casedesk.clock import fixed_clock  # noqa: E402
from casedesk.region import load_region  # noqa: E402
from casedesk.services import reference  # noqa: E402
from casedesk.services.cases import CaseQuery, list_cases  # noqa: E402
from casedesk.store.database import Store, create_store, open_with_key  # noqa: E402
from casedesk.store.engine import open_engine  # noqa: E402
from casedesk.store.models import (  # noqa: E402
    SYNCED_MODELS,
    Base,
    Gemeente,
    Huishouden,
    OutboxEntry,
    Persoon,
)
from casedesk.store.profile import Profile  # noqa: E402
from casedesk.store.schema import ensure_schema  # noqa: E402
from casedesk.store.search import search_casus_rowids  # noqa: E402

PASSPHRASE = "bench-core"
PAGE = 200  # the desktop client's page of the case list
DEMO_TARGET_S = 90.0
OPEN_RATIO_TARGET = 1.5
SEARCH_P95_TARGET_MS = 20.0
WRITE_RATIO_TARGET = 1.3


@dataclass(frozen=True)
class Line:
    what: str
    value: str
    target: str
    ok: bool | None  # None: informational

    def __str__(self) -> str:
        verdict = "" if self.ok is None else ("PASS" if self.ok else "MISS")
        return f"  {self.what:<46} {self.value:>16}   {self.target:<14} {verdict}"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# --- building profiles ----------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    path: Path
    key: bytes
    wall_s: float
    cpu_s: float
    peak_rss_mb: float


def build_demo(path: Path, households: int, reuse: bool = False) -> Built:
    """``casedesk demo`` as a person runs it, timed from outside (not when reused)."""
    if reuse and Profile.exists(path):
        return Built(path, Profile.load(path).data_key(PASSPHRASE), 0.0, 0.0, 0.0)
    env = {**os.environ, "CASEDESK_PASSPHRASE": PASSPHRASE}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "casedesk", "--profile", str(path), "demo",
         "--households", str(households)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"casedesk demo failed: {done.stderr.strip()}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    key = Profile.load(path).data_key(PASSPHRASE)
    return Built(path, key, wall, cpu, after.ru_maxrss / 1024)


def build_empty(path: Path) -> Built:
    """A profile as ``casedesk init`` leaves it: the region, no households."""
    store = create_store(path, PASSPHRASE)
    with store.session() as s:
        reference.install_region(s, load_region())
    store.close()
    return Built(path, Profile.load(path).data_key(PASSPHRASE), 0.0, 0.0, 0.0)


@contextmanager
def opened(built: Built) -> Iterator[Store]:
    store = open_with_key(Profile.load(built.path), built.key)
    try:
        yield store
    finally:
        store.close()


def today_of(built: Built) -> date:
    """The demo places its dates around the day it was made; measure on that day."""
    with opened(built) as store, store.session() as s:
        stamp = s.scalar(select(func.max(Huishouden.updated_at)))
    return (stamp or datetime.now()).date()


# --- measurements -----------------------------------------------------------------------------


def open_first_page(built: Built, runs: int) -> list[float]:
    today = today_of(built)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        store = open_with_key(
            Profile.load(built.path), built.key, clock=fixed_clock(datetime.now())
        )
        with store.session() as s:
            page = list_cases(s, CaseQuery(), today=today, me=store.me, limit=PAGE)
        times.append(time.perf_counter() - started)
        store.close()
        assert page.total >= len(page.rows)
    return times


def realistic_queries(built: Built) -> list[str]:
    """What people type: surnames, first names, fragments, a name pair, a BSN, a birth date
    in Dutch form, a postcode, a street, a gemeente; taken from the profile itself."""
    with opened(built) as store, store.session() as s:
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
    built: Built, queries: list[str], repeats: int = 3
) -> tuple[list[float], list[float]]:
    """(FTS match alone, the case list's search incl. its first page) per query."""
    today = today_of(built)
    match, listed = [], []
    with opened(built) as store, store.session() as s:
        for q in queries:  # warm up: the OS cache and SQLite's page cache, as in a session
            search_casus_rowids(s, q, limit=PAGE)
        for _ in range(repeats):
            for q in queries:
                started = time.perf_counter()
                search_casus_rowids(s, q, limit=PAGE)
                match.append(time.perf_counter() - started)
                started = time.perf_counter()
                list_cases(s, CaseQuery(text=q), today=today, me=store.me, limit=PAGE)
                listed.append(time.perf_counter() - started)
    return match, listed


def copy_rows(source: Built, share: float) -> list[tuple[Any, list[dict[str, Any]]]]:
    """The same share of every synced table and of the outbox, parents first: real rows with
    real widths (text, JSON, dates), as the client writes them."""
    tables = [t for t in Base.metadata.sorted_tables if t.name in SYNCED_MODELS]
    tables.append(OutboxEntry.__table__)
    copied = []
    with opened(source) as store, store.engine.connect() as conn:
        for table in tables:
            total = conn.scalar(select(func.count()).select_from(table)) or 0
            rows = conn.execute(select(table).limit(max(1, round(total * share))))
            copied.append((table, [dict(r._mapping) for r in rows]))
    return copied


def timed_write(engine: Engine, rows: list[tuple[Any, list[dict[str, Any]]]]) -> float:
    """One transaction, as a bulk load or a first sync writes. Foreign keys are off on both
    sides: a share of each table leaves some parents out."""
    with engine.connect() as conn:
        # On the driver's connection: outside a transaction, where the pragma takes effect.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        started = time.perf_counter()
        with conn.begin():
            for table, values in rows:
                if values:
                    conn.execute(insert(table), values)
        return time.perf_counter() - started


def write_times(
    folder: Path, key: bytes, rows: list[tuple[Any, list[dict[str, Any]]]], runs: int
) -> tuple[list[float], list[float]]:
    """The same rows into fresh encrypted and plain files with the same schema, alternating."""
    encrypted, plain = [], []
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


# --- the report ---------------------------------------------------------------------------------


def section(title: str) -> None:
    print(f"\n{title}")


def report_search(label: str, match: list[float], listed: list[float], n: int) -> list[Line]:
    target = f"p95 <= {SEARCH_P95_TARGET_MS:.0f} ms" if n >= 10_000 else "(10k target)"
    check: Callable[[float], bool | None] = (
        (lambda v: v * 1000 <= SEARCH_P95_TARGET_MS) if n >= 10_000 else (lambda v: None)
    )
    return [
        Line(f"{label}FTS match, median", ms(statistics.median(match)), "", None),
        Line(f"{label}FTS match, p95", ms(p95(match)), target, check(p95(match))),
        Line(f"{label}case list search, median", ms(statistics.median(listed)), "", None),
        Line(f"{label}case list search, p95", ms(p95(listed)), target, check(p95(listed))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each timing")
    parser.add_argument(
        "--compare", default="", help="sizes to compare search at, e.g. 1000,10000,100000"
    )
    parser.add_argument("--keep", type=Path, help="build profiles here and keep them")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: use profiles built by an earlier run"
    )
    parser.add_argument(
        "--write-rows", type=int, default=100_000, help="rows in the bulk write comparison"
    )
    args = parser.parse_args()
    sizes = sorted({int(x) for x in args.compare.split(",") if x.strip()})

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-core-"))
    folder.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    print(f"casedesk core bench: {args.households} households, {args.runs} runs per timing")
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    lines: list[Line] = []
    try:
        section("building")
        full = build_demo(folder / f"profile-{args.households}", args.households, args.reuse)
        size_mb = full.path.joinpath("casedesk.db").stat().st_size / 2**20
        demo_ok = full.wall_s <= DEMO_TARGET_S if args.households == 10_000 else None
        if full.wall_s == 0.0:
            demo_ok = None
            print("  (profile reused: casedesk demo not timed)")
        lines.append(
            Line(
                f"casedesk demo --households {args.households}",
                f"{full.wall_s:.1f} s",
                f"<= {DEMO_TARGET_S:.0f} s" if args.households == 10_000 else "(10k target)",
                demo_ok,
            )
        )
        lines.append(Line("  of which CPU", f"{full.cpu_s:.1f} s", "", None))
        lines.append(Line("  database file", f"{size_mb:.0f} MB", "", None))
        empty_path = folder / "profile-empty"
        if Profile.exists(empty_path):
            shutil.rmtree(empty_path)
        empty = build_empty(empty_path)
        print(*lines, sep="\n")
        lines.clear()

        section("open + first page of the case list")
        full_open = open_first_page(full, args.runs)
        empty_open = open_first_page(empty, args.runs)
        ratio = statistics.median(full_open) / statistics.median(empty_open)
        lines += [
            Line(f"{args.households} households, median", ms(statistics.median(full_open)), "",
                 None),
            Line("empty profile, median", ms(statistics.median(empty_open)), "", None),
            Line("ratio", f"{ratio:.2f}x", f"<= {OPEN_RATIO_TARGET}x", ratio <= OPEN_RATIO_TARGET),
        ]  # fmt: skip
        print(*lines, sep="\n")
        lines.clear()

        section("search")
        queries = realistic_queries(full)
        print(f"  {len(queries)} queries, e.g. {', '.join(repr(q) for q in queries[:6])}")
        match, listed = search_times(full, queries)
        lines += report_search("", match, listed, args.households)
        print(*lines, sep="\n")
        lines.clear()

        if sizes:
            section("search growth with the profile size")
            previous: tuple[int, float, float] | None = None
            for n in sizes:
                path = folder / f"profile-{n}"
                built = full if n == args.households else build_demo(path, n, args.reuse)
                if built is not full and built.wall_s:
                    print(f"  built {n} households in {built.wall_s:.0f} s")
                m, li = search_times(built, realistic_queries(built))
                lines += report_search(f"{n}: ", m, li, n)
                if previous is not None:
                    n0, m0, l0 = previous
                    data = n / n0
                    for label, now, before in (("FTS", p95(m), m0), ("case list", p95(li), l0)):
                        growth = now / before
                        lines.append(
                            Line(f"{n0} -> {n}: {label} p95 growth", f"{growth:.2f}x",
                                 f"< {data:.0f}x (data)", growth < data)
                        )  # fmt: skip
                previous = (n, p95(m), p95(li))
                print(*lines, sep="\n")
                lines.clear()

        section("bulk write, encrypted vs plain SQLite")
        with opened(full) as store, store.engine.connect() as conn:
            total_rows = sum(
                conn.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
                if t.name in SYNCED_MODELS or t.name == "outbox"
            )
        rows = copy_rows(full, min(1.0, args.write_rows / max(total_rows, 1)))
        count = sum(len(v) for _, v in rows)
        encrypted, plain = write_times(folder, full.key, rows, max(3, args.runs // 2))
        write_ratio = statistics.median(encrypted) / statistics.median(plain)
        lines += [
            Line(f"{count} rows, encrypted, median", f"{statistics.median(encrypted):.2f} s", "",
                 None),
            Line(f"{count} rows, plain, median", f"{statistics.median(plain):.2f} s", "", None),
            Line("ratio", f"{write_ratio:.2f}x", f"<= {WRITE_RATIO_TARGET}x",
                 write_ratio <= WRITE_RATIO_TARGET),
        ]  # fmt: skip
        print(*lines, sep="\n")
        lines.clear()

        section("memory")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        lines += [
            Line(
                "peak RSS, casedesk demo",
                f"{full.peak_rss_mb:.0f} MB" if full.wall_s else "(reused)",
                "",
                None,
            ),
            Line("peak RSS, this process", f"{own:.0f} MB", "", None),
        ]
        print(*lines, sep="\n")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
