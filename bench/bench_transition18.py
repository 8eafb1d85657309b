"""18+ timeline benchmark: median time to load the timeline on a demo profile (issue 4).

    CASEDESK_PASSPHRASE=demo .venv/bin/python bench/bench_transition18.py --profile DIR
    .venv/bin/python bench/bench_transition18.py --households 10000 [--keep DIR] [--runs 15]

With ``--profile`` an existing demo profile is opened; without it ``casedesk demo`` builds one
of ``--households`` (cached in ``--keep DIR``). Each scope the page offers is loaded
``--runs`` times through the same service call the page makes: my cases, the largest team,
the whole region. Opening one toekomstplan is timed too. The issue sets no target. Wall and
CPU time are both kept: on a shared 2-core machine the wall time includes waiting for the CPU.
"""

from __future__ import annotations

import statistics
import sys

from common import Figure, Figures, profile_bench, repeat

from casedesk.services import reference
from casedesk.services import transition18 as t18
from casedesk.services.backend import Backend


def bench(backend: Backend, runs: int) -> Figures:
    figures = Figures()
    today, me = backend.today(), backend.me
    region = backend.call(t18.timeline, t18.TimelineQuery(t18.Scope.REGION), today=today, me=me)
    teams: dict[str, int] = {}
    for row in region.rows:
        teams[row.team] = teams.get(row.team, 0) + 1
    team_name = max(teams, key=teams.__getitem__) if teams else ""
    team_id = next((i for i, naam in backend.call(reference.teams) if naam == team_name), "")
    scopes = (
        ("mine", "mijn casussen", t18.TimelineQuery(t18.Scope.MINE)),
        ("team", "het grootste team", t18.TimelineQuery(t18.Scope.TEAM, team_id)),
        ("region", "hele regio", t18.TimelineQuery(t18.Scope.REGION)),
    )
    for key, name, query in scopes:

        def load(q: t18.TimelineQuery = query) -> t18.Timeline:
            return backend.call(t18.timeline, q, today=today, me=me)

        wall, cpu = repeat(load, runs)
        count = len(load().rows)
        print(f"  {name}: {count} young people")
        figures.add(Figure(f"t18.{key}", f"18+ timeline, {name}", "ms", [x * 1000 for x in wall],
                           extra={"cpu_median_ms": statistics.median(cpu) * 1000,
                                  "young_people": count}))
    plan_id = next((r.plan_id for r in region.rows if r.plan_id), None)
    if plan_id is not None:
        wall, cpu = repeat(lambda: backend.call(t18.get_plan, plan_id), runs)
        figures.add(Figure("t18.plan", "open one toekomstplan", "ms", [x * 1000 for x in wall],
                           extra={"cpu_median_ms": statistics.median(cpu) * 1000}))
    return figures


def main(argv: list[str] | None = None) -> int:
    return profile_bench(argv, __doc__ or "", 15, lambda backend, args: bench(backend, args.runs))


if __name__ == "__main__":
    sys.exit(main())
