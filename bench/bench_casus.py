"""Casus benchmark: opening a casus and switching its steps on a 10,000-household profile.

    CASEDESK_PASSPHRASE=demo .venv/bin/python bench/bench_casus.py --profile DIR [--runs 40]
    .venv/bin/python bench/bench_casus.py --households 10000 [--keep DIR]  # builds a demo

The profile is copied to a temporary folder (opening a casus writes its audit entry). One run
opens one casus of the profile's user (need-to-know keeps others' files shut), spread over
their case list, the way the client does it, in the real ``CaseDetailView`` (Qt offscreen):

- service: ``plan.workspace`` (detail, regie, the editable draft, a stored draft, versions);
- widgets: filling the editor from that answer, until the event loop is idle (layout, paint);
- open: ``show_case`` until ``loaded`` — the service on the database worker plus the widgets,
  what a user waits for;
- step switch: showing each of the four steps (and the gezinsplan tab), until idle.

Prints each median (and its spread) with the target: under 100 ms median for opening and for a
step switch; exits 1 when a wall-clock median misses it. Wall-clock times depend on whatever
else the machine is doing (the load average is printed first), so the CPU time this process
spent is kept too (in the JSON figures): on a busy machine it is the better estimate of a quiet one.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable

from common import Figure, Figures, idle, profile_bench, qt_app, wait_for

from casedesk.domain.vocabulary import Step
from casedesk.services import cases, plan
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseFilter, CaseQuery
from ui.context import AppContext
from ui.views.case_detail import CaseDetailView
from ui.worker import AppEvents, DbWorker

TARGET_MS = 100.0
WARM_UP = 3


def keep_singletons_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call and to True per
    Python signal emit (docs/decisions/0073-pyside-none-references.md); a long measuring run
    would abort. Python 3.12 makes these objects immortal; here their counts are raised once."""
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 32


def sample(backend: Backend, runs: int) -> list[str]:
    """The user's own cases (need-to-know: others' files take breaking the glass), spread
    evenly over their sorted list; on a small profile the same ones come round again."""
    query = CaseQuery(filter=CaseFilter.MINE)
    first = backend.call(cases.list_cases, query, today=backend.today(), me=backend.me, limit=1)
    print(f"{first.total} cases of the profile's user")
    if first.total == 0:
        raise SystemExit("the profile's user has no cases to open")
    wanted = runs + WARM_UP
    step = max(first.total // wanted, 1)
    chosen = []
    for offset in range(0, first.total, step)[:wanted]:
        page = backend.call(cases.list_cases, query, today=backend.today(),
                            me=backend.me, offset=offset, limit=1)
        chosen.append(page.rows[0].casus_id)
    return list(itertools.islice(itertools.cycle(chosen), wanted))


def measure(backend: Backend, runs: int, households: int) -> Figures:
    app = qt_app()
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
            wall[kind].append((time.perf_counter() - w0) * 1000)
            cpu[kind].append((time.process_time() - c0) * 1000)
        return result

    def fill(ws: plan.Workspace) -> None:
        view.casus_id, view._doc_casus = ws.detail.casus_id, None  # as if being opened
        view._show(ws)
        idle(app)

    def open_casus(casus_id: str) -> None:
        view.casus_id, view._doc_casus = None, None  # a fresh open, not a reload
        view.show_case(casus_id)
        wait_for(view.loaded, 30000)
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
    figures = Figures()
    print("wall-clock, and the CPU time of this process (all threads: what a quiet machine "
          "would wait):")
    for kind, name in names.items():
        target = ("<", TARGET_MS) if kind in ("open", "switch") else None
        figures.add(Figure(f"casus.{kind}", name, "ms", wall[kind], target, households >= 10_000,
                           extra={"cpu_median_ms": sorted(cpu[kind])[len(cpu[kind]) // 2]}))
    return figures


def main(argv: list[str] | None = None) -> int:
    keep_singletons_alive()
    return profile_bench(argv, __doc__ or "", 40, lambda backend, args: measure(
        backend, args.runs, args.households), copy=True)


if __name__ == "__main__":
    sys.exit(main())
