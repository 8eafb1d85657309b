"""18+ timeline benchmark: median time to load the timeline on a demo profile.

    .venv/bin/python bench/bench_transition18.py --profile /tmp/demo10k [--runs 15]
    .venv/bin/python bench/bench_transition18.py --households 10000     # makes a demo first

With ``--profile`` an existing demo profile is opened (passphrase from CASEDESK_PASSPHRASE,
default "demo"); without it a demo profile of ``--households`` is generated in a temporary
folder (about a minute per thousand households on a 2-core machine). Each scope the page
offers is loaded ``--runs`` times through the same service call the page makes: my cases, the
largest team, the whole region. Opening one toekomstplan is timed too. Wall and CPU time are
both printed: on a shared 2-core machine the wall time includes waiting for the CPU.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring

from casedesk.clock import fixed_clock, system_clock
from casedesk.region import load_region
from casedesk.services import demo, reference
from casedesk.services import transition18 as t18
from casedesk.services.backend import Backend
from casedesk.store.database import create_store
from tests.memkeyring import MemoryKeyring

NOW = datetime(2026, 11, 2, 10, 30)
PASSPHRASE = "demo"


def make_profile(folder: Path, households: int) -> Path:
    path = folder / "profile"
    store = create_store(path, PASSPHRASE, clock=fixed_clock(NOW))
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
    home = next(t.id for t in region.teams if t.naam == "Sociaal wijkteam Nijmegen-Oost")
    started = time.perf_counter()
    report = demo.generate(
        store.session,
        region,
        households=households,
        seed=1,
        today=NOW.date(),
        teams=[t.id for t in region.teams],
        home_team=home,
    )
    with store.session() as s:
        reference.set_me(s, report.me)
    store.close()
    print(f"setup: demo of {households} households in {time.perf_counter() - started:.0f} s")
    return path


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    wall, cpu, result = [], [], None
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu), result


def bench(backend: Backend, runs: int) -> None:
    today, me = backend.today(), backend.me
    region = backend.call(t18.timeline, t18.TimelineQuery(t18.Scope.REGION), today=today, me=me)
    teams: dict[str, int] = {}
    for row in region.rows:
        teams[row.team] = teams.get(row.team, 0) + 1
    team_name = max(teams, key=teams.__getitem__)
    team_id = next(i for i, naam in backend.call(reference.teams) if naam == team_name)
    scopes = (
        ("mijn casussen", t18.TimelineQuery(t18.Scope.MINE)),
        (f"team ({team_name})", t18.TimelineQuery(t18.Scope.TEAM, team_id)),
        ("hele regio", t18.TimelineQuery(t18.Scope.REGION)),
    )
    for name, query in scopes:

        def load(q: t18.TimelineQuery = query) -> t18.Timeline:
            return backend.call(t18.timeline, q, today=today, me=me)

        wall, cpu, timeline = timed(load, runs)
        print(
            f"timeline {name}: median {wall * 1000:.0f} ms "
            f"(CPU {cpu * 1000:.0f} ms; {len(timeline.rows)} young people; {runs} runs)"
        )
    plan_id = next(r.plan_id for r in region.rows if r.plan_id)
    wall, cpu, _ = timed(lambda: backend.call(t18.get_plan, plan_id), runs)
    print(f"open one toekomstplan: median {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    passphrase = os.environ.get("CASEDESK_PASSPHRASE", PASSPHRASE)
    with tempfile.TemporaryDirectory() as tmp:
        # A generated profile is dated NOW; an existing one was made on its own "today".
        path = args.profile or make_profile(Path(tmp), args.households)
        clock = system_clock if args.profile else fixed_clock(NOW)
        backend = Backend.open(path, passphrase, clock=clock)
        try:
            bench(backend, args.runs)
        finally:
            backend.close()


if __name__ == "__main__":
    main()
