"""Casus benchmark: opening a casus and switching its steps on a 10,000-household profile.

    CASEDESK_PASSPHRASE=demo .venv/bin/python bench/bench_casus.py --profile DIR [--runs 40]
    .venv/bin/python bench/bench_casus.py --households 10000   # builds a demo profile first

The profile is copied to a temporary folder (opening a casus writes its audit entry). One run
opens one casus — spread over the whole case list — the way the client does it, in the real
``CaseDetailView`` (Qt offscreen):

- service: ``plan.workspace`` (detail, regie, the editable draft, a stored draft, versions);
- widgets: filling the editor from that answer, until the event loop is idle (layout, paint);
- open: ``show_case`` until ``loaded`` — the service on the database worker plus the widgets,
  what a user waits for;
- step switch: showing each of the four steps (and the gezinsplan tab), until idle.

Prints each median (and p90) with the target: under 100 ms median for opening and for a
step switch; exits 1 when a wall-clock median misses it. Wall-clock times depend on whatever
else the machine is doing (the load average is printed first), so the CPU time this process
spent is printed too: on a busy machine it is the better estimate of a quiet one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from casedesk.domain.vocabulary import Step  # noqa: E402
from casedesk.services import cases, plan  # noqa: E402
from casedesk.services.backend import Backend  # noqa: E402
from casedesk.services.cases import CaseQuery  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.views.case_detail import CaseDetailView  # noqa: E402
from ui.worker import AppEvents, DbWorker  # noqa: E402

TARGET_MS = 100.0
WARM_UP = 3


def keep_singletons_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call and to True per
    Python signal emit (docs/decisions/0073-pyside-none-references.md); a long measuring run
    would abort. Python 3.12 makes these objects immortal; here their counts are raised once."""
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 32


def ms(seconds: float) -> float:
    return seconds * 1000.0


def idle(app: QApplication) -> None:
    """Run the event loop until nothing is pending (layout and paint included)."""
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    app.sendPostedEvents()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def wait_for(signal: object, app: QApplication, timeout_ms: int = 30000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def report(name: str, values: list[float], target: float | None) -> bool:
    median = statistics.median(values)
    p90 = sorted(values)[int(len(values) * 0.9) - 1] if len(values) >= 10 else max(values)
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:.0f} ms  {'PASS' if median < target else 'MISS'}"
    print(f"{name:<34} median {median:7.1f} ms   p90 {p90:7.1f} ms   n={len(values)}{verdict}")
    return target is None or median < target


def build_profile(households: int, folder: Path) -> Path:
    path = folder / "demo"
    print(f"building a demo profile with {households} households (takes a while)…", flush=True)
    subprocess.run(
        [sys.executable, "-m", "ui.launcher", "demo", "--profile", str(path), "--households",
         str(households)],
        check=True, cwd=ROOT, env={**os.environ, "CASEDESK_PASSPHRASE": passphrase()},
        stdout=subprocess.DEVNULL,
    )
    return path


def passphrase() -> str:
    return os.environ.get("CASEDESK_PASSPHRASE", "demo")


def sample(backend: Backend, runs: int) -> list[str]:
    """Cases spread evenly over the whole (sorted) case list."""
    first = backend.call(cases.list_cases, CaseQuery(), today=backend.today(), me=backend.me,
                         limit=1)
    print(f"{first.total} open cases")
    step = max(first.total // (runs + WARM_UP), 1)
    chosen = []
    for offset in range(0, first.total, step)[: runs + WARM_UP]:
        page = backend.call(cases.list_cases, CaseQuery(), today=backend.today(),
                            me=backend.me, offset=offset, limit=1)
        chosen.append(page.rows[0].casus_id)
    return chosen


def measure(backend: Backend, runs: int) -> bool:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    worker = DbWorker(on_unhandled=lambda error: print("error:", error, file=sys.stderr))
    ctx = AppContext(backend, worker, AppEvents())
    view = CaseDetailView(ctx)
    view.resize(1200, 820)
    view.show()
    idle(app)
    today = backend.today()
    wall: dict[str, list[float]] = {k: [] for k in ("service", "widgets", "open", "switch")}
    cpu: dict[str, list[float]] = {k: [] for k in wall}
    casus_ids = sample(backend, runs)

    def timed(kind: str, counted: bool, work: Callable[[], object]) -> object:
        w0, c0 = time.perf_counter(), time.process_time()
        result = work()
        if counted:
            wall[kind].append(ms(time.perf_counter() - w0))
            cpu[kind].append(ms(time.process_time() - c0))
        return result

    def fill(ws: plan.Workspace) -> None:
        view.casus_id, view._doc_casus = ws.detail.casus_id, None  # as if being opened
        view._show(ws)
        idle(app)

    def open_casus(casus_id: str) -> None:
        view.casus_id, view._doc_casus = None, None  # a fresh open, not a reload
        view.show_case(casus_id)
        wait_for(view.loaded, app)
        idle(app)

    for i, casus_id in enumerate(casus_ids):
        counted = i >= WARM_UP
        ws = timed("service", counted,
                   lambda casus_id=casus_id: backend.call(plan.workspace, casus_id, today=today))
        assert isinstance(ws, plan.Workspace)
        timed("widgets", counted, lambda ws=ws: fill(ws))
        timed("open", counted, lambda casus_id=casus_id: open_casus(casus_id))
        for step in (*Step, None):
            timed("switch", counted, lambda step=step: (
                view.tabs.setCurrentIndex(view.plan_tab) if step is None
                else view.show_step(step), idle(app)))
    worker.stop()
    view.close()
    names = {"service": "service (plan.workspace)", "widgets": "widgets (fill the editor)",
             "open": "open a casus (show_case → loaded)", "switch": "switch step or tab"}
    targets = {"open": TARGET_MS, "switch": TARGET_MS}
    ok = True
    print("wall-clock:")
    for kind, name in names.items():
        ok &= report(name, wall[kind], targets.get(kind))
    print("cpu time of this process (what a quiet machine would wait; all threads):")
    for kind, name in names.items():
        report(name, cpu[kind], None)
    return ok


def main(argv: list[str] | None = None) -> int:
    keep_singletons_alive()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", help="a demo profile (copied first); default: build one")
    parser.add_argument("--households", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args(argv)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-casus-") as tmp:
        folder = Path(tmp)
        if args.profile:
            source = Path(args.profile)
            profile = folder / "profile"
            shutil.copytree(source, profile, ignore=shutil.ignore_patterns("backups"))
        else:
            profile = build_profile(args.households, folder)
        backend = Backend.open(profile, passphrase())
        try:
            ok = measure(backend, args.runs)
        finally:
            backend.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
