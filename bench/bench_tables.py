"""Overlegtafel benchmark: how long the planning view of a table takes to open.

    .venv/bin/python bench/bench_tables.py [--years 2] [--runs 30]

The table is OPH, weekly with six slots, with ``--years`` of zittingen (three quarters in
the past, every one full, the rest partly planned) and a few aanmeldingen waiting to be
planned. One run is what the secretary waits for when she opens the view: the calendar of
every zitting with its occupation, then the next zitting's agenda — both service calls on the
database worker and the widgets filled on the GUI thread (Qt offscreen). The target is a
median under 200 ms. The store is encrypted, in a temporary folder, with an in-memory keyring.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
from common import Figure, Figures, header, qt_app, repeat
from PySide6.QtCore import QEventLoop

from casedesk.clock import fixed_clock
from casedesk.domain.tables import session_dates
from casedesk.domain.vocabulary import AanmeldingStatus, Role
from casedesk.region import load_region
from casedesk.services import reference, tables
from casedesk.services.backend import Backend
from casedesk.store.database import Store, create_store
from casedesk.store.models import Aanmelding, Casus, Huishouden, Professional, Zitting
from tests.memkeyring import MemoryKeyring
from ui.context import AppContext
from ui.views.tables.planning import PlanningView
from ui.worker import AppEvents, DbWorker

NOW = datetime(2026, 11, 2, 10, 30)
TARGET_MS = 200.0
WAITING = 8


def fill(store: Store, years: int) -> str:
    """OPH with ``years`` of weekly zittingen around NOW; returns its tafel id."""
    region = load_region()
    oph = next(t for t in region.tafels if t.definition.code == "OPH")
    team = region.teams[0]
    with store.session() as s:
        reference.install_region(s, region)
    with store.session() as s:
        secretary = Professional(
            naam="Secretariaat OPH",
            gebruikersnaam="secretaris-oph",
            rollen=[Role.TAFELSECRETARIS.value],
        )
        regisseur = Professional(
            naam="Sanne de Vries",
            gebruikersnaam="sanne",
            rollen=[Role.CASUSREGISSEUR.value],
            team_id=team.id,
        )
        s.add_all([secretary, regisseur])
        s.flush()
        reference.set_me(s, secretary.id)
        household = Huishouden(naam="Gezin Jansen", gemeente_id=team.gemeente_id, team_id=team.id)
        s.add(household)
        s.flush()
        casus = Casus(
            huishouden_id=household.id,
            team_id=team.id,
            gemeente_id=team.gemeente_id,
            casusregisseur_id=regisseur.id,
            verwijzer="school",
            status="open",
            stap="middelen",
            regime="lokaal_vrijwillig",
            geopend_op=date(2024, 1, 1),
        )
        s.add(casus)
        s.flush()
        start = NOW.date() - timedelta(days=int(365 * years * 0.75))
        end = NOW.date() + timedelta(days=int(365 * years * 0.25))
        for n, moment in enumerate(session_dates(oph.definition, start, end)):
            past = moment < NOW
            z = Zitting(
                tafel_id=oph.id,
                start=moment,
                plaats="Stadhuis Nijmegen",
                slots=6,
                deelnemers=[
                    {"naam": who, "rol": rol, "aanwezig": past}
                    for rol, who in oph.definition.participants
                ],
            )
            s.add(z)
            s.flush()
            planned = 6 if past else n % 7
            for pos in range(planned):
                s.add(
                    Aanmelding(
                        tafel_id=oph.id,
                        casus_id=casus.id,
                        zitting_id=z.id,
                        agenda_positie=pos,
                        status=(
                            AanmeldingStatus.AFGEROND if past else AanmeldingStatus.INGEPLAND
                        ).value,
                        vraag="Welke passende hulp is mogelijk zonder uithuisplaatsing?",
                        samenvatting="Jeugdige van 14 jaar, gemeente Nijmegen\n\nDoelen\n- Doel: "
                        "Ik ga weer naar school. (jeugdige, 14 jaar)",
                        documenten=[
                            {"soort": "verklarende analyse", "naam": "va.pdf"},
                            {"soort": "perspectiefplan", "naam": "pp.pdf"},
                        ],
                        grondslag="veiligheid",
                        grondslag_reden="Acute zorgen",
                        ingediend_door=regisseur.id,
                        ingediend_op=moment - timedelta(days=10),
                        advies="Start ambulante behandeling." if past else "",
                    )
                )
        for _ in range(WAITING):
            s.add(
                Aanmelding(
                    tafel_id=oph.id,
                    casus_id=casus.id,
                    status=AanmeldingStatus.ONTVANKELIJK.value,
                    vraag="Wat past?",
                    samenvatting="Jeugdige van 9 jaar, gemeente Wijchen",
                    ingediend_door=regisseur.id,
                    ingediend_op=NOW - timedelta(days=2),
                )
            )
    return oph.id


def none_drift(app: Any, view: PlanningView, tafel_id: str) -> int:
    """How many references to None one opening of the view loses: PySide6 6.12.0 returns None
    from void methods without a new reference, and on Python 3.11 (where None is not immortal)
    the process aborts ("none_dealloc") once they are used up."""
    before = sys.getrefcount(None)
    open_once(app, view, tafel_id)
    return sys.getrefcount(None) - before


def open_once(app: Any, view: PlanningView, tafel_id: str) -> float:
    """Milliseconds from asking for the view until it has shown the zitting's agenda. The
    wait is a Qt event loop, as in the app (a Python loop of processEvents calls would itself
    lose a reference to None per call, see ``none_drift``)."""
    loop = QEventLoop()
    view.loaded.connect(loop.quit)
    started = time.perf_counter()
    view.show_table(tafel_id)
    loop.exec()
    elapsed = (time.perf_counter() - started) * 1000
    view.loaded.disconnect(loop.quit)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", type=Path, help="write the figures here for bench/report.py")
    args = parser.parse_args()
    header(f"overlegtafel bench: {args.years} years of zittingen, {args.runs} runs")
    keyring.set_keyring(MemoryKeyring())
    app = qt_app()
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(Path(tmp) / "profile", clock=fixed_clock(NOW))
        started = time.perf_counter()
        tafel_id = fill(store, args.years)
        backend = Backend(store)
        plan = backend.call(tables.planning, tafel_id)
        print(
            f"setup: {len(plan.zittingen)} zittingen, "
            f"{sum(z.planned for z in plan.zittingen)} planned aanmeldingen, "
            f"{len(plan.te_plannen)} waiting, in {time.perf_counter() - started:.1f} s"
        )

        def services() -> None:
            backend.call(tables.planning, tafel_id)
            backend.call(tables.zitting_view, plan.zittingen[-1].zitting_id)

        service, _ = repeat(services, args.runs)
        worker = DbWorker(on_unhandled=lambda error: print("error:", error))
        ctx = AppContext(backend, worker, AppEvents())
        view = PlanningView(ctx)
        view.resize(1300, 800)
        view.show()
        open_once(app, view, tafel_id)  # warm-up: first paint, caches
        runs = [open_once(app, view, tafel_id) for _ in range(args.runs)]
        drift = none_drift(app, view, tafel_id)
        worker.stop()
        view.close()
        store.close()
    figures.add(Figure("tables.service", "services (planning + agenda)", "ms",
                       [x * 1000 for x in service]))
    figures.add(Figure("tables.open", f"planning view of {args.years} years opens", "ms", runs,
                       ("<", TARGET_MS)))
    print(f"references to None lost per opening (PySide6 on Python 3.11): {-drift}")
    figures.write(args.json)
    sys.exit(0 if figures.all_ok else 1)


if __name__ == "__main__":
    main()
