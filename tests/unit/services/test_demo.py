"""Demo data is deterministic: the same seed and day give identical rows, ids included; another
seed or day gives other data. And it covers what the screens need."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from casedesk.domain.bsn import is_valid_bsn
from casedesk.domain.vocabulary import CaseStatus, Regime, Step
from casedesk.export.render import render
from casedesk.region import load_region
from casedesk.services.demo import DemoBuilder
from casedesk.services.documents import version_doc
from casedesk.store.models import SYNCED_MODELS, Casus, Doel, Persoon, PlanVersie
from tests.fixtures.plans import pdf_pages
from tests.unit.services.demo_profile import TODAY, DemoProfile, build

HOUSEHOLDS = 30


def _rows(profile: DemoProfile) -> dict[str, list[tuple[Any, ...]]]:
    with profile.store.engine.connect() as conn:
        return {
            name: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {name} ORDER BY id"))]
            for name in sorted(SYNCED_MODELS)
        }


def _build(tmp_path: Path, name: str, **kwargs: Any) -> Iterator[DemoProfile]:
    profile = build(tmp_path / name, households=HOUSEHOLDS, **kwargs)
    yield profile
    profile.store.close()


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoProfile]:
    yield from _build(tmp_path_factory.mktemp("demo"), "first", seed=5)


def test_the_same_seed_and_day_give_identical_rows(first: DemoProfile, tmp_path: Path) -> None:
    for again in _build(tmp_path, "again", seed=5):
        assert again.me == first.me
        assert _rows(again) == _rows(first)


def test_another_seed_gives_other_data(first: DemoProfile, tmp_path: Path) -> None:
    for other in _build(tmp_path, "other", seed=6):
        mine, theirs = _rows(first), _rows(other)
        assert mine["huishouden"] != theirs["huishouden"]
        assert not {r[0] for r in mine["persoon"]} & {r[0] for r in theirs["persoon"]}
        # the region itself is the same for every seed
        assert mine["gemeente"] == theirs["gemeente"] and mine["team"] == theirs["team"]


def test_another_day_moves_the_dates(first: DemoProfile, tmp_path: Path) -> None:
    for later in _build(tmp_path, "later", seed=5, today=date(2027, 3, 1)):
        with first.store.session() as a, later.store.session() as b:
            assert a.scalar(select(func.max(Casus.geopend_op))) != b.scalar(
                select(func.max(Casus.geopend_op))
            )


def test_the_demo_covers_every_step_status_and_regime(first: DemoProfile) -> None:
    with first.store.session() as s:
        steps = set(s.scalars(select(Casus.stap).where(Casus.status == "open")))
        statuses = set(s.scalars(select(Casus.status)))
        regimes = set(s.scalars(select(Casus.regime)))
        households = s.scalar(select(func.count()).select_from(SYNCED_MODELS["huishouden"]))
    assert steps == {s.value for s in Step}
    assert statuses == {s.value for s in CaseStatus}
    assert regimes == {r.value for r in Regime}
    assert households == HOUSEHOLDS


def test_every_demo_bsn_passes_the_elfproef_and_is_unique(first: DemoProfile) -> None:
    with first.store.session() as s:
        bsns = list(s.scalars(select(Persoon.bsn).where(Persoon.bsn.is_not(None))))
    assert bsns and all(is_valid_bsn(b) for b in bsns if b)
    assert len(bsns) == len(set(bsns))


@given(st.integers(0, 900_000_000))
def test_the_next_demo_bsn_is_the_first_valid_number_after_the_counter(counter: int) -> None:
    builder = DemoBuilder(cast(Session, None), load_region(), seed=1, today=date(2026, 11, 2))
    builder.bsn_counter = counter
    bsn = builder.next_bsn()
    assert is_valid_bsn(bsn) and int(bsn) == builder.bsn_counter > counter
    assert not any(is_valid_bsn(f"{n:09d}") for n in range(counter + 1, int(bsn)))


def test_agreed_plan_versions_hold_the_real_snapshot_and_print_it(first: DemoProfile) -> None:
    """A demo version is frozen the way the app freezes one: its PDF shows the plan's goals,
    help and afspraken, and evaluations held after the agreement are not in it."""
    with first.store.session() as s:
        versions = list(s.scalars(select(PlanVersie).order_by(PlanVersie.id)))
        assert versions
        for v in versions:
            plan = version_doc(v, TODAY).inhoud
            assert [g.omschrijving for g in plan.doelen] == list(s.scalars(
                select(Doel.omschrijving).where(Doel.casus_id == v.casus_id)
                .order_by(Doel.volgorde, Doel.id)))
            assert all(t.datum <= v.akkoord_op for t in plan.toetsingen)
        full = next(v for v in versions
                    if v.inhoud["doelen"] and v.inhoud["middelen"] and v.inhoud["afspraken"])
        text = " ".join(pdf_pages(render(version_doc(full, TODAY))))
    plan = version_doc(full, TODAY).inhoud
    for shown in (plan.doelen[0].omschrijving, plan.middelen[0].omschrijving,
                  plan.afspraken[0].wat, f"Versie {full.versie}", full.akkoord_door):
        assert " ".join(shown.split()) in " ".join(text.split())
