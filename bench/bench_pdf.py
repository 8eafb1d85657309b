"""PDF benchmark: median time to render one gezinsplan, and pages/s of a bulk export.

    .venv/bin/python bench/bench_pdf.py [--plans 500] [--renders 30]

Wall time and CPU time are both printed: on a shared 2-core machine the wall time includes
waiting for the CPU. The bulk part runs the whole path of ``casedesk export-pdf --team``:
reading every agreed plan version of a team from the encrypted store (with the audit
entries), rendering and writing each file atomically. Data: the realistic test household of
``tests/fixtures/plans.py``, repeated; the store lives in a temporary folder with an in-memory
keyring.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import keyring
from common import Figure, Figures, header, repeat
from pypdf import PdfReader

from casedesk.clock import fixed_clock
from casedesk.export.bulk import export_all
from casedesk.export.render import render
from casedesk.services.documents import (
    ExportKind,
    export_document,
    team_plan_documents,
)
from casedesk.store.database import create_store
from tests.fixtures.plans import TEAM, TODAY, make_family
from tests.memkeyring import MemoryKeyring

BATCH = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=500)
    parser.add_argument("--renders", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the figures here for bench/report.py")
    args = parser.parse_args()
    header(f"PDF bench: {args.plans} plans, {args.renders} renders")
    figures = Figures()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = create_store(folder / "profile", clock=fixed_clock(datetime(2026, 11, 2, 10)))
        started = time.perf_counter()
        for start in range(0, args.plans, BATCH):
            with store.session() as s:
                for i in range(start, min(start + BATCH, args.plans)):
                    family = make_family(s, f"bench-{i}")
        print(f"setup: {args.plans} households with an agreed plan in "
              f"{time.perf_counter() - started:.1f} s")

        with store.session() as s:
            doc = export_document(s, ExportKind.GEZINSPLAN, family.casus_id, today=TODAY)
        wall, cpu = repeat(lambda: render(doc), args.renders)
        pdf = render(doc)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        figures.add(Figure("pdf.render", f"render one gezinsplan ({pages} pages)", "ms",
                           [x * 1000 for x in wall],
                           extra={"cpu_median_ms": statistics.median(cpu) * 1000}))

        out = folder / "out"
        out.mkdir()
        t, c = time.perf_counter(), time.process_time()
        with store.session() as s:
            batch = team_plan_documents(s, TEAM, today=TODAY)
        read = time.perf_counter() - t
        written = export_all(batch.plans, out)
        total, total_cpu = time.perf_counter() - t, time.process_time() - c
        pages = sum(len(PdfReader(p).pages) for p in written)
        print(f"  bulk export: {len(written)} plans, {pages} pages in {total:.1f} s "
              f"(reading and auditing {read:.1f} s); CPU {total_cpu:.1f} s = "
              f"{pages / total_cpu:.0f} pages per CPU-second")
        figures.add(Figure("pdf.bulk", f"bulk export of {len(written)} plans", "pages/s",
                           [pages / total], extra={"plans_per_s": len(written) / total}))
        store.close()
    figures.write(args.json)


if __name__ == "__main__":
    main()
