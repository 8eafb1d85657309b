"""What the benchmark scripts share: demo profiles (built once, cached), timing statistics,
figures with their targets, printing, and waiting for Qt.

Every script prints its figures for a person and, with ``--json FILE``, writes them as
``Figure`` records for ``bench/report.py`` to put in one table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = os.environ.get("CASEDESK_PASSPHRASE", "demo")
BUILD_FILE = "bench-build.json"  # how long `casedesk demo` took to build a cached profile


# --- statistics -------------------------------------------------------------------------------


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th quantile (0..1) by nearest rank, as the benches have always reported p95."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 0.95)


def repeat(
    fn: Callable[[], object], runs: int, warm_up: int = 0
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` calls of ``fn`` after ``warm_up`` uncounted ones."""
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(runs + warm_up):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        if i >= warm_up:
            wall.append(time.perf_counter() - w0)
            cpu.append(time.process_time() - c0)
    return wall, cpu


# --- figures ----------------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured figure: its samples, unit, and the target of its issue (if any).

    ``target`` is ``(op, value)`` with op one of ``<``, ``<=``, ``>=``; it is checked against
    the median. ``applies`` is False where the target is set for another size (e.g. the 10k
    targets on a 1k profile): the figure is shown, not judged.
    """

    key: str
    what: str
    unit: str
    values: list[float]
    target: tuple[str, float] | None = None
    applies: bool = True
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def ok(self) -> bool | None:
        if self.target is None or not self.applies or not self.values:
            return None
        op, limit = self.target
        return {"<": self.median < limit, "<=": self.median <= limit,
                ">=": self.median >= limit}[op]  # fmt: skip

    def spread(self) -> str:
        """p25-p75 with enough samples, else min-max; empty for a single value."""
        if len(self.values) < 2:
            return ""
        if len(self.values) >= 8:
            low, high = percentile(self.values, 0.25), percentile(self.values, 0.75)
            return f"p25–p75 {fmt(low, self.unit)}–{fmt(high, self.unit)}"
        return f"min–max {fmt(min(self.values), self.unit)}–{fmt(max(self.values), self.unit)}"

    def target_text(self) -> str:
        if self.target is None:
            return ""
        return f"{self.target[0]} {fmt(self.target[1], self.unit)}"

    def line(self) -> str:
        verdict = {None: "", True: "PASS", False: "MISS"}[self.ok]
        target = self.target_text() + ("" if self.applies else " (not at this size)")
        return (f"  {self.what:<44} {fmt(self.median, self.unit):>12}  {self.spread():<28} "
                f"{target:<18} {verdict}")  # fmt: skip


def fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s" and value < 10:
        return f"{value:.2f} s"
    if unit == "ms" and value < 100:
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}" if unit else f"{value:.0f}"


class Figures(list[Figure]):
    """Figures in the order measured; printed as they come, written as JSON at the end."""

    def add(self, figure: Figure) -> Figure:
        self.append(figure)
        print(figure.line(), flush=True)
        return figure

    def write(self, path: Path | None) -> None:
        if path is not None:
            path.write_text(json.dumps([asdict(f) for f in self], indent=1))

    @property
    def all_ok(self) -> bool:
        return all(f.ok is not False for f in self)


def read_figures(path: Path) -> list[Figure]:
    return [Figure(**{**d, "target": tuple(d["target"]) if d["target"] else None})
            for d in json.loads(path.read_text())]  # fmt: skip


def header(title: str) -> None:
    """The title and the load average: wall-clock figures include waiting for the CPU."""
    load = os.getloadavg()
    print(title)
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores",
          flush=True)


def section(title: str) -> None:
    print(f"\n{title}", flush=True)


# --- demo profiles ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """A demo profile and what building it cost (``casedesk demo`` in a subprocess)."""

    path: Path
    households: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    size_mb: float
    reused: bool


def demo_profile(folder: Path, households: int, reuse: bool = True) -> Built:
    """``folder/demo-N`` built by ``casedesk demo`` as a person runs it, timed from outside.

    With ``reuse`` an earlier build in the same folder is taken as it is (building 100k takes
    about 20 minutes), and the cost measured when it was built is reported again.
    """
    path = folder / f"demo-{households}"
    record = path / BUILD_FILE
    if reuse and record.exists():
        return Built(**{**json.loads(record.read_text()), "path": path, "reused": True})
    if path.exists():
        shutil.rmtree(path)
    folder.mkdir(parents=True, exist_ok=True)
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
    size = (path / "casedesk.db").stat().st_size / 2**20
    # ru_maxrss of children is the largest child so far: a fair peak for a single build.
    built = Built(path, households, wall, cpu, after.ru_maxrss / 1024, size, False)
    record.write_text(json.dumps({k: v for k, v in asdict(built).items()
                                  if k not in ("path", "reused")}))  # fmt: skip
    return built


def add_profile_args(parser: argparse.ArgumentParser, runs: int) -> None:
    """The options of a bench that measures on a demo profile, and ``--json``."""
    parser.add_argument("--profile", type=Path,
                        help="an existing demo profile (passphrase from CASEDESK_PASSPHRASE)")
    parser.add_argument("--households", type=int, default=10_000,
                        help="households of the demo profile to build (or of --profile)")
    parser.add_argument("--keep", type=Path, help="build demo profiles here once and reuse them")
    parser.add_argument("--runs", type=int, default=runs, help="repetitions of each timing")
    parser.add_argument("--json", type=Path, help="write the figures here for bench/report.py")


def given_profile(args: argparse.Namespace, scratch: Path) -> Path:
    """``--profile``, else a demo profile of ``--households`` (cached in ``--keep``)."""
    if args.profile:
        return Path(args.profile)
    return demo_profile(args.keep or scratch, args.households).path


def copy_profile(source: Path, target: Path) -> Path:
    """A working copy of a profile for benches that write (audit entries, drafts)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups", BUILD_FILE))
    return target


def profile_bench(argv: list[str] | None, doc: str, runs: int,
                  measure: Callable[[Any, argparse.Namespace], Figures],
                  copy: bool = False) -> int:  # fmt: skip
    """The main of a bench on a demo profile: options, the profile (a working copy if the
    bench writes), a ``Backend`` on it, ``measure(backend, args)``; exits 1 on a miss."""
    from casedesk.services.backend import Backend

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    add_profile_args(parser, runs)
    args = parser.parse_args(argv)
    header(f"{doc.splitlines()[0]} ({args.households} households, {args.runs} runs)")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        profile = given_profile(args, Path(tmp))
        if copy:
            profile = copy_profile(profile, Path(tmp) / "profile")
        backend = Backend.open(profile, PASSPHRASE)
        try:
            figures = measure(backend, args)
        finally:
            backend.close()
    figures.write(args.json)
    return 0 if figures.all_ok else 1


# --- Qt ---------------------------------------------------------------------------------------


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def idle(app: Any) -> None:
    """Run the event loop until nothing is pending (layout and paint included)."""
    from PySide6.QtCore import QEventLoop

    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    app.sendPostedEvents()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def wait_for(signal: Any, timeout_ms: int = 60000) -> None:
    """Wait in a Qt event loop, as the app does, until ``signal`` fires."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
