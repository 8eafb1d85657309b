"""The case list's order per team (``lijstregel``, decision 0098) follows every change the way
the search index does: a line per live casus with its team, status and household name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select, text

from casedesk.store import search
from casedesk.store.models import Casus, Huishouden
from casedesk.store.retention import purge_casus
from tests.unit.services.demo_profile import DemoProfile, build

DERIVED = """
SELECT c.rowid, c.team_id, h.naam, h.id, c.status FROM casus c
JOIN huishouden h ON h.id = c.huishouden_id WHERE c.deleted_at IS NULL"""


@pytest.fixture()
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoProfile]:
    built = build(tmp_path_factory.mktemp("lijst") / "profile", households=20)
    yield built
    built.store.close()


def _lines(profile: DemoProfile) -> set[tuple[object, ...]]:
    with profile.store.session() as s:
        return {tuple(r) for r in s.execute(text(
            "SELECT casus_rowid, team_id, naam, huishouden_id, status FROM lijstregel"))}


def _derived(profile: DemoProfile) -> set[tuple[object, ...]]:
    with profile.store.session() as s:
        return {tuple(r) for r in s.execute(text(DERIVED))}


def test_the_list_lines_follow_changes_of_cases_and_households(profile: DemoProfile) -> None:
    assert _lines(profile) == _derived(profile) and _lines(profile)
    with profile.store.session() as s:
        cases = list(s.scalars(select(Casus).order_by(Casus.id).limit(4)))
        cases[0].status = "gesloten"
        cases[1].deleted_at = cases[1].geopend_op  # tombstoned
        other_team = next(c.team_id for c in s.scalars(select(Casus))
                          if c.team_id != cases[2].team_id)
        cases[2].team_id = other_team
        household = s.get(Huishouden, cases[3].huishouden_id)
        assert household is not None
        household.naam = "Gezin Zwanenburg"
        s.add(Casus(huishouden_id=household.id, team_id=household.team_id,
                    gemeente_id=household.gemeente_id, casusregisseur_id=profile.me,
                    verwijzer="school", status="open",
                    stap="vraaganalyse", regime="lokaal_vrijwillig",
                    geopend_op=date(2026, 10, 1), aanleiding="Nieuwe zorgen."))
    assert _lines(profile) == _derived(profile)
    assert any(line[2] == "Gezin Zwanenburg" for line in _lines(profile))


def test_a_purged_casus_leaves_no_list_line_and_a_rebuild_restores_them(
    profile: DemoProfile,
) -> None:
    with profile.store.session() as s:
        casus_id = s.scalars(select(Casus.id).order_by(Casus.id)).first()
        assert casus_id is not None
        purge_casus(s, casus_id)
    assert _lines(profile) == _derived(profile)
    with profile.store.session() as s:
        s.execute(text("DELETE FROM lijstregel"))
        search.rebuild(s)
    assert _lines(profile) == _derived(profile) and _lines(profile)
