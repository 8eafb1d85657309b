"""The benchmark report: every bench of the issues, on demo profiles of several sizes, in one
Markdown file with each figure's median, spread and target (issue 8).

    .venv/bin/python bench/report.py                               # 1k, 10k and 100k households
    .venv/bin/python bench/report.py --sizes 1000 --runs 3         # a quick look
    .venv/bin/python bench/report.py --sizes 1000,10000 --keep /tmp/bench-profiles

Each bench runs in its own process (``--json``) so memory figures and Qt state do not mix.
The profile benches (core, casus, werkoverzicht, 18+) run once per size on the same demo
profile, built by ``casedesk demo`` and cached in ``--keep DIR`` (100k takes about 20
minutes; a later run reuses it and reports the build time measured then). The benches with
their own data (PDF, overlegtafels, sync) run once, at their issue's size or, with
``--fixed tiny``, at a tiny one. The ratios across sizes (search at 100k vs 10k) are computed
here. Nothing is asserted: the report says ✓ or ✗ next to each target of its issue.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from common import ROOT, Figure, demo_profile, fmt, read_figures

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    issue: str
    per_size: bool
    args: dict[str, Sequence[str]]  # by --fixed choice for own-data benches; "" for per-size
    runs_flag: str = "--runs"


BENCHES = (
    Bench("core", "bench_core.py", "#2 core", True, {"": ["--write-rows", "100000"]}),
    Bench("casus", "bench_casus.py", "#9 casus", True, {"": []}),
    Bench("overview", "bench_overview.py", "#7 werkoverzicht", True, {"": []}),
    Bench("t18", "bench_transition18.py", "#4 18+", True, {"": []}),
    Bench("pdf", "bench_pdf.py", "#6 PDF", False,
          {"issue": ["--plans", "500"], "tiny": ["--plans", "3"]}, runs_flag="--renders"),
    Bench("tables", "bench_tables.py", "#3 overlegtafels", False,
          {"issue": ["--years", "2"], "tiny": ["--years", "1"]}),
    Bench("sync", "bench_sync.py", "#5 sync", False,
          {"issue": ["--cases", "5000", "--changes", "100", "--rounds", "5", "--clients", "50"],
           "tiny": ["--cases", "40", "--source-households", "20", "--changes", "5",
                    "--rounds", "1", "--clients", "2", "--client-rounds", "1"]},
          runs_flag=""),
)  # fmt: skip


@dataclass
class Outcome:
    bench: Bench
    size: int | None
    seconds: float
    cpu: float
    figures: list[Figure] = field(default_factory=list)
    error: str = ""


def run_bench(bench: Bench, size: int | None, args: argparse.Namespace, scratch: Path) -> Outcome:
    out = scratch / f"{bench.name}-{size or 'fixed'}.json"
    command = [sys.executable, str(HERE / bench.script), "--json", str(out)]
    if size is not None:
        command += ["--households", str(size), "--keep", str(args.keep or scratch)]
        command += list(bench.args[""])
        if bench.name == "core" and args.fixed == "tiny":
            command[-1] = "2000"  # --write-rows
    else:
        command += list(bench.args[args.fixed])
        if bench.name == "sync" and not args.pg:
            command.append("--skip-concurrent")
        if bench.name == "sync" and args.pg:
            command += ["--pg", args.pg]
    if args.runs and bench.runs_flag:
        command += [bench.runs_flag, str(args.runs)]
    label = f"{bench.name}" + (f" at {size}" if size else "")
    print(f"== {label}: {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not args.pg:
        env.pop("CASEDESK_TEST_PG", None)
    log = scratch / f"{bench.name}-{size or 'fixed'}.log"
    with log.open("w+") as output:
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output,
                                 stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)  # the CPU time of this bench alone
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    seconds = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    print(text, end="", flush=True)
    # Exit 1 means a target missed; only a missing JSON file means the bench broke.
    if not out.exists():
        tail = text.strip().splitlines()[-1:] or ["no output"]
        print(f"   FAILED ({child.returncode}): {tail[0]}", flush=True)
        return Outcome(bench, size, seconds, cpu, error=f"exit {child.returncode}: {tail[0]}")
    return Outcome(bench, size, seconds, cpu, read_figures(out))


# --- the Markdown -----------------------------------------------------------------------------


def cell(f: Figure | None) -> str:
    if f is None:
        return "—"
    spread = f.spread()
    if spread:
        kind, values = spread.split(" ", 1)
        spread = f" ({'IQR' if kind.startswith('p25') else 'range'} {values})"
    verdict = {None: "", True: " ✓", False: " ✗"}[f.ok]
    return f"{fmt(f.median, f.unit)}{spread}{verdict}"


def target_cell(f: Figure) -> str:
    text = f.target_text()
    if text and f.note:
        text += f" ({f.note})"
    return text


def growth_rows(outcomes: list[Outcome], sizes: list[int]) -> list[str]:
    """Search p95 from one size to the next, against the growth of the data (sublinear)."""
    by_size = {o.size: {f.key: f for f in o.figures} for o in outcomes if o.bench.name == "core"}
    rows = []
    for n0, n1 in itertools.pairwise(sizes):
        for key, what in (("core.fts_p95", "FTS match"), ("core.search_p95", "case list search")):
            a, b = by_size.get(n0, {}).get(key), by_size.get(n1, {}).get(key)
            if a is None or b is None:
                continue
            growth, data = b.median / a.median, n1 / n0
            verdict = "✓" if growth < data else "✗"
            rows.append(f"| {what}: p95 at {n1:,} / at {n0:,} | #2 core | {growth:.2f}x | "
                        f"< {data:.0f}x (the data's growth) | {verdict} |")  # fmt: skip
    return rows


def markdown(outcomes: list[Outcome], sizes: list[int], args: argparse.Namespace,
             started: datetime, seconds: float, load: tuple[float, ...]) -> str:  # fmt: skip
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True, check=False).stdout.strip()
    end_load = os.getloadavg()
    lines = [
        "# Benchmark report",
        "",
        f"Made by `bench/report.py {' '.join(sys.argv[1:])}` on {started:%d %B %Y %H:%M} at "
        f"commit `{commit or '?'}`: {os.cpu_count()} cores ({platform.machine()}), Python "
        f"{platform.python_version()}; load average {load[0]:.1f} at the start, "
        f"{end_load[0]:.1f} at the end; {seconds / 60:.0f} minutes in all. Wall-clock times "
        "include waiting for a CPU that other work shares.",
        "",
        "Each cell: the median, its spread (IQR = 25th–75th percentile with 8 or more samples, "
        "else the range) and ✓/✗ against the target of its issue; a figure without a mark has "
        "no target, or one set for another size (the 10k targets are judged at 10k and up, the "
        "demo's 90 s at 10k only).",
        "",
        "## On demo profiles",
        "",
        "| figure | issue | " + " | ".join(f"{n:,} households" for n in sizes) + " | target |",
        "|---|---|" + "---|" * len(sizes) + "---|",
    ]
    per_size = [o for o in outcomes if o.size is not None]
    order: list[tuple[Bench, str, Figure]] = []
    seen: set[str] = set()
    for o in per_size:
        for f in o.figures:
            if f.key not in seen:
                seen.add(f.key)
                order.append((o.bench, f.key, f))
    found = {(o.size, f.key): f for o in per_size for f in o.figures}
    for bench, key, first in order:
        cells = [cell(found.get((n, key))) for n in sizes]
        target = next((target_cell(f) for n in sizes if (f := found.get((n, key)))), "")
        lines.append(f"| {first.what} | {bench.issue} | {' | '.join(cells)} | {target} |")
    growth = growth_rows(outcomes, sizes)
    if growth:
        lines += ["", "## Growth with the profile size", "",
                  "| figure | issue | measured | target | |", "|---|---|---|---|---|", *growth]
    fixed = [o for o in outcomes if o.size is None]
    if fixed:
        lines += ["", f"## On their own data ({args.fixed} size)", "",
                  "| figure | issue | measured | target |", "|---|---|---|---|"]
        for o in fixed:
            for f in o.figures:
                lines.append(f"| {f.what} | {o.bench.issue} | {cell(f)} | {target_cell(f)} |")
    lines += ["", "## Runs", "", "| bench | size | took (wall / CPU) | outcome |",
              "|---|---|---|---|"]
    for o in outcomes:
        outcome = o.error or f"{len(o.figures)} figures"
        lines.append(f"| {o.bench.script} | {o.size or '—'} | {o.seconds:.0f} s / {o.cpu:.0f} s "
                     f"| {outcome} |")
    if not args.pg:
        lines.append("| bench_sync.py, concurrent clients | — | — | not run: needs PostgreSQL "
                     "(`--pg URL` or `CASEDESK_TEST_PG`) |")  # fmt: skip
    misses = [(o, f) for o in outcomes for f in o.figures if f.ok is False]
    lines += ["", "## Misses", ""]
    lines += [f"- {f.what} ({o.bench.issue}, {o.size or args.fixed}): {fmt(f.median, f.unit)}, "
              f"target {f.target_text()}" for o, f in misses] or ["None."]  # fmt: skip
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="households of the demo profiles, comma-separated")
    parser.add_argument("--runs", type=int, help="repetitions of every timing (default: each "
                        "bench's own)")
    parser.add_argument("--keep", type=Path, help="cache the demo profiles here and reuse them")
    parser.add_argument("--out", type=Path, default=HERE / "REPORT.md")
    parser.add_argument("--fixed", choices=("issue", "tiny"), default="issue",
                        help="size of the benches with their own data (PDF, tables, sync)")
    parser.add_argument("--only", default="", help="benches to run, e.g. core,casus")
    parser.add_argument("--jobs", type=int, default=1,
                        help="benches run side by side (for a smoke run; figures suffer)")
    parser.add_argument("--pg", default=os.environ.get("CASEDESK_TEST_PG"),
                        help="PostgreSQL for the concurrent sync clients")
    args = parser.parse_args(argv)  # fmt: skip
    sizes = sorted({int(x) for x in args.sizes.split(",") if x.strip()})
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    benches = [b for b in BENCHES if not only or b.name in only]
    started, t0, load = datetime.now(), time.perf_counter(), os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        scratch = Path(tmp)
        for n in sizes if any(b.per_size for b in benches) else []:
            print(f"== demo profile of {n} households", flush=True)
            built = demo_profile(args.keep or scratch, n)
            print(f"   {'reused' if built.reused else 'built'}: {built.wall_s:.0f} s",
                  flush=True)  # fmt: skip
        jobs = [(b, n) for n in sizes for b in benches if b.per_size]
        jobs += [(b, None) for b in benches if not b.per_size]
        # One at a time unless asked: benches running side by side slow each other down.
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(lambda job: run_bench(*job, args, scratch), jobs))
    text = markdown(outcomes, sizes, args, started, time.perf_counter() - t0, load)
    args.out.write_text(text)
    print(f"\nwritten: {args.out}")
    return 1 if any(o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
