"""A small demo profile (60 households, a fixed day) shared by the read-only service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from casedesk.clock import fixed_clock
from casedesk.region import load_region
from casedesk.services import demo, reference
from casedesk.store.database import Store, create_store

TODAY = date(2026, 11, 2)
HOME_TEAM = "Sociaal wijkteam Nijmegen-Oost"
PASSPHRASE = "demo-profiel"


@dataclass(frozen=True)
class DemoProfile:
    store: Store
    me: str


def build(path: Path, *, households: int = 60, seed: int = 7, today: date = TODAY) -> DemoProfile:
    """A passphrase profile (so it does not depend on the test's keyring) filled with demo data
    for every team of the region."""
    store = create_store(
        path, PASSPHRASE, clock=fixed_clock(datetime.combine(today, datetime.min.time()))
    )
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
    home = next(t.id for t in region.teams if t.naam == HOME_TEAM)
    report = demo.generate(
        store.session,
        region,
        households=households,
        seed=seed,
        today=today,
        teams=[t.id for t in region.teams],
        home_team=home,
    )
    return DemoProfile(store, report.me)
